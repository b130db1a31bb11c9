"""The light read of a print (``kinerja print sk``, ``lampiran``, ``matriks``): the reads
the decree's documents need, answered with plain SQL over a plain connection, so that a
short print runs without peewee, the schema's models and the rest of the store (about a
third of the process's start). The same data classes as the store's reads
(:class:`app.models.reads.ReadOps`), value for value — the fields are decoded as peewee's
fields decode them —, so :mod:`app.models.laporan` gathers from either alike. Plain Python
and plain SQL any engine runs (``execute(sql, params)``, ``param`` the parameter mark); the
SQLite connection is opened in :func:`app.models.sqlite.light_read.baca_ringan`, which
falls back to the store whenever in doubt."""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict

from . import tree as _tree
from .data import (IndikatorData, JabatanData, KecamatanData, KeputusanData, LampiranData, PegawaiData, PeriodeData,
                   SasaranData)
from .errors import DataTidakDitemukan
from .format_dokumen import dari_json
from .tree import Execute

_PERIODE = "id, nama, tahun_awal, tahun_akhir, matriks_judul, matriks_tahun, matriks_tanggal, matriks_format"
_KEPUTUSAN = ("id, periode_id, nomor, tahun, tanggal, sebutan, ttd_awalan, ttd_jabatan, ttd_jabatan2, ttd_nama, "
              "ttd_nip, ttd_pangkat, tanggal_teks, format")


def _teks(v):
    """A text field as peewee reads it (TextField)."""
    if v is None or isinstance(v, str):
        return v
    return v.decode("utf-8") if isinstance(v, bytes) else str(v)


def _bulat(v):
    """An integer field (and a key) as peewee reads it: int, or the stored value when it is none."""
    if v is None:
        return v
    try:
        return int(v)
    except (ValueError, TypeError):
        return v


def _tanggal(v):
    """A date field as peewee reads it: ISO text to a date; text it cannot read stays text."""
    if v and isinstance(v, str):
        s = v[:10] + "T" + v[11:] if len(v) > 10 and v[10] == " " else v
        s = s[:-1] + "+00:00" if s[-1:] == "Z" else s
        try:
            return _dt.datetime.fromisoformat(s).date()
        except (TypeError, ValueError):
            pass
        for fmt in ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f"):
            try:
                return _dt.datetime.strptime(v, fmt).date()
            except ValueError:
                pass
        return v
    return v.date() if v and isinstance(v, _dt.datetime) else v


def _periode(r: tuple) -> PeriodeData:
    return PeriodeData(_bulat(r[0]), _teks(r[1]), _bulat(r[2]), _bulat(r[3]), _teks(r[4]), _teks(r[5]),
                       _tanggal(r[6]), _teks(r[7]) or "")


