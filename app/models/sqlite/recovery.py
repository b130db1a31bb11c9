"""After a power cut: SQLite plays back the journal an interrupted commit left beside the
file (never us: we never delete a journal)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ..errors import BerkasDitolak
from .errors import (SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY, alasan_jalur_panjang, alasan_sqlite,
                     jalur_terlalu_panjang, sqlite_code)
from .header import APPLICATION_ID, SQLITE_MAGIC, check_file, journal_path, read_head, real_path

log = logging.getLogger(__name__)


def recover_journal(path: Path) -> bool:
    """Let SQLite finish what a power cut interrupted: a journal left beside the file (a
    "hot" journal) holds the pages as they were before the unfinished commit, and SQLite
    rolls them back at the first read through a write-capable connection, then deletes the
    journal. Until then the file may look short or damaged; after it every committed
    edit is there and the half-done one is wholly absent. We never delete a journal
    ourselves. Returns True when a journal was there and SQLite has played it back.

    Safe while another copy of the app holds the file: a journal of a transaction still
    running is not hot (its writer holds a lock) and SQLite leaves it alone.

    Through a symbolic link SQLite keeps the journal beside the real file: it is looked
    for, and played back, there."""
    path = Path(real_path(path))
    journal = journal_path(path)
    try:
        if not (path.is_file() and journal.is_file() and journal.stat().st_size > 0):
            return False
        with open(path, "rb") as f:
            if not f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                return False  # not a SQLite file: nothing of SQLite's to play back
    except OSError:
        return False  # read_header reports an unreadable file
    try:
        con = sqlite3.connect(path, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode").fetchone()  # the first read plays a hot journal back
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        if sqlite_code(exc) == SQLITE_CANTOPEN and jalur_terlalu_panjang(path):
            raise BerkasDitolak(f"Berkas {path.name} tidak dapat dibuka: {alasan_jalur_panjang(path)}.") from exc
        if sqlite_code(exc) in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM):
            raise BerkasDitolak(
                f"Berkas {path.name} terhenti di tengah penyimpanan (listrik padam?) dan perlu dipulihkan "
                "oleh SQLite, tetapi berkas atau foldernya tidak dapat ditulis. Salin folder itu ke "
                "komputer (termasuk berkas -journal di sampingnya), lalu buka salinannya.") from exc
        raise BerkasDitolak(f"Berkas {path.name} tidak dapat dipulihkan setelah penyimpanan yang terhenti: "
                            f"{alasan_sqlite(exc)}.") from exc
    played = not journal.exists()
    log.info("journal of %s played back by SQLite: %s", path.name, played)
    return played


def recover_and_check(path: Path) -> int:
    """:func:`check_file` after a power cut: a journal left beside one of our files is
    first played back by SQLite (:func:`recover_journal`), so a file that only *looks*
    short or damaged is judged as SQLite will see it. Anything that is not a regular file
    is refused before it is opened; another application's file is never touched."""
    path = Path(path)
    head = read_head(path)
    if head[68:72] == APPLICATION_ID.to_bytes(4, "big") and head.startswith(SQLITE_MAGIC):
        recover_journal(path)
    return check_file(path)
