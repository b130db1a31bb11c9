"""Two signature blocks side by side (a Perjanjian Kinerja: PIHAK KEDUA left, PIHAK PERTAMA
right; a measurement: "Mengetahui" left, the reporter right). Laid out as one borderless
table, a line per row, so that the two names, pangkat and NIP lines stand level whatever
the length of each post; each block has the variants of the decree's (Plt./Plh./a.n., a
pangkat line, no NIP line for a signer without one, the Bupati)."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ..models.laporan import Penandatangan
from ..models.rules import format_nip
from .common import P, Para, Styles, esc


def baris_jabatan(ttd: Penandatangan) -> str:
    """The signing line(s) as stored: "Plt. <post>,"; "a.n. <post>," then the signer's own post."""
    if ttd.awalan == "a.n.":
        return "\n".join(x for x in (f"a.n. {ttd.jabatan}".strip(), ttd.jabatan2) if x)
    return f"{ttd.awalan} {ttd.jabatan}".strip()


def _kolom(ttd: Penandatangan | None, judul: str, st: Styles) -> list:
    """One block's lines: heading, post, room to sign, name, then the pangkat and NIP lines
    together in one cell (a missing one leaves no gap)."""
    if ttd is None:
        return [""] * 5
    nama = Para(f"<u>{esc(ttd.nama)}</u>", ParagraphStyle("ttd2", parent=st.bold, alignment=TA_CENTER))
    bawah = ([P(ttd.pangkat, st.center)] if ttd.pangkat else []) + (
        [P(f"NIP. {format_nip(ttd.nip)}", st.center)] if ttd.nip else [])
    return [P(judul, st.center) if judul else "", P(baris_jabatan(ttd), st.center), "", nama, bawah or ""]


def ttd_berdampingan(kiri: Penandatangan | None, kanan: Penandatangan, st: Styles, width: float,
                     tempat_tanggal: str | None = None, judul_kiri: str = "", judul_kanan: str = "") -> KeepTogether:
    """The two blocks, ``kiri`` left (may be None: an empty left half) and ``kanan`` right,
    place and date above the right one; ``judul_…`` a line above each post ("PIHAK KEDUA,")."""
    left, right = _kolom(kiri, judul_kiri, st), _kolom(kanan, judul_kanan, st)
    rows = [["", P(tempat_tanggal, st.center) if tempat_tanggal else ""], *map(list, zip(left, right))]
    space_row = 3  # the room for the wet signature (and the stamp)
    heights = [None] * len(rows)
    heights[space_row] = st.size * 6
    if rows[-1] == ["", ""]:  # no pangkat or NIP line on either side
        rows.pop()
        heights.pop()
    half = width / 2
    table = Table(rows, colWidths=[half, half], rowHeights=heights, hAlign="CENTER", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return KeepTogether([Spacer(1, 6 * mm), table])
