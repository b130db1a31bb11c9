"""The capaian of an indicator for a year (up to a quarter): the one place where the rules
of :mod:`app.models.rules` are applied to stored data. The grids, the charts, the dashboard
and the printed report all show what these functions return."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Iterable, Mapping, Sequence

from .data import IndikatorData, JabatanData, RealisasiData
from .angka import HITUNG, TIDAK_TERHITUNG
from .rules import CAPAIAN_QUANTUM, Band, capaian, kategori, nilai_realisasi, rollup
from .sakip import target_sampai


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
    ind: IndikatorData, tahun: int, bands: Sequence[Band], aturan_negatif: str = "permenpan", sampai_triwulan: int = 4,
    target_triwulan: Mapping[int, Decimal | None] | None = None,
) -> Capaian:
    """The capaian of ``ind`` in ``tahun`` up to quarter ``sampai_triwulan``, against the
    quarter targets of its rencana aksi where there are any (``target_triwulan``: quarter →
    target; :func:`app.models.sakip.target_sampai`), else against the year's target."""
    t = ind.target_tahun(tahun)
    target = target_sampai(ind.jenis, t.nilai if t else None, target_triwulan, sampai_triwulan)
    quarters = realisasi_triwulan(ind.realisasi, tahun)
    real = rollup(ind.jenis, quarters, sampai=sampai_triwulan)
    value = capaian(target, real, ind.polaritas, aturan_negatif)
    return Capaian(tahun, sampai_triwulan, target, real, value, kategori(value, bands))


def triwulan_dilaporkan(ind: IndikatorData, tahun: int) -> frozenset[int]:
    """The quarters of ``tahun`` reported for ``ind``: those whose realisasi is filled (0 is
    a value; a row holding only kendala/solusi is not a report). The one rule of which
    quarter a quarterly view (rencana aksi, pengukuran, their chart and tab) measures."""
    return frozenset(q for q, v in realisasi_triwulan(ind.realisasi, tahun).items() if v is not None)


def hitung_triwulan(
    ind: IndikatorData, tahun: int, bands: Sequence[Band], aturan_negatif: str = "permenpan", triwulan: int = 4,
    target_triwulan: Mapping[int, Decimal | None] | None = None,
) -> Capaian:
    """The capaian "s.d. triwulan" of a quarterly view: :func:`hitung` when ``triwulan`` is
    reported (:func:`triwulan_dilaporkan`); a quarter not reported yet keeps its target and
    has no realisasi, no capaian and no band (shown blank, never the earlier quarters'
    figure measured against this quarter's target)."""
    c = hitung(ind, tahun, bands, aturan_negatif, triwulan, target_triwulan)
    if triwulan in triwulan_dilaporkan(ind, tahun):
        return c
    return Capaian(tahun, triwulan, c.target, None, None, None)


def sebaran_kategori(results: Iterable[Capaian], bands: Sequence[Band]) -> dict[str, int]:
    """How many indicators fall in each band (in band order), plus "n/a" for the rest."""
    counts = {b.nama: 0 for b in bands}
    counts[TIDAK_TERHITUNG] = 0
    for r in results:
        counts[r.band.nama if r.band else TIDAK_TERHITUNG] += 1
    return counts


@dataclass(frozen=True)
class BelumLengkap:
    """An indicator the dashboard lists: it lacks a target or realisasi for the year."""

    indikator_id: int
    nama: str
    jabatan: str
    kurang: str  # "target", "realisasi" or "target dan realisasi"


@dataclass(frozen=True)
class RingkasanDasbor:
    """What the dashboard shows for a year up to a quarter."""

    jumlah: int  # indicators
    terhitung: int  # with a capaian
    rata_rata: Decimal | None  # mean capaian of those, rounded as a capaian; None: none computed
    sebaran: dict[str, int]  # indicators per band (band order), "n/a" last
    belum_lengkap: tuple[BelumLengkap, ...]


def ringkasan_dasbor(jabatan: Iterable[JabatanData], tahun: int, bands: Sequence[Band],
                     aturan_negatif: str = "permenpan", sampai_triwulan: int = 4,
                     target_triwulan: Mapping[int, Mapping[int, Decimal | None]] | None = None) -> RingkasanDasbor:
    """The dashboard's figures over every indicator of the jabatan (realisasi of ``tahun``
    loaded): how many, how many computed, their mean capaian, the bands, and the list of
    those lacking a target or realisasi. ``target_triwulan``: indicator id → the quarter
    targets of its rencana aksi of ``tahun`` (``store.target_triwulan``)."""
    results, missing = [], []
    per_ind = target_triwulan or {}
    for j in jabatan:
        for s in j.sasaran:
            for i in s.indikator:
                c = hitung(i, tahun, bands, aturan_negatif, sampai_triwulan, per_ind.get(i.id))
                results.append(c)
                lacks = [w for w, ok in (("target", c.ada_target), ("realisasi", c.ada_realisasi)) if not ok]
                if lacks:
                    missing.append(BelumLengkap(i.id, i.nama, j.nama, " dan ".join(lacks)))
    computed = [r.capaian for r in results if r.capaian is not None]
    return RingkasanDasbor(len(results), len(computed), rata_rata(computed), sebaran_kategori(results, bands),
                           tuple(missing))


def rata_rata(values: Sequence[Decimal]) -> Decimal | None:
    """The mean of some capaian, rounded to 0,01 as a capaian is; None for none."""
    if not values:
        return None
    with localcontext(HITUNG):
        return (sum(values, Decimal(0)) / len(values)).quantize(CAPAIAN_QUANTUM, rounding=ROUND_HALF_UP) + 0
