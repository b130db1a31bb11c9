"""An annex table rebuilt from plain text pasted from a PDF (best effort). A PDF extraction
gives a table row as its cells one after the other — NO and sasaran, indicator,
penjelasan, penanggung jawab, sumber data — each cell's lines in order, blank lines where
the lines were far apart, and sometimes two neighbouring cells on one line. The rules
come from the layout only:

- a row starts at a line "N text" whose number follows the last row's (an indicator
  numbered "1." inside a row does not);
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
import statistics
from dataclasses import dataclass, field

from .baris import rapi
from .model import BarisIku
from .tabel import BUTIR_PENJELASAN, daftar

AWAL_BARIS = re.compile(r"^(\d{1,2}\.?)\s+(\S.*)$")
NOMOR_IKU = re.compile(r"^\d{1,2}\.\s")
BUTIR_TENGAH = re.compile(r"^(.*?\S)\s+([➢•▪►●◆❖])\s*(.*)$")
AKHIR_KALIMAT = (".", ",", ":", ";")
KOSONG, SPASI = "", " "  # an empty line; a line of spaces (an empty paragraph of the source)


@dataclass
class Ekor:
    """The lines after an indicator's penjelasan: its penanggung jawab and sumber data (the
    columns the table has: ``peran`` "pj", "sd")."""

    baris: BarisIku
    blok: list[list[str]] = field(default_factory=list)
    peran: tuple[str, ...] = ("pj", "sd")


@dataclass
class TabelTeks:
    """What one annex table gave: its rows and the tails still to split (see selesaikan)."""

    baris: list[BarisIku] = field(default_factory=list)
    ekor: list[Ekor] = field(default_factory=list)
    sisa: list[tuple[int, str]] = field(default_factory=list)  # lines before the first row
    butir: str = ""  # the penjelasan bullet seen ("➢", "-"), "" none


def _garis(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(line number, text) with blanks as KOSONG / SPASI, a bullet in mid-line split off."""
    out: list[tuple[int, str]] = []
    for n, raw in lines:
        text = rapi(raw)
        if not text:
            out.append((n, SPASI if raw.strip(" \t") == "" and raw else KOSONG))
            continue
        m = BUTIR_TENGAH.match(text)
        if m and not BUTIR_PENJELASAN.match(text):
            out += [(n, m.group(1)), (n, KOSONG), (n, f"{m.group(2)} {m.group(3)}".strip())]
        else:
            out.append((n, text))
    return out


def baca_tabel(lines: list[tuple[int, str]], peran: tuple[str, ...] = ("pj", "sd")) -> TabelTeks:
    """The rows of an annex table from its lines (after the heading); ``peran``: which of the
    penanggung jawab ("pj") and sumber data ("sd") columns the table has."""
    garis = _garis(lines)
    texts = [t for _, t in garis if t not in (KOSONG, SPASI)]
    if _tanda(texts) == "-–":
        garis = _pisah_strip(garis)
        texts = [t for _, t in garis if t not in (KOSONG, SPASI)]
    tabel = TabelTeks()
    if not texts:
        return tabel
    lebar = _lebar(texts)
    bullets = _tanda(texts)
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
    raw = dict(lines)
    split = [_bagian(row, bullets) for row in rows]
    awal = set() if bullets else _awal_penjelasan([p for _, parts in split for p in parts], raw, lebar)
    for (sasaran, parts) in split:
        _baris(tabel, sasaran, parts, lebar, bullets, raw, awal)
    for e in tabel.ekor:
        e.peran = peran
    tabel.butir = next((t[0] for t in texts if _butir(t, bullets)), "")
    return tabel


def _awal_penjelasan(parts: list[tuple[list, list]], raw: dict[int, str], lebar: float) -> set[str]:
    """The words the penjelasan begins with where a wide gap shows it ("… Roda 2  Sarpras …")."""
    out = set()
    for name, _ in parts:
        if name and len(name[0][1]) >= 0.8 * lebar:
            m = re.search(r"\S {2,}(\S+)", raw.get(name[0][0], "").strip())
            if m:
                out.add(m.group(1))
    return out


