"""The documents of the SAKIP year as plain frozen dataclasses: the Perjanjian Kinerja (and
its revisions), the rencana aksi, the quarterly measurement and the tables of chapter III of
the LKjIP. What a builder in :mod:`app.reports` prints is exactly what is here: the figures
come computed by the rules (:mod:`app.models.sakip`, :mod:`app.models.capaian`), the texts as
typed. Signers are snapshots: a printed PK keeps the names it was signed with."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from .capaian import Capaian
from .data import JabatanData, KecamatanData
from .laporan import Penandatangan
from .tanggal import teks_tanggal
from .sakip import JUDUL_TINGKAT, atasan_pk, jumlah_anggaran, serapan, tingkat_pk

# The standard wording of a PK (PermenPAN-RB 53/2014, format of the Perjanjian Kinerja).
PEMBUKA_BAKU = ("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
                "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
KOMITMEN_BAKU = (
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam "
    "rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. "
    "Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja "
    "dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
)


@dataclass(frozen=True)
class Pihak:
    """A party of a PK as signed (a snapshot). ``jabatan``: the post as the statement names
    it ("Camat Karang Jaya"); ``awalan``: "", "Plt.", "Plh." or "a.n."; after "a.n." ``jabatan2``
    is the signer's own post ("Sekretaris Kecamatan"). No NIP (the Bupati): no NIP line."""

    nama: str
    jabatan: str
    nip: str | None = None
    pangkat: str | None = None
    awalan: str = ""
    jabatan2: str = ""

    @property
    def jabatan_pernyataan(self) -> str:
        """The post in the statement: "Plt. Camat Karang Jaya"; "Sekretaris Kecamatan a.n.
        Camat Karang Jaya"."""
        if self.awalan == "a.n.":
            return f"{self.jabatan2} a.n. {self.jabatan}".strip()
        return f"{self.awalan} {self.jabatan}".strip()

    def penandatangan(self) -> Penandatangan:
        """The signature block: the post in capitals with a comma, as the decree's."""
        return Penandatangan(self.awalan, f"{self.jabatan.upper().rstrip(',')},",
                             f"{self.jabatan2.rstrip(',')}," if self.jabatan2 else "", self.nama, self.nip, self.pangkat)


@dataclass(frozen=True)
class IndikatorPK:
    nomor: str
    nama: str
    satuan: str
    target: Decimal | None  # the year's target (from the IKU, editable on the PK)
    target_teks: str = ""  # a text indicator's target


@dataclass(frozen=True)
class SasaranPK:
    nomor: str
    nama: str
    indikator: tuple[IndikatorPK, ...] = ()


@dataclass(frozen=True)
class KegiatanPK:
    kode: str  # "7.01.02.2.01"
    nama: str
    anggaran: Decimal | None  # rupiah


@dataclass(frozen=True)
class ProgramPK:
    kode: str  # "7.01.02"
    nama: str
    kegiatan: tuple[KegiatanPK, ...] = ()
    anggaran: Decimal | None = None  # the program's figure (its own pagu, else its lines': app.models.pk_anggaran)

    @property
    def jumlah(self) -> Decimal | None:
        """The program's figure; without one, the sum of its kegiatan."""
        return self.anggaran if self.anggaran is not None else jumlah_anggaran(k.anggaran for k in self.kegiatan)


@dataclass(frozen=True)
class PerjanjianKinerja:
    """One PK of one jabatan for one year. ``revisi`` 0 is the first; 1, 2… the "PK
    Perubahan" that followed (each kept and printable). ``tingkat``: strategis, program or
    kegiatan (:func:`app.models.sakip.tingkat_pk`), the heading of the table."""

    tahun: int
    revisi: int
    tingkat: str
    instansi: str  # "Kecamatan Karang Jaya Kabupaten Tanah Laut"
    jabatan: str  # the post of PIHAK PERTAMA, for the title of the lampiran
    pihak_pertama: Pihak
    pihak_kedua: Pihak
    tempat: str
    tanggal: _dt.date | None
    sasaran: tuple[SasaranPK, ...] = ()
    program: tuple[ProgramPK, ...] = ()
    pembuka: str = PEMBUKA_BAKU
    komitmen: tuple[str, ...] = KOMITMEN_BAKU
    tanggal_teks: str = ""  # the date as the office spells it ("02 Januari 2019"); "": the standard form
    kertas: str = "f4"  # the paper stored on the PK ("f4" or "a4")

    @property
    def tanggal_cetak(self) -> str:
        """The date as printed ("" when none): :func:`app.models.tanggal.teks_tanggal`."""
        return teks_tanggal(self.tanggal, self.tanggal_teks)

    @property
    def tempat_tanggal(self) -> str:
        """The line above PIHAK PERTAMA's block: "Karang Jaya, 2 Januari 2019"; without a date,
        the place and the year with room to write the day and month by hand (never today's
        date): "Karang Jaya, ______________ 2019" (the room as no-break spaces)."""
        if self.tanggal is None and not self.tanggal_teks.strip():
            ruang = "\u00a0" * 28
            return f"{self.tempat.strip()},{ruang}{self.tahun}" if self.tempat.strip() else f"{ruang}{self.tahun}"
        return f"{self.tempat}, {self.tanggal_cetak}" if self.tempat.strip() else self.tanggal_cetak

    @property
    def label_revisi(self) -> str:
        """"" for the first PK; "PERUBAHAN", "PERUBAHAN KE-2"… for the revisions."""
        if self.revisi <= 0:
            return ""
        return "PERUBAHAN" if self.revisi == 1 else f"PERUBAHAN KE-{self.revisi}"

    @property
    def judul(self) -> str:
        """"PERJANJIAN KINERJA TAHUN 2019"; "PERJANJIAN KINERJA PERUBAHAN TAHUN 2019"."""
        return " ".join(w for w in ("PERJANJIAN KINERJA", self.label_revisi, f"TAHUN {self.tahun}") if w)

    @property
    def judul_sasaran(self) -> str:
        return JUDUL_TINGKAT[self.tingkat]

    @property
    def jumlah_anggaran(self) -> Decimal | None:
        """The sum of the programs' figures (a program's own pagu counted, not only its kegiatan)."""
        return jumlah_anggaran(p.jumlah for p in self.program)


