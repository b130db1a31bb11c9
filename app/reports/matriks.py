"""The "Indikator Kinerja Esselon IV" matrix: one target column per year of the period,
sumber data, the place-and-date line and the signature block."""

from __future__ import annotations

from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..models import display
from ..models.format_matriks import KOLOM_MATRIKS, LEBAR_MATRIKS
from ..models.laporan import CetakMatriks
from .common import HEADER_BG, Document, Options, P, Para, Styles, cell, esc, signature_block
from .paged import GRID, Layout, PagedTable, Row


def _lebar(data: CetakMatriks, width: float) -> list[float]:
    """Each printed column's width (the target's split between the years); the printed
    columns share the page width."""
    years = data.periode.tahun
    keys = data.format.kunci_kolom()
    share = sum(LEBAR_MATRIKS[k] for k in keys)
    scale = 1.0 if set(keys) == set(KOLOM_MATRIKS) else 1.0 / share
    if set(keys) == set(KOLOM_MATRIKS):  # the preset's widths, computed as they always were
        fixed = {"sasaran": 0.15, "indikator": 0.17, "formulasi": 0.25, "sumber_data": 0.13}
        year_w = (1 - (0.15 + 0.17 + 0.25) - 0.13) / max(1, len(years))
    else:
        fixed, year_w = LEBAR_MATRIKS, LEBAR_MATRIKS["target"] / max(1, len(years))
    out: list[float] = []
    for k in keys:
        out += [width * year_w * scale] * len(years) if k == "target" else [width * fixed[k] * scale]
    return out


def _kepala(data: CetakMatriks, st: Styles, n_cols: int) -> tuple[list, list]:
    years = data.periode.tahun
    h = st.head
    top: list = []
    sub: list = []
    style: list = []
    for kol in data.format.kolom:
        c = len(top)
        if kol.kunci == "target":
            top += [Para(esc(data.isi(kol.judul)), h)] + [""] * (len(years) - 1)
            sub += [Para(str(y), h) for y in years]
            style += [("SPAN", (c, 0), (c + len(years) - 1, 0)), ("LINEBELOW", (c, 0), (c + len(years) - 1, 0), 0.5, GRID)]
        else:
            top.append(Para(esc(data.isi(kol.judul)), h))
            sub.append("")
            style.append(("SPAN", (c, 0), (c, 1)))
    style += [("LINEBELOW", (0, 1), (-1, 1), 0.6, GRID), ("BACKGROUND", (0, 0), (-1, 1), HEADER_BG),
              ("VALIGN", (0, 0), (-1, 1), "MIDDLE")]
    return [top, sub], _urut_gaya(style)


def _urut_gaya(style: list) -> list:
    """The header's style commands in a fixed order (the spans first, then the target's
    line), so that a format's columns in any order draw the same header."""
    return [c for c in style if c[0] == "SPAN"] + [c for c in style if c[0] != "SPAN"]


def _sel(kunci: str, baris, ind, n: int, st: Styles, widths: list[float], c: int, years) -> list:
    if kunci == "sasaran":
        return [P(baris.sasaran.nama_di_matriks, st.body) if n == 0 else ""]
    if kunci == "indikator":
        return [cell(ind.nama_di_matriks, st.body, widths[c])]
    if kunci == "formulasi":
        return [cell(ind.formulasi, st.body, widths[c])]
    if kunci == "target":
        return [cell(display.teks_target(ind.target_tahun(y)), st.center, w) for y, w in zip(years, widths[c:])]
    return [cell(ind.sumber_data_di_matriks, st.body, widths[c])]


def _garis_dalam_kelompok(sasaran: int | None, n_cols: int) -> tuple[int | None, list]:
    """(line_from, style) of a row inside a sasaran's group: the rule under it leaves the
    merged sasaran cell open (as in the preset: the sasaran is the first column)."""
    if sasaran is None:
        return 0, []
    if sasaran == 0:
        return 1, []
    style = [("LINEBELOW", (0, 0), (sasaran - 1, 0), 0.5, GRID)]
    if sasaran + 1 < n_cols:
        style.append(("LINEBELOW", (sasaran + 1, 0), (n_cols - 1, 0), 0.5, GRID))
    return None, style


def matriks_table(data: CetakMatriks, st: Styles, width: float, options: Options, frame_height: float) -> PagedTable:
    years = data.periode.tahun
    widths = _lebar(data, width)
    n_cols = len(widths)
    header, header_style = _kepala(data, st, n_cols)
    starts, c = [], 0
    for kol in data.format.kolom:
        starts.append(c)
        c += len(years) if kol.kunci == "target" else 1
    keys = data.format.kunci_kolom()
    open_group = _garis_dalam_kelompok(starts[keys.index("sasaran")] if "sasaran" in keys else None, n_cols)
    rows: list[Row] = []
    for baris in data.baris:
        for n, ind in enumerate(baris.indikator):
            cells: list = []
            for kol, start in zip(data.format.kolom, starts):
                cells += _sel(kol.kunci, baris, ind, n, st, widths, start, years)
            rows.append(Row(cells) if n == len(baris.indikator) - 1 else Row(cells, *open_group))
    closing = None
    place_date = data.tempat_tanggal()
    if data.ttd is not None:
        closing = [signature_block(data.ttd, st, options, place_date)] + [""] * (n_cols - 1)
    elif place_date:
        closing = [P(place_date, st.right)] + [""] * (n_cols - 1)
    style = ()
    if "target" in data.format.kunci_kolom():
        t = starts[data.format.kunci_kolom().index("target")]
        style = (("ALIGN", (t, 0), (t + len(years) - 1, -1), "CENTER"),)
    layout = Layout(widths, st.size, st.body.leading, style=style)
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
        *(Paragraph(esc(data.isi(line)), st.title) for line in data.format.judul),
        Spacer(1, 5 * mm),
        matriks_table(data, st, doc.width, options, doc.frame_height),
    ]
    doc.build_story(story)
    return doc.page
