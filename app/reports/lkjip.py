"""The tables of chapter III of the LKjIP (Akuntabilitas Kinerja) for a year: 3.1 the capaian
of each IKU — target, realisasi, capaian and band of the year, the realisasi of the earlier
years, the Renstra's final-year target and the capaian against it — and 3.2 the budget per
program — pagu, realisasi, serapan, the capaian kinerja beside it, the efficiency and its
category — with the totals and the rules stated under each table. Landscape by default.
Figures come computed (:mod:`app.models.sakip_data`, :mod:`app.models.sakip`)."""

from __future__ import annotations

from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer

from ..models import display
from ..models.angka import TIDAK_TERHITUNG, format_persen
from ..models.rules import format_angka
from ..models.sakip import RUMUS_EFISIENSI, RUMUS_SERAPAN
from ..models.sakip_data import LkjipBab3
from .common import HEADER_BG, Document, Options, P, Para, Styles, cell, esc
from .paged import GRID, Layout, PagedTable, Row
from .tabel_cepat import ParaBerulang

def _head_style(rows: int) -> list:
    """The shading of the header rows only (a header style is in the whole table's
    coordinates: (-1, -1) would shade every data row too)."""
    return [("BACKGROUND", (0, 0), (-1, rows - 1), HEADER_BG), ("VALIGN", (0, 0), (-1, rows - 1), "MIDDLE")]


def _rp(value) -> str:
    return format_angka(value, desimal=2)


def _persen(value) -> str:
    return format_persen(value, kosong="")


def tabel_iku(data: LkjipBab3, st: Styles, width: float, frame_height: float) -> PagedTable:
    years = data.tahun_pembanding
    fixed = [0.035, 0.11, 0.14, 0.057, 0.06, 0.07, 0.065, 0.07]
    renstra = [0.06, 0.065]
    room = 1 - sum(fixed) - sum(renstra)  # the earlier years' share: "222,27 (292,46 %)" in each
    year_w = min(0.08, room / max(1, len(years)))
    fixed[2] += room - year_w * len(years)  # what they leave goes to the indicator's name
    widths = [width * w for w in fixed] + [width * year_w] * len(years) + [width * w for w in renstra]
    h = st.head
    n_years, first_year, first_renstra = len(years), len(fixed), len(fixed) + len(years)
    top = [Para(t, h) for t in ("NO", "SASARAN", "INDIKATOR KINERJA UTAMA", "SATUAN")]
    top += [Para(f"TAHUN {data.tahun}", h), "", "", ""]
    top += [Para("REALISASI (CAPAIAN) TAHUN SEBELUMNYA", h)] + [""] * (n_years - 1) if years else []
    top += [Para(f"RENSTRA (AKHIR {data.tahun_renstra})", h), ""]
    sub = ["", "", "", ""] + [Para(t, h) for t in ("TARGET", "REALISASI", "CAPAIAN", "KATEGORI")]
    sub += [Para(str(y), h) for y in years] + [Para(t, h) for t in ("TARGET", "CAPAIAN")]
    header_style = [*(("SPAN", (c, 0), (c, 1)) for c in range(4)), ("SPAN", (4, 0), (7, 0)),
                    ("SPAN", (first_renstra, 0), (first_renstra + 1, 0)), *_head_style(2),
                    ("LINEBELOW", (4, 0), (-1, 0), 0.5, GRID), ("LINEBELOW", (0, 1), (-1, 1), 0.6, GRID)]
    if years:
        header_style.append(("SPAN", (first_year, 0), (first_renstra - 1, 0)))
    rows = []
    sama = _Sama(st, widths)
    for n, b in enumerate(data.iku, start=1):
        lalu = {c.tahun: c for c in b.tahun_lalu}
        c = b.hasil
        figures = [format_angka(c.target), display.teks_realisasi(c), display.teks_capaian(c)]
        figures += [_tahun_lalu(lalu.get(y)) for y in years]
        figures += [format_angka(b.target_renstra), _capaian_renstra(b)]
        cells = [str(n), sama.para(b.sasaran), P(display.label_indikator(b.nomor, b.indikator), st.body),
                 sama.cell(b.satuan, 3)] + [_angka(v, widths[4 + k] - 6, st) for k, v in enumerate(figures[:3])]
        cells.insert(7, sama.cell(display.teks_kategori(c), 7))
        cells += [_angka(v, widths[first_year + k] - 6, st) for k, v in enumerate(figures[3:])]
        rows.append(Row(cells))
    layout = Layout(widths, st.size, st.body.leading, style=(("ALIGN", (4, 0), (6, -1), "RIGHT"),
                                                             ("ALIGN", (first_year, 0), (-1, -1), "RIGHT")))
    return PagedTable(layout, rows, frame_height, [top, sub], header_style)