def baris_tempat_tanggal(tempat: str, tanggal: _dt.date | None, tanggal_teks: str = "") -> str | None:
    """The line above a signer: "Karang Jaya, 01 Nopember 2021" (the date as typed, else the
    standard form); without a date, ``tanggal_teks`` as it is — a blank slot to fill in by
    hand ("Karang Jaya,                2021"); None when there is neither."""
    text = teks_tanggal(tanggal, tanggal_teks) if tanggal is not None else tanggal_teks
    if not text:
        return None
    return f"{tempat}, {text}" if tempat.strip() else text


# --------------------------------------------------------------------------- rencana aksi


@dataclass(frozen=True)
class AksiTriwulan:
    triwulan: int  # 1–4
    target: Decimal | None  # per quarter for counts, the level reached for percentages
    aksi: tuple[str, ...] = ()  # the actions planned
    anggaran: Decimal | None = None  # rupiah planned this quarter
    hasil: Capaian | None = None  # measured up to this quarter against its target (None: not measured)


@dataclass(frozen=True)
class RencanaAksiIndikator:
    sasaran: str
    indikator: str
    satuan: str
    jenis: str
    target_tahun: Decimal | None
    triwulan: tuple[AksiTriwulan, ...] = ()
    nomor: str = ""

    @property
    def jumlah_anggaran(self) -> Decimal | None:
        return jumlah_anggaran(a.anggaran for a in self.triwulan)

    def target_triwulan(self) -> dict[int, Decimal | None]:
        """Quarter → target, as :func:`app.models.sakip.target_sampai` takes them."""
        return {a.triwulan: a.target for a in self.triwulan}


@dataclass(frozen=True)
class RencanaAksi:
    tahun: int
    instansi: str
    jabatan: str
    indikator: tuple[RencanaAksiIndikator, ...]
    ttd: Penandatangan | None
    tempat: str = ""
    tanggal: _dt.date | None = None
    cara_perhitungan: str = ""  # the rules used, in words
    tanggal_teks: str = ""  # the date as typed (--tanggal); without ``tanggal``: a blank slot ("    2021")

    @property
    def tempat_tanggal(self) -> str | None:
        """The place-and-date line above the holder's signature (:func:`baris_tempat_tanggal`)."""
        return baris_tempat_tanggal(self.tempat, self.tanggal, self.tanggal_teks)

    @property
    def jumlah_anggaran(self) -> Decimal | None:
        return jumlah_anggaran(i.jumlah_anggaran for i in self.indikator)


# --------------------------------------------------------------------------- quarterly measurement


@dataclass(frozen=True)
class BarisPengukuran:
    """One indicator measured up to a quarter: ``hasil`` holds the target up to the quarter
    (the rencana aksi's, else the year's), the realisasi rolled up, the capaian and band."""

    sasaran: str
    nomor: str
    indikator: str
    satuan: str
    target_tahun: Decimal | None
    hasil: Capaian
    kendala: str = ""
    solusi: str = ""  # solusi / tindak lanjut


@dataclass(frozen=True)
class Pengukuran:
    tahun: int
    triwulan: int
    instansi: str
    jabatan: str
    baris: tuple[BarisPengukuran, ...]
    ttd: Penandatangan  # the holder of the jabatan, who reports
    mengetahui: Penandatangan | None = None  # the superior, "Mengetahui" (left), optional
    tempat: str = ""
    tanggal: _dt.date | None = None
    cara_perhitungan: str = ""  # the rules used, in words (app.models.display.cara_perhitungan)
    tanggal_teks: str = ""  # the date as typed (--tanggal); without ``tanggal``: a blank slot ("    2021")

    @property
    def tempat_tanggal(self) -> str | None:
        """The place-and-date line above the holder's signature (:func:`baris_tempat_tanggal`)."""
        return baris_tempat_tanggal(self.tempat, self.tanggal, self.tanggal_teks)


