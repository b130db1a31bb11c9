"""SQLite's errors told by their result codes (never by the English message text), in
Indonesian: for the store, the command line and the rest of the seam. peewee keeps the
``sqlite3`` exception as ``orig`` and as the context."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from ..errors import BerkasRusak, KinerjaError


def sqlite_error(exc: BaseException) -> BaseException | None:
    """The ``sqlite3`` exception behind ``exc`` (peewee keeps it as ``orig`` and as the
    context), or None."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, sqlite3.Error):
            return exc
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
        seen += 1
    return None


# SQLite primary result codes (https://sqlite.org/rescode.html)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CORRUPT = 3, 5, 6, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_NOTADB = 13, 14, 8, 26

_SQLITE_ALASAN = {
    SQLITE_PERM: "tidak ada izin untuk berkas itu",
    SQLITE_BUSY: "berkas sedang dipakai program lain; coba lagi sebentar lagi",
    SQLITE_LOCKED: "berkas sedang dipakai; coba lagi sebentar lagi",
    SQLITE_READONLY: "berkas atau foldernya hanya-baca",
    SQLITE_IOERR: "berkas tidak dapat dibaca atau ditulis (flashdisk dicabut atau disk rusak?)",
    SQLITE_CORRUPT: "berkas basis data rusak",
    SQLITE_FULL: "disk atau flashdisk penuh",
    SQLITE_CANTOPEN: "berkas tidak dapat dibuka (tidak ada, atau tidak ada izin)",
    SQLITE_NOTADB: "berkas itu bukan basis data",
}


def sqlite_codes(exc: BaseException) -> set[int]:
    """Every primary result code along ``exc``'s chain: a failed ROLLBACK after a full disk
    ("no transaction is active") carries the FULL error as its context."""
    codes, seen = set(), 0
    while exc is not None and seen < 8:
        code = getattr(exc, "sqlite_errorcode", None) if isinstance(exc, sqlite3.Error) else None
        if code is not None:
            codes.add(code & 0xFF)
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
        seen += 1
    return codes


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (or of the sqlite3 error behind it)."""
    inner = sqlite_error(exc)
    code = getattr(inner, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


# Which reason to give when the chain holds several: what happened to the file first (a
# failed ROLLBACK after a full disk says "no transaction is active", code 1).
_PRIORITAS = (SQLITE_FULL, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_READONLY, SQLITE_PERM,
              SQLITE_CANTOPEN, SQLITE_BUSY, SQLITE_LOCKED)


# The longest path SQLite opens, in bytes (its VFS's mxPathname: 512 on Unix, MAX_PATH × 4
# UTF-8 bytes on Windows); its journal's name is 8 bytes longer.
SQLITE_MAX_PATH = 1040 if sys.platform == "win32" else 512


def jalur_terlalu_panjang(path: Path | str) -> bool:
    """Whether ``path`` (or its ``-journal``) is longer than SQLite opens."""
    return len(os.fsencode(os.path.abspath(os.fspath(path)))) + len("-journal") >= SQLITE_MAX_PATH


def alasan_jalur_panjang(path: Path | str) -> str:
    n = len(os.fsencode(os.path.abspath(os.fspath(path))))
    return (f"jalur foldernya terlalu panjang ({n} bita; SQLite hanya dapat membuka jalur sampai sekitar "
            f"{SQLITE_MAX_PATH - len('-journal')} bita). Pindahkan berkas itu ke folder dengan jalur yang lebih "
            "pendek (misalnya langsung di folder Dokumen), atau perpendek nama folder-foldernya")


def alasan_sqlite(exc: BaseException, path: Path | str | None = None) -> str:
    """The reason of a SQLite error, in Indonesian, from the result codes along its whole
    chain (the most telling one), else from its own code. With ``path``: a file SQLite could
    not open because its path is too long is said so."""
    codes = sqlite_codes(exc)
    code = next((c for c in _PRIORITAS if c in codes), sqlite_code(exc))
    if code == SQLITE_CANTOPEN and path is not None and jalur_terlalu_panjang(path):
        return alasan_jalur_panjang(path)
    if code is None:
        return "kesalahan basis data"
    return _SQLITE_ALASAN.get(code, f"kesalahan basis data (kode {code})")


def failure(exc: BaseException, path: Path) -> KinerjaError | None:
    """The message of a SQLite failure during a read or a write (``BerkasRusak`` for a
    damaged file); None for an error that is not about the file (a constraint, a bug)."""
    codes = sqlite_codes(exc)
    if codes & {SQLITE_FULL, SQLITE_IOERR}:
        what = ("Disk penuh" if SQLITE_FULL in codes
                else "Berkas data tidak dapat ditulis (disk penuh, atau flashdisk dicabut?)")
        return KinerjaError(f"{what}: perubahan ini tidak tersimpan, data yang sudah tersimpan tetap utuh. "
                            "Kosongkan ruang disk (hapus atau pindahkan berkas yang tidak perlu), lalu ulangi.")
    if codes & {SQLITE_READONLY, SQLITE_PERM}:
        return KinerjaError("Data ini dibuka hanya-baca (dipakai program lain, atau foldernya hanya-baca); "
                            "perubahan tidak disimpan.")
    if codes & {SQLITE_BUSY, SQLITE_LOCKED}:
        return KinerjaError("Berkas data sedang dikunci program lain; perubahan tidak disimpan. "
                            "Tutup program itu, lalu ulangi.")
    if codes & {SQLITE_CORRUPT, SQLITE_NOTADB}:
        return BerkasRusak(f"Berkas data {Path(path).name} rusak: sebagian isinya tidak dapat dibaca. "
                           "Jangan mengubahnya lagi; pulihkan data dari cadangan terakhir yang baik.")
    return None


def is_damage(exc: BaseException) -> bool:
    """The file itself is damaged (SQLite says CORRUPT or NOTADB)."""
    return bool(sqlite_codes(exc) & {SQLITE_CORRUPT, SQLITE_NOTADB})
