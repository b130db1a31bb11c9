"""What the database holds for one workbook's scope (a period; one jabatan or all; one year
or all), read in a few queries with plain peewee: ``fakta`` maps an address (table, key,
field) to the stored value. The export writes it; the import compares the workbook with it.

The SAKIP tables (rencana aksi, program, pagu, realisasi anggaran) have no store API yet
(issue 13 writes them in parallel): they are read here, and written by :mod:`.tulis`, with
plain peewee on the schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..errors import InputTidakValid
from ..schema.base import desimal
from ..schema import (Fungsi, Indikator, Jabatan, Kecamatan, Pagu, Pengaturan, Penjelasan, Periode, Program,
                      Realisasi, RealisasiAnggaran, RencanaAksi, Sasaran, Target)

Alamat = tuple[str, object, str]  # (table, key, field)

FIELDS_SASARAN = ("nomor", "nama", "nama_matriks", "urutan_matriks")
FIELDS_INDIKATOR = ("nomor", "nama", "jenis", "polaritas", "satuan", "formulasi", "label_pembilang", "label_penyebut",
                    "penanggung_jawab", "sumber_data", "penjelasan_berbutir", "di_lampiran", "di_matriks",
                    "nama_matriks", "sumber_data_matriks")
FIELDS_REALISASI = ("nilai", "pembilang", "penyebut", "catatan", "kendala", "solusi")
FIELDS_RA = ("target", "aksi", "anggaran")
FIELDS_PROGRAM = ("tingkat", "kode", "nama")
FIELDS_ANGGARAN = ("pagu", "tw1", "tw2", "tw3", "tw4")
FIELDS_TAHUNAN = {"realisasi": FIELDS_REALISASI, "rencana_aksi": FIELDS_RA, "anggaran": FIELDS_ANGGARAN}


@dataclass
class Potret:
    periode_id: int
    periode_nama: str
    tahun_awal: int
    tahun_akhir: int
    tahun: int | None  # the one year of the realisasi, rencana aksi and budget rows; None: all with data
    jabatan_id: int | None  # one jabatan; None: all
    kecamatan: str = ""
    aturan_negatif: str = "permenpan"
    basis_data: str = ""  # the database's identity (:mod:`.identitas`)
    dasar: dict[Alamat, object] = field(default_factory=dict)  # the facts but the per-year tables' (:attr:`fakta`)
    jabatan: list[dict] = field(default_factory=list)  # id, nama, eselon, atasan (name)
    sasaran: list[dict] = field(default_factory=list)  # id, jabatan
    indikator: list[dict] = field(default_factory=list)  # id, sasaran, jenis, polaritas
    program: list[dict] = field(default_factory=list)  # id, induk, sasaran
    # The per-year tables (realisasi, rencana_aksi, anggaran) as rows: table -> key -> the
    # values of FIELDS_TAHUNAN[table] (_TIDAK_ADA: no row); read as rows by the export.
    tahunan: dict[str, dict[tuple, list]] = field(default_factory=dict)
    _gabung: set = field(default_factory=set)  # per-year tables not yet merged into fakta

    @property
    def fakta(self) -> dict[Alamat, object]:
        """Every fact by its address (table, key, field). The per-year tables' rows are
        merged in on first use: the export reads them as rows (:meth:`baris_tahunan`) and
        never pays for a million addresses."""
        if self._gabung:
            d = self.dasar
            for tabel in self._gabung:
                names = FIELDS_TAHUNAN[tabel]
                for key, values in self.tahunan[tabel].items():
                    for name, v in zip(names, values):
                        if v is not _TIDAK_ADA:
                            d[(tabel, key, name)] = v
            self._gabung.clear()
        return self.dasar

    def baris_tahunan(self, tabel: str, key: tuple) -> list | None:
        """The values (FIELDS_TAHUNAN[tabel]) of a per-year row; None: no row."""
        return self.tahunan.get(tabel, {}).get(key)

    @property
    def tahun_periode(self) -> list[int]:
        return list(range(self.tahun_awal, self.tahun_akhir + 1))

    def tahun_baris(self, tabel: str, item_id: int) -> list[int]:
        """The years that get rows for an item in a per-year sheet: the chosen year, or
        every year of the period where the item has data there."""
        if self.tahun is not None:
            return [self.tahun]
        return sorted(self._tahun.get(tabel, {}).get(item_id, ()))

    _tahun: dict = field(default_factory=dict)  # table -> item id -> the years with rows

    def simpan(self, tabel: str, kunci, values: dict) -> None:
        for name, value in values.items():
            self.dasar[(tabel, kunci, name)] = value

    def tahun_dengan_baris(self, tabel: str) -> dict[int, set[int]]:
        """Item id -> the years it has rows of ``tabel`` in (whatever year was chosen)."""
        return self._tahun.get(tabel, {})

    def simpan_tahunan(self, tabel: str, key: tuple, values: list) -> None:
        self.simpan_banyak(tabel, ((key, values),))

    def simpan_banyak(self, tabel: str, rows) -> None:
        """Per-year rows ((key, values) pairs) of ``tabel``, without a call per row (80,000
        rows of a period)."""
        table, years = self.tahunan.setdefault(tabel, {}), self._tahun.setdefault(tabel, {})
        for key, values in rows:
            table[key] = values
            item = years.get(key[0])
            if item is None:
                item = years[key[0]] = set()
            item.add(key[1])
        self._gabung.add(tabel)


_TIDAK_ADA = object()  # a field of a per-year row not in the database (a quarter of the budget not filled)


def cari_jabatan(nama: str) -> int:
    wanted = " ".join(nama.split()).casefold()
    rows = [(i, n) for i, n in Jabatan.select(Jabatan.id, Jabatan.nama).tuples() if " ".join(n.split()).casefold() == wanted]
    if len(rows) != 1:
        names = ", ".join(f"«{n}»" for _i, n in Jabatan.select(Jabatan.id, Jabatan.nama).order_by(Jabatan.urutan).tuples())
        raise InputTidakValid(f"Jabatan «{nama}» tidak ada di basis data. Yang ada: {names or '(belum ada)'}.")
    return rows[0][0]


def potret(periode_id: int, jabatan_id: int | None = None, tahun: int | None = None) -> Potret:
    """Read the scope (inside the caller's transaction)."""
    per = Periode.get_by_id(periode_id)
    if tahun is not None and not per.tahun_awal <= tahun <= per.tahun_akhir:
        raise InputTidakValid(f"Tahun {tahun} di luar periode {per.nama} ({per.tahun_awal}–{per.tahun_akhir}).")
    kec = Kecamatan.select(Kecamatan.nama).order_by(Kecamatan.id).scalar() or ""
    aturan = Pengaturan.select(Pengaturan.nilai).where(Pengaturan.kunci == "aturan_negatif").scalar() or "permenpan"
    p = Potret(per.id, per.nama, per.tahun_awal, per.tahun_akhir, tahun, jabatan_id, kec, aturan)
    _jabatan(p)
    _sasaran(p)
    _angka(p)
    _anggaran(p)
    return p


def _jabatan(p: Potret) -> None:
    names = dict(Jabatan.select(Jabatan.id, Jabatan.nama).tuples())
    q = Jabatan.select().order_by(Jabatan.urutan, Jabatan.id)
    if p.jabatan_id is not None:
        q = q.where(Jabatan.id == p.jabatan_id)
    ids = []
    for j in q:
        ids.append(j.id)
        p.jabatan.append({"id": j.id, "nama": j.nama, "atasan": names.get(j.atasan_id, "")})
        p.simpan("jabatan", j.id, {"nama": j.nama, "eselon": j.eselon, "tugas": j.tugas})
        p.dasar[("fungsi", j.id, "daftar")] = []
    for jid, teks in (Fungsi.select(Fungsi.jabatan, Fungsi.teks).where(Fungsi.jabatan.in_(ids))
                      .order_by(Fungsi.jabatan, Fungsi.urutan, Fungsi.id).tuples()):
        p.dasar[("fungsi", jid, "daftar")].append(teks)


def _sasaran(p: Potret) -> None:
    jab = [j["id"] for j in p.jabatan]
    order = {jid: n for n, jid in enumerate(jab)}
    rows = list(Sasaran.select().where((Sasaran.periode == p.periode_id) & Sasaran.jabatan.in_(jab)))
    rows.sort(key=lambda s: (order[s.jabatan_id], s.urutan, s.id))
    for s in rows:
        p.sasaran.append({"id": s.id, "jabatan": s.jabatan_id})
        p.simpan("sasaran", s.id, {f: getattr(s, f) for f in FIELDS_SASARAN})
        if s.urutan_matriks is not None:  # a whole number, shown and compared as the numbers of the sheet
            p.dasar[("sasaran", s.id, "urutan_matriks")] = Decimal(s.urutan_matriks)
    s_order = {s["id"]: n for n, s in enumerate(p.sasaran)}
    inds = list(Indikator.select().where(Indikator.sasaran.in_(list(s_order))))
    inds.sort(key=lambda i: (s_order[i.sasaran_id], i.urutan, i.id))
    for i in inds:
        p.indikator.append({"id": i.id, "sasaran": i.sasaran_id, "jenis": i.jenis, "polaritas": i.polaritas})
        p.simpan("indikator", i.id, {f: getattr(i, f) for f in FIELDS_INDIKATOR})
        p.dasar[("penjelasan", i.id, "daftar")] = []
    ids = [i["id"] for i in p.indikator]
    for iid, teks in (Penjelasan.select(Penjelasan.indikator, Penjelasan.teks).where(Penjelasan.indikator.in_(ids))
                      .order_by(Penjelasan.indikator, Penjelasan.urutan, Penjelasan.id).tuples()):
        p.dasar[("penjelasan", iid, "daftar")].append(teks)


def _chunks(ids: list[int], size: int = 900):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _mentah(query) -> list[tuple]:
    """The rows of ``query`` as the database driver gives them: no conversion per value
    (peewee's takes most of the time of a large read); the caller converts the decimals
    (:class:`_Desimal`)."""
    return query.model._meta.database.execute(query).fetchall()


class _Desimal(dict):
    """Stored decimal text -> Decimal (:func:`~app.models.schema.base.desimal`), each
    distinct text converted once."""

    def __missing__(self, text):
        value = self[text] = desimal(text)
        return value


def _simpan_baris(p: Potret, tabel: str, rows: list[tuple], dec: _Desimal) -> None:
    """Rows (indikator, tahun, triwulan, the values of FIELDS_TAHUNAN[tabel]) into ``p``,
    the decimals converted."""
    is_num = [name in _ANGKA for name in FIELDS_TAHUNAN[tabel]]
    nums = [n for n, num in enumerate(is_num) if num]

    def values(row: tuple) -> list:
        out = list(row[3:])
        for n in nums:
            if out[n] is not None:
                out[n] = dec[out[n]]
        return out
    if rows:
        p.simpan_banyak(tabel, ((row[:3], values(row)) for row in rows))


def _angka(p: Potret) -> None:
    ids = [i["id"] for i in p.indikator]
    dec = _Desimal()
    for part in _chunks(ids):
        for iid, tahun, nilai, teks in _mentah(Target.select(Target.indikator, Target.tahun, Target.nilai, Target.teks)
                                               .where(Target.indikator.in_(part))):
            p.dasar[("target", (iid, tahun), "nilai")] = None if nilai is None else dec[nilai]
            p.dasar[("target", (iid, tahun), "teks")] = teks
        for model, tabel, names in ((Realisasi, "realisasi", FIELDS_REALISASI), (RencanaAksi, "rencana_aksi", FIELDS_RA)):
            cols = [model.indikator, model.tahun, model.triwulan, *(model._meta.fields[f] for f in names)]
            q = model.select(*cols).where(model.indikator.in_(part))
            if p.tahun is not None:
                q = q.where(model.tahun == p.tahun)
            _simpan_baris(p, tabel, _mentah(q), dec)


def _anggaran(p: Potret) -> None:
    rows = list(Program.select().where(Program.periode == p.periode_id).order_by(Program.urutan, Program.id))
    if p.jabatan_id is not None:  # the programs of the jabatan's sasaran, and what lies under them
        mine = {s["id"] for s in p.sasaran}
        keep = {r.id for r in rows if r.sasaran_id in mine}
        grew = True
        while grew:
            more = {r.id for r in rows if r.induk_id in keep} - keep
            keep |= more
            grew = bool(more)
        rows = [r for r in rows if r.id in keep]
    kode = {r.id: r.kode for r in rows}
    for r in rows:
        p.program.append({"id": r.id, "induk": kode.get(r.induk_id, ""), "sasaran": r.sasaran_id})
        p.simpan("program", r.id, {f: getattr(r, f) for f in FIELDS_PROGRAM})
    ids, dec = list(kode), _Desimal()
    for part in _chunks(ids):
        q = Pagu.select(Pagu.program, Pagu.tahun, Pagu.nilai).where(Pagu.program.in_(part))
        q2 = RealisasiAnggaran.select(RealisasiAnggaran.program, RealisasiAnggaran.tahun, RealisasiAnggaran.triwulan,
                                      RealisasiAnggaran.nilai).where(RealisasiAnggaran.program.in_(part))
        if p.tahun is not None:
            q, q2 = q.where(Pagu.tahun == p.tahun), q2.where(RealisasiAnggaran.tahun == p.tahun)
        for pid, tahun, nilai in _mentah(q):
            _baris_anggaran(p, (pid, tahun))[0] = dec[nilai]
        for pid, tahun, tw, nilai in _mentah(q2):
            _baris_anggaran(p, (pid, tahun))[tw] = None if nilai is None else dec[nilai]


def _baris_anggaran(p: Potret, key: tuple) -> list:
    """The budget row of a program and year: pagu, realisasi TW 1–4."""
    row = p.baris_tahunan("anggaran", key)
    if row is None:
        row = [_TIDAK_ADA] * 5
        p.simpan_tahunan("anggaran", key, row)
    return row


def kosong(tabel: str, name: str):
    """What an address that has no row yet holds (a target not set, a quarter not filled)."""
    return [] if name == "daftar" else None if name in _ANGKA else ""


_ANGKA = frozenset({"urutan_matriks", "nilai", "pembilang", "penyebut", "target", "anggaran", "pagu", "tw1", "tw2", "tw3", "tw4",
                    "eselon", "nama_matriks", "sumber_data_matriks"})
