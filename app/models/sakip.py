"""The rules of the SAKIP year, pure functions over ``Decimal``: the target of an indicator
up to a quarter (from the rencana aksi), the check that the quarter targets make the year's
target, the budget's serapan and the efficiency of capaian kinerja against serapan
anggaran, and the default parties and level of a Perjanjian Kinerja. The capaian itself and
how quarters make a year stay in :mod:`app.models.rules` (``capaian``, ``rollup``) and are
used from here, never written twice. The rules in short: README.md ("Business rules").
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Iterable, Mapping, Protocol, Sequence

from .angka import HITUNG, TIDAK_TERHITUNG, dalam_batas, format_angka
from .rules import CAPAIAN_QUANTUM, HUNDRED, cara_rollup, rollup

TRIWULAN_SETAHUN = (1, 2, 3, 4)

# --------------------------------------------------------------------------- quarter targets


def ada_target_triwulan(target_triwulan: Mapping[int, Decimal | None] | None) -> bool:
    """Whether a rencana aksi gives any quarter a target (a filled value; 0 is a value)."""
    return bool(target_triwulan) and any(v is not None for q, v in target_triwulan.items() if q in TRIWULAN_SETAHUN)


def target_sampai(jenis: str, target_tahun: Decimal | None,
                  target_triwulan: Mapping[int, Decimal | None] | None, sampai: int = 4) -> Decimal | None:
    """The target that the realisasi up to quarter ``sampai`` is measured against.

    Where the rencana aksi gives quarter targets, they make the target the way quarters make
    the realisasi (:func:`app.models.rules.rollup`, the one rule): counts (``jumlah``) are
    per quarter and summed up to ``sampai``; percentages and indexes are levels and take the
    last filled quarter up to ``sampai``. Quarter targets given but none up to ``sampai``:
    None (n/a), never the year's target. No quarter target at all: the year's target (so an
    indicator without a rencana aksi is measured as before)."""
    if not ada_target_triwulan(target_triwulan):
        return target_tahun
    return rollup(jenis, dict(target_triwulan or {}), sampai=sampai)


def cek_target_triwulan(jenis: str, target_tahun: Decimal | None,
                        target_triwulan: Mapping[int, Decimal | None] | None, satuan: str = "") -> list[str]:
    """Warnings (never a refusal) about the quarter targets of an indicator against its
    year's target: counts must add up to it, percentages and indexes must end at it (the
    last filled quarter). Empty when they agree, when there are no quarter targets, or for a
    text indicator. Values beyond the range are not compared (they are reported elsewhere)."""
    if not ada_target_triwulan(target_triwulan):
        return []
    cara = cara_rollup(jenis)
    if cara == "tidak":
        return []
    if target_tahun is None:
        return ["Target triwulan sudah diisi, tetapi target tahunannya belum. Isi target tahunan."]
    values = [v for q, v in (target_triwulan or {}).items() if q in TRIWULAN_SETAHUN and v is not None]
    if not all(dalam_batas(v) for v in [*values, target_tahun]):
        return []
    hasil = rollup(jenis, dict(target_triwulan or {}))
    if hasil == target_tahun:
        return []
    unit = f" {satuan}" if satuan else ""
    if cara == "jumlah":
        return [f"Jumlah target triwulan ({format_angka(hasil)}{unit}) tidak sama dengan target tahunan "
                f"({format_angka(target_tahun)}{unit}). Sesuaikan target triwulan atau target tahunannya."]
    return [f"Target triwulan terakhir ({format_angka(hasil)}{unit}) tidak sama dengan target tahunan "
            f"({format_angka(target_tahun)}{unit}). Untuk persentase dan indeks, target triwulan IV "
            "(atau triwulan terakhir yang diisi) harus sama dengan target tahunan."]


# --------------------------------------------------------------------------- budget

EFISIEN = "Efisien"
TIDAK_EFISIEN = "Tidak efisien"
RUMUS_SERAPAN = "realisasi anggaran / pagu × 100 %"
RUMUS_EFISIENSI = "capaian kinerja − serapan anggaran (poin persen); ≥ 0 efisien, < 0 tidak efisien"


def jumlah_anggaran(values: Iterable[Decimal | None]) -> Decimal | None:
    """The sum of the filled amounts (rupiah), None when none is filled. A value beyond the
    range makes the sum None (n/a): it is shown, never added."""
    filled = [v for v in values if v is not None]
    if not filled:
        return None
    if not all(dalam_batas(v) for v in filled):
        return None
    with localcontext(HITUNG):
        return sum(filled, Decimal(0))


def realisasi_anggaran_sampai(triwulan: Mapping[int, Decimal | None], sampai: int = 4) -> Decimal | None:
    """The budget spent up to quarter ``sampai``: money is always summed over quarters (the
    rule of counts, :func:`app.models.rules.rollup`). Nothing filled: None."""
    total = rollup("jumlah", triwulan, sampai=sampai)
    return total if total is None or dalam_batas(total) else None


def serapan(pagu: Decimal | None, realisasi: Decimal | None) -> Decimal | None:
    """Serapan anggaran in percent: realisasi / pagu × 100, rounded to 0,01 like a capaian.
    Pagu 0, blank or below zero, realisasi blank or below zero, or a value beyond the range:
    None ("n/a"), never a division error. Above 100 % (overspent) stays as it is."""
    if pagu is None or realisasi is None or not (dalam_batas(pagu) and dalam_batas(realisasi)):
        return None
    if pagu <= 0 or realisasi < 0:
        return None
    with localcontext(HITUNG):
        return (realisasi / pagu * HUNDRED).quantize(CAPAIAN_QUANTUM, rounding=ROUND_HALF_UP) + 0


def efisiensi(capaian_kinerja: Decimal | None, serapan_anggaran: Decimal | None) -> Decimal | None:
    """How much further the performance went than the money, in percentage points:
    capaian kinerja − serapan anggaran (both in percent, already rounded to 0,01).

    The difference, not the ratio, because it is defined when nothing was spent yet (serapan
    0 %: a ratio would divide by zero), it reads in the units of both figures ("capaian 95 %,
    serapan 80 %: 15 poin"), and it is what LKjIP texts say: the performance is efficient when
    the capaian is at least the serapan. Either figure missing or not finite: None (n/a)."""
    if capaian_kinerja is None or serapan_anggaran is None:
        return None
    if not (capaian_kinerja.is_finite() and serapan_anggaran.is_finite()):
        return None
    with localcontext(HITUNG):
        hasil = (capaian_kinerja - serapan_anggaran).quantize(CAPAIAN_QUANTUM, rounding=ROUND_HALF_UP)
    return hasil + 0 if hasil.is_finite() else None


def kategori_efisiensi(nilai_efisiensi: Decimal | None) -> str:
    """``Efisien`` (capaian ≥ serapan), ``Tidak efisien`` (capaian < serapan), or ``n/a``."""
    if nilai_efisiensi is None:
        return TIDAK_TERHITUNG
    return EFISIEN if nilai_efisiensi >= 0 else TIDAK_EFISIEN


# --------------------------------------------------------------------------- the parties of a PK

STRATEGIS, PROGRAM, KEGIATAN = "strategis", "program", "kegiatan"
JUDUL_TINGKAT = {STRATEGIS: "SASARAN STRATEGIS", PROGRAM: "SASARAN PROGRAM", KEGIATAN: "SASARAN KEGIATAN"}


class Jabatan(Protocol):  # JabatanData or JabatanRingkas
    id: int
    atasan_id: int | None
    eselon: str | None


def _eselon_utama(eselon: str | None) -> str:
    """``III.b`` → ``III``; ``Eselon IV`` → ``IV``; blank or unknown → ``""``."""
    m = re.search(r"\b(I{1,3}|IV|V)\b", (eselon or "").upper().replace(".", " "))
    return m.group(1) if m else ""


def tingkat_pk(jabatan: Jabatan) -> str:
    """The level of a jabatan's PK, hence the heading of its table: the head of the office
    (no superior in the hierarchy: the Camat) signs SASARAN STRATEGIS; an eselon III post
    under it (the Sekcam) SASARAN PROGRAM; everyone else (eselon IV, functional posts
    without an eselon) SASARAN KEGIATAN."""
    if jabatan.atasan_id is None:
        return STRATEGIS
    return PROGRAM if _eselon_utama(jabatan.eselon) in ("I", "II", "III") else KEGIATAN


def atasan_pk(jabatan: Jabatan, semua: Sequence[Jabatan]) -> Jabatan | None:
    """The default PIHAK KEDUA of a jabatan's PK: its direct superior in the hierarchy
    (Sekcam → Camat, Kasi → Camat, Kasubbag → Sekcam as the offices are organised); None for
    the head of the office, whose PIHAK KEDUA is the Bupati, outside the office's hierarchy
    (and for a superior no longer in ``semua``). The clerk may change it on the PK."""
    if jabatan.atasan_id is None:
        return None
    return next((j for j in semua if j.id == jabatan.atasan_id), None)
