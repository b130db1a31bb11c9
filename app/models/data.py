"""Plain frozen dataclasses: what store operations hand out. No live peewee rows leave the
store, so nothing runs a lazy query inside a Qt ``data()`` call."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import Decimal

from .format_dokumen import IKU_BAKU, FormatDokumen
from .tanggal import teks_tanggal

_JENDELA = ("JabatanRingkas", "RiwayatData")  # in .data_jendela, importable from here too


def __getattr__(name: str):
    """The window's list rows (:mod:`.data_jendela`), made when first asked for: a print
    needs neither."""
    if name in _JENDELA:
        from . import data_jendela

        return getattr(data_jendela, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, slots=True)
class KecamatanData:
    id: int
    nama: str
    kabupaten: str
    tempat: str


@dataclass(frozen=True, slots=True)
class PegawaiData:
    id: int
    nama: str
    nip: str | None
    pangkat: str | None


@dataclass(frozen=True, slots=True)
class PeriodeData:
    id: int
    nama: str
    tahun_awal: int
    tahun_akhir: int
    matriks_judul: str = ""
    matriks_tahun: str = ""
    matriks_tanggal: _dt.date | None = None
    matriks_format: str = ""  # JSON of app.models.format_matriks ("" the standard preset)
    matriks_tanggal_teks: str = ""  # the matrix date as the office spells it ("01 Nopember 2021")

    @property
    def tahun(self) -> tuple[int, ...]:
        return tuple(range(self.tahun_awal, self.tahun_akhir + 1))


@dataclass(frozen=True, slots=True)
class LampiranData:
    id: int
    keputusan_id: int
    jabatan_id: int
    nomor: str
    urutan: int
    kepala: str | None


@dataclass(frozen=True, slots=True)
class KeputusanData:
    id: int
    periode_id: int
    nomor: str
    tahun: int
    tanggal: _dt.date | None  # None: left blank
    sebutan: str
    ttd_awalan: str
    ttd_jabatan: str
    ttd_jabatan2: str
    ttd_nama: str
    ttd_nip: str | None
    ttd_pangkat: str | None
    lampiran: tuple[LampiranData, ...] = ()
    tanggal_teks: str = ""  # the date as the office spells it ("01 Nopember 2021")
    format: FormatDokumen = IKU_BAKU

    @property
    def tanggal_cetak(self) -> str:
        """The date as printed: as the office spelled it; "" when left blank."""
        return teks_tanggal(self.tanggal, self.tanggal_teks)


@dataclass(frozen=True, slots=True)
class TargetData:
    tahun: int
    nilai: Decimal | None
    teks: str = ""


@dataclass(frozen=True, slots=True)
class RealisasiData:
    tahun: int
    triwulan: int
    nilai: Decimal | None
    pembilang: Decimal | None = None
    penyebut: Decimal | None = None
    catatan: str = ""


@dataclass(frozen=True, slots=True)
class IndikatorData:
    id: int
    sasaran_id: int
    nomor: str
    nama: str
    urutan: int
    jenis: str
    polaritas: str
    satuan: str
    formulasi: str
    label_pembilang: str
    label_penyebut: str
    penanggung_jawab: str
    sumber_data: str
    penjelasan_berbutir: bool
    di_lampiran: bool
    di_matriks: bool
    nama_matriks: str | None
    sumber_data_matriks: str | None
    penjelasan: tuple[str, ...] = ()
    target: tuple[TargetData, ...] = ()
    realisasi: tuple[RealisasiData, ...] = ()

    def target_tahun(self, tahun: int) -> TargetData | None:
        for t in self.target:
            if t.tahun == tahun:
                return t
        return None

    @property
    def nama_di_matriks(self) -> str:
        return self.nama if self.nama_matriks is None else self.nama_matriks

    @property
    def sumber_data_di_matriks(self) -> str:
        return self.sumber_data if self.sumber_data_matriks is None else self.sumber_data_matriks


@dataclass(frozen=True, slots=True)
class SasaranData:
    id: int
    jabatan_id: int
    periode_id: int
    nomor: str
    nama: str
    urutan: int
    nama_matriks: str | None
    urutan_matriks: int | None
    indikator: tuple[IndikatorData, ...] = ()

    @property
    def nama_di_matriks(self) -> str:
        return self.nama if self.nama_matriks is None else self.nama_matriks


@dataclass(frozen=True, slots=True)
class JabatanData:
    id: int
    nama: str
    atasan_id: int | None
    eselon: str | None
    urutan: int
    tugas: str
    pemegang: PegawaiData | None
    fungsi: tuple[str, ...] = ()
    sasaran: tuple[SasaranData, ...] = ()
