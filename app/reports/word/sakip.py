"""The documents of the SAKIP year in Word, as their PDFs (:mod:`app.reports.pk`,
:mod:`app.reports.pengukuran`, :mod:`app.reports.lkjip`): the Perjanjian Kinerja (statement
page, then its lampiran, each closed by the two signature blocks; F4 portrait by default),
and the tables of chapter III of the LKjIP (the rencana aksi and the measurement:
:mod:`app.reports.word.aksi`). Nothing is computed
here: the figures come whole in the dataclasses (:mod:`app.models.sakip_data`)."""

from __future__ import annotations

from typing import Sequence

from ...models import display
from ...models.angka import TIDAK_TERHITUNG, format_persen
from ...models.errors import KinerjaError
from ...models.rules import format_angka
from ...models.sakip import RUMUS_EFISIENSI, RUMUS_SERAPAN
from ...models.sakip_data import LkjipBab3, PerjanjianKinerja, Pihak
from ..common import Options
from ..lkjip import _capaian_renstra, _efisiensi, _tahun_lalu
from ..pk import OPSI_PK, teks_target
from .dasar import HEADER_FILL, PAGE_BREAK, Buku, Sel, para, run, tabel
from .ttd import ttd_berdampingan


def _judul(buku: Buku, lines: list[str]) -> None:
    buku.add(*(para(run(t, bold=True, size=buku.size + 3.5), "center", keep_next=True) for t in lines))
    buku.add(para("", after=buku.size * 1.2))


def _head(texts, span: dict[int, int] | None = None) -> list[Sel]:
    return [Sel([para(run(t, bold=True), "center")], fill=HEADER_FILL, center=True, span=(span or {}).get(n, 1))
            for n, t in enumerate(texts)]


def _p(text: str, align: str = "left", bold: bool = False) -> Sel:
    return Sel([para(run(text, bold), align)])


def _merge(k: int, n: int) -> str | None:
    return None if n == 1 else ("restart" if k == 0 else "continue")


# ----------------------------------------------------------------------------- Perjanjian Kinerja

def _pihak(buku: Buku, p: Pihak, penutup: str) -> None:
    rows = [[_p("Nama"), _p(":"), _p(p.nama)], [_p("Jabatan"), _p(":"), _p(p.jabatan_pernyataan)]]
    buku.add(tabel([22, 4, buku.width_mm - 36], [], rows, grid=False),
             para(run(penutup), after=buku.size * 0.35 + 6))


def _ttd_pk(buku: Buku, pk: PerjanjianKinerja) -> None:
    ttd_berdampingan(buku, pk.pihak_kedua.penandatangan(), pk.pihak_pertama.penandatangan(), buku.width_mm,
                     pk.tempat_tanggal, "PIHAK KEDUA,", "PIHAK PERTAMA,")


def _tabel_sasaran(buku: Buku, pk: PerjanjianKinerja) -> str:
    widths = [buku.width_mm * c for c in (0.06, 0.36, 0.40, 0.18)]
    rows = []
    for n, s in enumerate(pk.sasaran, start=1):
        inds = s.indikator or (None,)
        for k, i in enumerate(inds):
            m = _merge(k, len(inds))
            rows.append([Sel([para(run(str(n)), "center")] if k == 0 else [], vmerge=m),
                         Sel([para(run(s.nama))] if k == 0 else [], vmerge=m),
                         _p(f"{i.nomor} {i.nama}".strip()) if i else Sel(),
                         _p(teks_target(i.target, i.target_teks, i.satuan), "center") if i else Sel()])
    if not rows:
        rows.append([Sel(), _p(f"Belum ada sasaran untuk tahun {pk.tahun}."), Sel(), Sel()])
    return tabel(widths, [_head(("NO", pk.judul_sasaran, "INDIKATOR KINERJA", "TARGET"))], rows)


