"""Store operations of the Perjanjian Kinerja (PK): make the PK of a jabatan for a year
(targets taken from the IKU targets of that year, both parties snapshotted from the holders:
:func:`app.models.sakip_data.rancangan_pk`), make a revision ("PK Perubahan": a new row, the
earlier kept), edit its fields and targets, delete it (a tombstone, like every deletion).
Mixed into :class:`app.models.store.Store`; every write validates first, runs in one
transaction, is recorded in the history and returns a :class:`~app.models.changes.Changes`.
What is printed from the rows: :mod:`app.models.laporan_pk`."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import peewee as pw

from . import validation as v
from .angka import dalam_batas, parse_angka
from .changes import Changes
from .errors import DataTidakDitemukan, InputTidakValid
from .kinds import Jenis
from .pk_anggaran import baca_anggaran, program_pk
from .records import Tombstone
from .sakip_data import pihak_dari, rancangan_pk
from .schema import MODELS, Indikator, Jabatan, PerjanjianKinerja, Periode, Sasaran, Target, TargetPK
from .tanggal import teks_tanggal

PK, TPK = Jenis.PERJANJIAN_KINERJA, Jenis.TARGET_PK
_PIHAK = ("nama", "jabatan", "nip", "pangkat", "awalan", "jabatan2")


@dataclass(frozen=True, slots=True)
class TargetPkData:
    indikator_id: int
    sasaran_id: int
    sasaran_nomor: str
    sasaran: str
    nomor: str
    indikator: str
    satuan: str
    jenis: str
    nilai: Decimal | None
    teks: str = ""
    target_iku: Decimal | None = None  # the IKU target of the year, to compare
    target_iku_teks: str = ""


@dataclass(frozen=True, slots=True)
class PkData:
    """One stored PK (a row of ``perjanjian_kinerja``) with its targets."""

    id: int
    jabatan_id: int
    periode_id: int
    tahun: int
    revisi: int
    tempat: str
    tanggal: _dt.date | None
    tanggal_teks: str
    pembuka: str
    komitmen: str
    kertas: str
    atasan_id: int | None
    pihak: tuple[dict, dict]  # p1 (the holder), p2 (the superior): nama, jabatan, nip, pangkat, awalan, jabatan2
    target: tuple[TargetPkData, ...] = ()

    @property
    def tanggal_cetak(self) -> str:
        return teks_tanggal(self.tanggal, self.tanggal_teks)

    @property
    def nama_revisi(self) -> str:
        """"PK" for the first; "PK Perubahan", "PK Perubahan ke-2"… for the revisions."""
        if self.revisi <= 0:
            return "PK"
        return "PK Perubahan" if self.revisi == 1 else f"PK Perubahan ke-{self.revisi}"


def _pk_data(r: dict, targets: tuple[TargetPkData, ...] = ()) -> PkData:
    pihak = tuple({k: r[f"{p}_{k}"] for k in _PIHAK} for p in ("p1", "p2"))
    return PkData(r["id"], r["jabatan"], r["periode"], r["tahun"], r["revisi"], r["tempat"], r["tanggal"],
                  r["tanggal_teks"], r["pembuka"], r["komitmen"], r["kertas"], r["atasan"], pihak, targets)


class PkOps:
    """Mixed into the store (needs ``_tx``, ``_read``, ``_log``, ``_collect``, ``restore``
    and the reads ``jabatan_many``, ``kecamatan``)."""

    # ------------------------------------------------------------------ reads

    def pk_list(self, jabatan_id: int, tahun: int | None = None) -> list[PkData]:
        """The PKs of a jabatan (of one year, or all), by year then revision; no targets."""
        with self._read():
            q = PerjanjianKinerja.select().where(PerjanjianKinerja.jabatan == jabatan_id)
            if tahun is not None:
                q = q.where(PerjanjianKinerja.tahun == tahun)
            return [_pk_data(r) for r in q.order_by(PerjanjianKinerja.tahun, PerjanjianKinerja.revisi).dicts()]

    def pk(self, pk_id: int) -> PkData:
        """One PK with its targets in the lampiran's order (sasaran, then indicator)."""
        with self._read():
            row = PerjanjianKinerja.select().where(PerjanjianKinerja.id == pk_id).dicts().first()
            if row is None:
                raise DataTidakDitemukan("Perjanjian Kinerja itu tidak ada lagi di basis data.")
            return _pk_data(row, self._target_pk(pk_id, row["tahun"]))

    def _target_pk(self, pk_id: int, tahun: int) -> tuple[TargetPkData, ...]:
        """The PK's targets with the IKU target of the year beside each (one query)."""
        q = (TargetPK.select(TargetPK.indikator, Sasaran.id, Sasaran.nomor, Sasaran.nama, Indikator.nomor,
                             Indikator.nama, Indikator.satuan, Indikator.jenis, TargetPK.nilai, TargetPK.teks,
                             Target.nilai, Target.teks)
             .join(Indikator).join(Sasaran).switch(TargetPK)
             .join(Target, pw.JOIN.LEFT_OUTER, on=((Target.indikator == TargetPK.indikator) & (Target.tahun == tahun)))
             .where(TargetPK.pk == pk_id).order_by(Sasaran.urutan, Sasaran.id, Indikator.urutan, Indikator.id))
        return tuple(TargetPkData(*r[:11], r[11] or "") for r in q.tuples())

    def program_pk(self, sasaran_ids: list[int], periode_id: int, tahun: int, anggaran=None):
        """The program / kegiatan / anggaran of some sasaran for a year:
        :func:`app.models.pk_anggaran.program_pk` (``anggaran``: from :meth:`anggaran_pk`)."""
        with self._read():
            return program_pk(sasaran_ids, periode_id, tahun, anggaran)

    def anggaran_pk(self, periode_id: int, tahun: int):
        """The budget of a period and year read once, for the PKs of every jabatan."""
        with self._read():
            return baca_anggaran(periode_id, tahun)

    def pihak_dari_jabatan(self, jabatan_id: int) -> dict[str, Any]:
        """The PIHAK KEDUA fields taken from a jabatan and its holder now (to choose another
        superior on a PK): ``atasan`` and the ``p2_…`` snapshot, for :meth:`ubah_pk`."""
        with self._read():
            kec = self.kecamatan()
            found = self.jabatan_many([jabatan_id], self._any_periode(), realisasi=False)
        if not found:
            raise DataTidakDitemukan("Jabatan itu tidak ada lagi di basis data.")
        p = pihak_dari(found[0], kec.nama)
        return {"atasan": jabatan_id, "p2_nama": p.nama, "p2_jabatan": p.jabatan, "p2_nip": p.nip,
                "p2_pangkat": p.pangkat, "p2_awalan": "", "p2_jabatan2": ""}

    @staticmethod
    def _any_periode() -> int:
        return Periode.select(pw.fn.MIN(Periode.id)).scalar() or 0

    # ------------------------------------------------------------------ make

    def buat_pk(self, jabatan_id: int, tahun: int, periode_id: int | None = None,
                tanggal: _dt.date | None = None) -> Changes:
        """Make the first PK of a jabatan for a year: both parties from the holders now, the
        indicators of its sasaran in the period with the IKU targets of that year. Refused
        when the jabatan has one for that year already (revise it: :meth:`buat_pk_perubahan`)."""
        v.year(tahun)
        with self._tx():
            self._require(Jabatan, jabatan_id)
            periode_id = self._periode_tahun(tahun, periode_id)
            if PerjanjianKinerja.select().where(PerjanjianKinerja.jabatan == jabatan_id,
                                                PerjanjianKinerja.tahun == tahun).exists():
                raise InputTidakValid(f"Jabatan ini sudah punya Perjanjian Kinerja tahun {tahun}. "
                                      "Bila isinya berubah, buat PK Perubahan.")
            atasan = Jabatan.select(Jabatan.atasan).where(Jabatan.id == jabatan_id).scalar()
            ids = [jabatan_id] + ([atasan] if atasan is not None else [])
            semua = self.jabatan_many(ids, periode_id, realisasi=False)  # targets of every year come anyway
            draft = rancangan_pk(semua[0], semua, self.kecamatan(), tahun, tanggal)
            fields = {"jabatan": jabatan_id, "periode": periode_id, "tahun": tahun, "revisi": 0,
                      "tempat": draft.tempat, "tanggal": tanggal, "atasan": atasan,
                      **_pihak_kolom("p1", draft.pihak_pertama), **_pihak_kolom("p2", draft.pihak_kedua)}
            targets = [(i.id, *(_iku(i, tahun))) for s in semua[0].sasaran for i in s.indikator]
            return self._simpan_pk(fields, targets, f"PK {semua[0].nama} {tahun}")

    def buat_pk_perubahan(self, pk_id: int) -> Changes:
        """A "PK Perubahan": a copy of the jabatan's latest PK of that year as the next
        revision (its fields and targets; indicators added to the jabatan since then come
        in with their IKU target). The earlier PK stays as it was, printable."""
        with self._tx():
            src = PerjanjianKinerja.select().where(PerjanjianKinerja.id == pk_id).dicts().first()
            if src is None:
                raise DataTidakDitemukan("Perjanjian Kinerja itu tidak ada lagi di basis data.")
            latest = (PerjanjianKinerja.select().where(PerjanjianKinerja.jabatan == src["jabatan"],
                                                       PerjanjianKinerja.tahun == src["tahun"])
                      .order_by(PerjanjianKinerja.revisi.desc()).dicts().first())
            fields = {k: val for k, val in latest.items() if k != "id"}
            fields["revisi"] = latest["revisi"] + 1
            kept = {r[0]: (r[1], r[2]) for r in TargetPK.select(TargetPK.indikator, TargetPK.nilai, TargetPK.teks)
                    .where(TargetPK.pk == latest["id"]).tuples()}
            now = (Indikator.select(Indikator.id).join(Sasaran)
                   .where(Sasaran.jabatan == src["jabatan"], Sasaran.periode == src["periode"])
                   .order_by(Sasaran.urutan, Sasaran.id, Indikator.urutan, Indikator.id))
            iku = _iku_tahun([r[0] for r in now.tuples()], src["tahun"])
            targets = [(iid, *kept.get(iid, iku.get(iid, (None, "")))) for iid, in now.tuples()]
            nama = Jabatan.select(Jabatan.nama).where(Jabatan.id == src["jabatan"]).scalar()
            return self._simpan_pk(fields, targets, f"PK Perubahan {nama} {src['tahun']}")

    def _periode_tahun(self, tahun: int, periode_id: int | None) -> int:
        periods = list(Periode.select(Periode.id, Periode.nama, Periode.tahun_awal, Periode.tahun_akhir)
                       .order_by(Periode.tahun_awal).tuples())
        if periode_id is not None:
            found = [p for p in periods if p[0] == periode_id]
            if not found:
                raise DataTidakDitemukan("Periode itu tidak ada lagi di basis data.")
            if not found[0][2] <= tahun <= found[0][3]:
                raise InputTidakValid(f"Tahun {tahun} di luar periode {found[0][1]}: pilih tahun periode itu.")
            return periode_id
        within = [p for p in periods if p[2] <= tahun <= p[3]]
        if not within:
            raise InputTidakValid(f"Tahun {tahun} tidak termasuk periode mana pun: buat dulu periodenya.")
        return within[-1][0]

    def _simpan_pk(self, fields: dict, targets: list[tuple], label: str) -> Changes:
        new_id = PerjanjianKinerja.insert(**fields).execute()
        created = [(PK, new_id)]
        for iid, nilai, teks in targets:
            created.append((TPK, TargetPK.insert(pk=new_id, indikator=iid, nilai=nilai, teks=teks).execute()))
        self._log("tambah", PK, new_id, label, baru={"tahun": fields["tahun"], "revisi": fields["revisi"],
                                                      "indikator": len(targets)})
        return Changes.rows(PK, new_id, created=created)

    # ------------------------------------------------------------------ edit

    def ubah_pk(self, pk_id: int, **fields: Any) -> Changes:
        """Set fields of a PK (tempat, tanggal as typed, the parties' snapshots…); ``undo``:
        their old values. A blank NIP is no NIP (the Bupati's block has no NIP line)."""
        for key in ("p1_nip", "p2_nip", "p1_pangkat", "p2_pangkat"):
            if isinstance(fields.get(key), str) and not fields[key].strip():
                fields[key] = None
        with self._tx():
            clean = v.clean(PK, fields)
            row = PerjanjianKinerja.select().where(PerjanjianKinerja.id == pk_id).dicts().first()
            if row is None:
                raise DataTidakDitemukan("Perjanjian Kinerja itu tidak ada lagi di basis data.")
            old = {name: row[name] for name in clean}
            changed = [name for name, value in clean.items() if old[name] != value]
            if changed:
                PerjanjianKinerja.update({PerjanjianKinerja._meta.fields[n]: clean[n] for n in changed}).where(
                    PerjanjianKinerja.id == pk_id).execute()
                label = self._label_pk(row)
                for name in changed:
                    self._log("ubah", PK, pk_id, label, name, old[name], clean[name])
        return Changes.ubah(PK, pk_id, changed, undo=old)

    def set_target_pk(self, pk_id: int, indikator_id: int, nilai: Decimal | str | None, teks: str = "") -> Changes:
        """Set the target of one indicator of a PK (the IKU's is not touched): a number (a
        ``Decimal``, or text read by :func:`app.models.angka.parse_angka`), or a text
        indicator's target as ``teks``; ``undo``: the old (nilai, teks)."""
        if isinstance(nilai, str):
            nilai = parse_angka(nilai)
        if nilai is not None and (not isinstance(nilai, Decimal) or not dalam_batas(nilai)):
            raise InputTidakValid("Target harus angka paling besar 999.999.999.999.999. Contoh: 93,5 atau 1.234,5.")
        teks = v.text(teks, "target")
        with self._tx():
            key = (TargetPK.pk == pk_id) & (TargetPK.indikator == indikator_id)
            old = TargetPK.select(TargetPK.nilai, TargetPK.teks).where(key).tuples().first()
            if old is None:
                self._require(PerjanjianKinerja, pk_id)
                raise DataTidakDitemukan("Indikator itu tidak ada pada Perjanjian Kinerja ini.")
            changed = tuple(old) != (nilai, teks)
            if changed:
                TargetPK.update(nilai=nilai, teks=teks).where(key).execute()
                row = PerjanjianKinerja.select().where(PerjanjianKinerja.id == pk_id).dicts().first()
                name = Indikator.select(Indikator.nama).where(Indikator.id == indikator_id).scalar()
                self._log("ubah", PK, pk_id, self._label_pk(row), f"target «{name}"[:120] + "»", list(old), [nilai, teks])
        return Changes.ubah(PK, pk_id, ["target"] if changed else [], undo=tuple(old))

    # ------------------------------------------------------------------ delete

    def hapus_pk(self, pk_id: int) -> Changes:
        """Delete a PK with its targets; ``undo``: the tombstone (:meth:`restore` puts it back,
        and the history keeps it)."""
        with self._tx():
            row = PerjanjianKinerja.select().where(PerjanjianKinerja.id == pk_id).dicts().first()
            if row is None:
                raise DataTidakDitemukan("Perjanjian Kinerja itu tidak ada lagi di basis data.")
            rows: dict = {}
            self._collect(PerjanjianKinerja, [pk_id], rows, [])
            tomb = Tombstone(PK, pk_id, self._label_pk(row),
                             tuple((m._meta.table_name, tuple(rows[m].values())) for m in MODELS if rows.get(m)), ())
            PerjanjianKinerja.delete().where(PerjanjianKinerja.id == pk_id).execute()
            self._log("hapus", PK, pk_id, tomb.label, data=tomb.to_json())
        items = tomb.items()
        return Changes.rows(PK, pk_id, deleted=items, undo=tomb)

    @staticmethod
    def _label_pk(row: dict) -> str:
        nama = Jabatan.select(Jabatan.nama).where(Jabatan.id == row["jabatan"]).scalar() or ""
        rev = "" if row["revisi"] == 0 else (" Perubahan" if row["revisi"] == 1 else f" Perubahan ke-{row['revisi']}")
        return f"PK{rev} {nama} {row['tahun']}"[:200]


def _pihak_kolom(prefix: str, p) -> dict[str, Any]:
    return {f"{prefix}_{k}": getattr(p, k) for k in _PIHAK}


def _iku(i, tahun: int) -> tuple[Decimal | None, str]:
    t = i.target_tahun(tahun)
    return (t.nilai, t.teks) if t else (None, "")


def _iku_tahun(ids: list[int], tahun: int) -> dict[int, tuple[Decimal | None, str]]:
    if not ids:
        return {}
    return {r[0]: (r[1], r[2]) for r in Target.select(Target.indikator, Target.nilai, Target.teks)
            .where(Target.indikator.in_(ids), Target.tahun == tahun).tuples()}
