"""The "Rencana Aksi" of a year, one per jabatan: per indicator (four rows, TW I–IV) the
year's target, each quarter's target, the actions planned, the budget, and what was
measured so far: the realisasi up to the quarter and its capaian against the quarter's
target (:mod:`app.models.laporan_aksi` computes it); the rules used stated under the title;
signed by the holder (right, place and date above). Landscape by default. Several jabatan:
one after another, each from a new page."""

from __future__ import annotations

from typing import BinaryIO, Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from ..models import display
from ..models.rules import format_angka
from ..models.sakip_data import RencanaAksi, RencanaAksiIndikator
from .common import HEADER_BG, Document, Options, P, Para, Styles, cell, esc, signature_block
from .paged import GRID, Layout, PagedTable, Row

COLS = (0.03, 0.13, 0.15, 0.06, 0.07, 0.05, 0.07, 0.21, 0.09, 0.07, 0.07)
HEADERS = ("NO", "SASARAN", "INDIKATOR KINERJA", "SATUAN", "TARGET TAHUN", "TW", "TARGET TW", "RENCANA AKSI",
           "ANGGARAN (Rp)", "REALISASI s.d. TW", "CAPAIAN s.d. TW")
_FIRST_QUARTER_COL = 5
CATATAN_TRIWULAN = ("Capaian triwulan diukur terhadap target triwulan pada rencana aksi; tanpa target triwulan, "
                    "terhadap target tahunan.")


def _aksi(lines: tuple[str, ...], st: Styles):
    """The actions: one as typed, several numbered a line each (escaped: typed text)."""
    if len(lines) <= 1:
        return P(lines[0] if lines else "", st.body)
    return Para("<br/>".join(f"{n}. {esc(t)}" for n, t in enumerate(lines, 1)), st.body)


def _rows_indikator(n: int, ind: RencanaAksiIndikator, st: Styles, widths: list[float]) -> list[Row]:
    """The four quarters of an indicator: its number, sasaran, name, unit and the year's
    target once over them (no rule inside), each indicator ruled off whole. The sasaran is
    printed with every indicator of it: printed once over several indicators, the next one
    (after a rule, or at the top of a new page) read as having none."""
    rows = []
    for k, a in enumerate(ind.triwulan):
        first, last = k == 0, k == len(ind.triwulan) - 1
        h = a.hasil
        style = [("BACKGROUND", (10, 0), (10, 0), _light(h.band.warna))] if h is not None and h.band is not None else []
        rows.append(Row([
            str(n) if first else "", P(ind.sasaran, st.body) if first else "",
            P(display.label_indikator(ind.nomor, ind.indikator), st.body) if first else "",
            cell(ind.satuan, st.body, widths[3]) if first else "",
            cell(format_angka(ind.target_tahun), st.right, widths[4]) if first else "",
            display.romawi_triwulan(a.triwulan), cell(format_angka(a.target), st.right, widths[6]),
            _aksi(a.aksi, st), cell(format_angka(a.anggaran), st.right, widths[8]),
            cell(display.teks_realisasi(h) if h else "", st.right, widths[9]),
            cell(display.teks_capaian(h) if h else "", st.right, widths[10]),
        ], line_from=0 if last else _FIRST_QUARTER_COL, style=style))
    return rows


def tabel_rencana_aksi(data: RencanaAksi, st: Styles, width: float, frame_height: float) -> PagedTable:
    widths = [width * c for c in COLS]
    rows: list[Row] = []
    for n, ind in enumerate(data.indikator, start=1):
        rows += _rows_indikator(n, ind, st, widths)
    header = [[Paragraph(esc(t), st.head) for t in HEADERS]]
    header_style = [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID)]
    layout = Layout(widths, st.size, st.body.leading,
                    style=(("ALIGN", (4, 0), (4, -1), "RIGHT"), ("ALIGN", (5, 0), (5, -1), "CENTER"),
                           ("ALIGN", (6, 0), (6, -1), "RIGHT"), ("ALIGN", (8, 0), (10, -1), "RIGHT")))
    return PagedTable(layout, rows, frame_height, header, header_style)


def _light(hex_colour: str):
    from reportlab.lib import colors

    return colors.Color(*display.warna_muda(hex_colour))


def _story(data: RencanaAksi, st: Styles, doc: Document, options: Options) -> list:
    story: list = [P(f"RENCANA AKSI TAHUN {data.tahun}", st.title), P(data.jabatan.upper(), st.title),
                   P(data.instansi.upper(), st.title), Spacer(1, 4 * mm)]
    if data.cara_perhitungan:
        story += [Paragraph(f"<b>Cara perhitungan.</b> {esc(data.cara_perhitungan)} {CATATAN_TRIWULAN}", st.small),
                  Spacer(1, 3 * mm)]
    if data.indikator:
        story.append(tabel_rencana_aksi(data, st, doc.width, doc.frame_height))
        story += [Spacer(1, 2 * mm),
                  P(f"Jumlah anggaran rencana aksi: Rp {format_angka(data.jumlah_anggaran) or '-'}", st.body)]
    else:
        story.append(P("Belum ada indikator untuk jabatan ini.", st.body))
    if data.ttd is not None:
        story.append(KeepTogether([Spacer(1, 6 * mm),
                                   *signature_block(data.ttd, st, options, data.tempat_tanggal)]))
    return story


def build_rencana_aksi(out: str | BinaryIO, data: RencanaAksi | Sequence[RencanaAksi], options: Options = Options(),
                       progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> int:
    """Write the rencana aksi (one, or several one after another) to ``out``; returns the
    page count."""
    docs = [data] if isinstance(data, RencanaAksi) else list(data)
    st = Styles(options.font_size)
    first = docs[0] if docs else None
    title = f"RENCANA AKSI TAHUN {first.tahun}" if first else "RENCANA AKSI"
    doc = Document(out, options, title=f"{title} — {first.jabatan}" if len(docs) == 1 else title,
                   subject="Rencana Aksi", progress=progress, cancelled=cancelled,
                   author=first.ttd.nama if first and first.ttd else "")
    story: list = []
    for k, d in enumerate(docs):
        if k:
            story.append(PageBreak())
        story += _story(d, st, doc, options)
    if not story:
        story.append(P("Tidak ada rencana aksi untuk dicetak.", st.body))
    doc.build_story(story)
    return doc.page
