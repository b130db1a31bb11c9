"""The light read of the first paint: the periods, the jabatan of the tree and the
kecamatan's name, read with plain ``sqlite3`` through a read-only connection, so that the
window shows before peewee, dataclasses and the rest of the core have loaded (the
queries are :mod:`app.models.tree`'s, the store's own)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ..engine import SCHEMA_VERSION
from ..tree import LightRead, nama_kecamatan, periode_berisi, periode_list, periode_pembuka, tree
from .header import check_file, journal_path, real_path, sqlite_uri

log = logging.getLogger(__name__)


def light_read(path: Path, periode_id: int | None = None) -> LightRead | None:
    """The light read of a sound, current file for the first paint; None when the file
    needs the full path (missing, refused, older schema to migrate, no period, a journal
    left by a power cut — SQLite plays it back there, under the lock —, any error): the
    caller then opens the store first, as before."""
    path = Path(path)
    try:
        if not path.is_file() or journal_path(Path(real_path(path))).exists() or check_file(path) != SCHEMA_VERSION:
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
