"""What every printed document shares: the bundled font (it has "➢", and is embedded so
the page looks the same on every PC), paper sizes, escaping of user text, the signature
block, and a document template that reports progress and can be cancelled.

No Qt here. ReportLab's ``Paragraph`` parses markup, so every string from the database goes
through :func:`esc` first: a name with ``<``, ``&`` or ``>`` prints literally.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from .. import APP_NAME, __version__
from ..models.errors import KinerjaError
from ..models.laporan import Penandatangan
from ..models.rules import format_nip, format_tanggal
from ..paths import resource
from .fonts import KinerjaFont

# Speed (measured in bench/bench_reports.py): no attribute validation on chart shapes, and
# compressed page streams kept binary instead of ASCII85 text.
rl_config.shapeChecking = 0
rl_config.useA85 = 0

FONT, FONT_BOLD = "KinerjaSans", "KinerjaSans-Bold"
F4 = (215 * mm, 330 * mm)
PAPERS = {"a4": A4, "f4": F4}
BULLET = "\u27a2"  # ➢


class BuildCancelled(KinerjaError):
    def __init__(self) -> None:
        super().__init__("Pembuatan PDF dibatalkan.")


_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    # Two faces only: no document sets italic text (user text is escaped), and reading a
    # face costs a print ~15 ms (~1 ms from the cache of :mod:`.fonts`); <i> would print upright.
    for name, file in ((FONT, "DejaVuSansCondensed.ttf"), (FONT_BOLD, "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(KinerjaFont(name, resource("fonts", file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _registered = True


def esc(text: str | None) -> str:
    """User text for a Paragraph: markup characters escaped, line breaks kept (what
    xml.sax.saxutils.escape does: importing it costs a print ~25 ms, it imports urllib.request)."""
    return (text or "").replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("\n", "<br/>")


@dataclass(frozen=True)
class Options:
    """Paper and signature options of one print job."""

    paper: str = "a4"  # "a4" or "f4"
    orientation: str = "landscape"
    margins_mm: tuple[float, float, float, float] = (15, 15, 15, 15)  # left, right, top, bottom
    ttd_gambar: Path | None = None  # scanned signature (PNG with transparency)
    cap_gambar: Path | None = None  # stamp (PNG with transparency)
    font_size: float = 8.5

    @property
    def pagesize(self) -> tuple[float, float]:
        if self.paper not in PAPERS:
            raise KinerjaError(f"Ukuran kertas «{self.paper}» tidak dikenal; pilih a4 atau f4.")
        size = PAPERS[self.paper]
        return landscape(size) if self.orientation == "landscape" else portrait(size)


@dataclass
class Styles:
    size: float
    body: ParagraphStyle = field(init=False)
    bold: ParagraphStyle = field(init=False)
    center: ParagraphStyle = field(init=False)
    title: ParagraphStyle = field(init=False)
    head: ParagraphStyle = field(init=False)
    right: ParagraphStyle = field(init=False)
    bullet: ParagraphStyle = field(init=False)
    small: ParagraphStyle = field(init=False)
    para: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        register_fonts()
        s = self.size
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=s, leading=s * 1.22, alignment=TA_LEFT)
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=FONT_BOLD)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", parent=self.body, fontName=FONT_BOLD, fontSize=s + 3.5,
                                    leading=(s + 3.5) * 1.25, alignment=TA_CENTER)
        self.head = ParagraphStyle("head", parent=self.body, fontName=FONT_BOLD, alignment=TA_CENTER)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=s * 1.4, bulletIndent=0,
                                     bulletFontName=FONT, spaceAfter=s * 0.35)
        self.para = ParagraphStyle("para", parent=self.body, spaceAfter=s * 0.35)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=s - 1, leading=(s - 1) * 1.2)


class Para(Paragraph):
    """A Paragraph that remembers its line breaking per width: a table cell is measured,
    then drawn, at the same width (or at one a rounding apart: the table's column
    positions); the lines are broken once per width. ReportLab's ``split`` drops the line
    breaking (``blPara``) when it declines to split (an orphan line): the next wrap puts the
    remembered one back, as breaking the lines again would have made it."""

    def __init__(self, text, style, bulletText=None, frags=None, **kw):  # noqa: N803 - ReportLab's names
        if frags is None and not kw and isinstance(text, str) and not _MARKUP.search(text) \
                and not getattr(style, "textTransform", None):
            text = cleanBlockQuotedText(text)
            frags = _plain_frags(text, style)
        super().__init__(text, style, bulletText, frags, **kw)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's signature
        wraps = self.__dict__.setdefault("_wraps", {})
        hit = wraps.get(availWidth)
        if hit is not None:
            size, self.width, self.height, self.blPara, self._wrapWidths = hit
            return size
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:  # not when the width is too small for any text
            wraps[availWidth] = (size, self.width, self.height, self.blPara, self._wrapWidths)
        return size


_MARKUP = re.compile("[<>&]")
_TEMPLATES: dict[int, tuple] = {}  # id(style) -> (style, the fragment ReportLab's parser makes of plain text)


def _plain_frags(text: str, style: ParagraphStyle) -> list | None:
    """The fragments ReportLab's parser makes of ``text`` without markup (one fragment: the
    style's font and colour, the text), without running the parser: it was a fifth of a
    short print. The parser's fragment of a probe text is kept per style and copied."""
    if not text:
        return None
    entry = _TEMPLATES.get(id(style))
    if entry is None:
        if len(_TEMPLATES) > 500:
            _TEMPLATES.clear()
        _, probe, bullets = ParaParser().parse("<para>x</para>", style)
        entry = _TEMPLATES[id(style)] = (style, probe[0] if probe and len(probe) == 1 and not bullets else None)
    template = entry[1]
    if template is None:
        return None
    frag = copy.copy(template)
    for k, v in frag.__dict__.items():
        if isinstance(v, list):
            frag.__dict__[k] = list(v)  # the parser gives each paragraph its own
    frag.text = text
    return [frag]


