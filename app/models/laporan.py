"""What the printed documents show, gathered from the store as plain data (``Cetak…``: one
print job's content, beside the stored ``…Data`` rows). The ReportLab builders in
:mod:`app.reports` take these and never query or compute anything themselves; capaian
comes from :mod:`app.models.capaian` and its texts from :mod:`app.models.display`, as on
the screen."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .data import IndikatorData, JabatanData, KecamatanData, KeputusanData, PeriodeData, SasaranData
from .errors import DataTidakDitemukan, InputTidakValid
from .format_dokumen import IKU_BAKU, isi
from .format_matriks import MATRIKS_BAKU, FormatMatriks, matriks_dari_json
from .tanggal import teks_tanggal

if TYPE_CHECKING:
    from .laporan_capaian import CetakCapaian

_CAPAIAN = ("BarisCapaian", "BagianCapaian", "CetakCapaian")  # in .laporan_capaian, importable from here too


def __getattr__(name: str):
    """The capaian report's classes, made when first asked for (a decree's print needs none)."""
    if name in _CAPAIAN:
        from . import laporan_capaian

        return getattr(laporan_capaian, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Penandatangan:
    """The signature block: a snapshot taken from the decree, never from today's holder."""

    awalan: str  # "", "Plt.", "Plh.", "a.n."
    jabatan: str  # "CAMAT BELAWANG,"
    jabatan2: str  # after "a.n.": "Sekretaris Kecamatan,"
    nama: str
    nip: str | None
    pangkat: str | None

    @classmethod
    def dari_keputusan(cls, k: KeputusanData) -> "Penandatangan":
        return cls(k.ttd_awalan, k.ttd_jabatan, k.ttd_jabatan2, k.ttd_nama, k.ttd_nip, k.ttd_pangkat)


@dataclass(frozen=True)
class HalamanLampiran:
    kepala: str  # "Lampiran V. SK Keputusan Camat Karang Jaya Kabupaten Tanah Laut"
    jabatan: JabatanData
    nilai: tuple[tuple[str, str], ...] = ()  # the values of the format's fields ({nomor}…) on this page

    def isi(self, templat: str) -> str:
        """A line of the decree's format filled in for this page."""
        return isi(templat, dict(self.nilai))


@dataclass(frozen=True)
class CetakLampiran:
    kecamatan: KecamatanData
    keputusan: KeputusanData
    halaman: tuple[HalamanLampiran, ...]
    ttd: Penandatangan


@dataclass(frozen=True)
class BarisMatriks:
    sasaran: SasaranData
    indikator: tuple[IndikatorData, ...]


@dataclass(frozen=True)
class CetakMatriks:
    kecamatan: KecamatanData
    periode: PeriodeData
    baris: tuple[BarisMatriks, ...]
    tanggal: _dt.date | None
    ttd: Penandatangan | None
    format: FormatMatriks = MATRIKS_BAKU
    tanggal_teks: str = ""  # the date as the office spells it ("01 Nopember 2021")

    def isi(self, templat: str) -> str:
        """A line of the matrix's format filled in (app.models.format_matriks.PENANDA_MATRIKS)."""
        p, kec = self.periode, self.kecamatan
        values = {"judul": p.matriks_judul or "INDIKATOR KINERJA ESELON IV",
                  "tahun": p.matriks_tahun or f"TAHUN {p.tahun_awal}-{p.tahun_akhir}",
                  "tahun_awal": str(p.tahun_awal), "tahun_akhir": str(p.tahun_akhir), "tempat": kec.tempat,
                  "tanggal": teks_tanggal(self.tanggal, self.tanggal_teks), "kecamatan": kec.nama,
                  "KECAMATAN": kec.nama.upper(), "kabupaten": kec.kabupaten, "KABUPATEN": kec.kabupaten.upper()}
        return isi(templat, values)

    def tempat_tanggal(self) -> str | None:
        """The place-and-date line above the signer (None: none; none either when the
        line needs a date and the matrix has none)."""
        templat = self.format.tempat_tanggal
        if not templat or (not self.tanggal and "{tanggal}" in templat):
            return None
        return self.isi(templat).strip(" ,") or None


@dataclass(frozen=True)
class CetakSK:
    """The whole decree: every lampiran in number order (I, II, III…), then the matrix."""

    lampiran: CetakLampiran
    matriks: CetakMatriks


def _keputusan(store, periode_id: int | None = None, keputusan_id: int | None = None) -> KeputusanData:
    decrees = store.keputusan_list(periode_id)
    if keputusan_id is not None:
        decrees = [k for k in decrees if k.id == keputusan_id]
    if not decrees:
        which = "ini"
        if periode_id is not None:
            p = store.periode(periode_id)
            which = f"«{p.nama}» ({p.tahun_awal}–{p.tahun_akhir})"
        raise DataTidakDitemukan(f"Belum ada Keputusan Camat untuk periode {which}: isi dulu di «Keputusan dan matriks» "
                                 "atau impor dokumennya (kinerja import), atau pilih periode lain (--periode).")
    return decrees[-1]


