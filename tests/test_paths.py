"""Any legal file name works: '#', '?', '%', spaces, non-ASCII letters in the folder or the
file's name (an office PC's "Kantor #2")."""

import sqlite3

import pytest

from app.models.berkas import sqlite_uri

ODD_NAMES = ["Kantor #2/Data Ümi", "a?b/c%20d", "100% siap/x&y", "spasi  ganda/ tepi "]


@pytest.mark.parametrize("folder", ODD_NAMES)
def test_sqlite_uri_opens_exactly_that_file(tmp_path, folder):
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