def P(text: str | None, style: ParagraphStyle) -> Para:
    """A paragraph of user text (escaped)."""
    return Para(esc(text), style)


def cell(text: str | None, style: ParagraphStyle, width: float, padding: float = 6):
    """A table cell of user text: a plain string when it fits on one line of ``width``
    (no paragraph to break into lines: the matrix has 14 cells a row), else a paragraph
    that wraps (a long word is broken too). Plain strings take the table's ALIGN."""
    text = text or ""
    if "\n" not in text:
        need = pdfmetrics.stringWidth(text, style.fontName, style.fontSize)
        if need <= width - padding:
            return text
        if _ANGKA.fullmatch(text) and need * _KECIL_MIN <= width - padding:  # a number is never cut in two
            return P(text, _kecil(style, style.fontSize * (width - padding) / need))
    return P(text, style)


_ANGKA = re.compile(r"(Rp\s?)?[-−+]?\d[\d.,]*(\s?%)?|n/a")  # a figure as written: maybe rupiah, a percentage
_KECIL_MIN = 0.6  # a figure may shrink to this share of the font size to stay on one line


def _kecil(style: ParagraphStyle, size: float) -> ParagraphStyle:
    """``style`` at ``size`` points (rounded down to a tenth), made once per size."""
    size = int(size * 10) / 10
    key = (style.name, size)
    if key not in _KECIL:
        _KECIL[key] = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                                     leading=style.leading * size / style.fontSize)
    return _KECIL[key]


_KECIL: dict[tuple, ParagraphStyle] = {}


def signature_block(ttd: Penandatangan, st: Styles, options: Options, tempat_tanggal: str | None = None,
                    width: float = 95 * mm) -> list[Flowable]:
    """Place and date (optional), the signing line with its variants, room for the wet
    signature (or the scanned signature and stamp over it), the name bold and underlined,
    the optional pangkat line, and the NIP line unless there is no NIP: one column ``width``
    wide, placed at the right; each line a paragraph of its own, so a block taller than a
    page goes on over the pages (a signer's name of any length)."""
    lines: list[Flowable] = []
    if tempat_tanggal:
        lines.append(P(tempat_tanggal, st.center))
    if ttd.awalan == "a.n.":
        lines.append(P(f"a.n. {ttd.jabatan}".strip(), st.center))
        if ttd.jabatan2:
            lines.append(P(ttd.jabatan2, st.center))
    else:
        lines.append(P(f"{ttd.awalan} {ttd.jabatan}".strip(), st.center))
    space_height = st.size * 6
    images = [p for p in (options.cap_gambar, options.ttd_gambar) if p]
    if images:
        for p in images:
            if not Path(p).is_file():
                raise KinerjaError(f"Gambar {p} tidak ditemukan.")
        lines.append(_overlay(images, width * 0.6, space_height))
    else:
        lines.append(Spacer(1, space_height))
    lines.append(Para(f"<u>{esc(ttd.nama)}</u>", ParagraphStyle("ttd", parent=st.bold, alignment=TA_CENTER)))
    if ttd.pangkat:
        lines.append(P(ttd.pangkat, st.center))
    if ttd.nip:
        lines.append(P(f"NIP. {format_nip(ttd.nip)}", st.center))
    return [Column(f, width, pad=1) for f in lines]


