"""The capaian report's print data, filled by :func:`app.models.laporan.data_capaian`: kept
apart from :mod:`.laporan` (which still offers these names) so that a decree's print, which
shows no capaian, neither makes these classes nor imports the capaian rules."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .capaian import Capaian
    from .data import IndikatorData, JabatanData, KecamatanData, PeriodeData, SasaranData
    from .rules import Band


@dataclass(frozen=True)
class BarisCapaian:
    sasaran: SasaranData
    indikator: IndikatorData
    capaian: Capaian


@dataclass(frozen=True)
class BagianCapaian:
    jabatan: JabatanData
    baris: tuple[BarisCapaian, ...]


@dataclass(frozen=True)
class CetakCapaian:
    kecamatan: KecamatanData
    periode: PeriodeData
    tahun: int
    triwulan: int
    bagian: tuple[BagianCapaian, ...]
    bands: tuple[Band, ...]
    aturan_negatif: str
    rumus_negatif: str  # the rule, in words, printed on every page
    ttd: Penandatangan | None  # noqa: F821 - app.models.laporan.Penandatangan (which imports this module)
    tanggal: _dt.date | None
