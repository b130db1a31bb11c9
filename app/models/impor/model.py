"""What an importer reads (:class:`Bahan`: the document's pieces, as found) and what the
import will create (:class:`Rencana`: the plan, shown in the preview before anything is
written). Plain dataclasses: no Qt, no database."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Potongan:
    """A piece of the document the importer could not place: shown, never dropped."""

    tempat: str  # "tabel 3, baris 5, sel 2" or "baris 120"
    teks: str
    alasan: str = ""


@dataclass
class Ttd:
    """A signer block as read, and the place-and-date line above it."""

    awalan: str = ""  # "", "Plt.", "Plh.", "a.n."
    jabatan: str = ""  # "CAMAT BELAWANG,"
    jabatan2: str = ""
    nama: str = ""
    pangkat: str | None = None
    nip: str | None = None
    tempat: str = ""  # "Karang Jaya" of "Karang Jaya, 30 Mei 2018"
    tanggal: str = ""
    baris_tanggal: str = ""  # where the place-and-date line was read ("baris 120")


@dataclass
class BarisIku:
    """One row of an annex table, by column role."""

    tempat: str
    no: str = ""
    sasaran: str = ""
    indikator: str = ""
    penjelasan: list[str] = field(default_factory=list)
    berbutir: bool = False
    pj: str = ""
    sd: str = ""
    sasaran_lanjut: bool = False  # the sasaran cell is the previous row's (merged or left empty)
    indikator_lanjut: bool = False  # the indicator cell is the previous row's (merged)


@dataclass
class BlokLampiran:
    """One lampiran: its header, title lines, the jabatan block, its table rows, its signer."""

    tempat: str
    kepala: str | None = None  # the header line as printed; None: the document has none
    nomor: str | None = None  # Roman numeral; None: not printed
    nomor_sk: str = ""
    tanggal_sk: str = ""
    tempat_tanggal: str = ""  # where the "Tanggal :" line was read
    kepala_baris: list[tuple[str, str]] = field(default_factory=list)  # ("NOMOR", "061/27/SR/2024") as written
    judul: list[str] = field(default_factory=list)
    jabatan: str = ""
    tugas: str = ""
    fungsi: list[str] = field(default_factory=list)
    baris: list[BarisIku] = field(default_factory=list)
    ttd: Ttd | None = None


@dataclass
class BarisMatriks:
    tempat: str
    sasaran: str = ""
    indikator: str = ""
    formulasi: str = ""
    target: list[str] = field(default_factory=list)
    sd: str = ""
    sasaran_lanjut: bool = False


@dataclass
class Bahan:
    """Everything a reader found in one document, in document order."""

    sumber: str  # "docx" or "teks"
    lampiran: list[BlokLampiran] = field(default_factory=list)
    matriks_judul: list[str] = field(default_factory=list)
    matriks_tahun: list[int] = field(default_factory=list)
    matriks: list[BarisMatriks] = field(default_factory=list)
    matriks_ttd: Ttd | None = None
    tak_terpakai: list[Potongan] = field(default_factory=list)
    hints: dict = field(default_factory=dict)


# ------------------------------------------------------------------ the plan


@dataclass
class IndikatorRencana:
    nama: str
    nomor: str = ""
    jenis: str = "jumlah"
    satuan: str = ""
    penjelasan: list[str] = field(default_factory=list)
    berbutir: bool = True
    penanggung_jawab: str = ""
    sumber_data: str = ""
    di_lampiran: bool = True
    di_matriks: bool = False
    nama_matriks: str | None = None
    formulasi: str = ""
    label_pembilang: str = ""
    label_penyebut: str = ""
    sumber_data_matriks: str | None = None
    target: dict[int, Decimal] = field(default_factory=dict)


@dataclass
class SasaranRencana:
    nama: str
    nomor: str = ""
    nama_matriks: str | None = None
    urutan_matriks: int | None = None
    indikator: list[IndikatorRencana] = field(default_factory=list)


@dataclass
class JabatanRencana:
    nama: str
    tugas: str = ""
    fungsi: list[str] = field(default_factory=list)
    sasaran: list[SasaranRencana] = field(default_factory=list)
    eselon: str | None = None
    atasan: str | None = None  # the nama of another jabatan of the plan
    lampiran_nomor: str | None = None
    lampiran_kepala: str | None = None
    lampiran_urutan: int = 0  # order of the page in the document
    pemegang_ttd: bool = False  # held by the signer (the Camat)


@dataclass
class KeputusanRencana:
    nomor: str
    tahun: int
    tanggal: _dt.date | None  # None: not found in the source (printed blank)
    sebutan: str
    ttd: Ttd
    tanggal_teks: str = ""  # the date as the source spells it


@dataclass
class Rencana:
    sumber: str
    kecamatan: str = ""
    kabupaten: str = ""
    tempat: str = ""
    periode_awal: int = 0
    periode_akhir: int = 0
    matriks_judul: str = ""
    matriks_tahun: str = ""
    matriks_tanggal: _dt.date | None = None
    matriks_tanggal_teks: str = ""  # the matrix date as the source spells it
    keputusan: KeputusanRencana | None = None
    jabatan: list[JabatanRencana] = field(default_factory=list)
    tak_terpakai: list[Potongan] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)  # what was inferred, to check in the window
    format_hints: dict = field(default_factory=dict)
    periode_dipilih: bool = False  # the period was named by the user (--periode), not read

    @property
    def periode_nama(self) -> str:
        return f"{self.periode_awal}-{self.periode_akhir}"

    def jumlah(self) -> dict[str, int]:
        """How many items of each kind the plan creates."""
        sas = [s for j in self.jabatan for s in j.sasaran]
        ind = [i for s in sas for i in s.indikator]
        return {
            "jabatan": len(self.jabatan), "fungsi": sum(len(j.fungsi) for j in self.jabatan),
            "lampiran": sum(1 for j in self.jabatan if j.lampiran_nomor) if self.keputusan else 0,
            "sasaran": len(sas), "indikator": len(ind), "penjelasan": sum(len(i.penjelasan) for i in ind),
            "target": sum(len(i.target) for i in ind), "keputusan": 1 if self.keputusan else 0,
        }
