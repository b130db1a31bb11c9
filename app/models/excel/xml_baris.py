"""The data rows of a sheet as SpreadsheetML (the XML openpyxl writes for inline strings),
fast enough for a large file: a million cells in well under a second.

Column by column (:class:`PenulisBaris`): a value met before (a number, a name repeated on
forty rows, a fingerprint) is escaped, formatted and hashed once; the formulas of a row are
made from a template per kind of row (:func:`.rumus.rumus` with a stand-in row number); a row is
put together by one :meth:`str.format` call, not cell by cell in Python."""

from __future__ import annotations

from decimal import Decimal
from itertools import islice, repeat
from xml.sax.saxutils import escape

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from ..angka import format_angka
from .kolom import BACA, RUMUS, kanon, sidik
from .lembar import Lembar
from .rumus import rumus

NUM_INT, NUM_DEC, NUM_PCT = "#,##0", "#,##0.0###", "#,##0.00"
_R0 = 1_000_000_000  # the stand-in row number the formula templates are made with
POTONGAN = 4096  # rows in a piece of a sheet's XML


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

    Column by column: each distinct value of a column becomes its cell once, each distinct
    value its fingerprint once. A row is then one :meth:`str.format` of a template with its
    row number, height, id, the quarter's first row and its cells; the template — the cell
    references of the cells the row holds and its formulas — is made once per kind of row."""

    def __init__(self, lembar: Lembar, letters: dict[str, str], ids: dict, sst: dict[str, int] | None = None):
        self.letters, self.ids = letters, ids
        self.sst = sst  # the workbook's shared strings (text -> index) for the grey columns; None: inline
        self.kolom = lembar.kolom
        self.edit = [k.kunci for k in lembar.editable()]
        self.ada_rumus = any(k.jenis == RUMUS for k in lembar.kolom)
        self.bersama: dict[str, int] = {}  # formula column -> its argument in the row's template
        self.si = -1  # the last shared formula's index
        self._raw: dict[tuple, str] = {}

    def _formulas(self, values: dict) -> dict[str, str]:
        """Column -> its formula cell, with ``{0}`` for the row and ``{3}`` for the
        quarter's first row (no formula: no entry)."""
        cells = {}
        first = str(_R0 - int(values["tw"]) + 1) if "tw" in values else None
        for k in self.kolom:
            text = rumus(k.kunci, _R0, values, self.letters) if k.jenis == RUMUS else ""
            if text:
                body = escape(text[1:]).replace("{", "{{").replace("}", "}}").replace(str(_R0), "{0}")
                body = body.replace(first, "{3}") if first else body
                inner = "{%d}" % self.bersama[k.kunci] if k.kunci in self.bersama and self._mentah(k.kunci, values) \
                    else f"<f>{body}</f>"
                cells[k.kunci] = f'<c r="{self.letters[k.kunci]}{{0}}" s="{self.ids[NUM_PCT]}">{inner}</c>'
        return cells

    def _mentah(self, kunci: str, values: dict) -> str:
        """The formula of column ``kunci`` (escaped, row ``_R0``) for a row of this kind when
        it refers to its own row only, the same on every quarter ("": not so)."""
        key = (kunci, values.get("_jenis"), values.get("_polaritas"), values.get("_aturan"))
        if key not in self._raw:
            values = {**values, "tw": 2}  # a quarter's formula that refers to its first row names row _R0 - 1
            text = rumus(kunci, _R0, values, self.letters)
            self._raw[key] = "" if not text or str(_R0 - 1) in text else escape(text[1:])
        return self._raw[key]

    def _f_bersama(self, kunci: str, fkeys: list) -> list[str]:
        """The ``<f>`` of a formula column that refers to its own row only, row by row: a
        run of rows with the same formula is one shared formula (written once, at the run's
        first row; Excel, LibreOffice and openpyxl give each row its own) — a sixth of a
        realisasi row's characters fewer to make and compress. Rows whose formula refers to
        the quarter's first row keep theirs in the row's template ("" here)."""
        names, r0, letter = ("_jenis", "_polaritas", "_aturan"), str(_R0), self.letters[kunci]
        raws = list(map(_Tembolok(lambda fkey: self._mentah(kunci, {n: v for n, v in zip(names, fkey) if v is not None})
                                  ).__getitem__, fkeys))
        out, n, total = [""] * len(raws), 0, len(raws)
        while n < total:
            raw, end = raws[n], n
            while end + 1 < total and raws[end + 1] == raw:
                end += 1
            if raw and end > n:
                self.si += 1
                out[n] = f'<f t="shared" ref="{letter}{n + 2}:{letter}{end + 2}" si="{self.si}">{raw.replace(r0, str(n + 2))}</f>'
                out[n + 1:end + 1] = [f'<f t="shared" si="{self.si}"/>'] * (end - n)
            elif raw:
                out[n] = f"<f>{raw.replace(r0, str(n + 2))}</f>"
            n = end + 1
        return out

    def _sel(self, k):
        """value -> the cell after its reference ("": no cell)."""
        style, ids, baca, sst = self.ids["baca" if k.jenis == BACA else "teks"], self.ids, k.jenis == BACA, self.sst

        def hitung(v) -> str:
            if v is None:
                return ""
            t = type(v)
            if t is Decimal:
                return _angka(v, ids, baca)
            if t is int:
                return f"><v>{v}</v></c>"
            text = teks_sel(v)
            if not text:
                return ""
            if baca and sst is not None:  # a name repeated on every quarter of every year: written once
                return f' s="{style}" t="s"><v>{sst.setdefault(text, len(sst))}</v></c>'
            return _inline(text, style)
        return hitung

    def _pola(self, parts: list, fps: str):
        """(the cells present, formula key, has an id) -> the row's template."""
        def hitung(key) -> str:
            mask, fkey, has_id = key
            out = ['<row r="{0}"{1}>', '<c r="A{0}" t="inlineStr"><is><t>{2}</t></is></c>' if has_id else "",
                   f'<c r="B{{0}}" t="inlineStr"><is><t>{fps}</t></is></c>']
            formulas = {}
            if self.ada_rumus:
                names = ("_jenis", "_polaritas", "_aturan", "tw")
                formulas = self._formulas({n: v for n, v in zip(names, fkey) if v is not None})
            for at, letter, kunci in parts:
                if at is None:
                    out.append(formulas.get(kunci, ""))
                elif mask[at]:
                    out.append(f'<c r="{letter}{{0}}"{{{at + 4}}}')
            out.append("</row>")
            return "".join(out)
        return hitung

    def semua(self, rows: list[tuple[str, dict]]) -> str:
        """The XML of ``rows`` ((id, values by column key)), numbered from row 2."""
        return "".join(self.potongan(rows))

    def potongan(self, rows: list[tuple[str, dict]], size: int = POTONGAN):
        """The XML of ``rows`` in pieces of ``size`` rows: the cells are worked out now,
        the rows put together as the pieces are taken (the zip compresses one piece while
        the next is made, :func:`.buku._sisipkan`)."""
        if not rows:
            return iter(())
        dicts = [values for _ident, values in rows]
        args: list[list] = []
        lines: list[list] = []
        parts = []  # (position in args or None: a formula, letter, key)
        cols: dict[str, list] = {}

        def kolom(kunci: str) -> list:
            """A column's values, row by row (each column taken out of the rows once)."""
            if kunci not in cols:
                cols[kunci] = list(map(dict.get, dicts, repeat(kunci)))
            return cols[kunci]
        for k in self.kolom:
            if k.jenis == RUMUS:
                parts.append((None, "", k.kunci))
                continue
            col = kolom(k.kunci)
            args.append(_peta(col, self._sel(k)))
            parts.append((len(args) - 1, self.letters[k.kunci], k.kunci))
            if set(map(type, col)) - {type(None), Decimal, int}:
                lebar = k.lebar
                lines.append(_peta(col, lambda v: 1 if v is None or type(v) in (Decimal, int) else _garis(teks_sel(v), lebar)))
        nkol = len(args)
        for kunci in self.edit:
            args.append(_peta(kolom(kunci), sidik))
        fps = " ".join("{%d}" % (n + 4) for n in range(nkol, len(args)))
        masks = zip(*[map(bool, a) for a in args[:nkol]]) if nkol else repeat(())
        fkeys = list(zip(*map(kolom, ("_jenis", "_polaritas", "_aturan", "tw")))) if self.ada_rumus else repeat(None)
        for k in self.kolom if self.ada_rumus else ():
            if k.jenis == RUMUS:
                self.bersama[k.kunci] = len(args) + 4
                args.append(self._f_bersama(k.kunci, fkeys))
        idents = [escape(i) if i else "" for i, _v in rows]
        fmts = list(map(_Tembolok(self._pola(parts, fps)).__getitem__, zip(masks, fkeys, map(bool, idents))))
        heights = (lines[0] if len(lines) == 1 else list(map(max, *lines))) if lines else [1] * len(rows)
        heights = _peta(heights, _tinggi_baris)
        first = [r - int(d["tw"]) + 1 if d.get("tw") is not None else r for r, d in enumerate(dicts, start=2)]
        made = map(str.format, fmts, range(2, len(rows) + 2), heights, idents, first, *args)
        return ("".join(islice(made, size)) for _ in range(0, len(rows), size))


def sst_xml(sst: dict[str, int]) -> str:
    """The shared strings part of ``sst`` (text -> index, in index order)."""
    items = "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' if t != t.strip() else f"<si><t>{escape(t)}</t></si>"
                    for t in sst)
    return f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="{len(sst)}">{items}</sst>'
