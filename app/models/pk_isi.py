"""The content of a Perjanjian Kinerja as signed: its lampiran rows (sasaran, indicator
number, text, unit, target: :class:`app.models.schema.TargetPK`) and its program /
kegiatan / anggaran lines (:class:`app.models.schema.AnggaranPK`) are snapshots taken from
the IKU and the budget when the PK is made, copied into a PK Perubahan, and taken again
only by the explicit "Perbarui dari IKU & anggaran". A later edit of the IKU or the budget
never changes a PK. Plain peewee, called inside a transaction of the store
(:mod:`app.models.pk_ops`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Mapping

from .data import JabatanData
from .sakip_data import KegiatanPK, ProgramPK
from .schema import AnggaranPK, Target, TargetPK

_KOLOM_TARGET = ("indikator", "nilai", "teks", "urutan", "sasaran_nomor", "sasaran", "nomor", "nama", "satuan", "jenis")
_KOLOM_ANGGARAN = ("urutan", "tingkat", "kode", "nama", "anggaran")


@dataclass(frozen=True, slots=True)
class TargetPkData:
    """One row of a PK's lampiran as stored on the PK (``indikator_id``: the IKU indicator
    it came from, None once that one is deleted; ``id``: the row)."""

    indikator_id: int | None
    sasaran_id: int | None  # unused since the rows are snapshots; kept for callers
    sasaran_nomor: str
    sasaran: str
    nomor: str
    indikator: str
    satuan: str
    jenis: str
    nilai: Decimal | None
    teks: str = ""
    target_iku: Decimal | None = None  # the IKU target of the year now, to compare
    target_iku_teks: str = ""
    id: int = 0


@dataclass(frozen=True)
class IsiPk:
    """The stored rows of a PK's content (column → value), to put them back on undo."""

    target: tuple[tuple[tuple[str, object], ...], ...] = ()
    anggaran: tuple[tuple[tuple[str, object], ...], ...] = ()


def baris_iku(jabatan: JabatanData, tahun: int, kept: Mapping[int, tuple] | None = None) -> list[dict]:
    """The lampiran rows of a jabatan's sasaran and indicators now, with the IKU target of
    ``tahun`` (or, for an indicator in ``kept``, the (nilai, teks) the PK already had)."""
    kept = kept or {}
    out = []
    for s in jabatan.sasaran:
        for i in s.indikator:
            t = i.target_tahun(tahun)
            nilai, teks = kept.get(i.id, (t.nilai, t.teks) if t else (None, ""))
            out.append({"indikator": i.id, "nilai": nilai, "teks": teks, "urutan": len(out), "sasaran_nomor": s.nomor,
                        "sasaran": s.nama, "nomor": i.nomor, "nama": i.nama, "satuan": i.satuan, "jenis": i.jenis})
    return out


def baris_anggaran(program: Iterable[ProgramPK]) -> list[dict]:
    """The budget block as lines: each program, then its kegiatan, with their figures."""
    out: list[dict] = []
    for p in program:
        out.append({"urutan": len(out), "tingkat": "program", "kode": p.kode, "nama": p.nama, "anggaran": p.anggaran})
        for k in p.kegiatan:
            out.append({"urutan": len(out), "tingkat": "kegiatan", "kode": k.kode, "nama": k.nama,
                        "anggaran": k.anggaran})
    return out


def tulis(pk_id: int, target: Iterable[Mapping], anggaran: Iterable[Mapping]) -> list[int]:
    """Store the content rows of a PK (a row with an ``id`` keeps it); the new TargetPK ids."""
    ids = [TargetPK.insert(pk=pk_id, **dict(r)).execute() for r in target]
    for r in anggaran:
        AnggaranPK.insert(pk=pk_id, **dict(r)).execute()
    return ids


def baca(pk_id: int) -> IsiPk:
    """The content rows of a PK as stored, ids included."""
    t = tuple(tuple((k, r[k]) for k in ("id", *_KOLOM_TARGET)) for r in TargetPK.select().where(
        TargetPK.pk == pk_id).order_by(TargetPK.urutan, TargetPK.id).dicts())
    a = tuple(tuple((k, r[k]) for k in ("id", *_KOLOM_ANGGARAN)) for r in AnggaranPK.select().where(
        AnggaranPK.pk == pk_id).order_by(AnggaranPK.urutan, AnggaranPK.id).dicts())
    return IsiPk(t, a)


def salin(pk_id: int) -> tuple[list[dict], list[dict]]:
    """The content rows of a PK without their ids (to copy into a PK Perubahan)."""
    isi = baca(pk_id)
    return ([{k: v for k, v in r if k != "id"} for r in isi.target],
            [{k: v for k, v in r if k != "id"} for r in isi.anggaran])


def ganti(pk_id: int, target: Iterable[Mapping], anggaran: Iterable[Mapping]) -> None:
    """Replace the content rows of a PK."""
    TargetPK.delete().where(TargetPK.pk == pk_id).execute()
    AnggaranPK.delete().where(AnggaranPK.pk == pk_id).execute()
    tulis(pk_id, target, anggaran)


def target_pk(pk_id: int, tahun: int) -> tuple[TargetPkData, ...]:
    """The lampiran rows of a PK in order, each beside the IKU target of the year now."""
    rows = list(TargetPK.select().where(TargetPK.pk == pk_id).order_by(TargetPK.urutan, TargetPK.id).dicts())
    ids = [r["indikator"] for r in rows if r["indikator"] is not None]
    iku = {r[0]: (r[1], r[2]) for r in Target.select(Target.indikator, Target.nilai, Target.teks).where(
        Target.indikator.in_(ids), Target.tahun == tahun).tuples()} if ids else {}
    return tuple(TargetPkData(r["indikator"], None, r["sasaran_nomor"], r["sasaran"], r["nomor"], r["nama"],
                              r["satuan"], r["jenis"], r["nilai"], r["teks"], *iku.get(r["indikator"], (None, "")),
                              id=r["id"]) for r in rows)


def program_pk(pk_id: int) -> tuple[ProgramPK, ...]:
    """The program / kegiatan / anggaran block of a PK as stored."""
    out: list[ProgramPK] = []
    kegs: list[KegiatanPK] = []
    for r in AnggaranPK.select().where(AnggaranPK.pk == pk_id).order_by(AnggaranPK.urutan, AnggaranPK.id).dicts():
        if r["tingkat"] == "program":
            if out:
                out[-1] = ProgramPK(out[-1].kode, out[-1].nama, tuple(kegs), out[-1].anggaran)
            out.append(ProgramPK(r["kode"], r["nama"], (), r["anggaran"]))
            kegs = []
        elif out:
            kegs.append(KegiatanPK(r["kode"], r["nama"], r["anggaran"]))
    if out:
        out[-1] = ProgramPK(out[-1].kode, out[-1].nama, tuple(kegs), out[-1].anggaran)
    return tuple(out)
