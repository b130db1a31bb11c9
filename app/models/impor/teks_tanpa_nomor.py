"""The rows of an annex table pasted as plain text without row numbers (best effort, with
bulleted penjelasan only). Each indicator's penjelasan is a run of bulleted lines
(:func:`~.teks_penjelasan.akhir_penjelasan`); between two runs come the cells after the
penjelasan (penanggung jawab, sumber data: as many as the table has), then the next
indicator's name — and, when there is one block more, a new sasaran before that name: the
KINERJA UTAMA column starts a new cell, and with it a new row. A block is what lies between
blank lines; one starting in lower case, or after a line ending in a comma, goes on with the
block before (a cell broken by a blank line)."""

from __future__ import annotations

from .teks_garis import KOSONG, SPASI, ada_butir
from .teks_penjelasan import akhir_penjelasan

Garis = list[tuple[int, str]]


def _runs(garis: Garis, tanda: str) -> list[tuple[int, int]]:
    """(first, after last) index of each bulleted penjelasan."""
    out = []
    k = 0
    while k < len(garis):
        if ada_butir(garis[k][1], tanda):
            end = akhir_penjelasan(garis, k, tanda) or k + 1
            out.append((k, end))
            k = end
        else:
            k += 1
    return out


def _blok(garis: Garis, start: int, end: int) -> list[int]:
    """The index where each block between ``start`` and ``end`` begins (cells broken by a
    blank line joined)."""
    starts: list[int] = []
    prev_blank, prev = True, ""
    for k in range(start, end):
        t = garis[k][1]
        if t in (KOSONG, SPASI):
            prev_blank = True
            continue
        if prev_blank and not (starts and (t[:1].islower() or prev.endswith(","))):
            starts.append(k)
        prev_blank, prev = False, t
    return starts


def baris_tanpa_nomor(garis: Garis, tanda: str, ekor: int) -> list[Garis]:
    """The lines of each row; ``ekor``: how many cells follow the penjelasan (0–2)."""
    runs = _runs(garis, tanda)
    if not runs:
        return []
    first = next((k for k, (_, t) in enumerate(garis) if t not in (KOSONG, SPASI)), 0)
    row_starts = [first]
    for (_, end), (nxt, _) in zip(runs, runs[1:]):
        blocks = _blok(garis, end, nxt)
        if len(blocks) - 1 > ekor:  # the tail, a sasaran, the next indicator's name
            row_starts.append(blocks[ekor])
    bounds = row_starts + [len(garis)]
    return [garis[a:b] for a, b in zip(bounds, bounds[1:])]