def _rupiah(nilai) -> str:
    return f"Rp {format_angka(nilai, desimal=2)}" if nilai is not None else ""


def _tabel_anggaran(buku: Buku, pk: PerjanjianKinerja) -> str:
    widths = [buku.width_mm * c for c in (0.06, 0.34, 0.38, 0.22)]
    rows = []  # as the PDF (app.reports.pk.tabel_anggaran): each program with its figure, its kegiatan below
    for n, prog in enumerate(pk.program, start=1):
        rows.append([_p(str(n), "center"), _p(f"{prog.kode} {prog.nama}".strip()), Sel(),
                     _p(_rupiah(prog.jumlah), "right")])
        rows += [[Sel(), Sel(), _p(f"{keg.kode} {keg.nama}".strip()), _p(_rupiah(keg.anggaran), "right")]
                 for keg in prog.kegiatan]
    total = pk.jumlah_anggaran
    rows.append([Sel(), Sel([para(run("JUMLAH", bold=True))], span=2),
                 _p(f"Rp {format_angka(total, desimal=2)}" if total is not None else "", "right")])
    return tabel(widths, [_head(("NO", "PROGRAM", "KEGIATAN", "ANGGARAN"))], rows)


def docx_pk(data: PerjanjianKinerja | Sequence[PerjanjianKinerja], options: Options = OPSI_PK) -> bytes:
    """Each PK (one, or a list: every jabatan's, as ``print pk`` gathers them) from a new page:
    the statement page, then the lampiran (sasaran, then program/kegiatan/anggaran)."""
    semua = [data] if isinstance(data, PerjanjianKinerja) else list(data)
    if not semua:
        raise KinerjaError("Tidak ada Perjanjian Kinerja untuk disimpan.")
    first = semua[0]
    buku = Buku(options, f"{first.judul} — {first.jabatan}" if len(semua) == 1 else first.judul,
                "Perjanjian Kinerja", first.pihak_pertama.nama)
    for n, pk in enumerate(semua):
        if n:
            buku.add(PAGE_BREAK)
        _satu_pk(buku, pk)
    return buku.simpan()


def _satu_pk(buku: Buku, data: PerjanjianKinerja) -> None:
    _judul(buku, [data.judul, data.instansi.upper()])
    buku.add(para(run(data.pembuka), after=buku.size * 0.35 + 6))
    _pihak(buku, data.pihak_pertama, "selanjutnya disebut PIHAK PERTAMA.")
    _pihak(buku, data.pihak_kedua, "selaku atasan langsung PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.")
    buku.add(*(para(run(k), after=buku.size * 0.35) for k in data.komitmen))
    _ttd_pk(buku, data)
    buku.add(PAGE_BREAK)
    _judul(buku, [data.judul, data.jabatan.upper(), data.instansi.upper()])
    buku.add(_tabel_sasaran(buku, data))
    if data.program:
        buku.add(para("", after=buku.size), _tabel_anggaran(buku, data))
    _ttd_pk(buku, data)


# ----------------------------------------------------------------------------- LKjIP chapter III

