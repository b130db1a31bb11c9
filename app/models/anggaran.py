"""The budget as plain data and its rules: a line of the budget (program, kegiatan or
sub-kegiatan) with its pagu and its realisasi per quarter of one year, how lines add up
(a line's own figure where it has one, else the sum of the lines under it), the rules of a
budget code ("7.01.02": digits and dots; a child's code begins with its parent's), and the
reading of a rupiah amount as typed ("Rp 1.004.422.800", "1,004,422,800"). Serapan and
efficiency themselves are :mod:`app.models.sakip` (``serapan``, ``efisiensi``), used here,
never written twice. Pure: no store, no Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

from .angka import dalam_batas, format_angka, parse_angka
from .errors import InputTidakValid
from .sakip import jumlah_anggaran, realisasi_anggaran_sampai, serapan

PROGRAM, KEGIATAN, SUBKEGIATAN = "program", "kegiatan", "subkegiatan"
TINGKAT = (PROGRAM, KEGIATAN, SUBKEGIATAN)
NAMA_TINGKAT = {PROGRAM: "Program", KEGIATAN: "Kegiatan", SUBKEGIATAN: "Sub-kegiatan"}
_KODE = re.compile(r"\d+(?:\.\d+)*")


@dataclass(frozen=True)
class ProgramData:
    """One line of the budget with the figures of one year. ``pagu`` and ``realisasi``
    (quarter → rupiah) are the line's own, as typed; ``anak``: the lines under it."""

    id: int
    periode_id: int
    induk_id: int | None
    tingkat: str
    kode: str
    nama: str
    urutan: int
    sasaran_id: int | None
    tahun: int | None = None
    pagu: Decimal | None = None
    realisasi: tuple[tuple[int, Decimal | None], ...] = ()
    anak: tuple["ProgramData", ...] = field(default=())

    def realisasi_triwulan(self) -> dict[int, Decimal | None]:
        return dict(self.realisasi)

    @property
    def label(self) -> str:
        return f"{self.kode} {self.nama}".strip()


def tingkat_anak(tingkat_induk: str | None) -> str:
    """The level of a line added under a line of ``tingkat_induk`` (None: at the top)."""
    if tingkat_induk is None:
        return PROGRAM
    if tingkat_induk == PROGRAM:
        return KEGIATAN
    if tingkat_induk == KEGIATAN:
        return SUBKEGIATAN
    raise InputTidakValid("Sub-kegiatan tidak dapat punya rincian lagi. Tambahkan di bawah kegiatannya.")


def cek_kode(kode: str, kode_induk: str | None = None) -> str:
    """A budget code as it may be stored: "" (not yet known) or digits joined by dots; under
    a parent with a code, it begins with that code and a dot ("7.01.02" → "7.01.02.2.01")."""
    if not isinstance(kode, str):
        raise InputTidakValid("Kode harus berupa teks.")
    kode = kode.strip()
    if not kode:
        return ""
    if not _KODE.fullmatch(kode) or not kode.isascii():
        raise InputTidakValid(f"Kode «{kode[:40]}» tidak sah: isi angka yang dipisah titik, misalnya 7.01.02.")
    if kode_induk and not kode.startswith(kode_induk + "."):
        raise InputTidakValid(f"Kode «{kode}» harus diawali kode induknya «{kode_induk}.», misalnya {kode_induk}.01.")
    return kode


def kode_pindah(kode: str, induk_lama: str, induk_baru: str) -> str:
    """The code of a line whose parent's code changes: the parent's part is replaced
    ("7.01.02.2.01" under 7.01.02 → 7.01.03: "7.01.03.2.01"); a code that did not begin
    with the old parent's stays as it is."""
    if kode and induk_lama and induk_baru and kode.startswith(induk_lama + "."):
        return induk_baru + kode[len(induk_lama):]
    return kode


def baca_rupiah(nilai: Decimal | str | None, apa: str = "anggaran") -> Decimal | None:
    """A rupiah amount as typed or pasted ("Rp 1.004.422.800", "1,004,422,800", "" blank)
    or already a number; refused with a reason when unreadable, below zero or too large."""
    if isinstance(nilai, str):
        nilai = parse_angka(nilai)
    if nilai is None:
        return None
    if not isinstance(nilai, Decimal) or not nilai.is_finite() or not dalam_batas(nilai):
        raise InputTidakValid(f"Nilai {apa} tidak sah atau terlalu besar (paling besar 999.999.999.999.999).")
    if nilai < 0:
        raise InputTidakValid(f"Nilai {apa} tidak boleh negatif ({format_angka(nilai)}). Isi 0 atau lebih.")
    return nilai + 0


# --------------------------------------------------------------------------- how lines add up


def pagu_baris(p: ProgramData) -> Decimal | None:
    """The pagu of a line: its own where typed, else the sum of the lines under it (a
    program whose pagu is only given per kegiatan or sub-kegiatan)."""
    if p.pagu is not None:
        return p.pagu
    return jumlah_anggaran(pagu_baris(a) for a in p.anak)


def realisasi_baris(p: ProgramData, sampai: int = 4) -> Decimal | None:
    """The money spent by a line up to quarter ``sampai``: its own quarters where it has any,
    else the sum of the lines under it (the same rule as the pagu)."""
    own = realisasi_anggaran_sampai(p.realisasi_triwulan(), sampai)
    if own is not None or any(v is not None for _, v in p.realisasi):
        return own
    return jumlah_anggaran(realisasi_baris(a, sampai) for a in p.anak)


def serapan_baris(p: ProgramData, sampai: int = 4) -> Decimal | None:
    return serapan(pagu_baris(p), realisasi_baris(p, sampai))


def rata(lines: Iterable[ProgramData]) -> list[tuple[int, ProgramData]]:
    """The lines depth-first, each with its depth (0 program, 1 kegiatan, 2 sub-kegiatan)."""
    out: list[tuple[int, ProgramData]] = []

    def walk(items: Iterable[ProgramData], depth: int) -> None:
        for p in items:
            out.append((depth, p))
            walk(p.anak, depth + 1)

    walk(lines, 0)
    return out