def _lebar(texts: list[str]) -> float:
    """The penjelasan column's width in characters: the upper quartile of the long lines
    (those at least half as long as the longest: the short cells do not count)."""
    longest = max(len(t) for t in texts)
    lens = [len(t) for t in texts if len(t) >= longest / 2]
    return statistics.quantiles(lens, n=4)[2] if len(lens) > 1 else longest


def _pisah_strip(garis: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A cell and a "- " bullet on one line ("Jumlah pos ronda aktif - Pos ronda …") split."""
    out = []
    for n, t in garis:
        m = re.match(r"^([^-–].*?\S)\s+([-–])\s+(\S.*)$", t)
        out += [(n, m.group(1)), (n, KOSONG), (n, f"{m.group(2)} {m.group(3)}")] if m else [(n, t)]
    return out


def _tanda(texts: list[str]) -> str:
    """The penjelasan bullets of a table: "➢" and the like where any line starts with one;
    else "-" where lines start with "- " (a "-Sekcam" in a list of names is no bullet); "" none."""
    if any(BUTIR_PENJELASAN.match(t) and t[:1] not in "-–*" for t in texts):
        return "➢•▪►●◆❖"
    return "-–" if sum(1 for t in texts if t[:2] in ("- ", "– ")) >= 2 else ""


def _butir(text: str, tanda: str) -> bool:
    return bool(tanda) and text[:1] in tanda and (text[:1] not in "-–" or text[1:2] == " ")


def _blok(garis: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    out: list[list[tuple[int, str]]] = [[]]
    for n, t in garis:
        if t in (KOSONG, SPASI):
            if out[-1]:
                out.append([])
        else:
            out[-1].append((n, t))
    return [b for b in out if b]


def _bagian(row: list[tuple[int, str]], bullets: str) -> tuple[list, list[tuple[list, list]]]:
    """A numbered row's sasaran block and its indicators' (name lines, lines after)."""
    blocks = _blok(row)
    first = _sambung_blok(blocks)
    rest = row[row.index(first[-1]) + 1:]
    return first, (_indikator_bullets(rest, bullets) if bullets else _indikator_polos(rest))


def _sambung_blok(blocks: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """The first block with the blocks after it that go on with it (starting in lower case)."""
    out = list(blocks[0])
    for b in blocks[1:]:
        if not b[0][1][:1].islower():
            break
        out += b
    return out


def _baris(tabel: TabelTeks, first: list, parts: list[tuple[list, list]], lebar: float, bullets: str,
           raw: dict[int, str], awal: set[str]) -> None:
    """One numbered row: its sasaran, then its indicators."""
    m = AWAL_BARIS.match(first[0][1])
    sasaran = rapi(" ".join([m.group(2)] + [t for _, t in first[1:]]))
    for k, (name, body) in enumerate(parts):
        if name and not bullets:
            name, lead = pisah_gabungan(name, raw, lebar, awal)
            body = lead + body
        b = BarisIku(tempat=f"baris {(name or body or first)[0][0]}", no=m.group(1) if k == 0 else "",
                     sasaran=sasaran if k == 0 else "", sasaran_lanjut=k > 0)
        b.indikator = rapi(" ".join(t for _, t in name))
        items, tail = _penjelasan(body, lebar, bullets)
        b.penjelasan, b.berbutir = items, bool(bullets)
        tabel.baris.append(b)
        tabel.ekor.append(Ekor(b, [[t for _, t in blk] for blk in _blok(tail)]))


def _mulai_butir(garis: list[tuple[int, str]], start: int, tanda: str) -> int | None:
    for k in range(start, len(garis)):
        if _butir(garis[k][1], tanda):
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
            before = _sebelum(rest, name_at)
            if before is not None and before.endswith(","):
                name_at = j + 1
        starts.append((name_at, k))
        k = _akhir_penjelasan(rest, k, tanda)
        first = False
        k = _mulai_butir(rest, k, tanda) if k is not None else None
    out = []
    for i, (name_at, k) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(rest)
        name = [x for x in rest[name_at:k] if x[1] not in (KOSONG, SPASI)]
        out.append((name, rest[k:end]))
    return out


def _sebelum(garis: list[tuple[int, str]], at: int) -> str | None:
    for j in range(at - 1, -1, -1):
        if garis[j][1] not in (KOSONG, SPASI):
            return garis[j][1]
    return None


def _jarak(jarak: str, blank: str) -> str:
    """The blank between two lines so far: "spasi" (an empty paragraph) outweighs "kosong"."""
    return "spasi" if blank == SPASI or jarak == "spasi" else "kosong"


def _lanjut(prev: str, text: str, lebar: float, jarak: str = "") -> bool:
    """Whether ``text`` goes on with the paragraph whose last line is ``prev`` (``jarak``: the
    blank between them, if any): a long line does; after an empty paragraph or a finished
    sentence a short one does not; else a line starting in lower case or with a sign does,
    and one starting with a capital only right under a long line."""
    if len(text) >= 0.6 * lebar:
        return True
    if jarak == "spasi" or prev.endswith(AKHIR_KALIMAT):
        return False
    word = text.split()[0]
    return not word[:1].isupper() or len(word) == 1 or (len(prev) >= 0.6 * lebar and not jarak)


def _akhir_penjelasan(garis: list[tuple[int, str]], k: int, tanda: str) -> int | None:
    """The index after the last line of the bulleted penjelasan starting at ``k``."""
    lebar = _lebar_garis(garis)
    prev, jarak = garis[k][1], ""
    end = k + 1
    for j in range(k + 1, len(garis)):
        t = garis[j][1]
        if t in (KOSONG, SPASI):
            jarak = _jarak(jarak, t)
            continue
        if _butir(t, tanda) or _lanjut(prev, t, lebar, jarak):
            prev, end, jarak = t, j + 1, ""
        else:
            break
    return end


def _lebar_garis(garis: list[tuple[int, str]]) -> float:
    lens = [len(t) for _, t in garis if t not in (KOSONG, SPASI)]
    return max(lens) if lens else 0


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
        name = _sambung_blok(_blok(rest[k:end]))
        j = rest.index(name[-1], k) + 1
        out.append((name, rest[j:end]))
    return out


def _penjelasan(body: list[tuple[int, str]], lebar: float, bullets: str) -> tuple[list[str], list[tuple[int, str]]]:
    """The penjelasan items at the start of ``body``, and the lines after them."""
    items: list[str] = []
    prev, new, jarak = "", True, ""
    k = 0
    for k, (_, t) in enumerate(body):
        if t in (KOSONG, SPASI):
            new = new or (t == SPASI and not bullets)
            jarak = _jarak(jarak, t)
            continue
        m = BUTIR_PENJELASAN.match(t) if _butir(t, bullets) else None
        if m:
            items.append(rapi(m.group(2)))
        elif items and _lanjut(prev, t, lebar, "kosong" if not bullets and jarak == "spasi" else jarak):
            if not bullets and (new or prev.endswith(AKHIR_KALIMAT)):
                items.append(t)
            else:
                items[-1] = rapi(f"{items[-1]} {t}")
        elif not items and not bullets:
            items.append(t)
        else:
            return items, body[k:]
        prev, new, jarak = t, False, ""
    return items, []


def pisah_gabungan(name: list[tuple[int, str]], raw: dict[int, str], lebar: float,
                   awal: set[str]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """An indicator cell whose first line runs on into the penjelasan (a line as long as the
    penjelasan's): split at a wide gap ("Jumlah SOP  SOP adalah …"), else before a word that
    begins the penjelasan of the other rows (``awal``). Returns (name lines, penjelasan lines)."""
    n, first = name[0]
    if len(first) < 0.8 * lebar:
        return name, []
    m = NOMOR_IKU.match(first)
    head = first[:m.end()] if m else ""
    body = raw.get(n, first).strip()[len(head):] if raw.get(n, "").strip().startswith(head) else first[len(head):]
    gap = re.search(r"\S( {2,}|\t)\S", body)
    if gap:
        left, right = body[:gap.start() + 1], body[gap.end() - 1:]
    else:
        words = rapi(body).split()
        at = next((i for i in range(1, len(words)) if words[i] in awal), None)
        if at is None:
            return name, []
        left, right = " ".join(words[:at]), " ".join(words[at:])
    return [(n, rapi(head + left))], [(n, rapi(right)), *name[1:]]


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