class _Sama:
    """The cells whose text repeats from row to row (the sasaran, the unit, the category):
    one paragraph per text, shared by its rows, is parsed and broken into lines once."""

    def __init__(self, st: Styles, widths: list[float]):
        self.st, self.widths, self.memo = st, widths, {}

    def para(self, text: str):
        key = (text, None)
        if key not in self.memo:
            self.memo[key] = ParaBerulang(esc(text), self.st.body)
        return self.memo[key]

    def cell(self, text: str, col: int):
        key = (text, col)
        if key not in self.memo:
            v = cell(text, self.st.body, self.widths[col])
            self.memo[key] = v if isinstance(v, str) else ParaBerulang(esc(text), self.st.body)
        return self.memo[key]


def _angka(text: str, room: float, st: Styles):
    """A figure as a plain string when each of its lines fits ``room`` (surely, by its
    length, else measured), else a right-aligned paragraph that wraps: never over the next
    column (a capaian of 1.234,56 %, a target of 999.999.999.999.999)."""
    lines = text.split("\n")
    if max(len(t) for t in lines) * st.size * 0.6 <= room:
        return text
    if max(stringWidth(t, st.body.fontName, st.size) for t in lines) <= room:
        return text
    return P(text, st.right)


def _tahun_lalu(c) -> str:
    """An earlier year: its realisasi, and its capaian under it in brackets."""
    if c is None or c.realisasi is None:
        return ""
    return format_angka(c.realisasi) + ("" if c.capaian is None else f"\n({format_persen(c.capaian)})")


def _capaian_renstra(b) -> str:
    if b.capaian_renstra is not None:
        return format_persen(b.capaian_renstra)
    return TIDAK_TERHITUNG if b.hasil.realisasi is not None and b.target_renstra is not None else ""


def tabel_anggaran(data: LkjipBab3, st: Styles, width: float, frame_height: float) -> PagedTable:
    widths = [width * w for w in (0.035, 0.075, 0.245, 0.13, 0.13, 0.08, 0.09, 0.09, 0.125)]
    heads = ("NO", "KODE", "PROGRAM", "PAGU (Rp)", "REALISASI (Rp)", "SERAPAN", "CAPAIAN KINERJA",
             "EFISIENSI (POIN)", "KATEGORI EFISIENSI")
    rows = [Row([str(n), cell(b.kode, st.body, widths[1]), P(b.program, st.body), _rp(b.pagu), _rp(b.realisasi),
                 format_persen(b.serapan) if b.pagu is not None or b.realisasi is not None else "",
                 _persen(b.capaian_kinerja), _efisiensi(b.efisiensi, b), cell(b.kategori_efisiensi, st.body, widths[8])])
            for n, b in enumerate(data.anggaran, start=1)]
    rows.append(Row(["", "", P("JUMLAH", st.bold), _rp(data.jumlah_pagu), _rp(data.jumlah_realisasi),
                     format_persen(data.serapan_total) if data.anggaran else "", "", "", ""]))
    layout = Layout(widths, st.size, st.body.leading, style=(("ALIGN", (3, 0), (7, -1), "RIGHT"),))
    return PagedTable(layout, rows, frame_height, [[Para(t, st.head) for t in heads]],
                      [*_head_style(1), ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID)])


def _efisiensi(value, b) -> str:
    if value is None:
        return TIDAK_TERHITUNG if b.kategori_efisiensi == TIDAK_TERHITUNG else ""
    return format_angka(value, desimal=2)


def build_lkjip(out: str | BinaryIO, data: LkjipBab3, options: Options = Options(),
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> int:
    """Write the chapter III tables to ``out``; returns the page count."""
    st = Styles(options.font_size)
    doc = Document(out, options, title=f"LKjIP {data.instansi} Tahun {data.tahun}: Bab III",
                   subject="Akuntabilitas Kinerja", progress=progress, cancelled=cancelled)
    w, fh = doc.width, doc.frame_height
    story: list = [
        P("BAB III", st.title), P("AKUNTABILITAS KINERJA", st.title),
        P(f"{data.instansi.upper()} TAHUN {data.tahun}", st.title), Spacer(1, 5 * mm),
        P(f"3.1 Capaian Kinerja Tahun {data.tahun}", st.bold), Spacer(1, 2 * mm),
    ]
    story += [tabel_iku(data, st, w, fh) if data.iku else P("Belum ada indikator kinerja utama.", st.body)]
    if data.cara_perhitungan:
        story += [Spacer(1, 1.5 * mm), Paragraph(f"<b>Cara perhitungan.</b> {esc(data.cara_perhitungan)}", st.small)]
    story += [Spacer(1, 6 * mm), P(f"3.2 Realisasi Anggaran Tahun {data.tahun}", st.bold), Spacer(1, 2 * mm),
              tabel_anggaran(data, st, w, fh), Spacer(1, 1.5 * mm),
              P(f"Serapan = {RUMUS_SERAPAN}; pagu 0 atau kosong: {TIDAK_TERHITUNG}. "
                f"Efisiensi = {RUMUS_EFISIENSI}.", st.small)]
    doc.build_story(story)
    return doc.page
