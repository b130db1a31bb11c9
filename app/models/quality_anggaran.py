"""The data-quality warnings of the budget (part of :func:`app.models.quality.periksa`):
money spent above the pagu, money spent on a line without a pagu for that year, a line's
own pagu that is not the sum of the pagu of the lines under it, a program not linked to a
sasaran (its efficiency cannot be computed in the LKjIP). Warnings only, never a refusal."""

from __future__ import annotations

from typing import Iterable

from .anggaran import NAMA_TINGKAT, PROGRAM, ProgramData, pagu_baris, rata, realisasi_baris
from .angka import format_angka
from .data import PeriodeData
from .kinds import Jenis
from .sakip import jumlah_anggaran


# (kode, pesan, jenis_item, item_id, tahun): a quality.Peringatan's fields; tahun None for a
# warning that does not depend on the year
Temuan = tuple[str, str, Jenis, int, "int | None"]


def periksa_anggaran_store(store, periode: Iterable[PeriodeData]) -> list[Temuan]:
    """Reads the budget of every year of every period, then :func:`periksa_anggaran`."""
    out: list[Temuan] = []
    for p in periode:
        for tahun in p.tahun:
            out.extend(periksa_anggaran(p, tahun, store.program_tree(p.id, tahun), first=tahun == p.tahun_awal))
    return out


def periksa_anggaran(periode: PeriodeData, tahun: int, tree: tuple[ProgramData, ...], first: bool = True) -> list[Temuan]:
    """The warnings of one year's budget; ``first``: also those that do not depend on the
    year (said once per period)."""
    out: list[Temuan] = []
    for _, p in rata(tree):
        name = f"{NAMA_TINGKAT[p.tingkat]} «{p.label}»"

        def warn(kode: str, pesan: str, year: int | None = tahun) -> None:
            out.append((kode, pesan, Jenis.PROGRAM, p.id, year))

        if first and p.tingkat == PROGRAM and p.sasaran_id is None:
            warn("program_tanpa_sasaran", f"{name} belum dikaitkan dengan sasaran: efisiensinya tidak dapat dihitung. "
                 "Pilih sasarannya di Data → Anggaran.", None)
        pagu, real = pagu_baris(p), realisasi_baris(p)
        if real is not None and pagu is None:
            warn("realisasi_tanpa_pagu", f"{name} punya realisasi anggaran {tahun} tetapi belum punya pagu tahun itu.")
        elif real is not None and pagu is not None and real > pagu:
            warn("realisasi_melebihi_pagu", f"Realisasi anggaran {tahun} {name} (Rp {format_angka(real)}) melebihi "
                 f"pagunya (Rp {format_angka(pagu)}).")
        rincian = jumlah_anggaran(pagu_baris(a) for a in p.anak)
        if p.pagu is not None and rincian is not None and rincian != p.pagu:
            warn("pagu_tidak_sama_rincian", f"Pagu {tahun} {name} (Rp {format_angka(p.pagu)}) tidak sama dengan jumlah "
                 f"pagu rinciannya (Rp {format_angka(rincian)}).")
    return out