def _tabel_iku(buku: Buku, data: LkjipBab3) -> str:
    years = data.tahun_pembanding
    fixed, renstra = [0.035, 0.14, 0.18, 0.055, 0.07, 0.08, 0.07, 0.08], [0.07, 0.07]
    year_w = (1 - sum(fixed) - sum(renstra)) / max(1, len(years))
    widths = [buku.width_mm * w for w in fixed + [year_w] * len(years) + renstra]
    top = [Sel([para(run(t, bold=True), "center")], vmerge="restart", fill=HEADER_FILL, center=True)
           for t in ("NO", "SASARAN", "INDIKATOR KINERJA UTAMA", "SATUAN")]
    top += _head([f"TAHUN {data.tahun}"], {0: 4})
    top += _head(["REALISASI (CAPAIAN) TAHUN SEBELUMNYA"], {0: len(years)}) if years else []
    top += _head([f"RENSTRA (AKHIR {data.tahun_renstra})"], {0: 2})
    sub = [Sel(vmerge="continue", fill=HEADER_FILL) for _ in range(4)]
    sub += _head(("TARGET", "REALISASI", "CAPAIAN", "KATEGORI")) + _head([str(y) for y in years])
    sub += _head(("TARGET", "CAPAIAN"))
    rows = []
    for n, b in enumerate(data.iku, start=1):
        lalu = {c.tahun: c for c in b.tahun_lalu}
        c = b.hasil
        cells = [_p(str(n)), _p(b.sasaran), _p(display.label_indikator(b.nomor, b.indikator)), _p(b.satuan),
                 _p(format_angka(c.target), "right"), _p(display.teks_realisasi(c), "right"),
                 _p(display.teks_capaian(c), "right"), _p(display.teks_kategori(c))]
        cells += [_p(_tahun_lalu(lalu.get(y)), "right") for y in years]
        cells += [_p(format_angka(b.target_renstra), "right"), _p(_capaian_renstra(b), "right")]
        rows.append(cells)
    return tabel(widths, [top, sub], rows)


def _tabel_anggaran_lkjip(buku: Buku, data: LkjipBab3) -> str:
    widths = [buku.width_mm * w for w in (0.035, 0.075, 0.245, 0.13, 0.13, 0.08, 0.09, 0.09, 0.125)]
    heads = ("NO", "KODE", "PROGRAM", "PAGU (Rp)", "REALISASI (Rp)", "SERAPAN", "CAPAIAN KINERJA",
             "EFISIENSI (POIN)", "KATEGORI EFISIENSI")
    rows = [[_p(str(n)), _p(b.kode), _p(b.program), _p(format_angka(b.pagu, desimal=2), "right"),
             _p(format_angka(b.realisasi, desimal=2), "right"),
             _p(format_persen(b.serapan) if b.pagu is not None or b.realisasi is not None else "", "right"),
             _p(format_persen(b.capaian_kinerja, kosong=""), "right"), _p(_efisiensi(b.efisiensi, b), "right"),
             _p(b.kategori_efisiensi)] for n, b in enumerate(data.anggaran, start=1)]
    rows.append([Sel(), Sel(), _p("JUMLAH", bold=True), _p(format_angka(data.jumlah_pagu, desimal=2), "right"),
                 _p(format_angka(data.jumlah_realisasi, desimal=2), "right"),
                 _p(format_persen(data.serapan_total) if data.anggaran else "", "right"), Sel(), Sel(), Sel()])
    return tabel(widths, [_head(heads)], rows)


def docx_lkjip(data: LkjipBab3, options: Options = Options()) -> bytes:
    buku = Buku(options, f"LKjIP {data.instansi} Tahun {data.tahun}: Bab III", "Akuntabilitas Kinerja")
    small = buku.size - 1
    _judul(buku, ["BAB III", "AKUNTABILITAS KINERJA", f"{data.instansi.upper()} TAHUN {data.tahun}"])
    buku.add(para(run(f"3.1 Capaian Kinerja Tahun {data.tahun}", bold=True), after=4, keep_next=True))
    buku.add(_tabel_iku(buku, data) if data.iku else para(run("Belum ada indikator kinerja utama.")))
    if data.cara_perhitungan:
        buku.add(para([run("Cara perhitungan.", bold=True, size=small), run(" " + data.cara_perhitungan, size=small)]))
    buku.add(para(run(f"3.2 Realisasi Anggaran Tahun {data.tahun}", bold=True), before=14, after=4, keep_next=True),
             _tabel_anggaran_lkjip(buku, data),
             para(run(f"Serapan = {RUMUS_SERAPAN}; pagu 0 atau kosong: {TIDAK_TERHITUNG}. "
                      f"Efisiensi = {RUMUS_EFISIENSI}.", size=small)))
    return buku.simpan()
