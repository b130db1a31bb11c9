"""The Perjanjian Kinerja of one jabatan for one year (PermenPAN-RB 53/2014): the statement
page in the standard wording (PIHAK PERTAMA the holder, PIHAK KEDUA the superior), then the
lampiran — sasaran / indikator / target of the year under the heading of the level
(SASARAN STRATEGIS, PROGRAM or KEGIATAN), then program / kegiatan / anggaran — each page
closed by the two signature blocks side by side (PIHAK KEDUA left, PIHAK PERTAMA right,
place and date above the right one). F4 portrait by default. A "PK Perubahan" says so in
its title. Nothing is computed here: the data comes whole (:mod:`app.models.sakip_data`)."""

from __future__ import annotations

from typing import BinaryIO, Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from ..models.rules import format_angka
from ..models.sakip_data import PerjanjianKinerja, Pihak
from .common import HEADER_BG, Document, Options, P, Styles, cell, esc
from .paged import GRID, Layout, PagedTable, Row
from .ttd_dua import ttd_berdampingan

OPSI_PK = Options(paper="f4", orientation="portrait", margins_mm=(25, 20, 20, 20), font_size=10.5)
"""The default paper of a PK: F4 portrait, with a letter's type size."""


def teks_target(nilai, teks: str, satuan: str) -> str:
    """"13 unit", "100 %"; a text indicator's target as typed; blank when none."""
    if nilai is None:
        return teks
    return f"{format_angka(nilai)} {satuan}".strip()


def _pihak(p: Pihak, st: Styles, width: float, frame_height: float, penutup: str) -> list:
    layout = Layout([22 * mm, 4 * mm, width - 36 * mm], st.size, st.body.leading, padding=(0, 4, 1, 1), grid=False)
    rows = [Row([P("Nama", st.body), P(":", st.body), P(p.nama, st.body)]),
            Row([P("Jabatan", st.body), P(":", st.body), P(p.jabatan_pernyataan, st.body)])]
    return [PagedTable(layout, rows, frame_height), Spacer(1, 1 * mm), P(penutup, st.para), Spacer(1, 2 * mm)]


def _ttd(pk: PerjanjianKinerja, st: Styles, width: float):
    return ttd_berdampingan(pk.pihak_kedua.penandatangan(), pk.pihak_pertama.penandatangan(), st, width,
                            pk.tempat_tanggal, "PIHAK KEDUA,", "PIHAK PERTAMA,")


def halaman_pernyataan(pk: PerjanjianKinerja, st: Styles, width: float, frame_height: float) -> list:
    kop = [P(pk.judul, st.title), P(pk.instansi.upper(), st.title), Spacer(1, 8 * mm)]
    return [
        *kop, P(pk.pembuka, st.para), Spacer(1, 2 * mm),
        *_pihak(pk.pihak_pertama, st, width, frame_height, "selanjutnya disebut PIHAK PERTAMA."),
        *_pihak(pk.pihak_kedua, st, width, frame_height,
                "selaku atasan langsung PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA."),
        *[P(k, st.para) for k in pk.komitmen],
        _ttd(pk, st, width),
    ]


def tabel_sasaran(pk: PerjanjianKinerja, st: Styles, width: float, frame_height: float) -> PagedTable:
    widths = [width * c for c in (0.06, 0.36, 0.40, 0.18)]
    rows: list[Row] = []
    for n, s in enumerate(pk.sasaran, start=1):
        inds = s.indikator or (None,)
        for k, i in enumerate(inds):
            rows.append(Row([
                str(n) if k == 0 else "", P(s.nama, st.body) if k == 0 else "",
                P(f"{i.nomor} {i.nama}".strip(), st.body) if i else "",
                cell(teks_target(i.target, i.target_teks, i.satuan), st.center, widths[3]) if i else "",
            ], line_from=0 if k == len(inds) - 1 else 2))
    if not rows:
        rows.append(Row(["", P(f"Belum ada sasaran untuk tahun {pk.tahun}.", st.body), "", ""]))
    header = [[Paragraph(h, st.head) for h in ("NO", esc(pk.judul_sasaran), "INDIKATOR KINERJA", "TARGET")]]
    return PagedTable(Layout(widths, st.size, st.body.leading, style=(("ALIGN", (0, 0), (0, -1), "CENTER"),
                                                                      ("ALIGN", (3, 0), (3, -1), "CENTER"))),
                      rows, frame_height, header, _header_style())


