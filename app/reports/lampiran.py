"""The lampiran IKU of each jabatan, laid out as in the reference (decree No. 24/2018 of the
Camat of Belawang): the header block at the top right, the centred title, JABATAN / TUGAS /
FUNGSI, the six-column table with an objective over the rows of its indicators and the
header row on every page, and the signature block at the end, never alone on a page."""

from __future__ import annotations

from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from ..models import display
from ..models.data import IndikatorData, JabatanData
from ..models.laporan import CetakLampiran, HalamanLampiran
from ..models.rules import format_tanggal
from .common import BULLET, HEADER_BG, Document, Options, P, Para, Styles, cell, esc, signature_block
from .paged import GRID, Layout, PagedTable, Row

HEADERS = (
    "NO", "KINERJA UTAMA", "INDIKATOR KINERJA UTAMA",
    "PENJELASAN (MAKNA INDIKATOR, ALASAN PEMILIHAN DAN CARA PERHITUNGAN INDIKATOR)",
    "PENANGGUNG JAWAB", "SUMBER DATA",
)
COLS = (0.045, 0.15, 0.17, 0.37, 0.125, 0.14)


def _header_block(page: HalamanLampiran, data: CetakLampiran, st: Styles, width: float,
                  frame_height: float) -> list[PagedTable]:
    """The block at the top right: the lampiran's heading, Nomor and Tanggal (any length)."""
    k = data.keputusan
    block = min(width * 0.5, 140 * mm)
    kepala = Layout([width - block, block], st.size, st.body.leading, padding=(0, 6, 0, 1), grid=False)
    fields = Layout([width - block, 18 * mm, block - 18 * mm], st.size, st.body.leading, padding=(0, 6, 0, 1),
                    grid=False)
    return [PagedTable(kepala, [Row(["", P(page.kepala, st.body)])], frame_height),
            PagedTable(fields, [Row(["", P("Nomor", st.body), P(f": {k.nomor} Tahun {k.tahun}", st.body)]),
                                Row(["", P("Tanggal", st.body), P(f": {format_tanggal(k.tanggal)}", st.body)])],
                       frame_height)]


def _identity(j: JabatanData, st: Styles, width: float, frame_height: float) -> PagedTable:
    """JABATAN, TUGAS and FUNGSI, one row per fungsi: a list of any length, and a tugas of
    any length, go on over the pages."""
    fungsi = [Para(f"{n}. {esc(f)}", _hanging(st)) for n, f in enumerate(j.fungsi, start=1)] or [""]
    rows = [Row([P("JABATAN", st.bold), P(":", st.body), P(j.nama, st.bold)]),
            Row([P("TUGAS", st.bold), P(":", st.body), P(j.tugas, st.body)])]
    rows += [Row([P("FUNGSI", st.bold) if n == 0 else "", P(":", st.body) if n == 0 else "", f])
             for n, f in enumerate(fungsi)]
    layout = Layout([20 * mm, 4 * mm, width - 24 * mm], st.size, st.body.leading, padding=(0, 6, 1, 2), grid=False)
    return PagedTable(layout, rows, frame_height)


_hanging_cache: dict[int, object] = {}


def _hanging(st: Styles):
    from reportlab.lib.styles import ParagraphStyle

    key = id(st)
    if key not in _hanging_cache:
        _hanging_cache[key] = ParagraphStyle("fungsi", parent=st.body, leftIndent=st.size * 1.5,
                                             firstLineIndent=-st.size * 1.5, spaceAfter=1)
    return _hanging_cache[key]


def penjelasan_cell(ind: IndikatorData, st: Styles) -> list:
    if ind.penjelasan_berbutir:
        return [Para(esc(p), st.bullet, bulletText=BULLET) for p in ind.penjelasan]
    return [Para(esc(p), st.para) for p in ind.penjelasan]


def lampiran_table(page: HalamanLampiran, data: CetakLampiran, st: Styles, width: float, options: Options,
                   frame_height: float) -> PagedTable:
    widths = [width * c for c in COLS]
    rows: list[Row] = []
    for s in page.jabatan.sasaran:
        inds: list[IndikatorData | None] = [i for i in s.indikator if i.di_lampiran] or [None]
        for n, ind in enumerate(inds):
            first = n == 0
            rows.append(Row([
                cell(s.nomor, st.body, widths[0]) if first else "",
                P(s.nama, st.body) if first else "",
                P(display.label_indikator(ind.nomor, ind.nama), st.body) if ind else "",
                penjelasan_cell(ind, st) if ind else "",
                cell(ind.penanggung_jawab, st.body, widths[4]) if ind else "",
                cell(ind.sumber_data, st.body, widths[5]) if ind else "",
            ], line_from=0 if n == len(inds) - 1 else 2))
    # The signature block closes the table, tied to the last data row: it is never alone on
    # a page, and the header row repeats on every page.
    closing = [signature_block(data.ttd, st, options), "", "", "", "", ""]
    header_style = [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID)]
    return PagedTable(Layout(widths, st.size, st.body.leading), rows, frame_height,
                      [[Paragraph(esc(h), st.head) for h in HEADERS]], header_style, closing,
                      [("TOPPADDING", (0, 0), (-1, 0), 14), ("ALIGN", (0, 0), (-1, 0), "RIGHT"),
                       ("RIGHTPADDING", (0, 0), (-1, 0), 10 * mm)])


def build_lampiran(out: str | BinaryIO, data: CetakLampiran, options: Options = Options(),
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> int:
    """Write the lampiran pages to ``out`` (a path or a binary file); returns the page count."""
    st = Styles(options.font_size)
    k = data.keputusan
    doc = Document(out, options, title=f"Lampiran Keputusan Camat {data.kecamatan.nama} Nomor {k.nomor} Tahun {k.tahun}",
                   subject="Indikator Kinerja Utama", progress=progress, cancelled=cancelled, author=data.ttd.nama)
    width = doc.width
    kec = data.kecamatan
    story: list = []
    for n, page in enumerate(data.halaman):
        if n:
            story.append(PageBreak())
        story += [
            *_header_block(page, data, st, width, doc.frame_height),
            Spacer(1, 5 * mm),
            P("INDIKATOR KINERJA UTAMA", st.title),
            P(f"KECAMATAN {kec.nama.upper()} KABUPATEN {kec.kabupaten.upper()}", st.title),
            Spacer(1, 5 * mm),
            _identity(page.jabatan, st, width, doc.frame_height),
            Spacer(1, 3 * mm),
            lampiran_table(page, data, st, width, options, doc.frame_height),
        ]
    doc.build_story(story)
    return doc.page
