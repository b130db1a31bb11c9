"""The capaian report for a year (up to a quarter): per jabatan, each indicator's target,
realisasi, capaian and band, a chart of capaian per indicator, and the rules used
(negative polarity included) stated on every page. Numbers come computed from the core."""

from __future__ import annotations

from typing import BinaryIO, Callable

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from ..models import display
from ..models.laporan_capaian import CetakCapaian
from ..models.rules import format_angka
from .common import FONT, HEADER_BG, Document, Options, P, Styles, cell, esc, signature_block, tempat_tanggal
from .paged import GRID, Layout, PagedTable, Row

HEADERS = ("NO", "SASARAN", "INDIKATOR", "SATUAN", "TARGET", "REALISASI", "CAPAIAN", "KATEGORI")
COLS = (0.04, 0.21, 0.29, 0.07, 0.08, 0.09, 0.09, 0.13)
CHART_CHUNK = 24  # indicators per chart drawing (a drawing cannot split across pages)


def _light(hex_colour: str) -> colors.Color:
    return colors.Color(*display.warna_muda(hex_colour))


def _table(rows_data, st: Styles, width: float, frame_height: float) -> PagedTable:
    widths = [width * w for w in COLS]
    rows: list[Row] = []
    for n, r in enumerate(rows_data, start=1):
        c = r.capaian
        first = n == 1 or r.sasaran.id != rows_data[n - 2].sasaran.id
        last = n == len(rows_data) or r.sasaran.id != rows_data[n].sasaran.id
        # the NO column numbers every indicator: its rule is drawn under every row
        style = [] if last else [("LINEBELOW", (0, 0), (0, 0), 0.5, GRID)]
        if c.band is not None:
            style.append(("BACKGROUND", (6, 0), (7, 0), _light(c.band.warna)))
        rows.append(Row([
            str(n), P(r.sasaran.nama, st.body) if first else "",
            P(display.label_indikator(r.indikator.nomor, r.indikator.nama), st.body),
            cell(r.indikator.satuan, st.body, widths[3]), cell(display.teks_target(r.indikator.target_tahun(c.tahun)), st.right, widths[4]),
            cell(display.teks_realisasi(c), st.right, widths[5]), cell(display.teks_capaian(c), st.right, widths[6]),
            cell(display.teks_kategori(c), st.body, widths[7]),
        ], line_from=0 if last else 2, style=style))
    header_style = [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID)]
    layout = Layout(widths, st.size, st.body.leading, style=(("ALIGN", (4, 0), (6, -1), "RIGHT"),))
    return PagedTable(layout, rows, frame_height, [[Paragraph(h, st.head) for h in HEADERS]], header_style)


def _charts(rows_data, width: float) -> list:
    out = []
    for start in range(0, len(rows_data), CHART_CHUNK):
        chunk = rows_data[start:start + CHART_CHUNK]
        bar_h = 13
        label_w = min(width * 0.42, 230)
        h = bar_h * len(chunk) + 46
        d = Drawing(width, h)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_w, 26
        chart.width, chart.height = width - label_w - 30, bar_h * len(chunk)
        values = [float(r.capaian.capaian) if r.capaian.capaian is not None else 0.0 for r in chunk]
        chart.data = [list(reversed(values))]
        chart.categoryAxis.categoryNames = list(reversed(
            [f"{start + n}. {display.pendek(r.indikator.nama, 46)}" for n, r in enumerate(chunk, start=1)]))
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 6.5
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(100.0, max(values + [0.0]) * 1.1)
        chart.valueAxis.valueStep = 20 if chart.valueAxis.valueMax <= 160 else 50
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7
        chart.bars.strokeWidth = 0.3
        for i, r in enumerate(reversed(chunk)):
            band = r.capaian.band
            chart.bars[(0, i)].fillColor = colors.HexColor(band.warna) if band else colors.Color(0.7, 0.7, 0.7)
        d.add(chart)
        d.add(String(chart.x + chart.width / 2, 6, "Capaian (%)", fontName=FONT, fontSize=7, textAnchor="middle"))
        out.append(d)
    return out


def build_capaian(out: str | BinaryIO, data: CetakCapaian, options: Options = Options(),
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
    st = Styles(options.font_size)
    kec = data.kecamatan
    sampai = display.sampai_triwulan(data.triwulan)
    title = f"Laporan Capaian Kinerja Kecamatan {kec.nama} Tahun {data.tahun} {sampai}"
    doc = Document(out, options, title=title, subject="Capaian indikator kinerja", progress=progress,
                   cancelled=cancelled, author=data.ttd.nama if data.ttd else "")
    rule = display.cara_perhitungan(data.aturan_negatif)

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 6.5)
        canvas.drawString(document.leftMargin, 8 * mm, f"{data.rumus_negatif}. {display.CATATAN_TIDAK_TERHITUNG} "
                          f"Kecamatan {kec.nama}, tahun {data.tahun} {sampai}.")
        canvas.drawRightString(document.pagesize[0] - document.rightMargin, 8 * mm, f"Halaman {canvas.getPageNumber()}")
        canvas.restoreState()

    bands = ", ".join(f"{b.nama} ≥ {format_angka(b.batas_bawah)} %" if b.batas_bawah is not None else f"{b.nama} di bawahnya"
                      for b in data.bands)
    story: list = [
        P("LAPORAN CAPAIAN INDIKATOR KINERJA", st.title),
        P(f"KECAMATAN {kec.nama.upper()} KABUPATEN {kec.kabupaten.upper()}", st.title),
        P(f"TAHUN {data.tahun} {sampai.upper()}", st.title),
        Spacer(1, 4 * mm),
        Paragraph(f"<b>Cara perhitungan.</b> {esc(rule)}", st.body),
        Paragraph(f"<b>Kategori capaian.</b> {esc(bands)}.", st.body),
        Spacer(1, 4 * mm),
    ]
    width = doc.width
    for bagian in data.bagian:
        story += [CondPageBreak(60 * mm),
                  Paragraph(f"JABATAN : {esc(bagian.jabatan.nama)}", st.bold), Spacer(1, 2 * mm),
                  _table(bagian.baris, st, width, doc.frame_height), Spacer(1, 3 * mm)]
        charts = _charts(bagian.baris, width) if any(r.capaian.capaian is not None for r in bagian.baris) else []
        if not charts:
            story.append(Paragraph(f"Belum ada capaian yang dapat dihitung untuk {esc(bagian.jabatan.nama)} "
                                   "(target atau realisasi belum diisi).", st.small))
        else:
            story.append(KeepTogether([Paragraph(f"Capaian per indikator — {esc(bagian.jabatan.nama)}",
                                                 st.small), charts[0]]))
            story += charts[1:]
        story.append(Spacer(1, 6 * mm))
    if data.ttd is not None:
        story.append(KeepTogether([Spacer(1, 4 * mm), *signature_block(
            data.ttd, st, options, tempat_tanggal(kec.tempat, data.tanggal))]))
    if not data.bagian:
        story.append(P("Belum ada indikator pada periode ini.", st.body))
    doc.build_story(story, onFirstPage=footer, onLaterPages=footer)
    return doc.page

