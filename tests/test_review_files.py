"""Files as an adversarial review of issue 10 found them: a power cut behind a symbolic
link, forged files in backup and restore, backups of look-alike names, messages and exit
codes of the SQLite side, and temporary files a killed restore left."""

import os
import sqlite3

import pytest

from app.cli import main
from app.models.sqlite.header import journal_path
from tests.helpers import table_rows
from tests.test_powercut import cut_sample


@pytest.fixture(params=[False, True], ids=["cut", "mid-commit"])
def linked_cut(request, sample_path, tmp_path):
    """real/h.db as a power cut left it (hot journal beside it), reached through link.db."""
    real = tmp_path / "real" / "h.db"
    real.parent.mkdir()
    before = table_rows(sample_path)
    cut_sample(sample_path, real, mid_commit=request.param)
    link = tmp_path / "link.db"
    link.symlink_to(real)
    return link, real, before


@pytest.mark.parametrize("command", ["check", "backup", "print"])
def test_a_power_cut_behind_a_symbolic_link_is_recovered_beside_the_real_file(linked_cut, command, capsys):
    link, real, before = linked_cut
    args = {"check": ["check"], "backup": ["backup", "--out", str(link.with_name("salinan.db"))],
            "print": ["print", "lampiran", "--out", str(link.with_name("l.pdf"))]}[command]
    assert main([*args, "--db", str(link)]) == 0, capsys.readouterr().err
    assert not journal_path(real).exists() and link.is_symlink()
    assert table_rows(real) == before
    if command == "backup":
        assert table_rows(link.with_name("salinan.db")) == before


def test_the_light_read_through_a_link_leaves_a_cut_file_to_the_full_path(linked_cut):
    from app.models.sqlite.light_read import light_read

    link, real, _ = linked_cut
    assert light_read(link) is None
    assert journal_path(real).exists()


# --------------------------------------------------------------------------- forged: our id, no tables

def forged(path, tables=("CREATE TABLE t (a)",)):
    from app.models.engine import SCHEMA_VERSION
    from app.models.sqlite.header import APPLICATION_ID

    con = sqlite3.connect(path)
    for sql in tables:
        con.execute(sql)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("tables", [(), ("CREATE TABLE t (a)",), ("CREATE TABLE kecamatan (id, nama, kabupaten)",)])
def test_a_backup_of_our_id_without_our_tables_is_refused_like_check(tmp_path, tables, capsys):
    path = forged(tmp_path / "forged.db", tables)
    out = tmp_path / "cadangan.db"
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "bukan berkas Kinerja Kecamatan yang lengkap" in err and "tabelnya tidak ada" in err
    assert "ditulis" not in err and not out.exists()


@pytest.mark.parametrize("tables", [(), ("CREATE TABLE t (a)",)])
def test_our_id_without_our_tables_as_a_restore_source_is_not_called_damaged(sample_path, tmp_path, tables, capsys):
    path = forged(tmp_path / "forged.db", tables)
    before = table_rows(sample_path)
    assert main(["restore", str(path), "--db", str(sample_path)]) == 2
    err = capsys.readouterr().err
    assert "forged.db" in err and "bukan berkas Kinerja Kecamatan yang lengkap" in err
    assert "rusak" not in err and "kode" not in err
    assert table_rows(sample_path) == before


# --------------------------------------------------------------------------- backups of look-alike names

LOOK_ALIKES = ["kinerja", "kinerja.db", "kinerja.DB.db", "x.sqlite", "x.sqlite.db", "x.db", "x", "x.", ".kinerja",
               "x.tar.gz", "x.tar"]


def test_backups_of_look_alike_names_belong_to_exactly_one_file(sample_path, tmp_path):
    import datetime as dt

    from app.models.sqlite import auto_backup

    folder = tmp_path / "data"
    folder.mkdir()
    mine = {}
    for n, name in enumerate(n for n in LOOK_ALIKES if not (os.name == "nt" and n.endswith("."))):
        live = folder / name
        live.write_bytes(sample_path.read_bytes())
        mine[name] = auto_backup.auto_backup(live, live, "harian", now=dt.datetime(2026, 3, 1, 10, 0, 0))
    assert len(set(mine.values())) == len(mine)
    cadangan = auto_backup.backup_folder(folder / "kinerja.db")
    for name, own in mine.items():
        assert auto_backup.auto_backups(cadangan, folder / name) == [own], name
        assert own.name.endswith(".db")  # offered by the restore dialog's *.db filter
    assert sorted(auto_backup.auto_backups(cadangan)) == sorted(mine.values())
    assert mine["kinerja.db"].name == "kinerja-otomatis-20260301-100000-000000-harian.db"  # as before


