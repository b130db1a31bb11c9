"""The data rows of a sheet as SpreadsheetML (the XML openpyxl writes for inline strings),
fast enough for a large file: a million cells in about a second.

What a row costs is kept to a few dictionary look-ups a cell: each sheet's columns are
planned once (:class:`PenulisBaris`); a value met before (a number, a name repeated on
forty rows, a fingerprint) is escaped, formatted and hashed once; the formulas of a row are
made from a template per kind of row (:func:`.rumus.rumus` with a placeholder row)."""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from ..angka import format_angka
from .kolom import BACA, RUMUS, YATIDAK, kanon, sidik
from .lembar import Lembar
from .rumus import rumus

NUM_INT, NUM_DEC, NUM_PCT = "#,##0", "#,##0.0###", "#,##0.00"
_R0 = 1_000_000_000  # the placeholder row number the formula templates are made with
_KOSONG = sidik(None)


def teks_sel(value) -> str:
    """The text a cell shows: the canonical text, without the characters XML cannot hold."""
    if value is None or value == "":
        return ""
    text = kanon(value)
    return ILLEGAL_CHARACTERS_RE.sub("", text) if ILLEGAL_CHARACTERS_RE.search(text) else text


def _inline(text: str, style: int | None) -> str:
    """An inline string cell after its reference (``<c r="C2"`` is the caller's)."""
    s = f' s="{style}"' if style else ""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'{s} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _angka(value: Decimal, ids: dict, baca: bool) -> str:
    """A number cell after its reference: a number Excel keeps exactly, or the text of one
    with more digits than a double holds (read back exactly)."""
    pre = "baca" if baca else ""
    if not value.is_finite():
        return _inline(str(value), ids["baca"])
    as_int = value == value.to_integral_value()
    number = int(value) if as_int else float(value)
    if not as_int and Decimal(repr(number)) != value:
        return _inline(format_angka(value), ids[pre or "teks"])
    return f' s="{ids[pre + (NUM_INT if as_int else NUM_DEC)]}"><v>{number!r}</v></c>'


