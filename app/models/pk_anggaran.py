"""The program / kegiatan / anggaran block of a Perjanjian Kinerja, taken from the budget
tree of the year (:meth:`app.models.anggaran_ops.AnggaranOps.program_tree`) when the PK is
made (then kept on the PK as signed: :class:`app.models.schema.AnggaranPK`). The figures
follow the budget's one rule, the same as the LKjIP's 3.2
(:func:`app.models.anggaran.pagu_baris`: a line's own pagu, else the sum of the lines under
it). Pure: no store, no Qt."""

from __future__ import annotations

from typing import Iterable

from .anggaran import KEGIATAN, PROGRAM, SUBKEGIATAN, ProgramData, pagu_baris
from .sakip import jumlah_anggaran
from .sakip_data import KegiatanPK, ProgramPK


def program_pk(tree: Iterable[ProgramData], sasaran_ids: Iterable[int]) -> tuple[ProgramPK, ...]:
    """Program → kegiatan with the year's anggaran for the sasaran of a PK. A budget line is
    linked to a sasaran at any level: a program brings itself whole (all its kegiatan, its
    anggaran the program's figure, as the LKjIP shows it), a kegiatan itself, a sub-kegiatan
    its kegiatan; a program brought only by some of its kegiatan counts those."""
    ids = set(sasaran_ids)
    out = []
    for prog in tree:
        if prog.tingkat != PROGRAM:
            continue
        if prog.sasaran_id in ids:
            kegs = tuple(_kegiatan(k) for k in prog.anak if k.tingkat == KEGIATAN)
            out.append(ProgramPK(prog.kode, prog.nama, kegs, pagu_baris(prog)))
            continue
        kegs = tuple(_kegiatan(k) for k in prog.anak if k.tingkat == KEGIATAN and _tertaut(k, ids))
        if kegs:
            out.append(ProgramPK(prog.kode, prog.nama, kegs, jumlah_anggaran(k.anggaran for k in kegs)))
    return tuple(out)


def _tertaut(kegiatan: ProgramData, ids: set[int]) -> bool:
    return kegiatan.sasaran_id in ids or any(s.sasaran_id in ids for s in kegiatan.anak if s.tingkat == SUBKEGIATAN)


def _kegiatan(k: ProgramData) -> KegiatanPK:
    return KegiatanPK(k.kode, k.nama, pagu_baris(k))
