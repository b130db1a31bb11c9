"""The sheets of the workbook: their columns, the rows the export writes from a
:class:`~.potret.Potret`, and where each editable cell of a row goes in the database (its
address). The hidden column A holds the row's id ("j:12", "s:3/i:17", "r:17:2024:2"…),
the hidden column B the fingerprints of what the export wrote (:func:`.kolom.sidik`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable, Iterator

from ..sakip import target_sampai
from ..schema import JENIS, POLARITAS
from .kolom import ANGKA, BACA, DAFTAR, PILIHAN, RUMUS, TEKS, YATIDAK, Kolom
from .potret import _TIDAK_ADA, FIELDS_ANGGARAN, FIELDS_TAHUNAN, Alamat, Potret

TINGKAT = ("program", "kegiatan", "subkegiatan")
_J, _I, _S = Kolom("jabatan", "Jabatan", BACA, 24), Kolom("indikator", "Indikator", BACA, 40), Kolom("satuan", "Satuan", BACA, 10)
_TAHUN, _TW = Kolom("tahun", "Tahun", BACA, 8), Kolom("tw", "TW", BACA, 5)


@dataclass(frozen=True)
class Lembar:
    nama: str
    kolom: tuple[Kolom, ...]
    baris: Callable[[Potret], Iterator[tuple[str, dict]]]  # (id, values by column key)
    alamat: Callable[[str, dict], dict[str, Alamat]]  # id, values -> column key -> address
    baru: bool = False  # rows without an id make new items

    def editable(self) -> list[Kolom]:
        return _editable(self.kolom)


@functools.lru_cache(maxsize=64)
def _editable(kolom: tuple[Kolom, ...]) -> list[Kolom]:
    return [k for k in kolom if k.diubah]


def _nama_maps(p: Potret):
    jab = {j["id"]: j["nama"] for j in p.jabatan}
    sas = {s["id"]: jab.get(s["jabatan"], "") for s in p.sasaran}
    return jab, sas


# --------------------------------------------------------------------------- Jabatan

def _jabatan_rows(p: Potret):
    f = p.dasar
    for j in p.jabatan:
        i = j["id"]
        yield f"j:{i}", {"nama": f[("jabatan", i, "nama")], "eselon": f[("jabatan", i, "eselon")], "atasan": j["atasan"],
                         "tugas": f[("jabatan", i, "tugas")], "fungsi": f[("fungsi", i, "daftar")]}


def _jabatan_alamat(ident: str, _v: dict) -> dict[str, Alamat]:
    i = _id(ident, "j")
    return {"nama": ("jabatan", i, "nama"), "eselon": ("jabatan", i, "eselon"), "tugas": ("jabatan", i, "tugas"),
            "fungsi": ("fungsi", i, "daftar")}


JABATAN = Lembar("Jabatan", (Kolom("nama", "Nama jabatan", TEKS, 36, wajib=True), Kolom("eselon", "Eselon", TEKS, 9),
                             Kolom("atasan", "Atasan", BACA, 28), Kolom("tugas", "Tugas", TEKS, 60),
                             Kolom("fungsi", "Fungsi (satu per baris)", DAFTAR, 70)),
                 _jabatan_rows, _jabatan_alamat, baru=True)

# --------------------------------------------------------------------------- Sasaran & Indikator

_SAS = (("s_nomor", "nomor", "No. sasaran", 8), ("s_nama", "nama", "Sasaran", 40), ("s_nama_matriks", "nama_matriks", "Sasaran (kata di matriks)", 30),
        ("s_urutan_matriks", "urutan_matriks", "Urutan sasaran di matriks", 10))
_IND = (("i_nomor", "nomor", "No. indikator", 8, TEKS), ("i_nama", "nama", "Indikator", 40, TEKS),
        ("jenis", "jenis", "Jenis", 12, PILIHAN), ("polaritas", "polaritas", "Polaritas", 10, PILIHAN),
        ("satuan", "satuan", "Satuan", 10, TEKS), ("formulasi", "formulasi", "Formulasi", 40, TEKS),
        ("label_pembilang", "label_pembilang", "Label pembilang", 20, TEKS),
        ("label_penyebut", "label_penyebut", "Label penyebut", 20, TEKS),
        ("penanggung_jawab", "penanggung_jawab", "Penanggung jawab", 20, TEKS),
        ("sumber_data", "sumber_data", "Sumber data", 30, TEKS), ("penjelasan", "daftar", "Penjelasan (satu paragraf per baris)", 60, DAFTAR),
        ("penjelasan_berbutir", "penjelasan_berbutir", "Penjelasan bertanda ➢", 10, YATIDAK),
        ("di_lampiran", "di_lampiran", "Di lampiran", 9, YATIDAK), ("di_matriks", "di_matriks", "Di matriks", 9, YATIDAK),
        ("i_nama_matriks", "nama_matriks", "Indikator (kata di matriks)", 30, TEKS),
        ("sumber_data_matriks", "sumber_data_matriks", "Sumber data di matriks", 30, TEKS))
_PILIHAN = {"jenis": JENIS, "polaritas": POLARITAS}


def _si_rows(p: Potret):
    f = p.dasar
    jab, sas = _nama_maps(p)
    by_sasaran: dict[int, list[dict]] = {}
    for i in p.indikator:
        by_sasaran.setdefault(i["sasaran"], []).append(i)
    for s in p.sasaran:
        sid = s["id"]
        base = {"jabatan": sas[sid], **{k: f[("sasaran", sid, name)] for k, name, *_ in _SAS}}
        inds = by_sasaran.get(sid, [])
        if not inds:
            yield f"s:{sid}", base
        for i in inds:
            iid = i["id"]
            table = {"daftar": "penjelasan"}
            yield f"s:{sid}/i:{iid}", {**base, **{k: f[(table.get(name, "indikator"), iid, name)] for k, name, *_ in _IND}}


def _si_alamat(ident: str, _v: dict) -> dict[str, Alamat]:
    s_part, _, i_part = ident.partition("/")
    sid = _id(s_part, "s")
    out: dict[str, Alamat] = {k: ("sasaran", sid, name) for k, name, *_ in _SAS}
    if i_part:
        iid = _id(i_part, "i")
        out.update({k: ("penjelasan" if name == "daftar" else "indikator", iid, name) for k, name, *_ in _IND})
    return out


SASARAN = Lembar("Sasaran & Indikator", (
    Kolom("jabatan", "Jabatan", BACA, 24),
    *(Kolom(k, judul, ANGKA if k == "s_urutan_matriks" else TEKS, w, wajib=(k == "s_nama")) for k, _n, judul, w in _SAS),
    *(Kolom(k, judul, kind, w, _PILIHAN.get(k, ())) for k, _n, judul, w, kind in _IND)), _si_rows, _si_alamat, baru=True)

# --------------------------------------------------------------------------- Target


def target_lembar(p: Potret) -> Lembar:
    years = p.tahun_periode

    def rows(p: Potret):
        f = p.dasar
        jab, sas = _nama_maps(p)
        for i in p.indikator:
            iid = i["id"]
            field = "teks" if i["jenis"] == "teks" else "nilai"
            yield f"t:{iid}", {"jabatan": sas[i["sasaran"]], "indikator": f[("indikator", iid, "nama")],
                               "satuan": f[("indikator", iid, "satuan")],
                               **{f"t{y}": f.get(("target", (iid, y), field)) for y in years}}

    def alamat(ident: str, v: dict) -> dict[str, Alamat]:
        iid = _id(ident, "t")
        return {f"t{y}": ("target", (iid, y), "nilai") for y in years}

    return Lembar("Target", (_J, _I, _S, *(Kolom(f"t{y}", f"Target {y}", ANGKA, 13) for y in years)), rows, alamat)

# --------------------------------------------------------------------------- Realisasi, rencana aksi


def _triwulan_rows(p: Potret, tabel: str, prefix: str, extra: Callable[[dict, int], list[dict]] | None = None):
    """A row per quarter of each year with data (or the chosen year); ``extra(indikator,
    year)``: what the four rows of a year add (computed once a year, not once a row)."""
    f = p.dasar
    _jab, sas = _nama_maps(p)
    fields = _FIELDS[tabel]
    for i in p.indikator:
        iid = i["id"]
        head = {"jabatan": sas[i["sasaran"]], "indikator": f[("indikator", iid, "nama")], "satuan": f[("indikator", iid, "satuan")]}
        for y in p.tahun_baris(tabel, iid):
            more = extra(i, y) if extra else _TANPA
            for q in (1, 2, 3, 4):
                row = {**head, "tahun": y, "tw": q, **more[q - 1]}
                row.update(zip(fields, p.baris_tahunan(tabel, (iid, y, q)) or _KOSONG))
                yield f"{prefix}:{iid}:{y}:{q}", row


_TANPA: list[dict] = [{}, {}, {}, {}]
_KOSONG = (None,) * 6
_FIELDS = FIELDS_TAHUNAN


def _keyed_alamat(tabel: str, prefix: str):
    def alamat(ident: str, _v: dict) -> dict[str, Alamat]:
        key = _key(ident, prefix, 4 if tabel != "anggaran" else 3)
        return {name: (tabel, key, name) for name in _FIELDS[tabel]}
    return alamat


def realisasi_lembar(p: Potret) -> Lembar:
    ra_years = p.tahun_dengan_baris("rencana_aksi")
    made: dict[tuple, list[dict]] = {}  # the four rows' extra cells of each kind of year, made once

    def extra(i: dict, y: int) -> list[dict]:
        iid = i["id"]
        ra = {t: row[0] for t in (1, 2, 3, 4) if (row := p.baris_tahunan("rencana_aksi", (iid, y, t))) and row[0] is not None} \
            if y in ra_years.get(iid, ()) else {}
        key = (i["jenis"], i["polaritas"], p.dasar.get(("target", (iid, y), "nilai")), *sorted(ra.items()))
        if key not in made:
            same = {"_jenis": i["jenis"], "_polaritas": i["polaritas"], "_aturan": p.aturan_negatif}
            made[key] = [{"target_sd": target_sampai(i["jenis"], key[2], ra, q), **same} for q in (1, 2, 3, 4)]
        return made[key]

    cols = (_J, _I, _S, _TAHUN, _TW, Kolom("target_sd", "Target s.d. TW (saat ekspor)", BACA, 13),
            Kolom("nilai", "Realisasi TW", ANGKA, 13), Kolom("pembilang", "Pembilang", ANGKA, 13),
            Kolom("penyebut", "Penyebut", ANGKA, 13), Kolom("terhitung", "Realisasi TW (terhitung)", RUMUS, 13),
            Kolom("real_sd", "Realisasi s.d. TW", RUMUS, 13), Kolom("capaian", "Capaian s.d. TW (%)", RUMUS, 12),
            Kolom("catatan", "Catatan", TEKS, 30), Kolom("kendala", "Kendala", TEKS, 30),
            Kolom("solusi", "Solusi / tindak lanjut", TEKS, 30))
    return Lembar("Realisasi", cols, lambda p: _triwulan_rows(p, "realisasi", "r", extra),
                  _keyed_alamat("realisasi", "r"))


def rencana_lembar(p: Potret) -> Lembar:
    cols = (_J, _I, _S, _TAHUN, _TW, Kolom("target", "Target triwulan", ANGKA, 13), Kolom("aksi", "Rencana aksi", TEKS, 50),
            Kolom("anggaran", "Anggaran (Rp)", ANGKA, 16, rupiah=True))
    return Lembar("Rencana aksi", cols, lambda p: _triwulan_rows(p, "rencana_aksi", "a"),
                  _keyed_alamat("rencana_aksi", "a"))

# --------------------------------------------------------------------------- budget


def _program_rows(p: Potret):
    f = p.dasar
    _jab, _sas = _nama_maps(p)
    sas_nama = {s["id"]: f[("sasaran", s["id"], "nama")] for s in p.sasaran}
    for r in p.program:
        i = r["id"]
        yield f"p:{i}", {**{k: f[("program", i, k)] for k in ("tingkat", "kode", "nama")}, "induk": r["induk"],
                         "sasaran": sas_nama.get(r["sasaran"], "")}


def _program_alamat(ident: str, _v: dict) -> dict[str, Alamat]:
    i = _id(ident, "p")
    return {k: ("program", i, k) for k in ("tingkat", "kode", "nama")}


PROGRAM = Lembar("Program", (Kolom("tingkat", "Tingkat", PILIHAN, 12, TINGKAT), Kolom("kode", "Kode", TEKS, 14),
                             Kolom("nama", "Program / kegiatan / sub-kegiatan", TEKS, 50, wajib=True),
                             Kolom("induk", "Kode induk", BACA, 14), Kolom("sasaran", "Sasaran", BACA, 40)),
                 _program_rows, _program_alamat, baru=True)


def _anggaran_rows(p: Potret):
    f = p.dasar
    for r in p.program:
        i = r["id"]
        for y in p.tahun_baris("anggaran", i):
            row = {"kode": f[("program", i, "kode")], "nama": f[("program", i, "nama")], "tahun": y}
            row.update((k, None if v is _TIDAK_ADA else v) for k, v in zip(FIELDS_ANGGARAN, p.baris_tahunan("anggaran", (i, y)) or _KOSONG))
            yield f"g:{i}:{y}", row


ANGGARAN = Lembar("Anggaran", (Kolom("kode", "Kode", BACA, 14), Kolom("nama", "Program / kegiatan", BACA, 40), _TAHUN,
                               Kolom("pagu", "Pagu (Rp)", ANGKA, 17, rupiah=True),
                               *(Kolom(f"tw{q}", f"Realisasi TW {q} (Rp)", ANGKA, 17, rupiah=True) for q in (1, 2, 3, 4)),
                               Kolom("jumlah", "Realisasi s.d. TW IV (Rp)", RUMUS, 17),
                               Kolom("serapan", "Serapan (%)", RUMUS, 11)),
                  _anggaran_rows, _keyed_alamat("anggaran", "g"))


def semua(p: Potret) -> list[Lembar]:
    return [JABATAN, SASARAN, target_lembar(p), realisasi_lembar(p), rencana_lembar(p), PROGRAM, ANGGARAN]

# --------------------------------------------------------------------------- ids


class IdRusak(ValueError):
    """A hidden id that is not one of ours (typed over, or from another file)."""


def _id(text: str, prefix: str) -> int:
    head, _, num = text.partition(":")
    if head != prefix or not num.isdigit():
        raise IdRusak(text)
    return int(num)


def _key(text: str, prefix: str, parts: int) -> tuple[int, ...]:
    bits = text.split(":")
    if len(bits) != parts or bits[0] != prefix or not all(b.isdigit() for b in bits[1:]):
        raise IdRusak(text)
    return tuple(int(b) for b in bits[1:])
