"""The capaian of an indicator for a year (up to a quarter): the one place where the rules
of :mod:`app.models.rules` are applied to stored data. The grids, the charts, the dashboard
and the printed report all show what these functions return."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from .data import IndikatorData, RealisasiData
from .rules import Band, capaian, kategori, nilai_realisasi, rollup


@dataclass(frozen=True, slots=True)
class Capaian:
    tahun: int
    sampai_triwulan: int
    target: Decimal | None
    realisasi: Decimal | None  # rolled up to ``sampai_triwulan``
    capaian: Decimal | None  # percent, None = n/a
    band: Band | None

    @property
    def ada_target(self) -> bool:
        return self.target is not None

    @property
    def ada_realisasi(self) -> bool:
        return self.realisasi is not None


def realisasi_triwulan(entries: Iterable[RealisasiData], tahun: int) -> dict[int, Decimal | None]:
    """The value of each quarter of a year (typed, or from numerator / denominator)."""
    return {r.triwulan: nilai_realisasi(r.nilai, r.pembilang, r.penyebut) for r in entries if r.tahun == tahun}


def hitung(
    ind: IndikatorData, tahun: int, bands: Sequence[Band], aturan_negatif: str = "permenpan", sampai_triwulan: int = 4
) -> Capaian:
    t = ind.target_tahun(tahun)
    target = t.nilai if t else None
    quarters = realisasi_triwulan(ind.realisasi, tahun)
    real = rollup(ind.jenis, quarters, sampai=sampai_triwulan)
    value = capaian(target, real, ind.polaritas, aturan_negatif)
    return Capaian(tahun, sampai_triwulan, target, real, value, kategori(value, bands))


def sebaran_kategori(results: Iterable[Capaian], bands: Sequence[Band]) -> dict[str, int]:
    """How many indicators fall in each band (in band order), plus "n/a" for the rest."""
    counts = {b.nama: 0 for b in bands}
    counts["n/a"] = 0
    for r in results:
        counts[r.band.nama if r.band else "n/a"] += 1
    return counts
