"""The program / kegiatan / anggaran block of a Perjanjian Kinerja, read from the budget
tables with plain peewee queries (Program linked to the PK's sasaran, Pagu of the year).
Called inside a read of the store (:meth:`app.models.pk_ops.PkOps.program_pk`)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from .sakip import jumlah_anggaran
from .sakip_data import KegiatanPK, ProgramPK
from .schema import Pagu, Program


@dataclass(frozen=True)
class AnggaranTahun:
    """The budget lines of a period with their pagu of one year, read once (every jabatan's
    PK takes its programs from it): id → row, parent id → children in order, id → pagu."""

    rows: dict[int, dict]
    kids: dict[int | None, list[dict]]
    pagu: dict[int, Decimal | None]


def baca_anggaran(periode_id: int, tahun: int) -> AnggaranTahun:
    """Two queries (call inside a read)."""
    rows = {r["id"]: r for r in Program.select(Program.id, Program.induk, Program.tingkat, Program.kode, Program.nama,
                                                Program.urutan, Program.sasaran)
            .where(Program.periode == periode_id).dicts()}
    pagu = {r[0]: r[1] for r in Pagu.select(Pagu.program, Pagu.nilai).join(Program).where(
        Pagu.tahun == tahun, Program.periode == periode_id).tuples()}
    kids = defaultdict(list)
    for r in sorted(rows.values(), key=lambda r: (r["urutan"], r["kode"], r["id"])):
        kids[r["induk"]].append(r)
    return AnggaranTahun(rows, kids, pagu)


def program_pk(sasaran_ids: list[int], periode_id: int, tahun: int,
               anggaran: AnggaranTahun | None = None) -> tuple[ProgramPK, ...]:
    """Program → kegiatan with the year's anggaran for the sasaran of a PK (call inside a
    read; ``anggaran``: the budget already read, for several PKs). A budget line is linked
    to a sasaran at any level: a program brings all its kegiatan, a kegiatan itself, a
    sub-kegiatan its kegiatan. A kegiatan's anggaran is its pagu of the year, else the sum
    of its sub-kegiatan's; none: blank."""
    if not sasaran_ids:
        return ()
    a = anggaran or baca_anggaran(periode_id, tahun)
    rows, kids, pagu, linked = a.rows, a.kids, a.pagu, set(sasaran_ids)
    wanted: dict[int, set[int]] = defaultdict(set)  # program id -> kegiatan ids
    for r in rows.values():
        if r["sasaran"] in linked:
            _tandai(r, rows, kids, wanted)
    out = []
    for prog in kids[None]:
        if prog["id"] in wanted:
            kegs = tuple(KegiatanPK(k["kode"], k["nama"], _anggaran(k, kids, pagu))
                         for k in kids[prog["id"]] if k["id"] in wanted[prog["id"]])
            out.append(ProgramPK(prog["kode"], prog["nama"], kegs))
    return tuple(out)


def _tandai(r: dict, rows: dict, kids, wanted: dict[int, set[int]]) -> None:
    if r["tingkat"] == "subkegiatan" and r["induk"] in rows:
        r = rows[r["induk"]]
    if r["tingkat"] == "program":
        wanted[r["id"]].update(k["id"] for k in kids[r["id"]])
    elif r["induk"] in rows:
        wanted[r["induk"]].add(r["id"])


def _anggaran(kegiatan: dict, kids, pagu: dict[int, Decimal | None]) -> Decimal | None:
    own = pagu.get(kegiatan["id"])
    if own is not None:
        return own
    return jumlah_anggaran(pagu.get(s["id"]) for s in kids[kegiatan["id"]])
