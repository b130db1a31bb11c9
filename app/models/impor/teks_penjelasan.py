"""A penjelasan cell in plain text (:mod:`.teks_iku`): its items (bulleted, or paragraphs
ended by a sentence end or an empty paragraph), where it ends, and an indicator cell whose
first line runs on into it."""

from __future__ import annotations

import re

from .baris import rapi
from .tabel import BUTIR_PENJELASAN
from .teks_garis import AKHIR_KALIMAT, KOSONG, SPASI, ada_butir, lebar_garis

NOMOR_IKU = re.compile(r"^\d{1,2}\.\s")


def awal_penjelasan(parts: list[tuple[list, list]], raw: dict[int, str], lebar: float) -> set[str]:
    """The words the penjelasan begins with where a wide gap shows it ("… Roda 2  Sarpras …")."""
    out = set()
    for name, _ in parts:
        if name and len(name[0][1]) >= 0.8 * lebar:
            m = re.search(r"\S {2,}(\S+)", raw.get(name[0][0], "").strip())
            if m:
                out.add(m.group(1))
    return out


def gabung_jarak(jarak: str, blank: str) -> str:
    """The blank between two lines so far: "spasi" (an empty paragraph) outweighs "kosong"."""
    return "spasi" if blank == SPASI or jarak == "spasi" else "kosong"


def lanjut(prev: str, text: str, lebar: float, jarak: str = "") -> bool:
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


def akhir_penjelasan(garis: list[tuple[int, str]], k: int, tanda: str) -> int | None:
    """The index after the last line of the bulleted penjelasan starting at ``k``."""
    lebar = lebar_garis(garis)
    prev, jarak = garis[k][1], ""
    end = k + 1
    for j in range(k + 1, len(garis)):
        t = garis[j][1]
        if t in (KOSONG, SPASI):
            jarak = gabung_jarak(jarak, t)
            continue
        if ada_butir(t, tanda) or lanjut(prev, t, lebar, jarak):
            prev, end, jarak = t, j + 1, ""
        else:
            break
    return end


def baca_penjelasan(body: list[tuple[int, str]], lebar: float, bullets: str) -> tuple[list[str], list[tuple[int, str]]]:
    """The penjelasan items at the start of ``body``, and the lines after them."""
    items: list[str] = []
    prev, new, jarak = "", True, ""
    k = 0
    for k, (_, t) in enumerate(body):
        if t in (KOSONG, SPASI):
            new = new or (t == SPASI and not bullets)
            jarak = gabung_jarak(jarak, t)
            continue
        m = BUTIR_PENJELASAN.match(t) if ada_butir(t, bullets) else None
        if m:
            items.append(rapi(m.group(2)))
        elif items and lanjut(prev, t, lebar, "kosong" if not bullets and jarak == "spasi" else jarak):
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
