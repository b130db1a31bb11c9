"""The quarterly "Pengukuran Kinerja" of one jabatan: per indicator the year's target, the
target up to the quarter (the rencana aksi's where there is one), the realisasi up to the
quarter, the capaian and its band, the obstacles (kendala) and the follow-up (solusi /
tindak lanjut); the rules used stated under the title; signed by the holder (right, place
and date above), with the superior's "Mengetahui" block at the left when given. Landscape
by default. Figures come computed (:mod:`app.models.sakip_data`)."""

from __future__ import annotations

from typing import BinaryIO, Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from ..models import display
from ..models.rules import format_angka
from ..models.sakip_data import Pengukuran
from .common import HEADER_BG, Document, Options, P, Styles, cell, esc, signature_block
from .paged import GRID, Layout, PagedTable, Row
from .ttd_dua import ttd_berdampingan

COLS = (0.03, 0.13, 0.16, 0.06, 0.07, 0.07, 0.07, 0.07, 0.08, 0.13, 0.13)
_TEKS = (1, 2, 9, 10)  # sasaran, indikator, kendala, solusi: they share their width by need
_PANJANG = 400  # characters: a kendala or solusi longer than this widens its column
_SEMPIT = 0.10  # the least a text column keeps


def lebar_kolom(data: Pengukuran) -> tuple[float, ...]:
    """The columns' shares of the width: :data:`COLS`, unless a kendala or solusi is long
    (over :data:`_PANJANG` characters) — then the four text columns share their width in
    proportion to their longest text, each keeping at least :data:`_SEMPIT`, so a long
    obstacle takes fewer pages instead of running down a narrow column."""
    need = {c: max((len(t) for t in _teks_kolom(data, c)), default=0) for c in _TEKS}
    if max(need[9], need[10]) <= _PANJANG:
        return COLS
    pool, total = sum(COLS[c] for c in _TEKS), sum(need.values())
    share = {c: max(_SEMPIT, pool * need[c] / total) for c in _TEKS}
    wide = [c for c in _TEKS if share[c] > _SEMPIT]
    extra = sum(share.values()) - pool  # taken back from the wide columns, in proportion
    room = sum(share[c] - _SEMPIT for c in wide)
    for c in wide:
        share[c] -= extra * (share[c] - _SEMPIT) / room
    return tuple(share.get(c, w) for c, w in enumerate(COLS))


def _teks_kolom(data: Pengukuran, col: int) -> list[str]:
    pick = {1: lambda b: b.sasaran, 2: lambda b: display.label_indikator(b.nomor, b.indikator),
            9: lambda b: b.kendala, 10: lambda b: b.solusi}[col]
    return [pick(b) or "" for b in data.baris]


def _headers(triwulan: int) -> tuple[str, ...]:
    tw = display.nama_triwulan(triwulan)
    return ("NO", "SASARAN", "INDIKATOR KINERJA", "SATUAN", "TARGET TAHUN", f"TARGET s.d. {tw}",
            f"REALISASI s.d. {tw}", "CAPAIAN", "KATEGORI", "KENDALA", "SOLUSI / TINDAK LANJUT")


def tabel_pengukuran(data: Pengukuran, st: Styles, width: float, frame_height: float) -> PagedTable:
    widths = [width * c for c in lebar_kolom(data)]
    rows: list[Row] = []
    for n, b in enumerate(data.baris, start=1):
        first = n == 1 or b.sasaran != data.baris[n - 2].sasaran
        last = n == len(data.baris) or b.sasaran != data.baris[n].sasaran
        h = b.hasil
        style = [("BACKGROUND", (7, 0), (8, 0), _light(h.band.warna))] if h.band is not None else []
        if not last:
            style.append(("LINEBELOW", (0, 0), (0, 0), 0.5, GRID))
        rows.append(Row([
            str(n), P(b.sasaran, st.body) if first else "", P(display.label_indikator(b.nomor, b.indikator), st.body),
            cell(b.satuan, st.body, widths[3]), cell(format_angka(b.target_tahun), st.right, widths[4]),
            cell(format_angka(h.target), st.right, widths[5]), cell(display.teks_realisasi(h), st.right, widths[6]),
            cell(display.teks_capaian(h), st.right, widths[7]), cell(display.teks_kategori(h), st.body, widths[8]),
            P(b.kendala, st.body), P(b.solusi, st.body),
        ], line_from=0 if last else 2, style=style))
    header = [[Paragraph(esc(t), st.head) for t in _headers(data.triwulan)]]
    header_style = [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID)]
    layout = Layout(widths, st.size, st.body.leading, style=(("ALIGN", (4, 0), (7, -1), "RIGHT"),))
    return PagedTable(layout, rows, frame_height, header, header_style)


def _light(hex_colour: str):
    from reportlab.lib import colors

    return colors.Color(*display.warna_muda(hex_colour))


def _story(data: Pengukuran, st: Styles, doc: Document, options: Options) -> list:
    tw = display.romawi_triwulan(data.triwulan)
    title = f"PENGUKURAN KINERJA TRIWULAN {tw} TAHUN {data.tahun}"
    story: list = [P(title, st.title), P(data.jabatan.upper(), st.title), P(data.instansi.upper(), st.title),
                   Spacer(1, 4 * mm)]
    if data.cara_perhitungan:
        story += [Paragraph(f"<b>Cara perhitungan.</b> {esc(data.cara_perhitungan)}", st.small), Spacer(1, 3 * mm)]
    if data.baris:
        story.append(tabel_pengukuran(data, st, doc.width, doc.frame_height))
    else:
        story.append(P("Belum ada indikator untuk jabatan ini.", st.body))
    place_date = data.tempat_tanggal
    if data.mengetahui is not None:
        story.append(ttd_berdampingan(data.mengetahui, data.ttd, st, min(doc.width, 200 * mm), place_date,
                                      "Mengetahui,", ""))
    else:
        story.append(KeepTogether([Spacer(1, 6 * mm), *signature_block(data.ttd, st, options, place_date)]))
    return story


def build_pengukuran(out: str | BinaryIO, data: Pengukuran | Sequence[Pengukuran], options: Options = Options(),
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> int:
    """Write the measurement to ``out`` (one jabatan, or several one after another, each
    from a new page); returns the page count."""
    docs = [data] if isinstance(data, Pengukuran) else list(data)
    st = Styles(options.font_size)
    if not docs:
        doc = Document(out, options, title="PENGUKURAN KINERJA", subject="Pengukuran Kinerja",
                       progress=progress, cancelled=cancelled)
        doc.build_story([P("Tidak ada pengukuran kinerja untuk dicetak.", st.body)])
        return doc.page
    first = docs[0]
    title = f"PENGUKURAN KINERJA TRIWULAN {display.romawi_triwulan(first.triwulan)} TAHUN {first.tahun}"
    doc = Document(out, options, title=f"{title} — {first.jabatan}" if len(docs) == 1 else title,
                   subject="Pengukuran Kinerja", progress=progress, cancelled=cancelled, author=first.ttd.nama)
    story: list = []
    for k, d in enumerate(docs):
        if k:
            story.append(PageBreak())
        story += _story(d, st, doc, options)
    doc.build_story(story)
    return doc.page
