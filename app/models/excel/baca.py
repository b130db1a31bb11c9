"""Reading a workbook back: its hidden ``_kinerja`` sheet (which period, jabatan, year) and
each sheet's rows, the columns found by their headings (a clerk may move a column). Nothing
here touches the database.

The sheets are read straight from the package with lxml's iterparse (shared strings, inline
strings, numbers, booleans; a formula gives the value Excel last computed): openpyxl's
reader builds an object per cell and takes seconds on a large workbook."""

from __future__ import annotations

import datetime as _dt
import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import InputTidakValid
from .buku import FORMAT, META
from .kolom import RUMUS_TANPA_NILAI

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_ISO = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?Z?")


@dataclass(frozen=True)
class LembarBaca:
    nama: str
    kolom: dict[str, int]  # heading -> 0-based position
    baris: list[tuple[int, tuple]]  # (row number, values)


def _kolom(ref: str) -> int:
    n = 0
    for ch in ref:
        if not ch.isalpha():
            break
        n = n * 26 + ord(ch.upper()) - 64
    return n - 1


def _teks(node) -> str:
    """The text of a string item: its runs, without phonetic guides."""
    return "".join(t.text or "" for t in node.iter(_NS + "t") if t.getparent().tag != _NS + "rPh")


def _lembar_lembar(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its part in the package."""
    rels = etree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    out = {}
    for sheet in etree.fromstring(z.read("xl/workbook.xml")).iter(_NS + "sheet"):
        t = target[sheet.get(_REL)]
        out[sheet.get("name")] = t.lstrip("/") if t.startswith("/") else posixpath.normpath(posixpath.join("xl", t))
    return out


def _shared(z: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in z.namelist():
        return []
    return [_teks(si) for si in etree.fromstring(z.read("xl/sharedStrings.xml")).iter(_NS + "si")]


# Built-in number formats that are dates or times (ECMA-376 18.8.30; 14–22, 45–47; the rest
# East Asian ones), and a custom format's code tested by openpyxl's rule.
_TANGGAL_BAWAAN = frozenset({*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59), *range(71, 82)})


def _gaya_tanggal(z: zipfile.ZipFile) -> frozenset[int]:
    """The indices of the cell styles that show a number as a date or a time."""
    from openpyxl.styles.numbers import is_date_format

    if "xl/styles.xml" not in z.namelist():
        return frozenset()
    root = etree.fromstring(z.read("xl/styles.xml"))
    custom = {int(f.get("numFmtId")): f.get("formatCode") or "" for f in root.iter(_NS + "numFmt")}
    xfs = root.find(_NS + "cellXfs")
    out = set()
    for n, xf in enumerate(xfs if xfs is not None else ()):
        fid = int(xf.get("numFmtId") or 0)
        if fid in _TANGGAL_BAWAAN or (fid in custom and is_date_format(custom[fid])):
            out.add(n)
    return frozenset(out)


def _nilai(c, shared: list[str], tanggal: frozenset[int] = frozenset()):
    t, v = c.get("t"), c.find(_NS + "v")
    if t == "inlineStr":
        node = c.find(_NS + "is")
        return _teks(node) if node is not None else ""
    if (v is None or (v.text is None and t != "str")) and c.find(_NS + "f") is not None:
        return RUMUS_TANPA_NILAI
    if v is None:
        return None
    if v.text is None:  # <v/>: blank text; in a number cell what openpyxl writes for infinity
        return float("nan") if t in (None, "n") else "" if t == "str" else None
    if t == "d":  # an ISO 8601 date
        return _dt.datetime.fromisoformat(v.text.strip().rstrip("Z")) if _ISO.fullmatch(v.text.strip()) else v.text
    if t == "s":
        return shared[int(v.text)]
    if t == "b":
        return v.text == "1"
    if t in ("str", "e"):
        return v.text
    text = v.text
    number = int(text) if text.lstrip("-").isdigit() else float(text)
    if tanggal and c.get("s") is not None and int(c.get("s")) in tanggal:
        from openpyxl.utils.datetime import from_excel

        try:
            return from_excel(number)
        except (ValueError, OverflowError):
            return _dt.datetime.min
    return number


def _baris(z: zipfile.ZipFile, part: str, shared: list[str], wanted=None, tanggal: frozenset[int] = frozenset()):
    """(row number, values) of each row that holds something; ``wanted(row number)``: the
    columns to read of that row (None: all) — the others are left None — or a pair (those
    columns, the ones more to read when the id is blank, the id's column)."""
    with z.open(part) as f:
        number = 0
        for _ev, row in etree.iterparse(f, tag=_NS + "row", huge_tree=True):
            number = int(row.get("r") or number + 1)
            values: dict[int, object] = {}
            cols = wanted(number) if wanted is not None else None
            more, id_at = None, 0
            if isinstance(cols, tuple):
                cols, more, id_at = cols
            for n, c in enumerate(row.iter(_NS + "c")):
                ref = c.get("r")
                at = _kolom(ref) if ref else n
                if more is not None and at >= id_at:
                    if at != id_at or not str(_nilai(c, shared) or "").strip():
                        cols = cols | more  # a row without an id: the columns that name its item too
                    more = None
                if cols is None or at in cols:
                    values[at] = _nilai(c, shared, tanggal)
            row.clear()
            while row.getprevious() is not None:
                del row.getparent()[0]
            if any(x not in (None, "") for x in values.values()):
                width = max(values) + 1
                yield number, tuple(values.get(i) for i in range(width))


def _lembar(z: zipfile.ZipFile, name: str, part: str, shared: list[str], perlu: set[str] | None,
            tanggal: frozenset[int] = frozenset(), tanpa_id: set[str] | None = None) -> LembarBaca:
    """One sheet; ``perlu``: the headings whose columns are read (None: all); ``tanpa_id``:
    those read too on a row whose id (column A) is blank."""
    state: dict = {}

    def wanted(number: int):
        if number == 1 or perlu is None:
            return None
        if "cols" not in state:
            head = state.get("head", {})
            state["cols"] = {n for h, n in head.items() if h in perlu}
            if tanpa_id and "id" in head:  # the id found by its heading (a clerk may insert columns before it)
                id_at = head["id"]
                more = frozenset(n for h, n in head.items() if h in tanpa_id)
                state["cols"] = (state["cols"] | {n for n in more if n < id_at}, more, id_at)
        return state["cols"]

    rows = []
    for r, v in _baris(z, part, shared, wanted, tanggal):
        if r == 1:
            state["head"] = {str(h).strip(): n for n, h in enumerate(v) if h is not None}
        else:
            rows.append((r, v))
    return LembarBaca(name, state.get("head", {}), rows)


def baca_buku(path: Path, perlu: dict[str, set[str]] | None = None,
              tanpa_id: set[str] | None = None) -> tuple[dict[str, str], dict[str, LembarBaca]]:
    """The meta data and the sheets of ``path``; ``perlu``: sheet -> the headings to read
    (the others come back None; a sheet not named is read whole); ``tanpa_id``: the
    headings read too on those sheets' rows without an id."""
    perlu = perlu or {}
    path = Path(path)
    if not path.is_file():
        raise InputTidakValid(f"Berkas «{path}» tidak ditemukan.")
    try:
        with zipfile.ZipFile(path) as z:
            parts = _lembar_lembar(z)
            if META not in parts:
                raise InputTidakValid(f"«{path.name}» bukan buku kerja yang diekspor dari Kinerja Kecamatan (lembar "
                                      "tersembunyi «_kinerja» tidak ada). Ekspor dulu dari aplikasi (Berkas → Ekspor "
                                      "ke Excel…), isi buku kerja itu, lalu impor.")
            shared = _shared(z)
            meta = {str(v[0]): "" if len(v) < 2 or v[1] is None else _meta_teks(v[1])
                    for _r, v in _baris(z, parts[META], shared) if v and v[0] is not None}
            if meta.get("format") != FORMAT:
                raise InputTidakValid(f"«{path.name}» dibuat oleh versi aplikasi yang lain (format "
                                      f"«{meta.get('format')}»). Ekspor ulang dari aplikasi ini.")
            tanggal = _gaya_tanggal(z)
            sheets = {name: _lembar(z, name, part, shared, perlu.get(name), tanggal, tanpa_id)
                      for name, part in parts.items() if name != META}
            return meta, sheets
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, OSError) as exc:
        raise InputTidakValid(f"«{path.name}» bukan buku kerja Excel (.xlsx) yang dapat dibaca. Simpan ulang dari Excel "
                              "atau LibreOffice sebagai .xlsx, lalu coba lagi.") from exc


def _meta_teks(value) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
