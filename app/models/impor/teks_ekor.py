"""The penanggung jawab and sumber data of an annex table pasted as plain text
(:mod:`.teks_iku`), resolved for the whole document at the end: two blocks after the
penjelasan are the two cells; a cell text that begins with a name already read as a
penanggung jawab is split after it; else the penanggung jawab is the first words that fit
the column's width."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .baris import rapi
from .model import BarisIku
from .tabel import daftar


@dataclass
class Ekor:
    """The lines after an indicator's penjelasan: its penanggung jawab and sumber data (the
    columns the table has: ``peran`` "pj", "sd")."""

    baris: BarisIku
    blok: list[list[str]] = field(default_factory=list)
    peran: tuple[str, ...] = ("pj", "sd")


def _gabung_koma(blocks: list[list[str]]) -> list[list[str]]:
    """Blocks that go on with the one before (after a comma, or starting in lower case)."""
    out: list[list[str]] = []
    for b in blocks:
        if out and (out[-1][-1].endswith(",") or b[0][:1].islower()):
            out[-1] = out[-1] + b
        else:
            out.append(list(b))
    return out


def _kunci(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def selesaikan(ekor: list[Ekor]) -> None:
    """The penanggung jawab and sumber data of every row of the document's annex tables."""
    for e in ekor:
        if len(e.peran) < 2:  # one column after the penjelasan, or none: it takes all
            text = daftar([x for b in e.blok for x in b])
            e.baris.pj, e.baris.sd = (text, "") if e.peran == ("pj",) else ("", text)
    tails = [(e, _gabung_koma(e.blok)) for e in ekor if len(e.peran) == 2]
    known: list[str] = []
    lebar = 0
    for e, blocks in tails:
        if len(blocks) == 2:
            e.baris.pj, e.baris.sd = rapi(" ".join(blocks[0])), daftar(blocks[1])
            known.append(e.baris.pj)
            lebar = max([lebar, *(len(x) for x in blocks[0])])
    known.sort(key=len, reverse=True)
    for e, blocks in tails:
        if len(blocks) == 2 or not blocks:
            continue
        lines = [x for b in blocks for x in b]
        words = rapi(" ".join(lines)).split()
        pj = next((k for k in known if _kunci(" ".join(words[:len(k.split())])) == _kunci(k)), None)
        if pj is None:
            first = lines[0].split()
            take = max((i for i in range(1, len(first) + 1) if len(" ".join(first[:i])) <= lebar), default=len(first))
            pj = " ".join(first[:take])
        count = len(pj.split())
        rest, skipped = [], 0
        for line in lines:
            w = line.split()
            use = max(0, min(len(w), count - skipped))
            skipped += use
            if w[use:]:
                rest.append(" ".join(w[use:]))
        e.baris.pj, e.baris.sd = rapi(" ".join(words[:count])), daftar(rest)
