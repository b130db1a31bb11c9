"""Data safety: backups that restore, wrong files refused, history, one writer."""

import datetime as dt
import sqlite3
from decimal import Decimal as D

import pytest

from app.cli import main
from app.models.engine import SCHEMA_VERSION
from app.models.errors import BerkasDitolak, BerkasTerkunci, InputTidakValid, KinerjaError
from app.models.sqlite import auto_backup, backup, restore
from app.models.sqlite.lock import Lock
from app.models.store import Store
from tests.helpers import damaged as _damaged
from tests.helpers import table_rows


content = table_rows


def test_backup_while_open_restores_identical_content(sample_store, sample_path, tmp_path):
    ind = sample_store.jabatan_all(1)[7].sasaran[0].indikator[1]
    sample_store.set_realisasi(ind.id, 2018, 1, nilai=D("3.5"), catatan="tw1")
    out = tmp_path / "flashdisk" / "cadangan.db"
    out.parent.mkdir()
    counts = backup.backup(sample_store.db.connection(), out)  # the app holds the file open
    assert counts["indikator"] == 27 and counts["realisasi"] == 1
    before = content(sample_path)
    # the office keeps working, then restores the backup
    sample_store.set_target(ind.id, 2018, D(99))
    sample_store.close()
    live = tmp_path / "live.db"
    live.write_bytes(sample_path.read_bytes())
    safety = restore.restore(out, live)
    assert content(live) == before
    assert content(safety) != before  # the state just before the restore was kept
    with Store.open(live) as s:
        assert s.indikator(ind.id).target_tahun(2018).nilai == D(13)


def _newer(tmp_path, sample_path):
    p = tmp_path / "baru.db"
    p.write_bytes(sample_path.read_bytes())
    con = sqlite3.connect(p)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    return p


def _other_app(tmp_path, sample_path):
    p = tmp_path / "lain.db"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    return p


