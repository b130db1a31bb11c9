"""Plain frozen rows the window lists (the structure's jabatan, the history), apart from
:mod:`.data` (which still offers these names): a print makes neither class."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class JabatanRingkas:
    id: int
    nama: str
    atasan_id: int | None
    eselon: str | None
    tingkat: int  # depth in the hierarchy, 0 for the head


@dataclass(frozen=True, slots=True)
class RiwayatData:
    id: int
    waktu: _dt.datetime
    operator: str
    aksi: str
    jenis: str
    item_id: int
    label: str
    kolom: str
    lama: str  # shown as text
    baru: str
    dapat_dipulihkan: bool  # a deletion whose rows are kept
