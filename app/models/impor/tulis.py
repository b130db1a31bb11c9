"""Writing a plan: one transaction (nothing half-imported on an error), one entry in the
history (aksi "impor"), a :class:`~app.models.changes.Changes` whose ``undo`` takes the
whole import back in one step (:func:`batalkan`), and back again with the same ids
(:func:`ulangi`).

Periods: the plan's period (the matrix's year columns, or ``--periode``) is created. A
period of that name that already holds data (sasaran or a decree) refuses the import — the
user names another period; an empty one of that name is filled. An empty database's lone
automatic period (``init --empty`` without --periode) is re-dated to the plan's and
filled; one whose years the user chose is kept: the import goes where ``--periode`` says,
and without it is refused with a message (:func:`tujuan_periode`). Jabatan are
not per period: one of the same name that exists already is used as it is (its tugas and
fungsi are not changed)."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from ..changes import Changes
from ..errors import InputTidakValid
from ..kinds import Jenis
from ..records import Tombstone
from .format_sumber import format_matriks_sumber, format_sumber
from ..periode_ops import OTOMATIS, tanda_otomatis
from ..schema import (Fungsi, Indikator, Jabatan, Kecamatan, Keputusan, Lampiran, MODELS, Pegawai, Pengaturan, Penjelasan,
                      Periode, Sasaran, Target)
from .model import JabatanRencana, Rencana

_PERIODE_FIELDS = ("nama", "tahun_awal", "tahun_akhir", "matriks_judul", "matriks_tahun", "matriks_tanggal",
                   "matriks_tanggal_teks")


@dataclass(frozen=True)
class Impor:
    """What an import created (its roots: deleting them removes all of it) and the old values
    of the rows it filled in (the kecamatan, a reused empty period)."""

    label: str
    periode_id: int
    roots: tuple[tuple[Jenis, int], ...]
    old: tuple[tuple[Jenis, int, dict], ...]
    new: tuple[tuple[Jenis, int, dict], ...]


@dataclass(frozen=True)
class ImporTerhapus:
    """An undone import: the rows it created (with their ids) and the values to put back."""

    impor: Impor
    tomb: Tombstone


def impor(store, rencana: Rencana) -> Changes:
    """Create everything the plan holds; ``undo``: an :class:`Impor` for :func:`batalkan`."""
    with store._tx():
        w = _Writer(rencana)
        w.run()
        label = f"Impor {rencana.sumber}: periode {rencana.periode_nama}"
        store._log("impor", Jenis.PERIODE, w.periode_id, label, baru=rencana.jumlah())
    record = Impor(label, w.periode_id, tuple(w.roots), tuple(w.old), tuple(w.new))
    return Changes.rows(Jenis.PERIODE, w.periode_id, created=w.created, updated=[(k, i) for k, i, _ in w.old],
                        fields={f for _, _, d in w.old for f in d}, undo=record)


def batalkan(store, record: Impor) -> Changes:
    """Take an import back: its rows deleted (kept in a tombstone), the filled-in values back."""
    rows: dict[type[pw.Model], dict[int, dict]] = {}
    nulled: list = []
    with store._tx():
        for kind, item_id in record.roots:
            store._collect(_MODEL[kind], [item_id], rows, nulled)
        kind, item_id = record.roots[0]
        tomb = Tombstone(kind, item_id, record.label,
                         tuple((m._meta.table_name, tuple(rows[m].values())) for m in MODELS if rows.get(m)), tuple(nulled))
        for kind, item_id in reversed(record.roots):
            _MODEL[kind].delete().where(_MODEL[kind].id == item_id).execute()
        _set(record.old)
        store._log("hapus", kind, item_id, f"{record.label} (diurungkan)", data=tomb.to_json())
    return Changes.rows(Jenis.PERIODE, record.periode_id, deleted=tomb.items(),
                        updated=[(k, i) for k, i, _ in record.old], fields={f for _, _, d in record.old for f in d},
                        undo=ImporTerhapus(record, tomb))


def ulangi(store, gone: ImporTerhapus) -> Changes:
    """Redo an undone import: the same rows with the same ids, the values filled in again."""
    with store._tx():
        store.restore(gone.tomb)
        _set(gone.impor.new)
    record = gone.impor
    return Changes.rows(Jenis.PERIODE, record.periode_id, created=gone.tomb.items(),
                        updated=[(k, i) for k, i, _ in record.old], fields={f for _, _, d in record.old for f in d},
                        undo=record)


_MODEL = {Jenis.JABATAN: Jabatan, Jenis.PEGAWAI: Pegawai, Jenis.PERIODE: Periode, Jenis.KEPUTUSAN: Keputusan,
          Jenis.SASARAN: Sasaran, Jenis.KECAMATAN: Kecamatan}


def _set(values) -> None:
    for kind, item_id, fields in values:
        model = _MODEL[kind]
        model.update({model._meta.fields[k]: v for k, v in fields.items()}).where(model.id == item_id).execute()


def tujuan_periode(r: Rencana) -> Periode | None:
    """The existing period the plan goes into (None: a new one). Refused with a message (nothing
    written): a period of the plan's name that holds data; the lone empty period of a new
    database whose years the user chose, when the document's differ and no period was named."""
    row = Periode.get_or_none(Periode.nama == r.periode_nama)
    if row is not None and _berisi(row.id):
        raise InputTidakValid(
            f"Periode {r.periode_nama} sudah ada di basis data dan sudah berisi data: dokumen tidak diimpor. "
            "Impor sebagai periode baru (di jendela: isi «Periode tujuan» dengan tahun lain, mis. 2023-2027; di baris "
            "perintah: --periode TAHUN-TAHUN), atau buka basis data lain.")
    if row is not None or Periode.select().count() != 1 or Jabatan.select().exists():
        return row
    only = Periode.get()
    if _berisi(only.id):
        return None
    mark = Pengaturan.get_or_none(Pengaturan.kunci == OTOMATIS)
    if mark is not None and mark.nilai == tanda_otomatis(only.id, only.tahun_awal, only.tahun_akhir):
        return only  # the automatic period nobody chose: re-dated to the document's years
    if not r.periode_dipilih:
        raise InputTidakValid(
            f"Basis data ini punya periode {only.nama} ({only.tahun_awal}–{only.tahun_akhir}) yang dipilih saat dibuat, "
            f"sedangkan dokumen ini untuk periode {r.periode_nama}. Sebutkan tujuannya: --periode "
            f"{only.tahun_awal}-{only.tahun_akhir} untuk mengisi periode itu (target di luar tahunnya tidak diimpor), "
            f"atau --periode {r.periode_awal}-{r.periode_akhir} untuk periode baru di sampingnya (di jendela: isi "
            "«Periode tujuan» dengan salah satunya). Data tidak diubah.")
    return None


