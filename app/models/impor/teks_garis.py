"""The lines of an annex table pasted as plain text (:mod:`.teks_iku`): blank lines told
apart (an empty line, a line of spaces = an empty paragraph of the source), a bullet in mid
line split off, blocks between blank lines, the penjelasan column's width and bullets."""

from __future__ import annotations

import re
import statistics

from .baris import rapi
from .tabel import BUTIR_PENJELASAN

BUTIR_TENGAH = re.compile(r"^(.*?\S)\s+([➢•▪►●◆❖])\s*(.*)$")
AKHIR_KALIMAT = (".", ",", ":", ";")
KOSONG, SPASI = "", " "  # an empty line; a line of spaces (an empty paragraph of the source)


def garis_tabel(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
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


def lebar_kolom(texts: list[str]) -> float:
    """The penjelasan column's width in characters: the upper quartile of the long lines
    (those at least half as long as the longest: the short cells do not count)."""
    longest = max(len(t) for t in texts)
    lens = [len(t) for t in texts if len(t) >= longest / 2]
    return statistics.quantiles(lens, n=4)[2] if len(lens) > 1 else longest


def pisah_strip(garis: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A cell and a "- " bullet on one line ("Jumlah pos ronda aktif - Pos ronda …") split."""
    out = []
    for n, t in garis:
        m = re.match(r"^([^-–].*?\S)\s+([-–])\s+(\S.*)$", t)
        out += [(n, m.group(1)), (n, KOSONG), (n, f"{m.group(2)} {m.group(3)}")] if m else [(n, t)]
    return out


def jenis_butir(texts: list[str]) -> str:
    """The penjelasan bullets of a table: "➢" and the like where any line starts with one;
    else "-" where lines start with "- " (a "-Sekcam" in a list of names is no bullet); "" none."""
    if any(BUTIR_PENJELASAN.match(t) and t[:1] not in "-–*" for t in texts):
        return "➢•▪►●◆❖"
    return "-–" if sum(1 for t in texts if t[:2] in ("- ", "– ")) >= 2 else ""


def ada_butir(text: str, tanda: str) -> bool:
    return bool(tanda) and text[:1] in tanda and (text[:1] not in "-–" or text[1:2] == " ")


def bagi_blok(garis: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    out: list[list[tuple[int, str]]] = [[]]
    for n, t in garis:
        if t in (KOSONG, SPASI):
            if out[-1]:
                out.append([])
        else:
            out[-1].append((n, t))
    return [b for b in out if b]


def sambung_blok(blocks: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """The first block with the blocks after it that go on with it (starting in lower case)."""
    out = list(blocks[0])
    for b in blocks[1:]:
        if not b[0][1][:1].islower():
            break
        out += b
    return out


def sebelum(garis: list[tuple[int, str]], at: int) -> str | None:
    for j in range(at - 1, -1, -1):
        if garis[j][1] not in (KOSONG, SPASI):
            return garis[j][1]
    return None


def lebar_garis(garis: list[tuple[int, str]]) -> float:
    lens = [len(t) for _, t in garis if t not in (KOSONG, SPASI)]
    return max(lens) if lens else 0
