"""Store reads: plain frozen dataclasses (:mod:`app.models.data`) out of the file, never
live peewee rows. Mixed into :class:`app.models.store.Store` (needs ``self.db`` and
``self._read``, which turns a SQLite failure into an Indonesian message)."""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict

import peewee as pw

from . import tree as _tree
from .data import (
    IndikatorData,
    JabatanData,
    JabatanRingkas,
    KecamatanData,
    KeputusanData,
    LampiranData,
    PegawaiData,
    PeriodeData,
    RiwayatData,
    SasaranData,
)
from .errors import DataTidakDitemukan
from .tree import NodeJabatan
from .records import nilai_teks
from .rules import Band
from .format_dokumen import dari_json
from .schema import Fungsi, Indikator, Jabatan, Kategori, Kecamatan, Keputusan, Lampiran, Pegawai, Pengaturan, Periode, Riwayat, Sasaran


class ReadOps:
    """The reads of the store."""

    # ------------------------------------------------------------------ reads

    def kecamatan(self) -> KecamatanData:
        with self._read():
            row = Kecamatan.select().order_by(Kecamatan.id).first()
            if row is None:
                raise DataTidakDitemukan("Basis data ini belum berisi kecamatan.")
            return KecamatanData(row.id, row.nama, row.kabupaten, row.tempat)

    def pegawai_list(self) -> list[PegawaiData]:
        with self._read():
            return [
                PegawaiData(r["id"], r["nama"], r["nip"], r["pangkat"])
                for r in Pegawai.select().order_by(Pegawai.nama).dicts()
            ]

    def periode_list(self) -> list[PeriodeData]:
        with self._read():
            return [_periode(r) for r in Periode.select().order_by(Periode.tahun_awal).dicts()]

    def periode(self, periode_id: int) -> PeriodeData:
        with self._read():
            row = Periode.select().where(Periode.id == periode_id).dicts().first()
            if row is None:
                raise DataTidakDitemukan("Periode itu tidak ada lagi di basis data.")
            return _periode(row)

    def periode_pembuka(self, tersimpan: int | None = None) -> int | None:
        """The period to show or print when none is chosen: :func:`app.models.tree.periode_pembuka`."""
        with self._read():
            execute = self.db.execute_sql
            return _tree.periode_pembuka(_tree.periode_list(execute), _tree.periode_berisi(execute), tersimpan)

    def periode_berisi(self) -> set[int]:
        """The periods that hold data (a sasaran or a decree)."""
        with self._read():
            return _tree.periode_berisi(self.db.execute_sql)

    def keputusan_list(self, periode_id: int | None = None) -> list[KeputusanData]:
        with self._read():
            q = Keputusan.select().order_by(Keputusan.tanggal, Keputusan.id)
            if periode_id is not None:
                q = q.where(Keputusan.periode == periode_id)
            rows = list(q.dicts())
            lamp = defaultdict(list)
            if rows:
                for r in (
                    Lampiran.select()
                    .where(Lampiran.keputusan.in_([r["id"] for r in rows]))
                    .order_by(Lampiran.urutan, Lampiran.id)
                    .dicts()
                ):
                    lamp[r["keputusan"]].append(
                        LampiranData(r["id"], r["keputusan"], r["jabatan"], r["nomor"], r["urutan"], r["kepala"])
                    )
            return [
                KeputusanData(
                    r["id"], r["periode"], r["nomor"], r["tahun"], r["tanggal"], r["sebutan"],
                    r["ttd_awalan"], r["ttd_jabatan"], r["ttd_jabatan2"], r["ttd_nama"],
                    r["ttd_nip"], r["ttd_pangkat"], tuple(lamp[r["id"]]), r["tanggal_teks"],
                    dari_json(r["format"]),
                )
                for r in rows
            ]

    def kategori(self) -> tuple[Band, ...]:
        with self._read():
            return tuple(
                Band(r["nama"], r["batas_bawah"], r["warna"])
                for r in Kategori.select().order_by(Kategori.urutan).dicts()
            )

    def pengaturan(self, kunci: str, default: str | None = None) -> str | None:
        with self._read():
            row = Pengaturan.get_or_none(Pengaturan.kunci == kunci)
            return default if row is None else row.nilai

    def tree(self, periode_id: int) -> tuple[NodeJabatan, ...]:
        """The navigation tree (jabatan in their hierarchy, each with its sasaran and
        indicators of the period): :func:`app.models.tree.tree`."""
        with self._read():
            return _tree.tree(self.db.execute_sql, periode_id, param=self.db.param)

    def jabatan_list(self) -> list[JabatanRingkas]:
        """Every jabatan, in hierarchy order (head first, each followed by its staff)."""
        with self._read():
            rows = list(Jabatan.select(Jabatan.id, Jabatan.nama, Jabatan.atasan, Jabatan.eselon)
                        .order_by(Jabatan.urutan, Jabatan.id).tuples())
        ids = {r[0] for r in rows}
        kids = defaultdict(list)
        for r in rows:
            kids[r[2] if r[2] in ids else None].append(r)
        out: list[JabatanRingkas] = []
        seen: set[int] = set()

        def walk(parent, depth):
            for r in kids[parent]:
                if r[0] in seen:
                    continue
                seen.add(r[0])
                out.append(JabatanRingkas(r[0], r[1], r[2], r[3], depth))
                walk(r[0], depth + 1)

        walk(None, 0)
        for r in rows:  # members of a reporting cycle
            if r[0] not in seen:
                seen.add(r[0])
                out.append(JabatanRingkas(r[0], r[1], r[2], r[3], 0))
                walk(r[0], 1)
        return out

    def sasaran(self, sasaran_id: int) -> SasaranData:
        with self._read():
            row = Sasaran.select().where(Sasaran.id == sasaran_id).dicts().first()
            if row is None:
                raise DataTidakDitemukan("Sasaran itu tidak ada lagi di basis data.")
            indikator = self._indikator_for_sasaran([sasaran_id])
        return _sasaran(row, tuple(indikator.get(sasaran_id, ())))

    def jabatan(self, jabatan_id: int, periode_id: int, tahun: int | None = None) -> JabatanData:
        """One jabatan with everything its editor needs for one period: fields, fungsi,
        sasaran, indicators with penjelasan and targets, and the realisasi of year ``tahun``
        (of every year when None; an indicator's own editor loads all of its years)."""
        found = self.jabatan_many([jabatan_id], periode_id, tahun)
        if not found:
            raise DataTidakDitemukan("Jabatan itu tidak ada lagi di basis data.")
        return found[0]

    def jabatan_all(self, periode_id: int, tahun: int | None = None, realisasi: bool = True) -> list[JabatanData]:
        with self._read():
            ids = [r[0] for r in Jabatan.select(Jabatan.id).order_by(Jabatan.urutan, Jabatan.id).tuples()]
        return self.jabatan_many(ids, periode_id, tahun, realisasi)

    def jabatan_many(self, ids: list[int], periode_id: int, tahun: int | None = None,
                     realisasi: bool = True) -> list[JabatanData]:
        """Jabatan with their sasaran and indicators of a period; realisasi of year
        ``tahun`` (all years when None), or none at all with ``realisasi=False``."""
        if not ids:
            return []
        with self._read():
            jab = {r["id"]: r for r in Jabatan.select().where(Jabatan.id.in_(ids)).dicts()}
            peg_ids = [r["pemegang"] for r in jab.values() if r["pemegang"] is not None]
            peg = {
                r["id"]: PegawaiData(r["id"], r["nama"], r["nip"], r["pangkat"])
                for r in Pegawai.select().where(Pegawai.id.in_(peg_ids)).dicts()
            } if peg_ids else {}
            fungsi = defaultdict(list)
            for r in (Fungsi.select(Fungsi.jabatan, Fungsi.teks).where(Fungsi.jabatan.in_(ids))
                      .order_by(Fungsi.urutan, Fungsi.id).tuples()):
                fungsi[r[0]].append(r[1])
            sas_rows = list(Sasaran.select().where(Sasaran.jabatan.in_(ids), Sasaran.periode == periode_id)
                            .order_by(Sasaran.urutan, Sasaran.id).dicts())
            indikator = self._indikator_for_sasaran([r["id"] for r in sas_rows], tahun=tahun, realisasi=realisasi)
        sas_by = defaultdict(list)
        for r in sas_rows:
            sas_by[r["jabatan"]].append(_sasaran(r, tuple(indikator.get(r["id"], ()))))
        out = []
        for jid in ids:
            r = jab.get(jid)
            if r is None:
                continue
            out.append(JabatanData(
                r["id"], r["nama"], r["atasan"], r["eselon"], r["urutan"], r["tugas"],
                peg.get(r["pemegang"]), tuple(fungsi[jid]), tuple(sas_by[jid]),
            ))
        return out

    def indikator(self, indikator_id: int) -> IndikatorData:
        with self._read():
            row = Indikator.select(Indikator.sasaran).where(Indikator.id == indikator_id).tuples().first()
            if row is None:
                raise DataTidakDitemukan("Indikator itu tidak ada lagi di basis data.")
            found = self._indikator_for_sasaran([row[0]], only=[indikator_id])
        return found[row[0]][0]

    # ------------------------------------------------------------------ history

    def riwayat(self, cari: str = "", jenis: str | None = None, aksi: str | None = None,
                sejak: _dt.date | None = None, sampai: _dt.date | None = None, batas: int = 5000) -> list[RiwayatData]:
        """The history, newest first, filtered by text (item, field, operator, values), kind,
        action and date range."""
        with self._read():
            q = Riwayat.select().order_by(Riwayat.id.desc())
            if jenis:
                q = q.where(Riwayat.jenis == jenis)
            if aksi:
                q = q.where(Riwayat.aksi == aksi)
            if sejak:
                q = q.where(Riwayat.waktu >= _dt.datetime.combine(sejak, _dt.time.min))
            if sampai:
                q = q.where(Riwayat.waktu <= _dt.datetime.combine(sampai, _dt.time.max))
            if cari:
                like = f"%{cari}%"
                q = q.where(Riwayat.label ** like | Riwayat.kolom ** like | Riwayat.operator ** like
                            | Riwayat.lama ** like | Riwayat.baru ** like)
            rows = list(q.limit(batas).dicts())
        return [RiwayatData(r["id"], r["waktu"], r["operator"], r["aksi"], r["jenis"], r["item_id"], r["label"],
                            r["kolom"], nilai_teks(r["lama"]), nilai_teks(r["baru"]),
                            r["aksi"] == "hapus" and r["data"] is not None) for r in rows]

    def last_change(self) -> _dt.datetime | None:
        with self._read():
            return Riwayat.select(pw.fn.MAX(Riwayat.waktu)).scalar(convert=True)

    def _indikator_for_sasaran(self, sasaran_ids: list[int], only: list[int] | None = None,
                               tahun: int | None = None, realisasi: bool = True) -> dict[int, list[IndikatorData]]:
        """Indicators (with penjelasan, targets, realisasi) of some sasaran: four plain-SQL
        queries (:mod:`app.models.indikator_sql`, shared with the print's light read)."""
        from .indikator_sql import indikator_menurut_sasaran

        return indikator_menurut_sasaran(self.db.execute_sql, self.db.param, sasaran_ids, tahun, realisasi, only)




def _periode(r: dict) -> PeriodeData:
    return PeriodeData(r["id"], r["nama"], r["tahun_awal"], r["tahun_akhir"],
                       r["matriks_judul"], r["matriks_tahun"], r["matriks_tanggal"],
                       r.get("matriks_format") or "", r.get("matriks_tanggal_teks") or "")


def _sasaran(r: dict, indikator: tuple[IndikatorData, ...]) -> SasaranData:
    return SasaranData(r["id"], r["jabatan"], r["periode"], r["nomor"], r["nama"], r["urutan"],
                       r["nama_matriks"], r["urutan_matriks"], indikator)