@pytest.mark.parametrize("make, message", [
    (lambda t, s: (t / "teks.db").write_text("bukan basis data") and t / "teks.db", "bukan basis data SQLite"),
    (lambda t, s: (t / "kosong.db").write_bytes(b"") or t / "kosong.db", "kosong"),
    (lambda t, s: (t / "potong.db").write_bytes(s.read_bytes()[:len(s.read_bytes()) // 2]) and t / "potong.db", "terpotong"),
    (_other_app, "milik aplikasi lain"),
    (_newer, "lebih baru"),
    (_damaged, "rusak"),
])
def test_restore_refuses_wrong_files_and_keeps_current_data(tmp_path, sample_path, make, message):
    live = tmp_path / "live.db"
    live.write_bytes(sample_path.read_bytes())
    before = live.read_bytes()
    source = make(tmp_path, sample_path)
    with pytest.raises(BerkasDitolak) as err:
        restore.restore(source, live)
    assert message in str(err.value)
    assert live.read_bytes() == before
    assert not auto_backup.auto_backups(auto_backup.backup_folder(live))  # nothing was done at all


def test_describe_says_what_a_backup_holds(sample_path):
    info = backup.describe(sample_path)
    assert (info.kecamatan, info.kabupaten, info.periode) == ("Belawang", "Barito Kuala", ("2018-2022",))
    assert info.jumlah["indikator"] == 27 and info.versi_skema == SCHEMA_VERSION


def test_automatic_backups_keep_the_newest_n(sample_path):
    for day in range(1, 6):
        auto_backup.auto_backup(sample_path, sample_path, "harian", keep=3, now=dt.datetime(2026, 1, day, 8))
    kept = auto_backup.auto_backups(auto_backup.backup_folder(sample_path), sample_path)
    assert [p.name.split("-otomatis-")[1][:8] for p in kept] == ["20260105", "20260104", "20260103"]
    assert all(p.name.startswith("belawang-otomatis-") for p in kept)  # named after their database
    assert not auto_backup.needs_daily_backup(sample_path, today=dt.date(2026, 1, 5))
    assert auto_backup.needs_daily_backup(sample_path, today=dt.date(2026, 1, 6))
    assert auto_backup.newest_good_backup(sample_path) == kept[0]


def test_backup_to_a_missing_folder_is_reported_plainly(sample_path, tmp_path):
    with pytest.raises(KinerjaError, match="tidak ada"):
        backup.backup(sample_path, tmp_path / "flashdisk-dicabut" / "x.db")


@pytest.mark.parametrize("errno_, words", [(28, "penuh"), (30, "hanya-baca"), (5, "dicabut"), (13, "izin")])
def test_environment_faults_during_backup_are_plain_and_harmless(sample_path, tmp_path, monkeypatch, errno_, words):
    """Full disk, read-only folder, a flash drive pulled mid-way, no permission."""
    import os

    before = sample_path.read_bytes()
    real_replace = os.replace

    def failing(src, dst):
        if str(dst).endswith("x.db"):
            raise OSError(errno_, os.strerror(errno_))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(KinerjaError) as err:
        backup.backup(sample_path, tmp_path / "x.db")
    assert words in str(err.value) and "tidak berubah" in str(err.value)
    assert sample_path.read_bytes() == before
    assert list(tmp_path.glob("*x.db*")) == []  # no half file left behind


def test_history_records_edits_and_brings_back_a_deleted_indicator(sample_store):
    ind = sample_store.jabatan_all(1)[7].sasaran[0].indikator[1]
    sample_store.operator = "Siti (Perencanaan)"
    sample_store.update("indikator", ind.id, satuan="pos")
    sample_store.set_target(ind.id, 2019, D("14,5".replace(",", ".")))
    sample_store.delete("indikator", ind.id)
    rows = sample_store.riwayat()
    assert [(r.aksi, r.kolom) for r in rows[:3]] == [("hapus", ""), ("ubah", "target 2019"), ("ubah", "satuan")]
    assert rows[2].lama == "" and rows[2].baru == "pos" and rows[2].operator == "Siti (Perencanaan)"
    assert rows[1].lama == "13" and rows[1].baru == "14,5"
    assert rows[0].label == "Jumlah poskamling yang aktif" and rows[0].dapat_dipulihkan
    assert [r.kolom for r in sample_store.riwayat(cari="target")] == ["target 2019"]
    assert sample_store.riwayat(jenis="jabatan") == []
    changes = sample_store.restore_from_history(rows[0].id)
    back = sample_store.indikator(ind.id)
    assert back.nama == "Jumlah poskamling yang aktif" and back.target_tahun(2019).nilai == D("14.5")
    assert (changes.kind, changes.item_id) == ("indikator", ind.id)
    assert len([k for k, _ in changes.created if k == "target"]) == 5 and changes.tree and changes.numbers
    with pytest.raises(InputTidakValid, match="sudah ada lagi"):
        sample_store.restore_from_history(rows[0].id)
    assert sample_store.riwayat()[0].aksi == "pulihkan"


def test_history_export_csv(sample_store, tmp_path):
    from app.models.riwayat import export_csv

    sample_store.update("kecamatan", 1, nama="Belawang; Baru, \"uji\"")
    out = tmp_path / "riwayat.csv"
    export_csv(sample_store.riwayat(), out)
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Waktu;Operator;Aksi")
    assert '"Belawang; Baru, ""uji"""' in text


def test_second_instance_is_refused_and_a_crashed_lock_recovers(sample_path):
    first = Lock(sample_path, "Siti").acquire()
    with pytest.raises(BerkasTerkunci, match="Siti"):
        Lock(sample_path, "Budi").acquire()
    first.release()
    Lock(sample_path, "Budi").acquire().release()
    # a process killed while holding the lock: the system frees it
    import subprocess
    import sys
    code = ("import sys; sys.path.insert(0, %r); from app.models.sqlite.lock import Lock; "
            "Lock(sys.argv[1], 'Ani').acquire(); print('held', flush=True); sys.stdin.read()") % str(
        __import__("pathlib").Path(__file__).resolve().parents[1])
    child = subprocess.Popen([sys.executable, "-c", code, str(sample_path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)  # it holds the lock until killed
    assert child.stdout.readline().strip() == "held"
    with pytest.raises(BerkasTerkunci, match="Ani"):
        Lock(sample_path).acquire()
    child.kill()
    child.communicate()  # closes its pipes
    child.stdout.close()
    Lock(sample_path).acquire().release()  # recovered
    assert sample_path.with_name(sample_path.name + ".lock").exists()


def test_lock_says_who_holds_it_whatever_the_name(sample_path):
    from app.models.sqlite.lock import read_info

    odd = "Siti = Aminah\n(TU)"
    first = Lock(sample_path, odd).acquire()
    try:
        info = read_info(first.path)
        assert info["operator"] == "Siti = Aminah (TU)" and info["pid"] == str(__import__("os").getpid())
        with pytest.raises(BerkasTerkunci, match=r"Siti = Aminah \(TU\)"):
            Lock(sample_path, "Budi").acquire()
    finally:
        first.release()
    # the file an older version wrote (JSON) is still understood
    first.path.write_text('{"operator": "Ani", "komputer": "PC-1", "sejak": "01-01-2026 08:00"}\n')
    assert read_info(first.path)["komputer"] == "PC-1"


def test_read_only_store_refuses_writes(sample_path):
    with Store.open(sample_path, read_only=True) as store:
        assert store.kecamatan().nama == "Belawang"
        with pytest.raises(KinerjaError, match="hanya-baca"):
            store.update("kecamatan", 1, nama="X")


def test_cli_backup_and_restore(sample_path, tmp_path, capsys):
    out = tmp_path / "c.db"
    assert main(["backup", "--db", str(sample_path), "--out", str(out)]) == 0
    assert "keutuhan baik" in capsys.readouterr().out
    assert main(["backup", "--db", str(sample_path), "--out", str(out)]) == 2  # never overwrites
    with Store.open(sample_path) as s:
        s.update("kecamatan", 1, nama="Diubah")
    assert main(["restore", str(out), "--db", str(sample_path)]) == 0
    assert "Data sebelumnya disimpan" in capsys.readouterr().out
    with Store.open(sample_path) as s:
        assert s.kecamatan().nama == "Belawang"
    text = tmp_path / "t.db"
    text.write_text("x")
    assert main(["restore", str(text), "--db", str(sample_path)]) == 2
    assert "bukan basis data" in capsys.readouterr().err
    lock = Lock(sample_path, "Siti").acquire()
    try:
        assert main(["restore", str(out), "--db", str(sample_path)]) == 2
        assert "Siti" in capsys.readouterr().err
    finally:
        lock.release()


def test_check_reports_integrity(sample_path, tmp_path, capsys):
    bad = _damaged(tmp_path, sample_path)
    assert main(["check", "--db", str(bad)]) == 1
    assert "RUSAK" in capsys.readouterr().out


# --------------------------------------------------------------------------- issue 10, findings 2-5

def _nama(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT nama FROM kecamatan ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        con.close()


def _renamed(path, nama):
    with Store.open(path) as s:
        s.update("kecamatan", 1, nama=nama)
    return path


def _cut_copy(src, dest):
    """``src`` and its journal as a power cut leaves them: copied in the middle of a
    transaction that grows the file, changes committed rows and has spilled pages."""
    from app.models.sqlite.header import journal_path

    con = sqlite3.connect(src, isolation_level=None)
    con.execute("PRAGMA cache_size = 5")  # spill early
    con.execute("BEGIN")
    con.execute("UPDATE kecamatan SET nama = 'setengah jalan'")
    con.execute("CREATE TABLE besar (a)")
    con.executemany("INSERT INTO besar VALUES (?)", [("baru " * 100,)] * 3000)
    assert journal_path(src).stat().st_size > 0
    dest.write_bytes(src.read_bytes())
    journal_path(dest).write_bytes(journal_path(src).read_bytes())
    con.execute("ROLLBACK")
    con.close()


@pytest.fixture
def cut_live(sample_path, tmp_path):
    """A live kinerja.db right after a power cut, and the rows it committed before it."""
    _renamed(sample_path, "Disimpan sebelum padam")
    committed = content(sample_path)
    live = tmp_path / "kantor" / "kinerja.db"
    live.parent.mkdir()
    _cut_copy(sample_path, live)
    return live, committed


def test_restore_right_after_a_power_cut_keeps_every_committed_edit(cut_live, sample_path, tmp_path):
    """Finding 2: SQLite plays the journal back first; the safety copy is sound and holds
    every committed edit; the journal was used, not thrown away."""
    from app.models.sqlite.header import journal_path

    live, committed = cut_live
    saved = tmp_path / "flashdisk.db"
    backup.backup(_renamed(sample_path, "Dari flashdisk"), saved)
    safety = restore.restore(saved, live)
    con = sqlite3.connect(safety)
    assert backup.integrity(con) == []
    con.close()
    assert content(safety) == committed  # every committed edit, none of the half-done one
    assert _nama(live) == "Dari flashdisk" and not journal_path(live).exists()
    assert backup.describe(live).jumlah == backup.describe(saved).jumlah


def test_a_journal_sqlite_cannot_play_back_goes_with_the_safety_copy(cut_live, sample_path, tmp_path, monkeypatch):
    """Recovery refused (say the folder is read-only for SQLite): the file's bytes and its
    journal are kept together, so opening the safety copy later recovers every edit."""
    from app.models.sqlite.header import journal_path

    def refused(path):
        raise BerkasDitolak("tidak dapat ditulis")

    monkeypatch.setattr(restore, "recover_journal", refused)
    live, committed = cut_live
    saved = tmp_path / "flashdisk.db"
    backup.backup(sample_path, saved)
    journal = journal_path(live).read_bytes()
    safety = restore.restore(saved, live)
    assert journal_path(safety).read_bytes() == journal and not journal_path(live).exists()
    assert content(safety) == committed  # sqlite3 plays the journal back when it opens the copy
    assert _nama(live) == "Disimpan sebelum padam"  # the saved backup


def test_two_databases_in_one_folder_keep_their_own_backups(sample_path, tmp_path):
    """Finding 3: B's backups are never offered for A, and never rotate A's away."""
    a = tmp_path / "kinerja.db"
    a.write_bytes(sample_path.read_bytes())
    b = tmp_path / "lain.db"
    b.write_bytes(sample_path.read_bytes())
    _renamed(b, "Kecamatan Lain")
    assert auto_backup.newest_good_backup(a) is None and auto_backup.needs_daily_backup(a)
    auto_backup.auto_backup(b, b, "harian", keep=2, now=dt.datetime(2026, 1, 1, 8))
    assert auto_backup.newest_good_backup(a) is None and auto_backup.needs_daily_backup(a, today=dt.date(2026, 1, 1))
    mine = auto_backup.auto_backup(a, a, "harian", keep=2, now=dt.datetime(2026, 1, 1, 9))
    for day in range(2, 7):
        auto_backup.auto_backup(b, b, "harian", keep=2, now=dt.datetime(2026, 1, day, 8))
    assert mine.exists() and auto_backup.newest_good_backup(a) == mine
    assert _nama(auto_backup.newest_good_backup(a)) == "Belawang"
    assert _nama(auto_backup.newest_good_backup(b)) == "Kecamatan Lain"
    assert len(auto_backup.auto_backups(auto_backup.backup_folder(b), b)) == 2


def test_backups_of_older_versions_still_count_for_kinerja_db(sample_path, tmp_path):
    """Older versions named every automatic backup kinerja-otomatis-<second>-…: they are
    kinerja.db's (the usual file), older than the new names, and nobody else's."""
    a = tmp_path / "kinerja.db"
    a.write_bytes(sample_path.read_bytes())
    folder = auto_backup.backup_folder(a)
    folder.mkdir()
    old = folder / "kinerja-otomatis-20260101-080000-harian.db"
    old.write_bytes(sample_path.read_bytes())
    assert auto_backup.newest_good_backup(a) == old and not auto_backup.needs_daily_backup(a, today=dt.date(2026, 1, 1))
    assert auto_backup.newest_good_backup(sample_path) is None  # belawang.db's would be beside it anyway
    other = tmp_path / "lain.db"
    other.write_bytes(sample_path.read_bytes())
    assert auto_backup.newest_good_backup(other) is None
    new = auto_backup.auto_backup(a, a, "keluar", now=dt.datetime(2026, 1, 1, 8))  # same second, later name
    assert auto_backup.auto_backups(folder, a) == [new, old]


def test_two_restores_in_one_second_keep_both_safety_copies(sample_path, tmp_path):
    """Finding 4: names never collide, and an existing file is never replaced."""
    saved = tmp_path / "c.db"
    backup.backup(sample_path, saved)
    now = dt.datetime(2026, 3, 1, 10, 0, 0)
    _renamed(sample_path, "Pertama")
    first = restore.restore(saved, sample_path, now=now)
    _renamed(sample_path, "Kedua")
    second = restore.restore(saved, sample_path, now=now)
    assert first != second and _nama(first) == "Pertama" and _nama(second) == "Kedua"
    again = [auto_backup.auto_backup(sample_path, sample_path, "harian", now=now) for _ in range(2)]
    assert len({first, second, *again}) == 4
    assert len(auto_backup.auto_backups(auto_backup.backup_folder(sample_path), sample_path)) == 4


@pytest.mark.parametrize("damaged", [False, True])
def test_restore_on_a_full_disk_leaves_no_half_copy(sample_path, tmp_path, monkeypatch, damaged):
    """Finding 4: the safety copy cannot be written (disk full when it is flushed): the
    restore stops, the live file is untouched and nothing half-written is left."""
    import os

    saved = tmp_path / "c.db"
    backup.backup(sample_path, saved)
    live = _damaged(tmp_path, sample_path) if damaged else sample_path
    before = live.read_bytes()

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(KinerjaError, match="penuh") as err:
        restore.restore(saved, live)
    assert "No space" not in str(err.value)
    assert live.read_bytes() == before
    assert list(auto_backup.backup_folder(live).iterdir()) == []
    assert sorted(p.name for p in live.parent.iterdir() if p.name.startswith(".")) == []


def test_one_writer_per_real_file_whatever_the_spelling(sample_path, tmp_path):
    """Finding 5: a symbolic link or a '..' spelling of the same file meets the same lock."""
    import os

    link = tmp_path / "pintasan.db"
    os.symlink(sample_path, link)
    spelled = tmp_path / "x" / ".." / sample_path.name
    (tmp_path / "x").mkdir()
    for first_path, second_path in [(sample_path, link), (link, spelled), (spelled, sample_path)]:
        first = Lock(first_path, "Siti").acquire()
        try:
            with pytest.raises(BerkasTerkunci, match="Siti"):
                Lock(second_path, "Budi").acquire()
        finally:
            first.release()
    assert not (tmp_path / "pintasan.db.lock").exists()


def test_lock_ignores_case_on_windows(monkeypatch, tmp_path):
    import ntpath
    import os
    import sys

    from app.models.sqlite.lock import lock_path

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(os.path, "normcase", ntpath.normcase)
    assert lock_path(tmp_path / "Data" / "Kinerja.DB") == lock_path(tmp_path / "data" / "kinerja.db")


def test_restore_through_a_link_replaces_the_real_file(sample_path, tmp_path, capsys):
    """Finding 5: the link stays a link, now pointing at the restored file."""
    import os

    saved = tmp_path / "c.db"
    backup.backup(sample_path, saved)
    _renamed(sample_path, "Sebelum pulih")
    link = tmp_path / "desktop" / "kinerja.db"
    link.parent.mkdir()
    os.symlink(sample_path, link)
    assert main(["restore", str(saved), "--db", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(sample_path)
    assert _nama(sample_path) == "Belawang"
    safety = auto_backup.newest_good_backup(link)
    assert safety.parent == sample_path.parent / "cadangan" and _nama(safety) == "Sebelum pulih"
    assert "Data sebelumnya disimpan di" in capsys.readouterr().out
    assert not (link.parent / "cadangan").exists()
