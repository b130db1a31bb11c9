"""The signature blocks in Word, as the PDF's (:func:`app.reports.common.signature_block`,
:func:`app.reports.ttd_dua.ttd_berdampingan`): the place and date, the signing line with its
variants (Plt./Plh./a.n. and the signer's own post), room for the wet signature (or the
scanned signature and stamp), the name bold and underlined, the pangkat line, the NIP line
unless there is none. Every line keeps with the next, so a block is never split from its
name."""

from __future__ import annotations

from ...models.laporan import Penandatangan
from ...models.rules import format_nip
from .dasar import Buku, Sel, para, run, tabel

BLOCK_MM = 95  # the PDF's column at the right


def _lines(ttd: Penandatangan) -> list[tuple[str, bool]]:
    """(text, is the name) of the lines under the room to sign."""
    out = [(ttd.nama, True)]
    if ttd.pangkat:
        out.append((ttd.pangkat, False))
    if ttd.nip:
        out.append((f"NIP. {format_nip(ttd.nip)}", False))
    return out


def jabatan_ttd(ttd: Penandatangan) -> list[str]:
    if ttd.awalan == "a.n.":
        return [x for x in (f"a.n. {ttd.jabatan}".strip(), ttd.jabatan2) if x]
    return [f"{ttd.awalan} {ttd.jabatan}".strip()]


def ttd_kanan(buku: Buku, ttd: Penandatangan, tempat_tanggal: str | None = None, right_mm: float = 0) -> None:
    """One block, centred in a column ``BLOCK_MM`` wide at the right of the text."""
    left = max(0.0, buku.width_mm - BLOCK_MM - right_mm)

    def p(text: str, bold: bool = False, underline: bool = False, before: float = 0, last: bool = False) -> str:
        return para(run(text, bold, underline), "center", before=before, left_mm=left, right_mm=right_mm,
                    keep_next=not last)

    out = [p(tempat_tanggal, before=buku.size)] if tempat_tanggal else []
    out += [p(line, before=0 if out else buku.size) for line in jabatan_ttd(ttd)]
    room = buku.size * 6
    images = [x for x in (buku.options.cap_gambar, buku.options.ttd_gambar) if x]
    if images:
        out.append(buku.gambar(images, room).replace("<w:pPr>", "<w:pPr><w:keepNext/>", 1))
        room = 0
    lines = _lines(ttd)
    for n, (text, name) in enumerate(lines):
        out.append(p(text, bold=name, underline=name, before=room if name else 0, last=n == len(lines) - 1))
    buku.add(*out)


def _kolom(ttd: Penandatangan | None, judul: str) -> list[list[str]]:
    """The paragraphs of one side, a list per row of the two-column table."""
    if ttd is None:
        return [[], [], [], [], []]
    bawah = [para(run(t), "center") for t, name in _lines(ttd) if not name]
    return [[para(run(judul), "center", keep_next=True)] if judul else [],
            [para(run(x), "center", keep_next=True) for x in jabatan_ttd(ttd)], [],
            [para(run(ttd.nama, bold=True, underline=True), "center", keep_next=bool(bawah))], bawah]


def ttd_berdampingan(buku: Buku, kiri: Penandatangan | None, kanan: Penandatangan, width_mm: float,
                     tempat_tanggal: str | None = None, judul_kiri: str = "", judul_kanan: str = "") -> None:
    """Two blocks side by side in a borderless table, ``kiri`` left, ``kanan`` right, the
    place and date above the right one; the room to sign a row of its own."""
    left, right = _kolom(kiri, judul_kiri), _kolom(kanan, judul_kanan)
    top = [[], [para(run(tempat_tanggal), "center", keep_next=True)] if tempat_tanggal else []]
    rows = [top, *map(list, zip(left, right))]
    if not rows[-1][0] and not rows[-1][1]:
        rows.pop()
    room = para(run(""), before=buku.size * 5, keep_next=True)
    cells = [[Sel(c or ([room] if n == 3 else [para("", keep_next=True)])) for c in r] for n, r in enumerate(rows)]
    half = width_mm / 2
    buku.add(para("", before=buku.size * 1.5, keep_next=True), tabel([half, half], [], cells, grid=False, center=True))