def _rupiah(nilai, style, width: float):
    return cell(f"Rp {format_angka(nilai, desimal=2)}" if nilai is not None else "", style, width)


def tabel_anggaran(pk: PerjanjianKinerja, st: Styles, width: float, frame_height: float) -> PagedTable:
    """Each program on a row of its own with its figure (its own pagu, else its kegiatan's:
    the LKjIP's rule), its kegiatan below it with theirs; JUMLAH: the programs' figures."""
    widths = [width * c for c in (0.06, 0.34, 0.38, 0.22)]
    rows: list[Row] = []
    for n, prog in enumerate(pk.program, start=1):
        rows.append(Row([str(n), P(f"{prog.kode} {prog.nama}".strip(), st.body), "",
                         _rupiah(prog.jumlah, st.right, widths[3])], line_from=0 if not prog.kegiatan else 2))
        for k, keg in enumerate(prog.kegiatan):
            rows.append(Row(["", "", P(f"{keg.kode} {keg.nama}".strip(), st.body),
                             _rupiah(keg.anggaran, st.right, widths[3])],
                            line_from=0 if k == len(prog.kegiatan) - 1 else 2))
    rows.append(Row(["", P("JUMLAH", st.bold), "", _rupiah(pk.jumlah_anggaran, st.right, widths[3])],
                    style=[("SPAN", (1, 0), (2, 0))]))
    header = [[Paragraph(h, st.head) for h in ("NO", "PROGRAM", "KEGIATAN", "ANGGARAN")]]
    return PagedTable(Layout(widths, st.size, st.body.leading, style=(("ALIGN", (0, 0), (0, -1), "CENTER"),
                                                                      ("ALIGN", (3, 0), (3, -1), "RIGHT"))),
                      rows, frame_height, header, _header_style())


def _header_style() -> list:
    return [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID)]


def halaman_lampiran(pk: PerjanjianKinerja, st: Styles, width: float, frame_height: float) -> list:
    story = [P(pk.judul, st.title), P(pk.jabatan.upper(), st.title), P(pk.instansi.upper(), st.title),
             Spacer(1, 6 * mm), tabel_sasaran(pk, st, width, frame_height)]
    if pk.program:
        story += [Spacer(1, 5 * mm), tabel_anggaran(pk, st, width, frame_height)]
    return story + [_ttd(pk, st, width)]


def build_pk(out: str | BinaryIO, data: PerjanjianKinerja | Sequence[PerjanjianKinerja], options: Options = OPSI_PK,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> int:
    """Write the PK (or several, one after the other, each from a new page: every jabatan
    of a year) to ``out`` (a path or a binary file); returns the page count."""
    several = list(data) if not isinstance(data, PerjanjianKinerja) else [data]
    if not several:
        raise ValueError("no PK to print")
    st = Styles(options.font_size)
    first = several[0]
    title = f"{first.judul} — {first.jabatan}" if len(several) == 1 else first.judul
    doc = Document(out, options, title=title, subject="Perjanjian Kinerja",
                   progress=progress, cancelled=cancelled, author=first.pihak_pertama.nama if len(several) == 1 else "")
    story: list = []
    for pk in several:
        if story:
            story.append(PageBreak())
        story += [*halaman_pernyataan(pk, st, doc.width, doc.frame_height), PageBreak(),
                  *halaman_lampiran(pk, st, doc.width, doc.frame_height)]
    doc.build_story(story)
    return doc.page
