"""The data rows of a sheet as SpreadsheetML (the XML openpyxl writes for inline strings),
fast enough for a large file: a million cells in well under a second.

Column by column (:class:`PenulisBaris`): a value met before (a number, a name repeated on
forty rows, a fingerprint) is escaped, formatted and hashed once; the formulas of a row are
made from a template per kind of row (:func:`.rumus.rumus` with a placeholder row); a row is
put together by two :meth:`str.format` calls, not cell by cell in Python."""

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


def _kurung(text: str) -> str:
    """``text`` kept as it is by :meth:`str.format` (the rows' second pass)."""
    return text.replace("{", "{{").replace("}", "}}") if "{" in text or "}" in text else text


def _garis(text: str, lebar: int) -> int:
    """The lines a text takes in a column ``lebar`` wide (1: it does not wrap)."""
    if len(text) <= lebar and "\n" not in text:
        return 1
    per_line = max(1, int(lebar))
    return max(1, sum(-(-len(part) // per_line) or 1 for part in text.split("\n")))


def _tinggi_baris(lines: int) -> str:
    """The row height that shows ``lines`` lines (Excel and LibreOffice keep the default
    height of a row written without one): 15 points a line, at most 409."""
    return "" if lines == 1 else f' ht="{min(409, 15 * lines)}" customHeight="1"'


_AMAN = frozenset({type(None), str, Decimal, int, bool, float})
_BILANGAN = frozenset({Decimal, int, bool, float})  # equal across types (True == 1 == Decimal(1))


class _Tembolok(dict):
    """value -> what ``hitung`` makes of it, each distinct value once."""

    def __init__(self, hitung):
        super().__init__()
        self.hitung = hitung

    def __missing__(self, value):
        out = self[value] = self.hitung(value)
        return out


def _peta(values: list, hitung) -> list:
    """``[hitung(v) for v in values]``, each distinct value computed once where a value's
    type cannot make two values look alike to a dictionary (a column of one kind of number)."""
    types = set(map(type, values))
    if types <= _AMAN and len(types & _BILANGAN) <= 1:
        try:
            return list(map(_Tembolok(hitung).__getitem__, values))
        except TypeError:  # a signalling NaN cannot be hashed
            pass
    return [hitung(v) for v in values]


class PenulisBaris:
    """Writes the rows of one sheet; ``ids``: style name -> the workbook's style index.

    Column by column: each distinct value of a column becomes its cell once (with ``{0}``
    for the row number), each distinct value its fingerprint once; a row is then one
    :meth:`str.format` of the sheet's row template with its cells, and a second one puts in
    its row number (and the quarter's first row the formulas refer to)."""

    def __init__(self, lembar: Lembar, letters: dict[str, str], ids: dict):
        self.letters, self.ids = letters, ids
        self.kolom = lembar.kolom
        self.edit = [k.kunci for k in lembar.editable()]
        self._tmpl: dict[tuple, dict[str, str]] = {}

    def sidik(self, v) -> str:
        return sidik(v)

    def _formulas(self, values: dict) -> dict[str, str]:
        """Column -> its formula cell after ``<c r="``, with ``{0}`` for the row and ``{1}``
        for the quarter's first row (no formula: no entry)."""
        key = (values.get("_jenis"), values.get("_polaritas"), values.get("_aturan"), values.get("tw"))
        cells = self._tmpl.get(key)
        if cells is None:
            cells = {}
            first = str(_R0 - int(values["tw"]) + 1) if "tw" in values else None
            for k in self.kolom:
                text = rumus(k.kunci, _R0, values, self.letters) if k.jenis == RUMUS else ""
                if text:
                    body = escape(text[1:]).replace("{", "{{").replace("}", "}}").replace(str(_R0), "{0}")
                    body = body.replace(first, "{1}") if first else body
                    cells[k.kunci] = f'<c r="{self.letters[k.kunci]}{{0}}" s="{self.ids[NUM_PCT]}"><f>{body}</f></c>'
            cells = self._tmpl[key] = cells
        return cells

    def _sel(self, k):
        letter, style = self.letters[k.kunci], self.ids["baca" if k.jenis == BACA else "teks"]
        ids, baca = self.ids, k.jenis == BACA

        def hitung(v) -> str:
            if v is None:
                return ""
            t = type(v)
            if t is Decimal:
                body = _angka(v, ids, baca)
            elif t is int:
                body = f"><v>{v}</v></c>"
            else:
                text = teks_sel(v)
                if not text:
                    return ""
                body = _inline(text, style)
            return f'<c r="{letter}{{0}}"' + _kurung(body)
        return hitung

    def semua(self, rows: list[tuple[str, dict]]) -> str:
        """The XML of ``rows`` ((id, values by column key)), numbered from row 2."""
        if not rows:
            return ""
        dicts = [values for _ident, values in rows]
        args: list[list] = []
        lines: list[list] = []
        cells = []
        formulas = None
        if any(k.jenis == RUMUS for k in self.kolom):
            formulas = list(map(self._formulas, dicts))
        for k in self.kolom:
            if k.jenis == RUMUS:
                args.append([f.get(k.kunci, "") for f in formulas])
                cells.append("{%d}" % (len(args) + 1))
                continue
            col = [d.get(k.kunci) for d in dicts]
            args.append(_peta(col, self._sel(k)))
            cells.append("{%d}" % (len(args) + 1))
            if set(map(type, col)) - {type(None), Decimal, int}:
                lebar = k.lebar
                lines.append(_peta(col, lambda v: 1 if v is None or type(v) in (Decimal, int) else _garis(teks_sel(v), lebar)))
        fps = []
        for kunci in self.edit:
            args.append(_peta([d.get(kunci) for d in dicts], sidik))
            fps.append("{%d}" % (len(args) + 1))
        heights = (lines[0] if len(lines) == 1 else list(map(max, *lines))) if lines else [1] * len(rows)
        heights = _peta(heights, _tinggi_baris)
        ident = [f'<c r="A{{0}}" t="inlineStr"><is><t>{_kurung(escape(i))}</t></is></c>' if i else "" for i, _v in rows]
        fmt = ('<row r="{{0}}"{0}>{1}<c r="B{{0}}" t="inlineStr"><is><t>' + " ".join(fps) + "</t></is></c>"
               + "".join(cells) + "</row>")
        first = [r - int(d["tw"]) + 1 if d.get("tw") is not None else r for r, d in enumerate(dicts, start=2)]
        stage1 = map(fmt.format, heights, ident, *args)
        return "".join(map(str.format, stage1, range(2, len(rows) + 2), first))
