"""The "Indikator Kinerja Esselon IV" matrix: one target column per year of the period,
sumber data, the place-and-date line and the signature block."""

from __future__ import annotations

from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..models.laporan import DataMatriks
from ..models.rules import format_angka
from .common import Document, Options, P, Styles, esc, grid_style, signature_block, tempat_tanggal


def matriks_table(data: DataMatriks, st: Styles, width: float, options: Options) -> Table:
    years = data.periode.tahun
    fixed = (0.15, 0.17, 0.25)
    sd = 0.13
    year_w = (1 - sum(fixed) - sd) / max(1, len(years))
    widths = [width * f for f in fixed] + [width * year_w] * len(years) + [width * sd]
    n_cols = len(widths)
    h = st.head
    rows: list[list] = [
        [Paragraph("SASARAN KEGIATAN", h), Paragraph("INDIKATOR KINERJA", h),
         Paragraph("FORMULASI PERHITUNGAN/ PENJELASAN", h), Paragraph("TARGET", h)]
        + [""] * (len(years) - 1) + [Paragraph("SUMBER DATA", h)],
        ["", "", ""] + [Paragraph(str(y), h) for y in years] + [""],
    ]
    group_ends = []
    for baris in data.baris:
        for n, ind in enumerate(baris.indikator):
            targets = []
            for y in years:
                t = ind.target_tahun(y)
                text = "" if t is None else (format_angka(t.nilai) if t.nilai is not None else t.teks)
                targets.append(P(text, st.center))
            rows.append([P(baris.sasaran.nama_di_matriks, st.body) if n == 0 else "",
                         P(ind.nama_di_matriks, st.body), P(ind.formulasi, st.body), *targets,
                         P(ind.sumber_data_di_matriks, st.body)])
        group_ends.append(len(rows) - 1)
    body_rows = len(rows)
    closing = []
    place_date = tempat_tanggal(data.kecamatan.tempat, data.tanggal)
    if data.ttd is not None:
        closing = [signature_block(data.ttd, st, options, place_date)]
    elif place_date:
        closing = [P(place_date, st.right)]
    if closing:
        rows.append(closing + [""] * (n_cols - 1))
    table = Table(rows, colWidths=widths, repeatRows=2, splitInRow=0)
    cmds = grid_style(len(rows), n_cols, group_ends, group_cols=1, header_rows=2, body_rows=body_rows)
    last_year = 3 + len(years) - 1
    cmds += [
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (last_year, 0)), ("SPAN", (n_cols - 1, 0), (n_cols - 1, 1)),
        ("LINEBELOW", (3, 0), (last_year, 0), 0.5, "black"),
    ]
    if closing:
        last = len(rows) - 1
        cmds += [("SPAN", (0, last), (-1, last)), ("ALIGN", (0, last), (-1, last), "RIGHT"),
                 ("TOPPADDING", (0, last), (-1, last), 10), ("RIGHTPADDING", (0, last), (-1, last), 10 * mm),
                 ("NOSPLIT", (0, max(2, last - 1)), (-1, last))]
    table.setStyle(TableStyle(cmds))
    return table


def build_matriks(out: str | BinaryIO, data: DataMatriks, options: Options = Options(),
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
        matriks_table(data, st, doc.width, options),
    ]
    doc.build_story(story)
    return doc.page
