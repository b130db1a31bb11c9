"""The lampiran IKU of each jabatan, laid out as in the reference (decree No. 24/2018 of the
Camat of Belawang): the header block at the top right, the centred title, JABATAN / TUGAS /
FUNGSI, the six-column table with an objective over the rows of its indicators and the
header row on every page, and the signature block at the end, never alone on a page."""

from __future__ import annotations

from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from ..models.data import IndikatorData, JabatanData
from ..models.laporan import DataLampiran, HalamanLampiran
from ..models.rules import format_tanggal
from .common import BULLET, FONT, Document, Options, P, Styles, esc, grid_style, signature_block

HEADERS = (
    "NO", "KINERJA UTAMA", "INDIKATOR KINERJA UTAMA",
    "PENJELASAN (MAKNA INDIKATOR, ALASAN PEMILIHAN DAN CARA PERHITUNGAN INDIKATOR)",
    "PENANGGUNG JAWAB", "SUMBER DATA",
)
COLS = (0.045, 0.15, 0.17, 0.37, 0.125, 0.14)


def _header_block(page: HalamanLampiran, data: DataLampiran, st: Styles, width: float) -> Table:
    k = data.keputusan
    rows = [
        [P(page.kepala, st.body), ""],
        [P("Nomor", st.body), P(f": {k.nomor} Tahun {k.tahun}", st.body)],
        [P("Tanggal", st.body), P(f": {format_tanggal(k.tanggal)}", st.body)],
    ]
    block = min(width * 0.5, 140 * mm)
    t = Table(rows, colWidths=[18 * mm, block - 18 * mm], hAlign="RIGHT")
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), FONT),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def _identity(j: JabatanData, st: Styles, width: float) -> Table:
    fungsi = [Paragraph(f"{n}. {esc(f)}", _hanging(st)) for n, f in enumerate(j.fungsi, start=1)] or [P("", st.body)]
    rows = [
        [P("JABATAN", st.bold), P(":", st.body), P(j.nama, st.bold)],
        [P("TUGAS", st.bold), P(":", st.body), P(j.tugas, st.body)],
        [P("FUNGSI", st.bold), P(":", st.body), fungsi],
    ]
    t = Table(rows, colWidths=[20 * mm, 4 * mm, width - 24 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), FONT),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


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
        return [Paragraph(esc(p), st.bullet, bulletText=BULLET) for p in ind.penjelasan]
    return [Paragraph(esc(p), st.para) for p in ind.penjelasan]


def _indikator_label(ind: IndikatorData) -> str:
    return f"{ind.nomor} {ind.nama}".strip() if ind.nomor else ind.nama


def lampiran_table(page: HalamanLampiran, data: DataLampiran, st: Styles, width: float, options: Options) -> Table:
    widths = [width * c for c in COLS]
    rows: list[list] = [[Paragraph(esc(h), st.head) for h in HEADERS]]
    group_ends: list[int] = []
    for s in page.jabatan.sasaran:
        inds: list[IndikatorData | None] = [i for i in s.indikator if i.di_lampiran] or [None]
        for n, ind in enumerate(inds):
            first = n == 0
            rows.append([
                P(s.nomor, st.body) if first else "",
                P(s.nama, st.body) if first else "",
                P(_indikator_label(ind), st.body) if ind else "",
                penjelasan_cell(ind, st) if ind else "",
                P(ind.penanggung_jawab, st.body) if ind else "",
                P(ind.sumber_data, st.body) if ind else "",
            ])
        group_ends.append(len(rows) - 1)
    body_rows = len(rows)
    # The signature block is the table's last row, tied to the last data row: it is never
    # alone on a page, and the header row repeats on every page (see TECH-NOTES).
    rows.append([signature_block(data.ttd, st, options), "", "", "", "", ""])
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=0)
    cmds = grid_style(len(rows), len(HEADERS), group_ends, group_cols=2, body_rows=body_rows)
    last = len(rows) - 1
    cmds += [("SPAN", (0, last), (-1, last)), ("TOPPADDING", (0, last), (-1, last), 14),
             ("ALIGN", (0, last), (-1, last), "RIGHT"), ("RIGHTPADDING", (0, last), (-1, last), 10 * mm),
             ("NOSPLIT", (0, max(1, last - 1)), (-1, last))]
    table.setStyle(TableStyle(cmds))
    return table


def build_lampiran(out: str | BinaryIO, data: DataLampiran, options: Options = Options(),
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
            _header_block(page, data, st, width),
            Spacer(1, 5 * mm),
            P("INDIKATOR KINERJA UTAMA", st.title),
            P(f"KECAMATAN {kec.nama.upper()} KABUPATEN {kec.kabupaten.upper()}", st.title),
            Spacer(1, 5 * mm),
            _identity(page.jabatan, st, width),
            Spacer(1, 3 * mm),
            lampiran_table(page, data, st, width, options),
        ]
    doc.build_story(story)
    return doc.page