def _periode_terakhir(store) -> PeriodeData:
    """The period printed when none is named: the newest that holds data."""
    pid = store.periode_pembuka()
    if pid is None:
        raise DataTidakDitemukan("Basis data ini belum punya periode.")
    return store.periode(pid)


def _daftar_periode(periods: list[PeriodeData]) -> str:
    return ", ".join(f"«{p.nama}» ({p.tahun_awal}–{p.tahun_akhir})" for p in periods) or "(belum ada)"


def periode_cetak(store, teks: str | None = None, tahun: int | None = None) -> tuple[PeriodeData, bool]:
    """The period a printout is for, and whether it was chosen by default. ``teks``: the
    period's name or its years ("2021-2026"); None: the newest period that holds data
    (with ``tahun``: the newest holding data among those that contain that year)."""
    periods = store.periode_list()
    if teks is not None:
        wanted = " ".join(teks.split()).casefold()
        found = [p for p in periods if " ".join(p.nama.split()).casefold() == wanted]
        if not found:
            from .periode_ops import baca_periode  # here: it brings the store's writes (a short print reads only)

            try:
                years = baca_periode(teks)
            except InputTidakValid:
                years = None
            found = [p for p in periods if (p.tahun_awal, p.tahun_akhir) == years]
        if len(found) != 1:
            what = "tidak ada" if not found else "ada lebih dari satu; sebut namanya"
            raise InputTidakValid(f"Periode «{teks}» {what}. Periode di basis data ini: {_daftar_periode(periods)}.")
        return found[0], False
    if tahun is None:
        return _periode_terakhir(store), True
    within = [p for p in periods if tahun in p.tahun]
    if not within:
        raise InputTidakValid(f"Tahun {tahun} tidak termasuk periode mana pun di basis data ini. "
                              f"Periode yang ada: {_daftar_periode(periods)}.")
    berisi = store.periode_berisi()
    return next((p for p in reversed(within) if p.id in berisi), within[-1]), True


def nilai_templat(kec: KecamatanData, k: KeputusanData, nomor: str = "",
                  jabatan: JabatanData | None = None) -> tuple[tuple[str, str], ...]:
    """The values of the fields of a format (app.models.format_dokumen.PENANDA)."""
    holder = jabatan.pemegang.nama if jabatan is not None and jabatan.pemegang else ""
    name = jabatan.nama if jabatan is not None else ""
    return (("nomor", k.nomor), ("tahun", str(k.tahun)), ("tanggal", k.tanggal_cetak), ("lampiran", nomor),
            ("sebutan", k.sebutan), ("tempat", kec.tempat), ("kecamatan", kec.nama), ("KECAMATAN", kec.nama.upper()),
            ("kabupaten", kec.kabupaten), ("KABUPATEN", kec.kabupaten.upper()), ("jabatan", name),
            ("JABATAN", name.upper()), ("pemegang", holder))


def kepala_lampiran(nomor: str, kepala: str | None, keputusan: KeputusanData,
                    nilai: tuple[tuple[str, str], ...] = ()) -> str:
    """The lampiran's heading: its own when typed, else the format's («LAMPIRAN» alone
    allowed). A heading of its own that is only the text the standard preset makes (as the
    sample and older files store it) follows the format."""
    values = dict(nilai) or {"lampiran": nomor, "sebutan": keputusan.sebutan}
    if kepala and kepala != isi(IKU_BAKU.kepala, values).strip():
        return kepala
    return isi(keputusan.format.kepala, values).strip()


def data_lampiran(store, periode_id: int | None = None, jabatan: str | None = None,
                  keputusan_id: int | None = None) -> CetakLampiran:
    """The lampiran of the period's decree, in their printed order; ``jabatan`` (a name,
    case and spacing ignored) keeps only that one."""
    periode = store.periode(periode_id) if periode_id else _periode_terakhir(store)
    k = _keputusan(store, periode.id, keputusan_id)
    pages = list(k.lampiran)
    if jabatan is not None:
        wanted = " ".join(jabatan.split()).casefold()
        all_jab = {j.id: j.nama for j in store.jabatan_list()}
        pages = [lp for lp in pages if " ".join(all_jab.get(lp.jabatan_id, "").split()).casefold() == wanted]
        if not pages:
            names = ", ".join(f"«{all_jab[lp.jabatan_id]}»" for lp in k.lampiran if lp.jabatan_id in all_jab)
            raise InputTidakValid(f"Tidak ada lampiran untuk jabatan «{jabatan}». Yang ada: {names}.")
    by_id = {j.id: j for j in store.jabatan_many([lp.jabatan_id for lp in pages], periode.id, realisasi=False)}
    kec = store.kecamatan()
    halaman = []
    for lp in pages:
        if lp.jabatan_id in by_id:
            nilai = nilai_templat(kec, k, lp.nomor, by_id[lp.jabatan_id])
            halaman.append(HalamanLampiran(kepala_lampiran(lp.nomor, lp.kepala, k, nilai), by_id[lp.jabatan_id], nilai))
    return CetakLampiran(kec, k, tuple(halaman), Penandatangan.dari_keputusan(k))


