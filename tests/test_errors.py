"""Failures of the disk and of the file become Indonesian messages (classified by SQLite's
result code, never by its English text); nothing is half-stored and the store goes on."""

import os
import sqlite3

import pytest

from app.models.errors import BerkasDitolak, BerkasRusak, KinerjaError
from app.models.sqlite.errors import alasan_sqlite, sqlite_codes
from app.models.store import Store
from tests.helpers import table_rows


def _disk_full(store):
    """The disk is full for this connection: the file may not grow by a page."""
    pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
    store.db.execute_sql(f"PRAGMA max_page_count = {pages}")


def _space_freed(store):
    store.db.execute_sql("PRAGMA max_page_count = 1073741823")


def test_disk_full_during_an_edit_says_so_and_keeps_working(sample_path):
    before = table_rows(sample_path)
    with Store.open(sample_path) as store:
        _disk_full(store)
        with pytest.raises(KinerjaError) as exc:
            store.update("kecamatan", 1, nama="x" * 200_000)
        assert "Disk penuh" in exc.value.pesan and "tidak tersimpan" in exc.value.pesan
        assert "rollback" not in exc.value.pesan.lower() and "full" not in exc.value.pesan.lower()
        with pytest.raises(KinerjaError, match="Disk penuh"):
            store.set_list("fungsi", 1, ["panjang " * 30_000])
        assert store.kecamatan().nama == "Belawang"  # nothing applied, reads go on
        _space_freed(store)
        store.update("kecamatan", 1, nama="Belawang Baru")  # the next edit succeeds
        assert store.kecamatan().nama == "Belawang Baru"
    after = table_rows(sample_path, skip=("riwayat",))
    assert after["kecamatan"] != before["kecamatan"]
    after["kecamatan"] = before["kecamatan"]
    assert after == {k: v for k, v in before.items() if k != "riwayat"}


def test_codes_along_a_failed_rollback_are_all_seen():
    full = sqlite3.connect(":memory:")
    full.execute("CREATE TABLE t (a)")
    full.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.Error) as caught:
        try:
            full.executemany("INSERT INTO t VALUES (?)", [("x" * 5000,)] * 10)
        except sqlite3.Error:
            full.execute("ROLLBACK")  # "cannot rollback - no transaction is active"
    assert 13 in sqlite_codes(caught.value)  # SQLITE_FULL, behind the rollback's own error
    assert alasan_sqlite(caught.value) != str(caught.value)
    assert alasan_sqlite(caught.value) == "disk atau flashdisk penuh"  # the full disk, not "kode 1"


def test_a_damaged_page_is_a_message_not_a_traceback(sample_path):
    with sqlite3.connect(sample_path) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'indikator'").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(sample_path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * 64)
    with Store.open(sample_path) as store:
        with pytest.raises(BerkasRusak) as exc:
            store.jabatan_all(store.periode_list()[0].id)
    assert "rusak" in exc.value.pesan and "malformed" not in exc.value.pesan


def test_reasons_of_the_system_are_indonesian(sample_store, tmp_path):
    from app.models.sqlite import connect as dbmod
    from app.models.riwayat import export_csv

    with pytest.raises(KinerjaError) as exc:
        export_csv(sample_store.riwayat(), tmp_path / "tidak-ada" / "riwayat.csv")
    assert "tidak ada" in exc.value.pesan and "No such" not in exc.value.pesan
    a_file = tmp_path / "berkas.txt"
    a_file.write_text("x")
    with pytest.raises(BerkasDitolak) as exc:
        dbmod.create_database(a_file / "sub" / "kinerja.db")
    assert "bukan folder" in exc.value.pesan and "directory" not in exc.value.pesan
    assert os.path.exists(a_file)


def test_the_window_refuses_a_postgresql_address_in_indonesian(qapp, tmp_path, monkeypatch):
    """KINERJA_DB may name a server one day: today the window says it is not supported
    (exit 2), instead of the crash dialog or a first-run screen for an address."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from app.ui.application import start_window

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert start_window("postgresql://kinerja@server/kabupaten", settings) == 2
    assert len(shown) == 1 and "PostgreSQL" in shown[0] and "belum didukung" in shown[0]
