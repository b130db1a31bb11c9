"""Built-in contents of a new database: the Belawang sample (the reference document,
verbatim) or an empty kecamatan."""

from __future__ import annotations

import datetime as _dt
import json
from decimal import Decimal
from pathlib import Path

import peewee as pw

from ..paths import resource
from .errors import KinerjaError
from .format_dokumen import IKU_BAKU
from .schema import (
    Fungsi,
    Indikator,
    Jabatan,
    Kecamatan,
    Keputusan,
    Lampiran,
    Pegawai,
    Pengaturan,
    Penjelasan,
    Periode,
    Sasaran,
    Target,
    using,
)

SAMPLES = {"belawang": ("sampel", "belawang.json")}


def sample_path(name: str) -> Path:
    if name not in SAMPLES:
        raise KinerjaError(f"Contoh «{name}» tidak dikenal. Yang tersedia: {', '.join(SAMPLES)}.")
    return resource(*SAMPLES[name])


def load_sample(name: str = "belawang") -> dict:
    with open(sample_path(name), encoding="utf-8") as f:
        return json.load(f)


def fill_empty(db: pw.Database, periode: tuple[int, int] | None = None) -> None:
    """A new kecamatan with nothing in it yet but one period: ``periode`` (first and last
    year, checked by the caller), by default five years from this year."""
    from .periode_ops import matriks_tahun_bawaan, nama_bawaan

    from .periode_ops import OTOMATIS, tanda_otomatis

    year = _dt.date.today().year
    awal, akhir = periode or (year, year + 4)
    with using(db):
        Kecamatan.create(nama="", kabupaten="", tempat="")
        row = Periode.create(nama=nama_bawaan(awal, akhir), tahun_awal=awal, tahun_akhir=akhir,
                             matriks_tahun=matriks_tahun_bawaan(awal, akhir))
        if periode is None:  # the automatic period nobody chose: an import may re-date it
            Pengaturan.create(kunci=OTOMATIS, nilai=tanda_otomatis(row.id, awal, akhir))


def fill_sample(db: pw.Database, name: str = "belawang") -> None:
    data = load_sample(name)
    with using(db):
        k = data["kecamatan"]
        Kecamatan.create(nama=k["nama"], kabupaten=k["kabupaten"], tempat=k["tempat"])
        pegawai = {
            p["kode"]: Pegawai.create(nama=p["nama"], nip=p["nip"], pangkat=p["pangkat"])
            for p in data["pegawai"]
        }
        p = data["periode"]
        periode = Periode.create(
            nama=p["nama"], tahun_awal=p["tahun_awal"], tahun_akhir=p["tahun_akhir"],
            matriks_judul=p["matriks_judul"], matriks_tahun=p["matriks_tahun"],
            matriks_tanggal=_dt.date.fromisoformat(p["matriks_tanggal"]),
        )
        tahun = list(range(periode.tahun_awal, periode.tahun_akhir + 1))
        jabatan: dict[str, Jabatan] = {}
        for urutan, j in enumerate(data["jabatan"], start=1):
            row = Jabatan.create(
                nama=j["nama"], atasan=jabatan[j["atasan"]] if j["atasan"] else None,
                eselon=j["eselon"], urutan=urutan, tugas=j["tugas"],
                pemegang=pegawai[j["pemegang"]] if j["pemegang"] else None,
            )
            jabatan[j["kode"]] = row
            for i, teks in enumerate(j["fungsi"], start=1):
                Fungsi.create(jabatan=row, urutan=i, teks=teks)
            for s_urutan, s in enumerate(j["sasaran"], start=1):
                sasaran = Sasaran.create(
                    jabatan=row, periode=periode, nomor=s["nomor"], nama=s["nama"], urutan=s_urutan,
                    nama_matriks=s.get("nama_matriks"), urutan_matriks=s.get("urutan_matriks"),
                )
                for i_urutan, ind in enumerate(s["indikator"], start=1):
                    _add_indikator(sasaran, i_urutan, ind, tahun)
        d = data["keputusan"]
        keputusan = Keputusan.create(
            periode=periode, nomor=d["nomor"], tahun=d["tahun"],
            tanggal=_dt.date.fromisoformat(d["tanggal"]), sebutan=d["sebutan"],
            ttd_awalan=d["ttd_awalan"], ttd_jabatan=d["ttd_jabatan"], ttd_jabatan2=d["ttd_jabatan2"],
            ttd_nama=d["ttd_nama"], ttd_nip=d["ttd_nip"], ttd_pangkat=d["ttd_pangkat"],
            format=IKU_BAKU.ke_json(),
        )
        for urutan, lamp in enumerate(d["lampiran"], start=1):
            Lampiran.create(keputusan=keputusan, jabatan=jabatan[lamp["jabatan"]], nomor=lamp["nomor"],
                            urutan=urutan, kepala=lamp["kepala"])


def _add_indikator(sasaran: Sasaran, urutan: int, ind: dict, tahun: list[int]) -> None:
    m = ind.get("matriks")
    row = Indikator.create(
        sasaran=sasaran, nomor=ind.get("nomor", ""), nama=ind["nama"], urutan=urutan,
        jenis=ind["jenis"], polaritas=ind.get("polaritas", "positif"), satuan=ind.get("satuan", ""),
        formulasi=m["formulasi"] if m else "",
        label_pembilang=(m or {}).get("label_pembilang", ""),
        label_penyebut=(m or {}).get("label_penyebut", ""),
        penanggung_jawab=ind["penanggung_jawab"], sumber_data=ind["sumber_data"],
        penjelasan_berbutir=ind.get("penjelasan_berbutir", True),
        di_lampiran=ind.get("di_lampiran", True), di_matriks=m is not None,
        nama_matriks=m.get("nama") if m else None,
        sumber_data_matriks=m["sumber_data"] if m else None,
    )
    for i, teks in enumerate(ind["penjelasan"], start=1):
        Penjelasan.create(indikator=row, urutan=i, teks=teks)
    if m:
        if len(m["target"]) != len(tahun):
            raise KinerjaError(f"Contoh rusak: indikator «{ind['nama']}» tidak punya {len(tahun)} target.")
        for year, value in zip(tahun, m["target"]):
            Target.create(indikator=row, tahun=year, nilai=Decimal(value))