def _berisi(periode_id: int) -> bool:
    return (Sasaran.select().where(Sasaran.periode == periode_id).exists()
            or Keputusan.select().where(Keputusan.periode == periode_id).exists())


class _Writer:
    def __init__(self, rencana: Rencana):
        self.r = rencana
        self.roots: list[tuple[Jenis, int]] = []
        self.created: list[tuple[Jenis, int]] = []
        self.old: list[tuple[Jenis, int, dict]] = []
        self.new: list[tuple[Jenis, int, dict]] = []
        self.periode_id = 0

    def _root(self, kind: Jenis, item_id: int) -> None:
        self.roots.append((kind, item_id))
        self.created.append((kind, item_id))

    def _fill(self, kind: Jenis, row: pw.Model, fields: dict) -> None:
        """Set fields of an existing row, keeping the old values for the undo."""
        old = {k: getattr(row, k) for k in fields}
        if old != fields:
            type(row).update(**fields).where(type(row).id == row.id).execute()
            self.old.append((kind, row.id, old))
            self.new.append((kind, row.id, dict(fields)))

    def run(self) -> None:
        self._kecamatan()
        pegawai = self._pegawai()
        self._periode()
        ids: dict[str, int] = {}
        for j in self.r.jabatan:
            ids[j.nama] = self._jabatan(j, ids, pegawai)
        self._keputusan(ids)

    def _kecamatan(self) -> None:
        r = self.r
        row = Kecamatan.select().order_by(Kecamatan.id).first()
        if row is None:
            self._root(Jenis.KECAMATAN, Kecamatan.create(nama=r.kecamatan, kabupaten=r.kabupaten, tempat=r.tempat).id)
        elif not row.nama:
            self._fill(Jenis.KECAMATAN, row, {"nama": r.kecamatan, "kabupaten": r.kabupaten, "tempat": r.tempat})

    def _pegawai(self) -> int | None:
        ttd = self.r.keputusan.ttd if self.r.keputusan else None
        if ttd is None or not ttd.nama or not any(j.pemegang_ttd for j in self.r.jabatan):
            return None
        row = Pegawai.get_or_none((Pegawai.nama == ttd.nama) & (Pegawai.nip == ttd.nip))
        if row is not None:
            return row.id
        new = Pegawai.create(nama=ttd.nama, nip=ttd.nip, pangkat=ttd.pangkat).id
        self._root(Jenis.PEGAWAI, new)
        return new

    def _periode(self) -> None:
        r = self.r
        fields = dict(zip(_PERIODE_FIELDS, (r.periode_nama, r.periode_awal, r.periode_akhir, r.matriks_judul,
                                            r.matriks_tahun, r.matriks_tanggal, r.matriks_tanggal_teks)))
        fields["matriks_format"] = format_matriks_sumber(r.format_hints or {}, r)
        row = tujuan_periode(r)  # re-dated, the automatic period no longer matches its mark (undo puts it back)
        if row is None:
            self.periode_id = Periode.create(**fields).id
            self._root(Jenis.PERIODE, self.periode_id)
        else:
            self.periode_id = row.id
            self._fill(Jenis.PERIODE, row, fields)

    def _jabatan(self, j: JabatanRencana, ids: dict[str, int], pegawai: int | None) -> int:
        key = " ".join(j.nama.split()).lower()
        existing = next((jid for jid, nama in Jabatan.select(Jabatan.id, Jabatan.nama).tuples()
                         if " ".join(nama.split()).lower() == key), None) if key else None
        if existing is not None:
            jid = existing
        else:
            last = Jabatan.select(pw.fn.MAX(Jabatan.urutan)).scalar() or 0
            jid = Jabatan.create(nama=j.nama, atasan=ids.get(j.atasan) if j.atasan else None, eselon=j.eselon,
                                 urutan=last + 1, tugas=j.tugas, pemegang=pegawai if j.pemegang_ttd else None).id
            self._root(Jenis.JABATAN, jid)
            for i, teks in enumerate(j.fungsi, start=1):
                Fungsi.create(jabatan=jid, urutan=i, teks=teks)
        for s_urutan, s in enumerate(j.sasaran, start=1):
            sid = Sasaran.create(jabatan=jid, periode=self.periode_id, nomor=s.nomor, nama=s.nama, urutan=s_urutan,
                                 nama_matriks=s.nama_matriks, urutan_matriks=s.urutan_matriks).id
            self.created.append((Jenis.SASARAN, sid))
            if existing is not None:
                self.roots.append((Jenis.SASARAN, sid))
            for i_urutan, ind in enumerate(s.indikator, start=1):
                self._indikator(sid, i_urutan, ind)
        return jid

    def _indikator(self, sid: int, urutan: int, ind) -> None:
        row = Indikator.create(
            sasaran=sid, nomor=ind.nomor, nama=ind.nama, urutan=urutan, jenis=ind.jenis, satuan=ind.satuan,
            formulasi=ind.formulasi, label_pembilang=ind.label_pembilang, label_penyebut=ind.label_penyebut,
            penanggung_jawab=ind.penanggung_jawab, sumber_data=ind.sumber_data, penjelasan_berbutir=ind.berbutir,
            di_lampiran=ind.di_lampiran, di_matriks=ind.di_matriks, nama_matriks=ind.nama_matriks,
            sumber_data_matriks=ind.sumber_data_matriks)
        self.created.append((Jenis.INDIKATOR, row.id))
        for i, teks in enumerate(ind.penjelasan, start=1):
            Penjelasan.create(indikator=row.id, urutan=i, teks=teks)
        for year, value in sorted(ind.target.items()):
            Target.create(indikator=row.id, tahun=year, nilai=value)

    def _keputusan(self, ids: dict[str, int]) -> None:
        k = self.r.keputusan
        if k is None:
            return
        t = k.ttd
        kid = Keputusan.create(periode=self.periode_id, nomor=k.nomor, tahun=k.tahun, tanggal=k.tanggal, tanggal_teks=k.tanggal_teks,
                               sebutan=k.sebutan,
                               ttd_awalan=t.awalan, ttd_jabatan=t.jabatan, ttd_jabatan2=t.jabatan2, ttd_nama=t.nama,
                               ttd_nip=t.nip, ttd_pangkat=t.pangkat,
                               format=format_sumber(self.r.format_hints or {}, self.r.kecamatan, self.r.kabupaten).ke_json()).id
        self.created.append((Jenis.KEPUTUSAN, kid))
        if not any(kind == Jenis.PERIODE for kind, _ in self.roots):
            self.roots.append((Jenis.KEPUTUSAN, kid))
        pages = sorted((j for j in self.r.jabatan if j.lampiran_nomor), key=lambda j: j.lampiran_urutan)
        for urutan, j in enumerate(pages, start=1):
            Lampiran.create(keputusan=kid, jabatan=ids[j.nama], nomor=j.lampiran_nomor, urutan=urutan,
                            kepala=j.lampiran_kepala)
