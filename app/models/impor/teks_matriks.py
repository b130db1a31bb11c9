"""The matrix rebuilt from plain text pasted from a PDF (best effort). A row's cells come
one after the other — sasaran (on the first row of its group only), indicator, formula —
then the row's yearly targets (one number per year column, on one line or several) and
its sumber data. The rules come from the layout and from the document's own annex:

- a row ends at its targets: as many numbers at the start of lines as the table has years;
- a cell starts on a line that begins with a capital letter; which of those lines start the
  indicator and the formula is chosen so that the sasaran and the indicator read most like
  a sasaran and an indicator of the annex (the first ones when nothing is alike);
- the sumber data is what follows the targets while it goes on with a name the annex has as
  a penanggung jawab, a "-" item, or a lower-case line; a word broken over two lines
  without a hyphen ("Pemberday" / "aan") is mended when the document has the whole word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .baris import rapi
from .matriks import mirip
from .model import BarisMatriks
from .tabel import daftar

ANGKA = re.compile(r"^\d[\d.,]*$")


@dataclass
class BarisMentah:
    """A matrix row as read: its lines before the targets, the targets, its sumber data."""

    tempat: str
    isi: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    sd: list[str] = field(default_factory=list)


def potong(lines: list[tuple[int, str]], years: int) -> tuple[list[BarisMentah], list[tuple[int, str]]]:
    """The rows of one matrix table (its lines after the heading): every line up to a row's
    targets is its cells, every line after them its sumber data (split off from the next
    row's cells by :func:`pisah_sd`). Lines after the last targets that are no row's are
    returned apart."""
    rows: list[BarisMentah] = []
    cur: BarisMentah | None = None
    state = "isi"
    for n, raw in lines:
        t = rapi(raw)
        if not t:
            continue
        words = t.split()
        # numbers starting a line (not "100 %", the end of a formula) are targets
        starts_number = bool(ANGKA.match(words[0])) and not (len(words) > 1 and words[1][:1] in "%‰")
        if state == "sd" and starts_number:
            cur = BarisMentah(tempat=f"baris {n}")
            rows.append(cur)
            state = "target"
        if state == "target" or (state == "isi" and starts_number and cur is not None and cur.isi):
            k = 0
            while k < len(words) and ANGKA.match(words[k]) and len(cur.target) < years:
                cur.target.append(words[k])
                k += 1
            state = "target" if len(cur.target) < years else "sd"
            if words[k:]:
                cur.sd.append(" ".join(words[k:]))
        elif state == "sd":
            cur.sd.append(t)
        else:
            if cur is None:
                cur = BarisMentah(tempat=f"baris {n}")
                rows.append(cur)
            cur.isi.append(t)
    left = []
    if rows and not rows[-1].target:
        left = [(0, t) for t in rows.pop().isi]
    return rows, left


def _item_lanjut(item: str, line: str, names: list[str]) -> bool:
    key = re.sub(r"[^0-9a-z]", "", (item + line).lower())
    return any(n.startswith(key) for n in names)


def pisah_sd(rows: list[BarisMentah], names: list[str]) -> list[str]:
    """A row's sumber data is the start of what follows its targets; the rest (up to the
    next targets) is the next row's cells."""
    keys = [re.sub(r"[^0-9a-z]", "", n.lower()) for n in names]
    left: list[str] = []
    for k, row in enumerate(rows):
        keep = row.sd[:1]
        rest = row.sd[1:]
        for i, line in enumerate(rest):
            at = max((j for j, x in enumerate(keep) if x[:1] in "-–"), default=0)
            item = " ".join(keep[at:]).lstrip("-– ")
            if line[:1] in "-–" or line[:1].islower() or _item_lanjut(item, line, keys):
                keep.append(line)
            else:
                if k + 1 < len(rows):
                    rows[k + 1].isi[:0] = rest[i:]
                else:
                    left = rest[i:]
                break
        row.sd = keep
    return left


def _sambung(lines: list[str], vocab: set[str]) -> list[str]:
    """Lines with a word broken over them without a hyphen mended ("Pemberday", "aan")."""
    out: list[str] = []
    for line in lines:
        first = line.split()[0] if line.split() else ""
        if out and first.islower() and first.isalpha() and first not in vocab:
            last = out[-1].split()[-1]
            if (last + first).lower() in vocab:
                out[-1] = out[-1] + line
                continue
        out.append(line)
    return out


def _awal(isi: list[str]) -> list[int]:
    return [0] + [k for k in range(1, len(isi)) if isi[k][:1].isupper()]


def _terbaik(text: str, names: list[str]) -> float:
    return max((mirip(text, n) for n in names), default=0.0)


def sel(row: BarisMentah, sasaran: list[str], indikator: list[str]) -> tuple[str, str, str]:
    """(sasaran, indicator, formula) of a row's lines before its targets."""
    isi, starts = row.isi, _awal(row.isi)
    join = lambda a, b: rapi(" ".join(isi[a:b]))  # noqa: E731
    best: tuple[float, int, int] | None = None
    first = join(0, starts[1]) if len(starts) > 1 else join(0, len(isi))
    with_sasaran = len(starts) > 2 and _terbaik(first, sasaran) > _terbaik(first, indikator)
    for i, b0 in enumerate(starts[1:], start=1):
        for b1 in starts[i + 1:] if with_sasaran else [None]:
            s_end, i_start, i_end = (b0, b0, b1) if with_sasaran else (0, 0, b0)
            score = _terbaik(join(i_start, i_end), indikator) + (_terbaik(join(0, s_end), sasaran) if with_sasaran else 0)
            if best is None or score > best[0] + 0.05:
                best = (score, b0, b1 if with_sasaran else 0)
    if best is None:
        return "", join(0, len(isi)), ""
    _, b0, b1 = best
    if with_sasaran:
        return join(0, b0), join(b0, b1), join(b1, len(isi))
    return "", join(0, b0), join(b0, len(isi))


def baris_matriks(rows: list[BarisMentah], sasaran: list[str], indikator: list[str], vocab: set[str]) -> list[BarisMatriks]:
    out = []
    for row in rows:
        s, i, f = sel(row, sasaran, indikator)
        out.append(BarisMatriks(tempat=row.tempat, sasaran=s, indikator=i, formulasi=f, target=list(row.target),
                                sd=daftar(_sambung(row.sd, vocab)), sasaran_lanjut=not s))
    return out
