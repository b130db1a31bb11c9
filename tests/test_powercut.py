"""A power cut is a normal state, not damage: what a cut leaves (the file and its hot
journal, copied while a large transaction that grows the file has spilled pages) is rolled
back by SQLite, and every committed row is there afterwards."""

import shutil
import sqlite3

from app.models.sqlite.header import journal_path
from app.models.sqlite.recovery import recover_journal


def cut_copy(src, dest):
    """Copy ``src`` and its journal as a power cut would leave them: in the middle of a
    transaction that grows the file and has spilled pages to it."""
    con = sqlite3.connect(src, isolation_level=None)
    con.execute("PRAGMA cache_size = 5")  # spill early
    con.execute("BEGIN")
    con.executemany("INSERT INTO t VALUES (?)", [("baru " * 100,)] * 3000)
    con.execute("UPDATE t SET a = a || ' diubah'")
    assert journal_path(src).stat().st_size > 0
    shutil.copyfile(src, dest)
    shutil.copyfile(journal_path(src), journal_path(dest))
    con.execute("ROLLBACK")
    con.close()


def test_recover_journal_rolls_back_a_cut_commit(tmp_path):
    src = tmp_path / "Kantor #2" / "kinerja.db"
    src.parent.mkdir()
    con = sqlite3.connect(src)
    con.execute("CREATE TABLE t (a)")
    con.executemany("INSERT INTO t VALUES (?)", [(f"lama {i}",) for i in range(200)])
    con.commit()
    con.close()
    cut = src.with_name("putus.db")
    cut_copy(src, cut)
    assert recover_journal(cut) is True
    assert not journal_path(cut).exists()
    con = sqlite3.connect(cut)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT a FROM t ORDER BY rowid").fetchall() == [(f"lama {i}",) for i in range(200)]
    con.close()
    assert recover_journal(cut) is False  # nothing left to do


def test_recover_journal_leaves_other_files_alone(tmp_path):
    text = tmp_path / "catatan.db"
    text.write_text("bukan basis data")
    journal_path(text).write_bytes(b"x" * 600)
    assert recover_journal(text) is False
    assert text.read_text() == "bukan basis data" and journal_path(text).exists()
    assert recover_journal(tmp_path / "tidak-ada.db") is False


# --------------------------------------------------------------------------- the app after a cut

import os  # noqa: E402

import pytest  # noqa: E402

from app.cli import main  # noqa: E402
from app.models.engine import SCHEMA_VERSION  # noqa: E402
from app.models.sqlite import connect as dbmod, header  # noqa: E402
from app.models.errors import BerkasDitolak  # noqa: E402
from app.models.store import Store  # noqa: E402
from tests.helpers import as_mid_commit as _as_mid_commit  # noqa: E402
from tests.helpers import copy_with_journal as _copy_with_journal  # noqa: E402
from tests.helpers import cut_sample, make_v1_database, table_rows  # noqa: E402


@pytest.fixture(params=["cut", "mid-commit"])
def cut(request, sample_path, tmp_path):
    """(a file as a power cut left it, with its hot journal; every committed row)."""
    before = table_rows(sample_path)
    folder = tmp_path / "Kantor #2" / "Data Ümi"
    folder.mkdir(parents=True)
    dest = folder / "kinerja.db"
    cut_sample(sample_path, dest, request.param == "mid-commit")
    return dest, before


def _copies(path, *names):
    out = []
    for name in names:
        _copy_with_journal(path, path.with_name(name))
        out.append(path.with_name(name))
    return out


def test_the_store_opens_a_file_after_a_cut(cut):
    path, before = cut
    (second,) = _copies(path, "kedua.db")
    with Store.open(path, read_only=True) as store:  # read-only: no "attempt to write a readonly database"
        assert store.counts()["penjelasan"] == len(before["penjelasan"])
        assert store.integrity_problems() == []
    assert not journal_path(path).exists() and table_rows(path) == before
    with Store.open(second) as store:
        store.update("kecamatan", 1, nama="Sesudah listrik padam")
    assert table_rows(second, skip=("riwayat", "kecamatan")) == {
        k: v for k, v in before.items() if k not in ("riwayat", "kecamatan")}


def test_check_print_and_backup_after_a_cut(cut, capsys):
    from pypdf import PdfReader

    path, before = cut
    for_print, for_backup = _copies(path, "cetak.db", "cadang.db")
    assert main(["check", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Keutuhan: baik" in out and "27 indikator" in out
    pdf = path.with_name("lampiran.pdf")
    assert main(["print", "lampiran", "--db", str(for_print), "--out", str(pdf)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "KASI PEMERINTAHAN" in text and "paragraf baru" not in text and "(diubah)" not in text
    out_file = path.with_name("cadangan #1.db")
    assert main(["backup", "--db", str(for_backup), "--out", str(out_file)]) == 0
    assert table_rows(out_file) == before
    for p in (path, for_print, for_backup):
        assert table_rows(p) == before and not journal_path(p).exists()


def test_the_light_read_leaves_a_cut_file_to_the_full_path(cut):
    from app.models.sqlite.light_read import light_read

    path, before = cut
    assert light_read(path) is None  # the journal is played back by the full path, under the lock
    assert journal_path(path).exists()


def test_a_cut_during_a_migration(tmp_path, monkeypatch):
    """The power goes while a migration commits: the next start recovers the old file,
    migrates it again and keeps the safety copies."""
    from app.models.sqlite import migrations

    src, dest = tmp_path / "lama.db", tmp_path / "Kantor #2" / "kinerja.db"
    dest.parent.mkdir()
    make_v1_database(src)
    con = sqlite3.connect(src)
    con.executemany("INSERT INTO penjelasan (indikator_id, urutan, teks) SELECT id, 100 + ?, ? FROM indikator",
                    [(i, "teks lama " * 30) for i in range(40)])
    con.commit()
    con.close()
    original, size = src.read_bytes(), src.stat().st_size
    before = table_rows(src)
    monkeypatch.setattr(dbmod, "PRAGMAS", dbmod.PRAGMAS + (("cache_size", 5),))  # spill early
    step = migrations.LADDER[1]

    def cut_during(db, migrator):
        step(db, migrator)
        db.execute_sql("UPDATE penjelasan SET teks = teks || ' (sedang dimigrasi)'")
        _copy_with_journal(src, dest)

    monkeypatch.setattr(migrations, "LADDER", {**migrations.LADDER, 1: cut_during})
    Store.open(src).close()  # migrates src (the cut copy was taken inside the first step)
    _as_mid_commit(dest, src, size)
    monkeypatch.undo()
    with Store.open(dest) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.counts()["penjelasan"] == len(before["penjelasan"])
    assert table_rows(dest)["penjelasan"] == before["penjelasan"]
    (copy,) = dest.parent.glob("kinerja.sebelum-skema*-dari1-*.db")
    assert copy.read_bytes() == original and not journal_path(dest).exists()
    assert os.path.getsize(dest) > 0


def test_describe_after_a_cut_sees_the_recovered_file(cut):
    from app.models.sqlite import backup

    path, before = cut
    info = backup.describe(path)  # what a restore shows of a file taken right after a cut
    assert info.jumlah["penjelasan"] == len(before["penjelasan"]) and info.kecamatan == "Belawang"
