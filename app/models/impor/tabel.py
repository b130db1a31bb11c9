"""The columns of an annex or matrix table, told by their headings (any order, any subset:
a four-column annex without NO and PENANGGUNG JAWAB is read as well as the usual six), and
the text of a cell: names on one line, lists one item a line, penjelasan items ("➢", "-",
"•" or Word's own bullets)."""

from __future__ import annotations

import re

from .baris import rapi

# (role, test on a heading in capitals); the order matters: "PENJELASAN (MAKNA INDIKATOR …)" is
# the explanation, "FORMULASI PERHITUNGAN/PENJELASAN" a formula.
PERAN = (
    ("no", lambda h: h.rstrip(".") in ("NO", "NOMOR", "NO URUT")),
    ("formulasi", lambda h: "FORMULASI" in h or "RUMUS" in h),
    ("target", lambda h: "TARGET" in h),
    ("penjelasan", lambda h: any(w in h for w in ("PENJELASAN", "ALASAN", "MAKNA"))),
    ("indikator", lambda h: "INDIKATOR" in h),
    ("pj", lambda h: "PENANGGUNG" in h),
    ("sd", lambda h: "SUMBER" in h),
    ("sasaran", lambda h: any(w in h for w in ("SASARAN", "KINERJA UTAMA", "TUJUAN"))),
)
BUTIR_PENJELASAN = re.compile(r"^\s*([➢•▪►●◆❖\-–*])\s*(.*)$")
BUTIR_DAFTAR = re.compile(r"^(\d{1,2}|[a-zA-Z])[.)]\s")
TAHUN = re.compile(r"^(19|20|21)\d\d$")
NOMOR_KOLOM = re.compile(r"^\(?\d{1,2}\)?$")


def peran(heading: str) -> str | None:
    h = rapi(heading).upper()
    for name, test in PERAN:
        if h and test(h):
            return name
    return None


def peta_kolom(headings: list[str]) -> dict[str, list[int]] | None:
    """Role -> column indexes, when the row is a table header (it names an indicator and at
    least one other column); else None."""
    roles: dict[str, list[int]] = {}
    for i, h in enumerate(headings):
        r = peran(h)
        if r:
            roles.setdefault(r, []).append(i)
    if "indikator" not in roles or len(roles) < 2:
        return None
    return roles


def baris_nomor_kolom(texts: list[str]) -> bool:
    """A row "(1) (2) (3) …" or "1 2 3 …" numbering the columns."""
    filled = [t for t in texts if t]
    return len(filled) >= 3 and all(NOMOR_KOLOM.match(t) for t in filled)


def nama(lines: list[str]) -> str:
    return rapi(" ".join(lines))


def daftar(lines: list[str]) -> str:
    """A cell that may be a list ("a. Bendahara", "- Sekcam"): one item a line; else one line."""
    lines = [rapi(x) for x in lines if rapi(x)]
    if len(lines) > 1 and sum(1 for x in lines if BUTIR_DAFTAR.match(x) or x[:1] in "-–•") >= 2:
        out: list[str] = []
        for x in lines:
            if out and not (BUTIR_DAFTAR.match(x) or x[:1] in "-–•"):
                out[-1] = f"{out[-1]} {x}"
            else:
                out.append(x)
        return "\n".join(out)
    return rapi(" ".join(lines))


def penjelasan(lines: list[tuple[str, bool]]) -> tuple[list[str], bool, str]:
    """Items of a penjelasan cell from (line, is a Word list item); whether they are bulleted;
    the bullet seen ("➢", "-", "" for none)."""
    bullet = next((m.group(1) for t, _ in lines if (m := BUTIR_PENJELASAN.match(t))), "")
    berbutir = bool(bullet) or any(is_list for _, is_list in lines)
    items: list[str] = []
    for text, is_list in lines:
        m = BUTIR_PENJELASAN.match(text)
        t = rapi(m.group(2) if m else text)
        if not t:
            continue
        if berbutir and not (m or is_list) and items:
            items[-1] = f"{items[-1]} {t}"
        else:
            items.append(t)
    return items, berbutir, bullet