_ROMAWI = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def urutan_nomor(nomor: str) -> tuple[int, int | str]:
    """The sort key of a lampiran number: a Roman ("IV") or Arabic ("4") numeral by its
    value; anything else ("A", "") after them, by its text."""
    t = (nomor or "").strip().rstrip(".").upper()
    if t.isdigit():
        return 0, int(t)
    if t and all(c in _ROMAWI for c in t):
        values = [_ROMAWI[c] for c in t]
        return 0, sum(-x if i + 1 < len(values) and x < values[i + 1] else x for i, x in enumerate(values))
    return 1, t


def data_sk(store, periode_id: int | None = None) -> CetakSK:
    """The whole decree of the period: its lampiran sorted by number, then the matrix."""
    lamp = data_lampiran(store, periode_id)
    nomor = {lp.jabatan_id: lp.nomor for lp in lamp.keputusan.lampiran}
    pages = sorted(lamp.halaman, key=lambda h: urutan_nomor(nomor.get(h.jabatan.id, "")))
    return CetakSK(CetakLampiran(lamp.kecamatan, lamp.keputusan, tuple(pages), lamp.ttd),
                   data_matriks(store, lamp.keputusan.periode_id))


def data_matriks(store, periode_id: int | None = None) -> CetakMatriks:
    """The Eselon IV matrix: the objectives in the matrix's own order, each with its
    indicators that are printed in the matrix."""
    periode = store.periode(periode_id) if periode_id else _periode_terakhir(store)
    rows = []
    for j in store.jabatan_all(periode.id, realisasi=False):
        for s in j.sasaran:
            inds = tuple(i for i in s.indikator if i.di_matriks)
            if inds:
                rows.append(BarisMatriks(s, inds))
    rows.sort(key=lambda r: (r.sasaran.urutan_matriks is None, r.sasaran.urutan_matriks or 0))
    try:
        k = _keputusan(store, periode.id)
        ttd = Penandatangan.dari_keputusan(k)
    except DataTidakDitemukan:
        k, ttd = None, None
    # its own date in its own spelling, else the decree's in the decree's
    tanggal, teks = ((periode.matriks_tanggal, periode.matriks_tanggal_teks) if periode.matriks_tanggal
                     else (k.tanggal, k.tanggal_teks) if k else (None, ""))
    fmt = matriks_dari_json(periode.matriks_format)
    if not fmt.tanda_tangan:  # a matrix signed by no one (the source's has no signer under it)
        ttd = None
    return CetakMatriks(store.kecamatan(), periode, tuple(rows), tanggal, ttd, fmt, teks)


def data_capaian(store, tahun: int, triwulan: int = 4, periode_id: int | None = None,
                 tanggal: _dt.date | None = None) -> CetakCapaian:
    """Capaian of every indicator of every jabatan for a year, up to a quarter."""
    from .capaian import hitung
    from .display import rumus_negatif
    from .laporan_capaian import BagianCapaian, BarisCapaian, CetakCapaian

    if triwulan not in (1, 2, 3, 4):
        raise InputTidakValid("Triwulan harus 1, 2, 3 atau 4.")
    periode = store.periode(periode_id) if periode_id else periode_cetak(store, tahun=tahun)[0]
    if tahun not in periode.tahun:
        raise InputTidakValid(f"Tahun {tahun} di luar periode {periode.nama}.")
    bands = store.kategori()
    aturan = store.pengaturan("aturan_negatif", "permenpan")
    bagian = []
    quarters = store.target_triwulan(tahun)  # the rencana aksi: a quarter against its own target
    for j in store.jabatan_all(periode.id, tahun):
        rows = tuple(BarisCapaian(s, i, hitung(i, tahun, bands, aturan, triwulan, quarters.get(i.id)))
                     for s in j.sasaran for i in s.indikator)
        if rows:
            bagian.append(BagianCapaian(j, rows))
    try:
        ttd = Penandatangan.dari_keputusan(_keputusan(store, periode.id))
    except DataTidakDitemukan:
        ttd = None
    return CetakCapaian(store.kecamatan(), periode, tahun, triwulan, tuple(bagian), bands, aturan,
                       rumus_negatif(aturan), ttd, tanggal or _dt.date.today())
