"""Helpers shared by several test files (fixtures live in conftest.py). Test files import
from here, never from each other."""

from __future__ import annotations

import shutil
import sqlite3
import struct
import zlib
from pathlib import Path

import pytest

from app.models.sqlite import header
from app.models.sqlite.header import journal_path
from app.models.errors import BerkasDitolak
from app.models.sqlite.header import APPLICATION_ID

FIXTURES = Path(__file__).parent / "fixtures"
# A copy of the reference text of the sample (shared/seeds/000_b8c477cb9f4f63a8.txt in the
# project's shared folder), so the suite runs anywhere; test_sample checks the copy against
# the original when that folder is beside the clone.
REFERENCE = FIXTURES / "referensi_belawang.txt"
SHARED_REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_b8c477cb9f4f63a8.txt"


def make_old_database(path: Path, version: int) -> None:
    """A file exactly as schema ``version`` left it (frozen SQL dump fixtures/skema_vN.sql)."""
    con = sqlite3.connect(path)
    con.executescript((FIXTURES / f"skema_v{version}.sql").read_text(encoding="utf-8"))
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()


def make_v1_database(path: Path) -> None:
    make_old_database(path, 1)


def table_rows(path: Path, skip: tuple[str, ...] = ()) -> dict[str, list]:
    """Every row of every table of a database file (for before/after comparisons)."""
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
              if r[0] not in skip]
    out = {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    con.close()
    return out


def column_rows(path: Path, columns: dict[str, list[str]]) -> dict[str, list]:
    """The rows of the given columns of each table (an upgrade adds columns: the old ones
    must keep every value)."""
    con = sqlite3.connect(path)
    out = {t: con.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{t}" ORDER BY 1').fetchall()
           for t, cols in columns.items()}
    con.close()
    return out


def damaged(tmp_path, sample_path):
    """The sample with the b-tree page of table penjelasan overwritten (a bad sector)."""
    con = sqlite3.connect(sample_path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'penjelasan'").fetchone()[0]
    con.close()
    data = bytearray(sample_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page
    data[start:start + page] = bytes([0x0D, 0xFF, 0xFF]) + b"\x5a" * (page - 3)
    bad = tmp_path / "rusak.db"
    bad.write_bytes(bytes(data))
    return bad


def png_rgba(w=40, h=20):
    """A small RGBA PNG (a scanned signature or stamp), made without Pillow."""
    raw = b"".join(b"\x00" + bytes([200, 0, 0, (x * 6) % 256]) * 1 + b"".join(
        bytes([0, 0, 200, 128]) for _ in range(w - 1)) for x in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def copy_with_journal(src, dest):
    shutil.copyfile(src, dest)
    shutil.copyfile(journal_path(src), journal_path(dest))


def as_mid_commit(dest, committed, size):
    """The commit had written page 1 (SQLite writes the pages in order, after syncing the
    journal) when the power went: the header gives the new size, the file is short."""
    page_size = int.from_bytes(committed.read_bytes()[16:18], "big")
    with open(dest, "r+b") as f:
        f.write(committed.read_bytes()[:page_size])
        f.truncate(size)
    with pytest.raises(BerkasDitolak, match="terpotong"):  # as the file looks before SQLite recovers it
        header.check_file(dest)


def cut_sample(src, dest, mid_commit: bool) -> None:
    """``dest``: the sample ``src`` as a cut leaves it while a large edit that grows the file
    and has spilled pages is being written (``mid_commit``: while it is being committed)."""
    size = src.stat().st_size
    con = sqlite3.connect(src, isolation_level=None)
    con.execute("PRAGMA cache_size = 5")  # spill early
    con.execute("BEGIN")
    con.executemany("INSERT INTO penjelasan (indikator_id, urutan, teks) VALUES (1, ?, ?)",
                    [(100 + i, "paragraf baru " * 40) for i in range(1500)])
    con.execute("UPDATE pegawai SET nama = nama || ' (diubah)'")
    assert journal_path(src).stat().st_size > 0 and src.stat().st_size > size  # spilled, grown
    copy_with_journal(src, dest)
    con.execute("COMMIT" if mid_commit else "ROLLBACK")
    con.close()
    if mid_commit:
        as_mid_commit(dest, src, size)