class BacaanCetak:
    """The reads of the decree's documents (the store's, by the same names and results)."""

    def __init__(self, execute: Execute, param: str = "?"):
        self.execute, self.param = execute, param

    def _marks(self, values) -> str:
        return ",".join([self.param] * len(values))

    def kecamatan(self) -> KecamatanData:
        rows = list(self.execute("SELECT id, nama, kabupaten, tempat FROM kecamatan ORDER BY id LIMIT 1", ()))
        if not rows:
            raise DataTidakDitemukan("Basis data ini belum berisi kecamatan.")
        r = rows[0]
        return KecamatanData(_bulat(r[0]), _teks(r[1]), _teks(r[2]), _teks(r[3]))

    def periode_list(self) -> list[PeriodeData]:
        return [_periode(r) for r in self.execute(f"SELECT {_PERIODE} FROM periode ORDER BY tahun_awal", ())]

    def periode(self, periode_id: int) -> PeriodeData:
        rows = list(self.execute(f"SELECT {_PERIODE} FROM periode WHERE id = {self.param} LIMIT 1", (periode_id,)))
        if not rows:
            raise DataTidakDitemukan("Periode itu tidak ada lagi di basis data.")
        return _periode(rows[0])

    def periode_pembuka(self, tersimpan: int | None = None) -> int | None:
        return _tree.periode_pembuka(_tree.periode_list(self.execute), _tree.periode_berisi(self.execute), tersimpan)

    def periode_berisi(self) -> set[int]:
        return _tree.periode_berisi(self.execute)

    def keputusan_list(self, periode_id: int | None = None) -> list[KeputusanData]:
        where, params = ("", ()) if periode_id is None else (f" WHERE periode_id = {self.param}", (periode_id,))
        rows = list(self.execute(f"SELECT {_KEPUTUSAN} FROM keputusan{where} ORDER BY tanggal, id", params))
        lamp = defaultdict(list)
        if rows:
            ids = [r[0] for r in rows]
            for r in self.execute(f"SELECT id, keputusan_id, jabatan_id, nomor, urutan, kepala FROM lampiran "
                                  f"WHERE keputusan_id IN ({self._marks(ids)}) ORDER BY urutan, id", ids):
                lamp[_bulat(r[1])].append(LampiranData(_bulat(r[0]), _bulat(r[1]), _bulat(r[2]), _teks(r[3]),
                                                       _bulat(r[4]), _teks(r[5])))
        return [KeputusanData(_bulat(r[0]), _bulat(r[1]), _teks(r[2]), _bulat(r[3]), _tanggal(r[4]),
                              *(_teks(x) for x in r[5:12]), tuple(lamp[_bulat(r[0])]), _teks(r[12]),
                              dari_json(_teks(r[13])))
                for r in rows]

    def jabatan_all(self, periode_id: int, tahun: int | None = None, realisasi: bool = True) -> list[JabatanData]:
        ids = [_bulat(r[0]) for r in self.execute("SELECT id FROM jabatan ORDER BY urutan, id", ())]
        return self.jabatan_many(ids, periode_id, tahun, realisasi)

    def jabatan_many(self, ids: list[int], periode_id: int, tahun: int | None = None,
                     realisasi: bool = True) -> list[JabatanData]:
        if not ids:
            return []
        marks, ex = self._marks(ids), self.execute
        jab = {_bulat(r[0]): r for r in ex("SELECT id, nama, atasan_id, eselon, urutan, tugas, pemegang_id FROM jabatan "
                                           f"WHERE id IN ({marks})", ids)}
        peg_ids = [r[6] for r in jab.values() if r[6] is not None]
        peg = {_bulat(r[0]): PegawaiData(_bulat(r[0]), _teks(r[1]), _teks(r[2]), _teks(r[3]))
               for r in ex(f"SELECT id, nama, nip, pangkat FROM pegawai WHERE id IN ({self._marks(peg_ids)})", peg_ids)
               } if peg_ids else {}
        fungsi = defaultdict(list)
        for j, teks in ex(f"SELECT jabatan_id, teks FROM fungsi WHERE jabatan_id IN ({marks}) ORDER BY urutan, id", ids):
            fungsi[_bulat(j)].append(_teks(teks))
        sas_rows = list(ex("SELECT id, jabatan_id, periode_id, nomor, nama, urutan, nama_matriks, urutan_matriks "
                           f"FROM sasaran WHERE jabatan_id IN ({marks}) AND periode_id = {self.param} "
                           "ORDER BY urutan, id", [*ids, periode_id]))
        indikator = self._indikator_for_sasaran([r[0] for r in sas_rows], tahun, realisasi)
        sas_by = defaultdict(list)
        for r in sas_rows:
            sas_by[_bulat(r[1])].append(SasaranData(_bulat(r[0]), _bulat(r[1]), _bulat(r[2]), _teks(r[3]), _teks(r[4]),
                                                    _bulat(r[5]), _teks(r[6]), _bulat(r[7]),
                                                    tuple(indikator.get(r[0], ()))))
        return [JabatanData(_bulat(r[0]), _teks(r[1]), _bulat(r[2]), _teks(r[3]), _bulat(r[4]), _teks(r[5]),
                            peg.get(_bulat(r[6])), tuple(fungsi[jid]), tuple(sas_by[jid]))
                for jid in ids if (r := jab.get(jid)) is not None]

    def _indikator_for_sasaran(self, sasaran_ids: list, tahun: int | None,
                               realisasi: bool) -> dict[int, list[IndikatorData]]:
        """The store's own query (:mod:`app.models.indikator_sql`), over this connection."""
        from .indikator_sql import indikator_menurut_sasaran

        return indikator_menurut_sasaran(self.execute, self.param, sasaran_ids, tahun, realisasi)
