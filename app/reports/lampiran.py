"""The lampiran IKU of each jabatan, laid out as the decree's format says
(:mod:`app.models.format_dokumen`): the header block at the top right, the title lines,
JABATAN / TUGAS / FUNGSI, the table of the format's columns with an objective over the rows
of its indicators and the header row on every page, and the signature block at the end,
never alone on a page."""

from __future__ import annotations

from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from ..models import display
from ..models.data import IndikatorData, SasaranData
from ..models.format_dokumen import JUDUL_BAKU, KOLOM, LEBAR_BAKU, FormatDokumen, penanda_fungsi
from ..models.laporan import CetakLampiran, HalamanLampiran
from .common import BULLET, HEADER_BG, Document, Options, P, Para, Styles, cell, esc, signature_block
from .paged import GRID, Layout, PagedTable, Row

HEADERS = tuple(JUDUL_BAKU[k] for k in KOLOM)  # the preset's six columns
COLS = tuple(LEBAR_BAKU[k] for k in KOLOM)
_MERGED = ("no", "sasaran")  # printed once over the rows of the objective's indicators


def _header_block(page: HalamanLampiran, data: CetakLampiran, st: Styles, width: float,
                  frame_height: float) -> list[PagedTable]:
    """The block at the top right: the lampiran's heading and the format's lines (Nomor,
    Tanggal, ...: any length, a blank value printed blank)."""
    fmt = data.keputusan.format
    block = min(width * 0.5, 140 * mm)
    out = []
    if page.kepala:
        kepala = Layout([width - block, block], st.size, st.body.leading, padding=(0, 6, 0, 1), grid=False)
        out.append(PagedTable(kepala, [Row(["", P(page.kepala, st.body)])], frame_height))
    if fmt.kepala_baris:
        fields = Layout([width - block, 18 * mm, block - 18 * mm], st.size, st.body.leading, padding=(0, 6, 0, 1),
                        grid=False)
        rows = [Row(["", P(label, st.body), P(f": {page.isi(value)}", st.body)]) for label, value in fmt.kepala_baris]
        out.append(PagedTable(fields, rows, frame_height))
    return out


def _identity(page: HalamanLampiran, fmt: FormatDokumen, st: Styles, width: float, frame_height: float) -> PagedTable:
    """(NAMA,) JABATAN, TUGAS and FUNGSI, one row per fungsi: a list of any length, and a
    tugas of any length, go on over the pages. Fungsi numbered as the format says."""
    j = page.jabatan
    fungsi = [Para(esc(penanda_fungsi(fmt.penomoran_fungsi, n, f) + f), _hanging(st, fmt.penomoran_fungsi))
              for n, f in enumerate(j.fungsi, start=1)] or [""]
    rows = [Row([P("NAMA", st.bold), P(":", st.body), P(page.isi("{pemegang}"), st.bold)])] if fmt.pemegang else []
    rows += [Row([P("JABATAN", st.bold), P(":", st.body), P(j.nama, st.bold)]),
             Row([P("TUGAS", st.bold), P(":", st.body), P(j.tugas, st.body)])]
    rows += [Row([P("FUNGSI", st.bold) if n == 0 else "", P(":", st.body) if n == 0 else "", f])
             for n, f in enumerate(fungsi)]
    layout = Layout([20 * mm, 4 * mm, width - 24 * mm], st.size, st.body.leading, padding=(0, 6, 1, 2), grid=False)
    return PagedTable(layout, rows, frame_height)


_hanging_cache: dict[tuple[int, str], object] = {}


def _hanging(st: Styles, gaya: str = "angka"):
    from reportlab.lib.styles import ParagraphStyle

    key = (id(st), gaya)
    if key not in _hanging_cache:
        indent = 0 if gaya == "tanpa" else st.size * 1.5
        _hanging_cache[key] = ParagraphStyle("fungsi", parent=st.body, leftIndent=indent,
                                             firstLineIndent=-indent, spaceAfter=1)
    return _hanging_cache[key]


def penjelasan_cell(ind: IndikatorData, st: Styles, butir: str = BULLET) -> list:
    """The penjelasan: items with the format's bullet ("➢", "•", "-"), or paragraphs."""
    if ind.penjelasan_berbutir:
        return [Para(esc(p), st.bullet, bulletText=butir) for p in ind.penjelasan]
    return [Para(esc(p), st.para) for p in ind.penjelasan]


def _cell(key: str, s: SasaranData, ind: IndikatorData | None, first: bool, st: Styles, w: float,
          butir: str = BULLET):
    if key == "no":
        return cell(s.nomor, st.body, w) if first else ""
    if key == "sasaran":
        return P(s.nama, st.body) if first else ""
    if ind is None:
        return ""
    if key == "indikator":
        return P(display.label_indikator(ind.nomor, ind.nama), st.body)
    if key == "penjelasan":
        return penjelasan_cell(ind, st, butir)
    return cell(ind.penanggung_jawab if key == "penanggung_jawab" else ind.sumber_data, st.body, w)


def _closing(page: HalamanLampiran, data: CetakLampiran, st: Styles, options: Options) -> list:
    fmt = data.keputusan.format
    place_date = page.isi(fmt.tempat_tanggal).strip(" ,") if fmt.tempat_tanggal else None
    block = signature_block(data.ttd, st, options, place_date or None)
    return ([P(page.isi(fmt.catatan), st.body), Spacer(1, 2 * mm)] if fmt.catatan else []) + block


def lampiran_table(page: HalamanLampiran, data: CetakLampiran, st: Styles, width: float, options: Options,
                   frame_height: float) -> PagedTable:
    fmt = data.keputusan.format
    keys = fmt.kunci_kolom()
    total = sum(k.lebar for k in fmt.kolom)
    widths = [width * k.lebar / total for k in fmt.kolom]
    merged = next((n for n, k in enumerate(keys) if k not in _MERGED), len(keys))
    rows: list[Row] = []
    for s in page.jabatan.sasaran:
        inds: list[IndikatorData | None] = [i for i in s.indikator if i.di_lampiran] or [None]
        for n, ind in enumerate(inds):
            rows.append(Row([_cell(k, s, ind, n == 0, st, w, fmt.butir_penjelasan) for k, w in zip(keys, widths)],
                            line_from=0 if n == len(inds) - 1 else merged))
    # The signature block closes the table, tied to the last data row: it is never alone on
    # a page, and the header row repeats on every page.
    closing = [_closing(page, data, st, options)] + [""] * (len(keys) - 1)
    header_style = [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID)]
    return PagedTable(Layout(widths, st.size, st.body.leading), rows, frame_height,
                      [[Para(esc(page.isi(k.judul)), st.head) for k in fmt.kolom]], header_style, closing,
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
    fmt = k.format
    story: list = []
    for n, page in enumerate(data.halaman):
        if n:
            story.append(PageBreak())
        story += [*_header_block(page, data, st, width, doc.frame_height), Spacer(1, 5 * mm)]
        story += [P(page.isi(line), st.title) for line in fmt.judul]
        story.append(Spacer(1, 5 * mm))
        if fmt.identitas:
            story += [_identity(page, fmt, st, width, doc.frame_height), Spacer(1, 3 * mm)]
        story.append(lampiran_table(page, data, st, width, options, doc.frame_height))
    doc.build_story(story)
    return doc.page
