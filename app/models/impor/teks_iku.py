"""An annex table rebuilt from plain text pasted from a PDF (best effort). A PDF extraction
gives a table row as its cells one after the other — NO and sasaran, indicator,
penjelasan, penanggung jawab, sumber data — each cell's lines in order, blank lines where
the lines were far apart, and sometimes two neighbouring cells on one line. The rules
come from the layout only:

- a row starts at a line "N text" whose number follows the last row's (an indicator
  numbered "1." inside a row does not); a table without any numbered row but with bulleted
  penjelasan is cut into rows by :mod:`.teks_tanpa_nomor`;
- the sasaran is the first block of the row (up to a blank line), the indicator what comes
  before its penjelasan;
- penjelasan items start with a bullet ("➢", "•", "-"); without bullets, a paragraph ends
  at a sentence end or an empty paragraph (a line of spaces). Penjelasan lines are the long
  ones; a short line still belongs to them when it goes on with an unfinished sentence;
- what follows the penjelasan is the penanggung jawab and the sumber data (resolved for the
  whole document at the end, :func:`selesaikan`): two blocks are the two cells; a cell
  text that begins with a name already read as a penanggung jawab is split after it; else
  the penanggung jawab is the first words that fit the column's width.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .baris import rapi
from .model import BarisIku
from .teks_ekor import Ekor
from .teks_tanpa_nomor import baris_tanpa_nomor
from .teks_garis import (KOSONG, SPASI, ada_butir, bagi_blok, garis_tabel, jenis_butir, lebar_kolom, pisah_strip,
                         sambung_blok, sebelum)
from .teks_penjelasan import NOMOR_IKU, akhir_penjelasan, awal_penjelasan, baca_penjelasan, pisah_gabungan

AWAL_BARIS = re.compile(r"^(\d{1,2}\.?)\s+(\S.*)$")


@dataclass
class TabelTeks:
    """What one annex table gave: its rows and the tails still to split (see selesaikan)."""

    baris: list[BarisIku] = field(default_factory=list)
    ekor: list[Ekor] = field(default_factory=list)
    sisa: list[tuple[int, str]] = field(default_factory=list)  # lines before the first row
    butir: str = ""  # the penjelasan bullet seen ("➢", "-"), "" none


def baca_tabel(lines: list[tuple[int, str]], peran: tuple[str, ...] = ("pj", "sd")) -> TabelTeks:
    """The rows of an annex table from its lines (after the heading); ``peran``: which of the
    penanggung jawab ("pj") and sumber data ("sd") columns the table has."""
    garis = garis_tabel(lines)
    texts = [t for _, t in garis if t not in (KOSONG, SPASI)]
    if jenis_butir(texts) == "-–":
        garis = pisah_strip(garis)
        texts = [t for _, t in garis if t not in (KOSONG, SPASI)]
    tabel = TabelTeks()
    if not texts:
        return tabel
    lebar = lebar_kolom(texts)
    bullets = jenis_butir(texts)
    rows = _baris_bernomor(garis, tabel)
    bernomor = bool(rows)
    if not rows and bullets:  # no numbered row: the rows from the cells' layout
        rows, tabel.sisa = baris_tanpa_nomor(garis, bullets, len(peran)), []
    raw = dict(lines)
    split = [_bagian(row, bullets) for row in rows]
    awal = set() if bullets else awal_penjelasan([p for _, parts in split for p in parts], raw, lebar)
    for (sasaran, parts) in split:
        _baris(tabel, sasaran, parts, lebar, bullets, raw, awal, bernomor)
    for e in tabel.ekor:
        e.peran = peran
    tabel.butir = next((t[0] for t in texts if ada_butir(t, bullets)), "")
    return tabel


def _baris_bernomor(garis: list[tuple[int, str]], tabel: TabelTeks) -> list[list[tuple[int, str]]]:
    """The lines of each row that starts with its number; the lines before the first row
    go to ``tabel.sisa``."""
    rows: list[list[tuple[int, str]]] = []
    last, sub, prev_blank = 0, 0, True
    for n, t in garis:
        m = AWAL_BARIS.match(t) if t not in (KOSONG, SPASI) else None
        number = int(m.group(1).rstrip(".")) if m else 0
        if m and prev_blank and m.group(1).endswith(".") and number == sub + 1 and rows:
            sub = number  # the next numbered indicator of this row ("1.", "2." …), not a row
        elif m and prev_blank and number > last:
            rows.append([])
            last, sub = number, 0
        if rows:
            rows[-1].append((n, t))
        elif t not in (KOSONG, SPASI):
            tabel.sisa.append((n, t))
        prev_blank = t in (KOSONG, SPASI)
    return rows


def _bagian(row: list[tuple[int, str]], bullets: str) -> tuple[list, list[tuple[list, list]]]:
    """A numbered row's sasaran block and its indicators' (name lines, lines after)."""
    blocks = bagi_blok(row)
    first = sambung_blok(blocks)
    rest = row[row.index(first[-1]) + 1:]
    return first, (_indikator_bullets(rest, bullets) if bullets else _indikator_polos(rest))


def _baris(tabel: TabelTeks, first: list, parts: list[tuple[list, list]], lebar: float, bullets: str,
           raw: dict[int, str], awal: set[str], bernomor: bool = True) -> None:
    """One row: its sasaran (after its number, ``bernomor``), then its indicators."""
    m = AWAL_BARIS.match(first[0][1]) if bernomor else None
    sasaran = rapi(" ".join([m.group(2) if m else first[0][1]] + [t for _, t in first[1:]]))
    for k, (name, body) in enumerate(parts):
        if name and not bullets:
            name, lead = pisah_gabungan(name, raw, lebar, awal)
            body = lead + body
        b = BarisIku(tempat=f"baris {(name or body or first)[0][0]}", no=m.group(1) if m and k == 0 else "",
                     sasaran=sasaran if k == 0 else "", sasaran_lanjut=k > 0)
        b.indikator = rapi(" ".join(t for _, t in name))
        items, tail = baca_penjelasan(body, lebar, bullets)
        b.penjelasan, b.berbutir = items, bool(bullets)
        tabel.baris.append(b)
        tabel.ekor.append(Ekor(b, [[t for _, t in blk] for blk in bagi_blok(tail)]))


def _mulai_butir(garis: list[tuple[int, str]], start: int, tanda: str) -> int | None:
    for k in range(start, len(garis)):
        if ada_butir(garis[k][1], tanda):
            return k
    return None


def _indikator_bullets(rest: list[tuple[int, str]], tanda: str) -> list[tuple[list, list]]:
    """(indicator lines, the lines after them) per indicator: an indicator is the block just
    before a bullet that does not start a penjelasan's run, unless it goes on with a line
    ending in a comma (then it is the cell before it, and the indicator has no name)."""
    starts = []
    k = _mulai_butir(rest, 0, tanda)
    first = True
    while k is not None:
        j = k - 1
        while j >= 0 and rest[j][1] in (KOSONG, SPASI):
            j -= 1
        if first:
            name_at = 0
        else:
            name_at = j + 1
            while name_at > 0 and rest[name_at - 1][1] not in (KOSONG, SPASI):
                name_at -= 1
            before = sebelum(rest, name_at)
            if before is not None and before.endswith(","):
                name_at = j + 1
        starts.append((name_at, k))
        k = akhir_penjelasan(rest, k, tanda)
        first = False
        k = _mulai_butir(rest, k, tanda) if k is not None else None
    out = []
    for i, (name_at, k) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(rest)
        name = [x for x in rest[name_at:k] if x[1] not in (KOSONG, SPASI)]
        out.append((name, rest[k:end]))
    return out


def _indikator_polos(rest: list[tuple[int, str]]) -> list[tuple[list, list]]:
    """Without bullets: one indicator, or several numbered "1.", "2." at the start of a block.
    The name is the first block; the lines after it (blank ones kept) are its penjelasan."""
    texts = [k for k, (_, t) in enumerate(rest) if t not in (KOSONG, SPASI)]
    if not texts:
        return []
    numbered = bool(NOMOR_IKU.match(rest[texts[0]][1]))
    starts = [texts[0]] + [k for k in texts[1:] if numbered and NOMOR_IKU.match(rest[k][1])
                           and rest[k - 1][1] in (KOSONG, SPASI)]
    out = []
    for i, k in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(rest)
        name = sambung_blok(bagi_blok(rest[k:end]))
        j = rest.index(name[-1], k) + 1
        out.append((name, rest[j:end]))
    return out