# --------------------------------------------------------------------------- LKjIP chapter III


@dataclass(frozen=True)
class CapaianTahunLalu:
    tahun: int
    realisasi: Decimal | None
    capaian: Decimal | None


@dataclass(frozen=True)
class BarisIKU:
    """3.1: one IKU in the report's year, beside the earlier years and the Renstra's
    final-year target (``capaian_renstra``: realisasi against that target, by the capaian
    rule)."""

    nomor: str
    sasaran: str
    indikator: str
    satuan: str
    hasil: Capaian
    tahun_lalu: tuple[CapaianTahunLalu, ...] = ()
    target_renstra: Decimal | None = None
    capaian_renstra: Decimal | None = None


@dataclass(frozen=True)
class BarisAnggaran:
    """3.2: one program's budget: pagu, realisasi, serapan (%), the capaian kinerja of its
    sasaran, and the efficiency (capaian − serapan, in points) with its category."""

    kode: str
    program: str
    pagu: Decimal | None
    realisasi: Decimal | None
    serapan: Decimal | None
    capaian_kinerja: Decimal | None
    efisiensi: Decimal | None
    kategori_efisiensi: str


@dataclass(frozen=True)
class LkjipBab3:
    tahun: int
    instansi: str
    tahun_renstra: int  # the Renstra's final year
    tahun_pembanding: tuple[int, ...]  # the earlier years compared, oldest first
    iku: tuple[BarisIKU, ...]
    anggaran: tuple[BarisAnggaran, ...]
    cara_perhitungan: str = ""

    @property
    def jumlah_pagu(self) -> Decimal | None:
        return jumlah_anggaran(b.pagu for b in self.anggaran)

    @property
    def jumlah_realisasi(self) -> Decimal | None:
        return jumlah_anggaran(b.realisasi for b in self.anggaran)

    @property
    def serapan_total(self) -> Decimal | None:
        return serapan(self.jumlah_pagu, self.jumlah_realisasi)


# --------------------------------------------------------------------------- a first draft of a PK


def rancangan_pk(jabatan: JabatanData, semua: Sequence[JabatanData], kecamatan: KecamatanData, tahun: int,
                 tanggal: _dt.date | None = None, revisi: int = 0) -> PerjanjianKinerja:
    """A new PK of ``jabatan`` for ``tahun`` as the clerk would start it: PIHAK PERTAMA its
    holder, PIHAK KEDUA the holder of its superior (:func:`app.models.sakip.atasan_pk`; the
    Bupati for the head of the office, no NIP), the heading of its level, and its sasaran and
    indicators with the IKU targets of that year (``semua``: every jabatan, targets of
    ``tahun`` loaded). Everything on it can then be edited; nothing is looked up again."""
    kec = kecamatan.nama
    atasan = atasan_pk(jabatan, semua)
    if atasan is None:
        kedua = Pihak("", f"Bupati {kecamatan.kabupaten}".strip())
    else:
        kedua = pihak_dari(atasan, kec)
    sasaran = tuple(
        SasaranPK(s.nomor, s.nama, tuple(IndikatorPK(i.nomor, i.nama, i.satuan, *_target(i, tahun)) for i in s.indikator))
        for s in jabatan.sasaran)
    return PerjanjianKinerja(tahun, revisi, tingkat_pk(jabatan), f"Kecamatan {kec} Kabupaten {kecamatan.kabupaten}",
                             jabatan.nama, pihak_dari(jabatan, kec), kedua, kecamatan.tempat, tanggal, sasaran)


def pihak_dari(j: JabatanData, kec: str) -> Pihak:
    """A party of a PK taken from a jabatan and its holder now (a snapshot)."""
    p = j.pemegang
    return Pihak(p.nama if p else "", jabatan_di_kecamatan(j.nama, kec, j.atasan_id is None),
                 p.nip if p else None, p.pangkat if p else None)


def jabatan_di_kecamatan(nama: str, kec: str, kepala: bool = False) -> str:
    """A post as a PK names it, the kecamatan said once: "Camat Karang Jaya" (the head),
    "KASI PEMERINTAHAN Kecamatan Karang Jaya", "Sekretaris Kecamatan Karang Jaya" (the name
    already says "Kecamatan"), a name that already holds the kecamatan's name as it is."""
    nama, kec = " ".join(nama.split()), " ".join(kec.split())
    words = nama.casefold().split()
    if not kec or (f" {kec.casefold()} " in f" {nama.casefold()} "):
        return nama
    if words and words[-1] == "kecamatan":
        return f"{nama} {kec}"
    if "kecamatan" in words:
        return nama
    return f"{nama} {kec}" if kepala else f"{nama} Kecamatan {kec}".strip()


def _target(i, tahun: int) -> tuple[Decimal | None, str]:
    t = i.target_tahun(tahun)
    return (t.nilai, t.teks) if t else (None, "")
