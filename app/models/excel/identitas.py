"""Which database a workbook came from: every database gets a random identity (a UUID in
the settings table Pengaturan) the first time it exports a workbook; the export writes it
into the hidden sheet ``_kinerja``. A workbook whose identity is not this database's is
from another database, even when its period and jabatan look the same (two databases made
from the same sample have the same ids and names)."""

from __future__ import annotations

import uuid

from ..schema import Pengaturan

KUNCI = "basis_data_id"


def baca() -> str:
    """This database's identity, "" when it has none yet (inside the caller's read)."""
    return Pengaturan.select(Pengaturan.nilai).where(Pengaturan.kunci == KUNCI).scalar() or ""


def pastikan(store) -> str:
    """This database's identity, made and stored when it has none and the store may write
    ("" when it cannot: a workbook without identity is read as the older versions did).
    Not in the history: it is no edit of anyone's, and undo never takes it back."""
    with store._read():
        have = baca()
    if have or getattr(store, "read_only", False):
        return have
    with store._tx():
        Pengaturan.insert(kunci=KUNCI, nilai=str(uuid.uuid4())).on_conflict_ignore().execute()
        return baca()
