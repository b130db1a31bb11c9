"""The light reads: plain ``sqlite3`` through a read-only connection, without peewee,
dataclasses of the store and the rest of the core. The first paint's (the periods, the
jabatan of the tree and the kecamatan's name: :func:`light_read`, the queries are
:mod:`app.models.tree`'s, the store's own) and a short print's (:func:`baca_ringan`: the
decree's documents, :mod:`app.models.baca_cetak`). Only for a sound file at the current
schema; anything else takes the full path, which migrates, recovers and reports."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

from ..engine import SCHEMA_VERSION
from ..tree import LightRead, nama_kecamatan, periode_berisi, periode_list, periode_pembuka, tree
from .header import check_file, journal_path, real_path, sqlite_uri

if TYPE_CHECKING:
    from ..baca_cetak import BacaanCetak

log = logging.getLogger(__name__)
T = TypeVar("T")


def _boleh(path: Path) -> bool:
    """A light read may open the file: it is there, ours, at the current schema, and no
    journal of a power cut lies beside it (SQLite plays that back on the full path, under
    the lock)."""
    return path.is_file() and not journal_path(Path(real_path(path))).exists() and check_file(path) == SCHEMA_VERSION


def light_read(path: Path, periode_id: int | None = None) -> LightRead | None:
    """The light read of a sound, current file for the first paint; None when the file
    needs the full path (missing, refused, older schema to migrate, no period, a journal
    left by a power cut — SQLite plays it back there, under the lock —, any error): the
    caller then opens the store first, as before."""
    path = Path(path)
    try:
        if not _boleh(path):
            return None
        con = sqlite3.connect(sqlite_uri(path.resolve()), uri=True)
        try:
            execute = con.execute
            periods = periode_list(execute)
            if not periods:
                return None
            periode_id = periode_pembuka(periods, periode_berisi(execute), periode_id)
            return LightRead(path, periods, periode_id, tree(execute, periode_id, isi=False), nama_kecamatan(execute))
        finally:
            con.close()
    except Exception as exc:  # noqa: BLE001 - any doubt: take the full path, which reports properly
        log.debug("no light read of %s: %r", path.name, exc)
        return None


def baca_ringan(path: Path, baca: Callable[[BacaanCetak], T]) -> T | None:
    """``baca(reader)`` over a light print reader of a sound, current file, in one read
    transaction (one snapshot, even while the window writes); None when the file needs
    the full path or anything failed — a missing decree, a bad ``--periode`` included —:
    the caller then reads through the store, which says what is wrong as always."""
    from ..baca_cetak import BacaanCetak

    path = Path(path)
    try:
        if not _boleh(path):
            return None
        con = sqlite3.connect(sqlite_uri(path.resolve()), uri=True, isolation_level=None)
        try:
            con.execute("BEGIN")
            return baca(BacaanCetak(con.execute))
        finally:
            con.close()
    except Exception as exc:  # noqa: BLE001 - any doubt: take the full path, which reports properly
        log.debug("no light print read of %s: %r", path.name, exc)
        return None
