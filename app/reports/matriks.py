"""The "Indikator Kinerja Esselon IV" matrix: one target column per year of the period,
sumber data, the place-and-date line and the signature block."""

from __future__ import annotations

from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..models import display
from ..models.laporan import CetakMatriks
from .common import HEADER_BG, Document, Options, P, Styles, cell, esc, signature_block, tempat_tanggal
from .paged import GRID, Layout, PagedTable, Row


def matriks_table(data: CetakMatriks, st: Styles, width: float, options: Options, frame_height: float) -> PagedTable:
    years = data.periode.tahun
    fixed = (0.15, 0.17, 0.25)
    sd = 0.13
    year_w = (1 - sum(fixed) - sd) / max(1, len(years))
    widths = [width * f for f in fixed] + [width * year_w] * len(years) + [width * sd]
    n_cols = len(widths)
    last_year = 3 + len(years) - 1
    h = st.head
    header = [
        [Paragraph("SASARAN KEGIATAN", h), Paragraph("INDIKATOR KINERJA", h),
         Paragraph("FORMULASI PERHITUNGAN/ PENJELASAN", h), Paragraph("TARGET", h)]
        + [""] * (len(years) - 1) + [Paragraph("SUMBER DATA", h)],
        ["", "", ""] + [Paragraph(str(y), h) for y in years] + [""],
    ]
    header_style = [
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (last_year, 0)), ("SPAN", (n_cols - 1, 0), (n_cols - 1, 1)),
        ("LINEBELOW", (3, 0), (last_year, 0), 0.5, GRID), ("LINEBELOW", (0, 1), (-1, 1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (-1, 1), HEADER_BG), ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
    ]
    rows: list[Row] = []
    for baris in data.baris:
        for n, ind in enumerate(baris.indikator):
            targets = []
            for y, w in zip(years, widths[3:]):
                targets.append(cell(display.teks_target(ind.target_tahun(y)), st.center, w))
            rows.append(Row([P(baris.sasaran.nama_di_matriks, st.body) if n == 0 else "",
                             cell(ind.nama_di_matriks, st.body, widths[1]), cell(ind.formulasi, st.body, widths[2]),
                             *targets, cell(ind.sumber_data_di_matriks, st.body, widths[-1])],
                            line_from=0 if n == len(baris.indikator) - 1 else 1))
    closing = None
    place_date = tempat_tanggal(data.kecamatan.tempat, data.tanggal)
    if data.ttd is not None:
        closing = [signature_block(data.ttd, st, options, place_date)] + [""] * (n_cols - 1)
    elif place_date:
        closing = [P(place_date, st.right)] + [""] * (n_cols - 1)
    layout = Layout(widths, st.size, st.body.leading, style=(("ALIGN", (3, 0), (last_year, -1), "CENTER"),))
    return PagedTable(layout, rows, frame_height, header, header_style, closing,
                      [("ALIGN", (0, 0), (-1, 0), "RIGHT"), ("TOPPADDING", (0, 0), (-1, 0), 10),
                       ("RIGHTPADDING", (0, 0), (-1, 0), 10 * mm)])


def build_matriks(out: str | BinaryIO, data: CetakMatriks, options: Options = Options(),
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
    st = Styles(options.font_size)
    p = data.periode
    kec = data.kecamatan
    doc = Document(out, options, title=f"{p.matriks_judul or 'Indikator Kinerja Eselon IV'} {p.matriks_tahun} "
                   f"Kecamatan {kec.nama}".strip(), subject="Indikator Kinerja Eselon IV",
                   progress=progress, cancelled=cancelled, author=data.ttd.nama if data.ttd else "")
    story = [
        Paragraph(esc(p.matriks_judul or "INDIKATOR KINERJA ESELON IV"), st.title),
        Paragraph(esc(p.matriks_tahun or f"TAHUN {p.tahun_awal}-{p.tahun_akhir}"), st.title),
        Paragraph(esc(f"KECAMATAN {kec.nama.upper()}"), st.title),
        Spacer(1, 5 * mm),
        matriks_table(data, st, doc.width, options, doc.frame_height),
    ]
    doc.build_story(story)
    return doc.page
