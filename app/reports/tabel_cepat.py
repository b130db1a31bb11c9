"""A ReportLab ``Table`` that draws its plain-text cells cheaply, writing exactly the page
content ReportLab writes (the PDF is byte for byte the same).

ReportLab draws each line of a plain-text cell through ``drawString`` (or its right and
centred forms): a new text object, the string's width, the font's subset encoding of the
text and three numbers formatted for the PDF, every time. A table of 2,000 rows has some
40,000 such lines, most of them repeated texts ("", "100,00 %", a category) on repeated
positions (a column's x, a row's y): they took most of the LKjIP's build time. Here the
encoded text and the width are remembered per canvas (the subset encoding of a character is
fixed once it is first used in a document), and the numbers per value.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Table

from .common import Para

_X = {"LEFT": 0, "CENTRE": 1, "CENTER": 1, "RIGHT": 2}
_NUM: dict[float, str] = {}  # a coordinate → its PDF text (fp_str of one value)


def _num(v: float) -> str:
    s = _NUM.get(v)
    if s is None:
        if len(_NUM) > 50000:
            _NUM.clear()
        s = _NUM[v] = fp_str(v)
    return s


class _Teks:
    """What one canvas remembers: (font, size, leading, text) → (encoded text, width)."""

    def __init__(self, canv):
        self.canv, self.memo, self.tf = canv, {}, {}

    def get(self, text: str) -> tuple[str, float | None]:
        c = self.canv
        key = (c._fontname, c._fontsize, c._leading, text)
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = (self._encode(text), stringWidth(text, c._fontname, c._fontsize))
        return hit

    def _encode(self, text: str) -> str:
        """The operators ``PDFTextObject._formatText`` writes for ``text`` in a fresh text
        object (the font named before the first chunk)."""
        c = self.canv
        font = getFont(c._fontname)
        if not font._dynamicFont:
            t = c.beginText(0, 0)
            return t._formatText(text)
        tf = self.tf.get((c._fontsize, c._leading))
        if tf is None:
            tf = self.tf[(c._fontsize, c._leading)] = f"{fp_str(c._fontsize)} Tf {fp_str(c._leading)} TL"
        out, current, doc = [], -1, c._doc
        for subset, chunk in font.splitString(text, doc):
            if subset != current:
                out.append(f"{font.getSubsetInternalName(subset, doc)} {tf}")
                current = subset
            out.append(f"({c._escape(chunk)}) Tj")
        return " ".join(out)


def _teks(canv) -> _Teks:
    memo = getattr(canv, "_kinerja_teks", None)
    if memo is None:
        memo = canv._kinerja_teks = _Teks(canv)
    return memo


class FastTable(Table):
    def _listCellGeom(self, V, w, s, W=None, H=None, aH=72000):  # noqa: N802,N803 - ReportLab's names
        """A cell's content laid out at its column's own width: a table with spans gives each
        cell the difference of two column positions, a hair off that width, and a paragraph
        measured at the column's width would then be broken into lines again."""
        for nominal in self._colWidths:
            if nominal is not None and w != nominal and abs(w - nominal) < 1e-6:
                w = nominal
                break
        return super()._listCellGeom(V, w, s, W, H, aH)

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - ReportLab's name
        canv = self.canv
        align = _X.get(cellstyle.alignment)
        if (type(cellval) is not str or align is None or cellstyle.href or cellstyle.destination
                or cellstyle.direction or cellstyle.shaping or not canv.bottomup
                or cellstyle.valign not in ("TOP", "MIDDLE", "BOTTOM")):
            return super()._drawCell(cellval, cellstyle, pos, size)
        if self._curcellstyle is not cellstyle:  # as Table._drawCell sets colour and font
            cur = self._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if (cur is None or cellstyle.leading != cur.leading or cellstyle.fontname != cur.fontname
                    or cellstyle.fontsize != cur.fontsize):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        self._draw_lines(cellval.split("\n"), cellstyle, align, pos, size)

    def _draw_lines(self, lines: list[str], cs, align: int, pos, size) -> None:
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        n, leading, fontsize = len(lines), cs.leading, cs.fontsize
        if cs.valign == "BOTTOM":
            y = rowpos + cs.bottomPadding + n * leading - fontsize
        elif cs.valign == "TOP":
            y = rowpos + rowheight - cs.topPadding - fontsize
        else:
            y = rowpos + (cs.bottomPadding + rowheight - cs.topPadding + n * leading) / 2.0 - fontsize
        if align == 0:
            x = colpos + cs.leftPadding
        elif align == 1:
            x = colpos + (colwidth + cs.leftPadding - cs.rightPadding) * 0.5
        else:
            x = colpos + colwidth - cs.rightPadding
        memo, code = _teks(self.canv), self.canv._code
        for v in lines:
            encoded, width = memo.get(v)
            left = x if align == 0 else x - 0.5 * width if align == 1 else x - width
            code.append(f"BT 1 0 0 1 {_num(left)} {_num(y)} Tm {encoded} T* ET")
            y -= leading


class ParaBerulang(Para):
    """A paragraph shared by many cells (a sasaran over its indicators' rows, a repeated
    category): laid out once, drawn once, its page content written again for each further
    cell (a flowable draws in its own coordinates: the same operators wherever it stands)."""

    _rekaman: tuple | None = None

    def draw(self) -> None:
        canv = self.canv
        key = (canv, self.width, self.height, id(self.__dict__.get("blPara")))
        if self._rekaman is not None and self._rekaman[0] == key:
            canv._code.extend(self._rekaman[1])
            return
        start = len(canv._code)
        super().draw()
        self._rekaman = (key, canv._code[start:])