def tinggi(texts: list[tuple[str, int]]) -> str:
    """The row height that shows the wrapped texts whole (Excel and LibreOffice keep the
    default height of a row written without one): 15 points a line, at most 409."""
    lines = 1
    for text, width in texts:
        per_line = max(1, int(width))
        lines = max(lines, sum(-(-len(part) // per_line) or 1 for part in text.split("\n")))
    return "" if lines == 1 else f' ht="{min(409, 15 * lines)}" customHeight="1"'


class PenulisBaris:
    """Writes the rows of one sheet; ``ids``: style name -> the workbook's style index.

    Caches: a number's cell and a text's cell (per style: information or editable), and the
    fingerprint of a value. The fingerprint cache holds only None, Decimals and strings,
    which never compare equal across types (True == 1 == Decimal(1) would)."""

    def __init__(self, lembar: Lembar, letters: dict[str, str], ids: dict):
        self.letters, self.ids = letters, ids
        self.edit = [k.kunci for k in lembar.editable()]
        self.rumus = [k.kunci for k in lembar.kolom if k.jenis == RUMUS]
        caches = {True: ({}, {}), False: ({}, {})}  # information column? -> (numbers, texts)
        self.plan = [(k.kunci, letters[k.kunci], k.jenis == BACA, k.lebar, k.jenis == RUMUS, *caches[k.jenis == BACA])
                     for k in lembar.kolom]
        self._fp: dict = {None: _KOSONG}
        # Looked up by value without a type check where no column holds ya/tidak: the
        # values are then None, decimals, texts (or lists, which fail the look-up).
        self._cepat = all(k.jenis != YATIDAK for k in lembar.editable())
        self._ht: dict[tuple, str] = {}
        self._tmpl: dict[tuple, dict[str, str]] = {}

    def _sidik_baris(self, get) -> str:
        """The fingerprints of the row's editable cells, as the hidden column ``asal`` holds them."""
        if self._cepat:
            fp, slow = self._fp.get, self.sidik
            try:
                return " ".join([fp(v) or slow(v) for v in map(get, self.edit)])
            except TypeError:  # a list, or a signalling NaN: not hashable
                pass
        return " ".join([self.sidik(get(k)) for k in self.edit])

    def _tinggi(self, texts: list[tuple[str, int]]) -> str:
        key = tuple(texts)
        ht = self._ht.get(key)
        if ht is None:
            ht = self._ht[key] = tinggi(texts)
        return ht

    def sidik(self, v) -> str:
        t = type(v)
        if v is None or t is Decimal or t is str:
            try:
                fp = self._fp.get(v)
            except TypeError:  # a signalling NaN cannot be hashed
                return sidik(v)
            if fp is None:
                fp = self._fp[v] = sidik(v)
            return fp
        return sidik(v)

    def _formulas(self, values: dict) -> dict[str, str]:
        """Column -> its formula cell after ``<c r="``, with ``{0}`` for the row and ``{1}``
        for the quarter's first row (no formula: no entry)."""
        key = (values.get("_jenis"), values.get("_polaritas"), values.get("_aturan"), values.get("tw"))
        cells = self._tmpl.get(key)
        if cells is None:
            cells = {}
            first = str(_R0 - int(values["tw"]) + 1) if "tw" in values else None
            for kunci in self.rumus:
                text = rumus(kunci, _R0, values, self.letters)
                if text:
                    body = escape(text[1:]).replace("{", "{{").replace("}", "}}").replace(str(_R0), "{0}")
                    body = body.replace(first, "{1}") if first else body
                    cells[kunci] = f'{self.letters[kunci]}{{0}}" s="{self.ids[NUM_PCT]}"><f>{body}</f></c>'
            cells = self._tmpl[key] = cells
        return cells

    def _angka(self, v: Decimal, baca: bool, cache: dict) -> str:
        try:
            frag = cache.get(v)
        except TypeError:  # a signalling NaN
            return _angka(v, self.ids, baca)
        if frag is None:
            frag = cache[v] = _angka(v, self.ids, baca)
        return frag

    def _teks(self, v: str, baca: bool, lebar: int, cache: dict) -> tuple[str | None, str | None]:
        """(the cell after its reference or None: no cell, the text when it wraps)."""
        text = teks_sel(v)
        hit = cache[v] = ((_inline(text, self.ids["baca" if baca else "teks"]) if text else None),
                          text if len(text) > lebar or "\n" in text else None)
        return hit

    def _lain(self, v, baca: bool, lebar: int, texts: list) -> str | None:
        """A list, a boolean…: its text."""
        text = teks_sel(v)
        if not text:
            return None
        if len(text) > lebar or "\n" in text:
            texts.append((text, lebar))
        return _inline(text, self.ids["baca" if baca else "teks"])

    def baris(self, r: int, ident: str, values: dict) -> str:
        rs = str(r)
        get = values.get
        texts: list[tuple[str, int]] = []
        cells: list[str] = []
        if self.rumus:
            formulas = self._formulas(values)
            first = str(r - int(values["tw"]) + 1) if "tw" in values else rs
        for kunci, letter, baca, lebar, is_rumus, nums, strs in self.plan:
            if is_rumus:
                tmpl = formulas.get(kunci)
                if tmpl is not None:
                    cells.append('<c r="' + tmpl.format(rs, first))
                continue
            v = get(kunci)
            if v is None:
                continue
            t = type(v)
            if t is str:
                frag, wraps = strs.get(v) or self._teks(v, baca, lebar, strs)
                if wraps is not None:
                    texts.append((wraps, lebar))
                if frag is None:
                    continue
            elif t is Decimal:
                frag = self._angka(v, baca, nums)
            elif t is int:
                frag = f"><v>{v}</v></c>"
            else:
                frag = self._lain(v, baca, lebar, texts)
                if frag is None:
                    continue
            cells.append(f'<c r="{letter}{rs}"{frag}')
        a = f'<c r="A{rs}" t="inlineStr"><is><t>{escape(ident)}</t></is></c>' if ident else ""
        b = self._sidik_baris(get)
        return (f'<row r="{rs}"{self._tinggi(texts) if texts else ""}>{a}<c r="B{rs}" t="inlineStr"><is><t>{b}</t></is></c>'
                + "".join(cells) + "</row>")
