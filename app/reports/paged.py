"""A table of any length laid out page by page in linear time, with rows of any height.

ReportLab's ``Table`` re-measures every remaining row (and re-scans its spans and styles)
each time it splits at a page end: a 20,000-row matrix took 665 s. It also cannot place a
row taller than a page (``LayoutError``). :class:`PagedTable` measures each row once, when
its page is laid out, and hands the frame one small ``Table`` per page: the header rows
first (exactly once on every page), then the rows that fit. A row taller than the room left
continues on the next page: its cells are split between lines (paragraph by paragraph, and
inside a paragraph), nothing is dropped. The closing row (the signature block) is never
alone on a page: the last data row goes over with it. A closing row too tall for a page (a
signer's name of hundreds of words) follows the last data row outside the table instead, its
lines going on over the pages.

Every page places something: a row is split only when its first part holds content, and a
row that cannot be cut at all (nothing of it fits a fresh page) is refused with a message
naming its text and length, never retried page after page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, Indenter, Spacer, Table, TableStyle

from ..models.errors import KinerjaError
from .common import FONT
from .tabel_cepat import FastTable

GRID = colors.black
_BIG = 72000  # the height a cell is measured in, as ReportLab's Table does
_MIN_LINES = 4  # a closing row goes inside the table when it leaves this many lines for data


@dataclass
class Row:
    """One printed row. ``line_from``: the first column of the rule under the row (0: the
    whole width; a later column leaves a merged group cell open; None: no rule, the row
    goes on in the next one). ``style``: commands of this row only, row index 0."""

    cells: list
    line_from: int | None = 0
    style: list = field(default_factory=list)
    height: float | None = None


@dataclass(frozen=True)
class Layout:
    widths: Sequence[float]
    font_size: float
    leading: float
    padding: tuple[float, float, float, float] = (3, 3, 2, 3)  # left, right, top, bottom
    grid: bool = True
    style: tuple = ()  # commands for every page's table (full column ranges)


class PagedTable(Flowable):
    """``header``: rows (lists of cells) printed at the top of every page, with
    ``header_style`` in their own coordinates; ``rows``: :class:`Row`; ``closing``: one
    spanned last row kept together with the last data row, with ``closing_style``."""

    def __init__(self, layout: Layout, rows: list[Row], frame_height: float, header: list[list] | None = None,
                 header_style: Sequence = (), closing: list | None = None, closing_style: Sequence = ()):
        super().__init__()
        self.layout, self.rows, self.frame_height = layout, rows, frame_height
        self.header, self.header_style = header or [], list(header_style)
        self.closing, self.closing_style = closing, list(closing_style)
        self.start = 0  # rows before it are on earlier pages
        self._header_h = self._closing_h = None
        self._tail: list | None = None  # a closing row too tall for a page, as flowables

    # ---------------------------------------------------------------- measuring

    def _table(self, rows: list[list], heights: list, row_style: list) -> Table:
        lay = self.layout
        left, right, top, bottom = lay.padding
        cmds = [("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), lay.font_size),
                ("LEADING", (0, 0), (-1, -1), lay.leading), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), left), ("RIGHTPADDING", (0, 0), (-1, -1), right),
                ("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
                *lay.style, *row_style]
        return FastTable(rows, colWidths=list(lay.widths), rowHeights=heights, style=TableStyle(cmds), hAlign="LEFT")

    def _fixed_heights(self, avail_width: float) -> None:
        if self._header_h is None:
            self._header_h = self._table(self.header, [None] * len(self.header), self.header_style).wrap(
                avail_width, _BIG)[1] if self.header else 0.0
            self._closing_h = self._closing_table().wrap(avail_width, _BIG)[1] if self.closing else 0.0
            if self._header_h + self._closing_h + _MIN_LINES * self.layout.leading > self.frame_height:
                self._tail = _closing_tail(self.closing, self.closing_style, self.layout)
                self.closing, self._closing_h = None, 0.0

    def _closing_table(self) -> Table:
        return self._table([self.closing], [None], [("SPAN", (0, 0), (-1, 0)), *_at(self.closing_style, 0)])

    def _measure(self, row: Row) -> float:
        if row.height is None:
            lay = self.layout
            row.height = max(_cell_height(v, w, lay) for v, w in zip(row.cells, lay.widths))
        return row.height

    def _room(self) -> float:
        """The tallest row a fresh page can hold (with the header, and the closing row)."""
        return self.frame_height - self._header_h - self._closing_h - 1

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self._fixed_heights(availWidth)
        total = self._header_h
        for n in range(self.start, len(self.rows)):
            total += self._measure(self.rows[n])
            if total > availHeight:  # it does not fit: enough measured to split
                return self.layout_width, total
        if self._tail is not None:  # the closing follows outside the table: split to place it
            return self.layout_width, availHeight + 1
        return self.layout_width, total + self._closing_h

    @property
    def units(self) -> int:
        """Progress units: the rows still to place (each page's table counts its own)."""
        return max(1, len(self.rows) - self.start)

    @property
    def layout_width(self) -> float:
        return sum(self.layout.widths)

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - it all fits on this page
        table = self._page(self.start, len(self.rows), True)
        table.wrapOn(canvas, self.layout_width, _BIG)
        table.drawOn(canvas, x, y, _sW)

    # ---------------------------------------------------------------- splitting

    def split(self, availWidth, availHeight):  # noqa: N803
        self._fixed_heights(availWidth)
        room, tallest = availHeight - self._header_h, self._room()
        n, used = self.start, 0.0
        while n < len(self.rows) and used + self._measure(self.rows[n]) <= room:
            used += self.rows[n].height
            n += 1
        if n == len(self.rows):
            if self._tail is not None:
                return [self._page(self.start, n, False), *self._tail]
            if used + self._closing_h <= room:
                return [self._page(self.start, n, True)]
            if n == self.start:
                return []
            n -= 1  # the signature takes the last data row with it: never alone on a page
        elif self.rows[n].height > tallest and room - used > 3 * self.layout.leading:
            if self._split_row(n, room - used):  # a row taller than a page begins on this one
                n += 1
        if n == self.start:
            if self.rows[n].height > tallest and not self._split_row(n, tallest):
                raise KinerjaError(_uncuttable(self.rows[n]))
            return []  # nothing fits here: all of it goes to the next page
        return [self._page(self.start, n, False), self._rest(n)]

    def _rest(self, n: int) -> "PagedTable":
        rest = PagedTable(self.layout, self.rows, self.frame_height, self.header, self.header_style,
                          self.closing, self.closing_style)
        rest.start, rest._header_h, rest._closing_h, rest._tail = n, self._header_h, self._closing_h, self._tail
        return rest

    def _split_row(self, n: int, height: float) -> bool:
        """Replace row ``n`` by a first part at most ``height`` tall and the rest; False
        (nothing changed) when no content of it fits in ``height``."""
        row = self.rows[n]
        lay = self.layout
        inner = height - lay.padding[2] - lay.padding[3]
        firsts, rests = [], []
        for v, w in zip(row.cells, lay.widths):
            a, b = _split_cell(v, w - lay.padding[0] - lay.padding[1], inner)
            firsts.append(a)
            rests.append(b)
        if not any(_has_content(b) for b in rests) or not any(_has_content(a) for a in firsts):
            return False
        first = Row(firsts, None, [c for c in row.style if c[0] != "LINEBELOW"])  # the row goes on
        rest = Row(rests, row.line_from, row.style)
        self.rows[n:n + 1] = [first, rest]
        return True

    def _page(self, a: int, b: int, with_closing: bool) -> Table:
        rows = self.rows[a:b]
        h = len(self.header)
        data = [*self.header, *(r.cells for r in rows)]
        heights = [None] * h + [r.height for r in rows]
        cmds = list(self.header_style)
        for i, r in enumerate(rows, start=h):
            cmds += _at(r.style, i)
            if self.layout.grid and r.line_from is not None and i < len(data) - 1:
                cmds.append(("LINEBELOW", (r.line_from, i), (-1, i), 0.5, GRID))
        last = len(data) - 1
        if self.layout.grid:
            cmds += [("BOX", (0, 0), (-1, last), 0.6, GRID), ("LINEAFTER", (0, 0), (-2, last), 0.5, GRID)]
        if with_closing and self.closing is not None:
            data.append(self.closing)
            heights.append(None)
            cmds += [("SPAN", (0, last + 1), (-1, last + 1)), *_at(self.closing_style, last + 1)]
        table = self._table(data, heights, cmds)
        table.units = max(1, len(rows))  # progress: rows placed
        return table


def _at(cmds: Sequence, row: int) -> list:
    """Commands written for row 0, moved to ``row``."""
    out = []
    for c in cmds:
        (c0, r0), (c1, r1) = c[1], c[2]
        out.append((c[0], (c0, r0 + row), (c1, r1 + row), *c[3:]))
    return out


def _closing_tail(closing: list, closing_style: Sequence, lay: Layout) -> list:
    """The closing row's first cell as flowables after the table, with the row's top and
    right padding."""
    top, right = _padding(closing_style, "TOPPADDING", lay.padding[2]), _padding(closing_style, "RIGHTPADDING",
                                                                               lay.padding[1])
    flows = _flows(closing[0]) or []
    return [Spacer(1, top), Indenter(right=right), *flows, Indenter(right=-right)]


def _padding(cmds: Sequence, name: str, default: float) -> float:
    return next((c[3] for c in cmds if c[0] == name), default)


def _uncuttable(row: Row) -> str:
    """Which text of an uncuttable row is too long: the longest of its cells."""
    texts = [_plain(v) for v in row.cells]
    text = max(texts, key=len, default="")
    shown = text if len(text) <= 60 else text[:60] + "…"
    what = f"teks «{shown}», {len(text)} karakter" if text.strip() else "isi yang bukan teks, misalnya gambar"
    return (f"Dokumen tidak dapat disusun: satu baris tabel lebih tinggi dari satu halaman dan tidak dapat "
            f"dipotong ({what}). Persingkat isinya, lalu cetak lagi.")


def _plain(v) -> str:
    flows = _flows(v)
    if flows is None:
        return str(v or "")
    return " ".join(f.getPlainText() for f in flows if hasattr(f, "getPlainText"))


def _flows(v) -> list | None:
    if isinstance(v, (list, tuple)):
        return list(v)
    if isinstance(v, Flowable):
        return [v]
    return None


def _has_content(v) -> bool:
    return bool(v) if not isinstance(v, Flowable) else True


def _cell_height(v, width: float, lay: Layout) -> float:
    """A cell's height as ReportLab's Table computes it (``_listCellGeom``)."""
    left, right, top, bottom = lay.padding
    flows = _flows(v)
    if flows is None:
        return lay.leading * len(str(v or "").split("\n")) + top + bottom
    if not flows:
        return top + bottom
    t, sb0, sa = 0.0, None, 0.0
    for f in flows:
        _, vh = f.wrap(width - left - right, _BIG - top - bottom)
        sb, sa = f.getSpaceBefore(), f.getSpaceAfter()
        t += vh + sa + sb
        if sb0 is None:
            sb0 = sb
    return t - sb0 - sa + top + bottom


def _split_cell(v, width: float, height: float) -> tuple:
    """The content of a cell cut at ``height``: (what fits, the rest). Text that cannot
    be cut (a plain string, a nested table) stays whole in the first part."""
    flows = _flows(v)
    if flows is None:
        return v, ""
    first: list = []
    used = 0.0
    for n, f in enumerate(flows):
        _, h = f.wrap(width, _BIG)
        gap = f.getSpaceBefore() if first else 0.0
        if used + gap + h <= height:
            first.append(f)
            used += gap + h + f.getSpaceAfter()
            continue
        parts = f.split(width, height - used - gap) if height - used - gap > 0 else []
        if len(parts) >= 2:
            return first + [parts[0]], list(parts[1:]) + flows[n + 1:]
        if not first:  # not one line fits: the whole cell goes on
            return [], flows
        return first, flows[n:]
    return first, []