def test_old_backup_names_count_for_kinerja_db_only(sample_path, tmp_path):
    from app.models.sqlite import auto_backup

    for name in ("kinerja", "kinerja.db"):
        (tmp_path / name).write_bytes(sample_path.read_bytes())
    folder = auto_backup.backup_folder(tmp_path / "kinerja.db")
    folder.mkdir()
    old = folder / "kinerja-otomatis-20260101-080000-harian.db"
    old.write_bytes(sample_path.read_bytes())
    assert auto_backup.auto_backups(folder, tmp_path / "kinerja.db") == [old]
    assert auto_backup.auto_backups(folder, tmp_path / "kinerja") == []
    assert auto_backup.newest_good_backup(tmp_path / "kinerja") is None


# --------------------------------------------------------------------------- restore over a file not ours

def _other_app(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (body)")
    con.execute("INSERT INTO notes VALUES ('catatan aplikasi lain')")
    con.execute("PRAGMA application_id = 1234")
    con.commit()
    con.close()


def _newer(path, sample_path):
    from app.models.engine import SCHEMA_VERSION

    path.write_bytes(sample_path.read_bytes())
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()


TARGETS = {
    "aplikasi lain": (_other_app, "milik aplikasi lain"),
    "skema lebih baru": (lambda p, s: _newer(p, s), "lebih baru"),
    "kosong": (lambda p: p.write_bytes(b""), "kosong"),
    "acak": (lambda p: p.write_bytes(os.urandom(5000)), "bukan basis data SQLite"),
    "teks": (lambda p: p.write_text("catatan rapat\n" * 50), "bukan basis data SQLite"),
}


@pytest.mark.parametrize("kind", TARGETS)
def test_restore_refuses_to_replace_a_file_that_is_not_ours(sample_path, tmp_path, kind, capsys):
    make, fragment = TARGETS[kind]
    other = tmp_path / "lain" / "other.db"
    other.parent.mkdir()
    make(other, sample_path) if kind == "skema lebih baru" else make(other)
    before = other.read_bytes()
    assert main(["restore", str(sample_path), "--db", str(other)]) == 2
    err = capsys.readouterr().err
    assert "other.db" in err and fragment in err and "tidak diubah" in err and "Traceback" not in err
    assert other.read_bytes() == before
    assert sorted(p.name for p in other.parent.iterdir()) == ["other.db"]  # no safety copy, no cadangan


def test_restore_still_replaces_a_damaged_file_of_ours(sample_path, tmp_path, capsys):
    live = tmp_path / "rusak" / "kinerja.db"
    live.parent.mkdir()
    data = bytearray(sample_path.read_bytes())
    live.write_bytes(bytes(data[: len(data) // 2]))  # cut short: ours, damaged
    assert main(["restore", str(sample_path), "--db", str(live)]) == 0, capsys.readouterr().err
    assert table_rows(live) == table_rows(sample_path)


# --------------------------------------------------------------------------- messages and exit codes

ENGLISH = ("Traceback", "malformed", "Permission", "no such", "database", "rollback", "full")


@pytest.mark.parametrize("short_by", [1, 3, 5, 20])
def test_disk_full_during_init_says_disk_full(sample_path, tmp_path, monkeypatch, capsys, short_by):
    """The disk fills up while the new file is written; near the end (the commit spills its
    pages) SQLite's FULL hides behind peewee's failed rollback."""
    from app.models.sqlite import connect as dbmod

    pages = sqlite3.connect(sample_path).execute("PRAGMA page_count").fetchone()[0]
    monkeypatch.setattr(dbmod, "PRAGMAS", dbmod.PRAGMAS + (("max_page_count", pages - short_by),))
    path = tmp_path / "baru" / "kinerja.db"
    assert main(["init", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "disk atau flashdisk penuh" in err and "kode" not in err, err
    assert not any(w in err for w in ENGLISH), err
    assert sorted(p.name for p in path.parent.iterdir()) == []


def _damage_a_page(path, table="indikator"):
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * 64)


@pytest.mark.parametrize("table", ["indikator", "penjelasan"])
def test_a_backup_of_a_damaged_file_says_damaged_and_exits_1(sample_path, tmp_path, table, capsys):
    _damage_a_page(sample_path, table)
    out = tmp_path / "cadangan.db"
    assert main(["backup", "--db", str(sample_path), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "rusak" in err and "tidak sama" not in err and "cadangan terakhir yang baik" in err, err
    assert not out.exists() and not any(p.name.startswith(".cadangan") for p in tmp_path.iterdir())


def test_a_path_too_long_for_sqlite_says_so(sample_path, tmp_path, capsys):
    deep = tmp_path
    while len(os.fsencode(deep)) < 560:
        deep = deep / ("folder-panjang-" + "x" * 40)
    deep.mkdir(parents=True)
    live = deep / "kinerja.db"
    live.write_bytes(sample_path.read_bytes())
    for argv in (["check", "--db", str(live)], ["print", "matriks", "--out", str(tmp_path / "m.pdf"), "--db", str(live)],
                 ["init", "--db", str(deep / "baru.db")], ["backup", "--db", str(sample_path), "--out", str(deep / "c.db")]):
        code = main(argv)
        err = capsys.readouterr().err
        if code == 0:  # this SQLite takes longer paths: nothing to say
            continue
        assert code == 2 and "terlalu panjang" in err and "folder" in err, err
        assert "tidak ada izin" not in err and "tidak ada," not in err


def test_restore_on_a_full_disk_names_the_live_file_and_speaks_of_restoring(sample_path, tmp_path, monkeypatch,
                                                                            capsys):
    from app.models.sqlite import backup as backup_mod

    live = tmp_path / "data" / "kinerja.db"
    live.parent.mkdir()
    live.write_bytes(sample_path.read_bytes())
    real_copy = backup_mod._checked_copy

    def full(src, tmp):
        if tmp.name.endswith(".pulih.sementara"):  # the incoming copy beside the live file
            raise OSError(28, "No space left on device")
        return real_copy(src, tmp)

    monkeypatch.setattr(backup_mod, "_checked_copy", full)
    before = live.read_bytes()
    assert main(["restore", str(sample_path), "--db", str(live)]) == 2
    err = capsys.readouterr().err
    assert "Pemulihan" in err and "Cadangan" not in err and "kinerja.db" in err and ".sementara" not in err, err
    assert ".kinerja.db" not in err and "penuh" in err
    assert live.read_bytes() == before


# --------------------------------------------------------------------------- leftovers of a killed restore

def _leftovers(live, sample_path):
    """What a restore or an automatic backup killed mid-write leaves (hidden, unique names),
    an hour old; and files that are not this database's leftovers."""
    import time

    folder = live.parent / "cadangan"
    folder.mkdir(exist_ok=True)
    ours = [folder / ".kinerja-otomatis-20260101-080000-123456-sebelum-pulih.db.sementara",
            folder / ".kinerja-otomatis-20260101-080000-123456-sebelum-pulih.db.sementara-journal",
            folder / ".kinerja-otomatis-20260102-090000-654321-harian.db.sementara",
            live.parent / "..kinerja.db.pulih.sementara", live.parent / "..kinerja.db.pulih.sementara-journal",
            live.parent / ".kinerja.db.pulih"]
    others = [folder / ".lain-otomatis-20260101-080000-123456-harian.db.sementara",  # another database's
              folder / ".kinerja-otomatis-20260101-080000-123456-harian-tanpa-ekstensi.db.sementara",  # 'kinerja''s
              folder / "catatan.txt", folder / ".kinerja-otomatis-20260103-090000-000000-harian.db.sementara-baru"]
    old = time.time() - 3600
    for p in ours + others:
        p.write_bytes(sample_path.read_bytes()[:5000])
        os.utime(p, (old, old))
    fresh = folder / ".kinerja-otomatis-20260104-090000-000000-harian.db.sementara"  # being written in the background
    fresh.write_bytes(b"x")
    os.utime(fresh, (time.time() - 10,) * 2)
    return ours, others + [fresh]


@pytest.mark.parametrize("operation", ["restore", "auto_backup"])
def test_leftover_temporary_files_of_this_database_are_cleaned_at_the_next_backup_or_restore(
        sample_path, tmp_path, operation, capsys):
    from app.models.sqlite import auto_backup

    live = tmp_path / "data" / "kinerja.db"
    live.parent.mkdir()
    live.write_bytes(sample_path.read_bytes())
    ours, others = _leftovers(live, sample_path)
    if operation == "restore":
        assert main(["restore", str(sample_path), "--db", str(live)]) == 0, capsys.readouterr().err
    else:
        auto_backup.auto_backup(live, live, "harian")
    assert [p for p in ours if p.exists()] == []
    assert all(p.exists() for p in others)
    assert table_rows(live) == table_rows(sample_path)
