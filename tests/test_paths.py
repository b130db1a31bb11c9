"""Any legal file name works: '#', '?', '%', spaces, non-ASCII letters in the folder or the
file's name (an office PC's "Kantor #2")."""

import sqlite3

import pytest

ODD_NAMES = ["Kantor #2/Data Ümi", "a?b/c%20d", "100% siap/x&y", "spasi  ganda/ tepi "]


@pytest.mark.parametrize("folder", ODD_NAMES)
def test_sqlite_uri_opens_exactly_that_file(tmp_path, folder):
    from app.models.sqlite.header import sqlite_uri

    path = tmp_path / folder / "kinerja #1?.db"
    path.parent.mkdir(parents=True)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (a)")
    con.execute("INSERT INTO t VALUES (42)")
    con.commit()
    con.close()
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    ro = sqlite3.connect(sqlite_uri(path), uri=True)
    assert ro.execute("SELECT a FROM t").fetchall() == [(42,)]
    with pytest.raises(sqlite3.OperationalError):
        ro.execute("INSERT INTO t VALUES (1)")  # read-only, as asked
    ro.close()
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before  # no stray file


LONG = "Kantor #2/" + "Ümi " + "sangat panjang " * 10 + "/" + "Data ?% " * 8  # the path > 200 characters
FOLDERS = ["Kantor #2/Data Ümi", "a?b", "c%20d", "spasi  ganda/ tepi ", LONG]


def _nama(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT nama FROM kecamatan").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("folder", FOLDERS)
def test_backup_describe_restore_and_automatic_backups_in_odd_folders(tmp_path, sample_path, folder):
    """Issue 10, finding 1: with a '#' the backup had 0 tables, the restore kept an empty
    safety copy and a file "Kantor " appeared beside the folder."""
    from app.models.sqlite import auto_backup, backup, restore
    from app.models.store import Store

    live = tmp_path / folder / "kinerja.db"
    live.parent.mkdir(parents=True)
    live.write_bytes(sample_path.read_bytes())
    assert len(str(live)) > 200 or folder != LONG
    out = live.parent / "cadangan #1 ?.db"
    assert backup.backup(live, out)["indikator"] == 27
    info = backup.describe(out)
    assert info.kecamatan == "Belawang" and info.jumlah == backup.describe(live).jumlah
    with Store.open(live) as s:
        s.update("kecamatan", 1, nama="Diubah sesudah cadangan")
    before = backup.describe(live).jumlah
    safety = restore.restore(out, live)
    assert _nama(live) == "Belawang"
    assert _nama(safety) == "Diubah sesudah cadangan" and backup.describe(safety).jumlah == before
    daily = auto_backup.auto_backup(live, live, "harian")
    assert backup.describe(daily).jumlah == backup.describe(live).jumlah
    assert not auto_backup.needs_daily_backup(live)
    assert auto_backup.newest_good_backup(live) == daily
    outside = [p for p in tmp_path.rglob("*") if p != sample_path and live.parent not in (p, *p.parents)]
    assert all(p.is_dir() for p in outside)  # no stray file ("Kantor ") beside the folders
    assert sorted(p.name for p in live.parent.iterdir()) == sorted(["cadangan", out.name, live.name])
    assert sorted(auto_backup.auto_backups(live.parent / "cadangan")) == sorted([safety, daily])


def test_cli_backup_and_restore_in_a_folder_with_a_hash(tmp_path, sample_path, capsys):
    from app.cli import main

    live = tmp_path / "Kantor #2" / "Data Ümi" / "kinerja.db"
    live.parent.mkdir(parents=True)
    live.write_bytes(sample_path.read_bytes())
    out = tmp_path / "Kantor #2" / "flashdisk #1.db"
    assert main(["backup", "--db", str(live), "--out", str(out)]) == 0
    assert "27 indikator" in capsys.readouterr().out
    assert main(["restore", str(out), "--db", str(live)]) == 0
    said = capsys.readouterr().out
    assert "Belawang" in said and "27 indikator" in said
    safety = said.split("Data sebelumnya disimpan di ")[1].strip()
    assert _nama(safety) == "Belawang"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["Kantor #2", sample_path.name])


def test_a_long_database_name_gets_backups_too(tmp_path, sample_path):
    """The name of a backup stays under the 255 bytes a file name may have."""
    from app.models.sqlite import auto_backup

    live = tmp_path / ("Data Kecamatan Ümi #2 " * 9 + ".db")  # 219 bytes
    live.write_bytes(sample_path.read_bytes())
    first = auto_backup.auto_backup(live, live, "harian")
    second = auto_backup.auto_backup(live, live, "sebelum-pulih")
    assert len(second.name.encode()) < 200
    assert auto_backup.auto_backups(auto_backup.backup_folder(live), live) == [second, first]
    assert auto_backup.auto_backups(auto_backup.backup_folder(sample_path), sample_path) == []