class Column(Flowable):
    """One flowable laid out ``width`` wide (centred in it) with ``pad`` above and below,
    placed at the right of its frame or cell; it splits as its content does."""

    def __init__(self, inner: Flowable, width: float, pad: float = 0):
        super().__init__()
        self.inner, self.column_width, self.pad = inner, width, pad
        self.hAlign = "RIGHT"

    def _inner_width(self, avail_width: float) -> float:
        return min(self.column_width, avail_width)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's signature
        w, h = self.inner.wrap(self._inner_width(availWidth), availHeight - 2 * self.pad)
        self._inner_size = (w, h)
        self.width, self.height = self._inner_width(availWidth), h + 2 * self.pad
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        parts = self.inner.split(self._inner_width(availWidth), availHeight - 2 * self.pad)
        return [Column(p, self.column_width, self.pad) for p in parts]

    def draw(self) -> None:
        w, _ = self._inner_size
        self.inner.drawOn(self.canv, max(0.0, (self.width - w) / 2), self.pad)


class _Overlay(Spacer):
    """Images drawn on top of each other (stamp under the signature), kept in ratio."""

    def __init__(self, paths, width, height):
        super().__init__(width, height)
        self.paths = paths

    def draw(self):
        for p in self.paths:
            img = Image(str(p))
            ratio = min(self.width / img.imageWidth, self.height / img.imageHeight)
            w, h = img.imageWidth * ratio, img.imageHeight * ratio
            self.canv.drawImage(str(p), (self.width - w) / 2, (self.height - h) / 2, w, h, mask="auto")


def _overlay(paths, width, height):
    return _Overlay(paths, width, height)


def tempat_tanggal(tempat: str, tanggal) -> str | None:
    if not tanggal:
        return None
    return f"{tempat}, {format_tanggal(tanggal)}" if tempat else format_tanggal(tanggal)


class StoryCollector:
    """Given to a builder as ``out``: its :class:`Document` keeps the story here instead
    of writing a PDF, so that several builders' pages go into one document (the whole
    decree: :mod:`app.reports.sk`)."""

    def __init__(self) -> None:
        self.stories: list[list] = []


class Document(SimpleDocTemplate):
    """A document that reports progress per flowable and stops when cancelled."""

    def __init__(self, out, options: Options, title: str, subject: str,
                 progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
                 author: str = ""):
        left, right, top, bottom = (m * mm for m in options.margins_mm)
        super().__init__(out, pagesize=options.pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                         bottomMargin=bottom, title=title, author=author or APP_NAME, subject=subject,
                         creator=f"{APP_NAME} {__version__}", producer=f"{APP_NAME} {__version__} (ReportLab)",
                         initialFontName=FONT, initialFontSize=options.font_size)
        self._progress, self._cancelled = progress, cancelled
        self._done, self._total = 0, 1

    @property
    def frame_height(self) -> float:
        """The height a page's frame holds (ReportLab's frame pads 6 pt top and bottom)."""
        return self.height - 12

    def build_story(self, story: list, **kw) -> None:
        if isinstance(self.filename, StoryCollector):
            self.filename.stories.append(story)
            self.page = 0
            return
        self._total = max(1, sum(getattr(f, "units", 1) for f in story))
        self.build(story, **kw)

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - ReportLab hook
        self._done += getattr(flowable, "units", 1)
        if self._cancelled is not None and self._cancelled():
            raise BuildCancelled()
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)


HEADER_BG = colors.Color(0.92, 0.92, 0.92)
