"""A power cut is a normal state, not damage: what a cut leaves (the file and its hot
journal, copied while a large transaction that grows the file has spilled pages) is rolled
back by SQLite, and every committed row is there afterwards."""

import shutil
import sqlite3

from app.models.berkas import journal_path, recover_journal


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
