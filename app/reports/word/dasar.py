"""What every Word document shares: the page (A4/F4, orientation and margins from the same
:class:`~app.reports.common.Options` as the PDF), the font (DejaVu Sans Condensed, the PDF's,
with Arial named as its fallback in the font table), and a body written as WordprocessingML
text — paragraphs, real tables with repeating header rows and merged cells — parsed once
(python-docx's one-element-at-a-time API takes seconds for a decree of 2,000 indicators).

User text is written literally: markup characters are escaped, and characters XML cannot
hold (control characters) are dropped, a vertical tab or form feed becoming a line break."""

from __future__ import annotations

import io
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ...models.errors import KinerjaError
from ..common import Options

FONT = "DejaVu Sans Condensed"
FALLBACK = "Arial"
PAPER_MM = {"a4": (210, 297), "f4": (215, 330)}
HEADER_FILL = "EBEBEB"  # the PDF's HEADER_BG (0.92 grey)
_TWIP = 1440 / 25.4  # twentieths of a point per mm
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Invisible bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): Word and
# LibreOffice obey them and print the text reversed; the PDF ignores them. Dropped likewise.
_ARAH = re.compile("[\u202a-\u202e\u2066-\u2069]")


def twip(mm: float) -> int:
    return round(mm * _TWIP)


def bersih(text: str | None) -> str:
    """Text as typed, minus what XML cannot hold: control characters dropped, a vertical
    tab or form feed (Word's own line and page marks when pasted) a line break; invisible
    bidi overrides dropped too (the text prints in the order typed, as in the PDF)."""
    t = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    return _ARAH.sub("", _NOT_XML.sub("", t))


def _x(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run(text: str | None, bold: bool = False, underline: bool = False, size: float | None = None) -> str:
    """One run of user text: lines broken at "\\n", tabs kept."""
    props = ("<w:b/><w:bCs/>" if bold else "") + (f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>'
                                                   if size else "") + ('<w:u w:val="single"/>' if underline else "")
    parts = []
    for n, line in enumerate(bersih(text).split("\n")):
        if n:
            parts.append("<w:br/>")
        for k, piece in enumerate(line.split("\t")):
            if k:
                parts.append("<w:tab/>")
            if piece:
                parts.append(f'<w:t xml:space="preserve">{_x(piece)}</w:t>')
    return f"<w:r>{'<w:rPr>' + props + '</w:rPr>' if props else ''}{''.join(parts)}</w:r>"


def para(runs: str | list[str], align: str = "left", before: float = 0, after: float = 0, left_mm: float = 0,
         right_mm: float = 0, hanging_mm: float = 0, keep_next: bool = False) -> str:
    """A paragraph of runs (``run(...)``); spacing in points, indents in mm."""
    body = runs if isinstance(runs, str) else "".join(runs)
    ppr = "<w:keepNext/>" if keep_next else ""
    if before or after:
        ppr += f'<w:spacing w:before="{round(before * 20)}" w:after="{round(after * 20)}"/>'
    if left_mm or right_mm or hanging_mm:
        ppr += (f'<w:ind w:left="{twip(left_mm)}" w:right="{twip(right_mm)}"'
                + (f' w:hanging="{twip(hanging_mm)}"' if hanging_mm else "") + "/>")
    if align != "left":
        ppr += f'<w:jc w:val="{ {"center": "center", "right": "right", "both": "both"}[align] }"/>'
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{body}</w:p>"


PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


@dataclass
class Sel:
    """A table cell: its paragraphs (``para(...)``), a horizontal span, a vertical merge
    ("restart" on the first cell, "continue" below it), a fill colour, vertical centring."""

    paras: list[str] = field(default_factory=list)
    span: int = 1
    vmerge: str | None = None
    fill: str | None = None
    center: bool = False


def tabel(widths_mm: list[float], header: list[list[Sel]], rows: list[list[Sel]], grid: bool = True,
          center: bool = False, keep_next: bool = False) -> str:
    """A fixed-layout table ``widths_mm`` wide; the ``header`` rows repeat on every page;
    ``keep_next``: its last row stays on the page of what follows (the signature block)."""
    total = sum(widths_mm)
    line = '"single" w:sz="4" w:space="0" w:color="000000"' if grid else '"nil"'
    borders = "".join(f"<w:{b} w:val={line}/>" for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{twip(total)}" w:type="dxa"/>'
           + ('<w:jc w:val="center"/>' if center else "") + f'<w:tblBorders>{borders}</w:tblBorders>'
           '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="20" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>'
           '<w:bottom w:w="20" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{twip(w)}"/>' for w in widths_mm]
    out.append("</w:tblGrid>")
    for r in header:
        out.append(_row(r, widths_mm, "<w:trPr><w:tblHeader/></w:trPr>"))
    out += [_row(r, widths_mm, "") for r in rows]
    if keep_next and rows:
        out[-1] = _keep_next(out[-1])
    out.append("</w:tbl>")
    return "".join(out) + para("", keep_next=keep_next)  # Word needs a paragraph between two tables


def _keep_next(xml: str) -> str:
    xml = xml.replace("<w:p/>", "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>")
    xml = xml.replace("<w:p><w:pPr><w:keepNext/>", "<w:p><w:pPr>").replace("<w:p><w:pPr>", "<w:p><w:pPr><w:keepNext/>")
    return re.sub(r"<w:p>(?!<w:pPr>)", "<w:p><w:pPr><w:keepNext/></w:pPr>", xml)


def _row(cells: list[Sel], widths_mm: list[float], trpr: str) -> str:
    out, col = [f"<w:tr>{trpr}"], 0
    for c in cells:
        w = sum(widths_mm[col:col + c.span])
        col += c.span
        pr = f'<w:tcW w:w="{twip(w)}" w:type="dxa"/>'
        if c.span > 1:
            pr += f'<w:gridSpan w:val="{c.span}"/>'
        if c.vmerge:
            pr += '<w:vMerge w:val="restart"/>' if c.vmerge == "restart" else "<w:vMerge/>"
        if c.fill:
            pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{c.fill}"/>'
        if c.center:
            pr += '<w:vAlign w:val="center"/>'
        out.append(f"<w:tc><w:tcPr>{pr}</w:tcPr>{''.join(c.paras) or '<w:p/>'}</w:tc>")
    out.append("</w:tr>")
    return "".join(out)


def hex_warna(rgb: tuple[float, float, float]) -> str:
    return "".join(f"{round(v * 255):02X}" for v in rgb)


class Buku:
    """One Word document being written: its page and font set from ``options``, its body
    collected as XML text (``add``) and parsed once in :meth:`simpan`."""

    def __init__(self, options: Options, title: str, subject: str, author: str = ""):
        import docx

        if options.paper not in PAPER_MM:
            raise KinerjaError(f"Ukuran kertas «{options.paper}» tidak dikenal; pilih a4 atau f4.")
        self.options, self.size = options, options.font_size
        self.doc = docx.Document()
        self.parts: list[str] = []
        self.images: dict[str, list] = {}
        w, h = PAPER_MM[options.paper]
        if options.orientation == "landscape":
            w, h = h, w
        left, right, top, bottom = options.margins_mm
        self.width_mm = w - left - right
        self._page(w, h, options)
        self._font()
        self._properties(title, subject, author)

    def _page(self, w: float, h: float, options: Options) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm

        s = self.doc.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE if options.orientation == "landscape" else WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Mm(w), Mm(h)
        left, right, top, bottom = options.margins_mm
        s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Mm(left), Mm(right), Mm(top), Mm(bottom)
        s.header_distance = s.footer_distance = Mm(min(8, top / 2 or 1))

    def _font(self) -> None:
        """The PDF's font for every script, the type size, no spacing between paragraphs,
        Indonesian as the language; the font table names Arial as the fallback."""
        from docx.oxml.ns import qn

        styles = self.doc.styles.element
        rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts"))
        for attr in list(fonts.attrib):
            del fonts.attrib[attr]
        for a in ("ascii", "hAnsi", "cs", "eastAsia"):
            fonts.set(qn(f"w:{a}"), FONT)
        rpr.find(qn("w:sz")).set(qn("w:val"), str(round(self.size * 2)))
        rpr.find(qn("w:szCs")).set(qn("w:val"), str(round(self.size * 2)))
        rpr.find(qn("w:lang")).set(qn("w:val"), "id-ID")
        spacing = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")
        for part in self.doc.part.package.iter_parts():
            if str(part.partname) == "/word/fontTable.xml":
                entry = (f'<w:font w:name="{FONT}"><w:altName w:val="{FALLBACK}"/><w:charset w:val="00"/>'
                         '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>').encode()
                part._blob = part.blob.replace(b"</w:fonts>", entry + b"</w:fonts>")

    def _properties(self, title: str, subject: str, author: str) -> None:
        from ... import APP_NAME, __version__

        cp = self.doc.core_properties
        cp.title, cp.subject, cp.author = bersih(title)[:255], bersih(subject)[:255], bersih(author or APP_NAME)[:255]
        cp.comments = (f"Dibuat oleh {APP_NAME} {__version__}. Huruf: {FONT} (huruf PDF-nya); bila tidak terpasang, "
                       f"gunakan {FALLBACK}.")
        cp.language = "id-ID"

    def add(self, *xml: str) -> None:
        self.parts.extend(xml)

    def gambar(self, paths: list[Path], height_pt: float) -> str:
        """A paragraph that will hold the scanned signature and stamp (checked now)."""
        for p in paths:
            if not Path(p).is_file():
                raise KinerjaError(f"Gambar {p} tidak ditemukan.")
        return self._tempat([(Path(p), None, height_pt) for p in paths])

    def gambar_png(self, png: bytes, width_mm: float) -> str:
        """A paragraph holding a picture (a chart) ``width_mm`` wide."""
        return self._tempat([(png, width_mm, None)])

    def _tempat(self, pictures: list) -> str:
        key = f"gambar-{uuid.uuid4().hex}"
        self.images[key] = pictures
        return f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>{key}</w:t></w:r></w:p>'

    def simpan(self) -> bytes:
        """The body into the document: the whole document.xml parsed once (moving a tree
        parsed on its own into the document costs a large decree a second)."""
        from docx.oxml import parse_xml

        skeleton = self.doc.element.xml
        at = skeleton.index(">", skeleton.index("<w:body")) + 1
        part = self.doc.part
        part._element = parse_xml(skeleton[:at] + "".join(self.parts) + skeleton[at:])
        self.doc = part.document
        if self.images:
            self._place_images()
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

    def _place_images(self) -> None:
        """The pictures into their paragraphs (all in the body, none in a table)."""
        from docx.shared import Mm, Pt

        for p in self.doc.paragraphs:
            pictures = self.images.get(p.text)
            if not pictures:
                continue
            r = p.runs[0]
            r.text = ""
            for source, width_mm, height_pt in pictures:
                try:
                    r.add_picture(io.BytesIO(source) if isinstance(source, bytes) else str(source),
                                  width=Mm(width_mm) if width_mm else None, height=Pt(height_pt) if height_pt else None)
                except Exception as exc:  # python-docx raises its own types for an unreadable image
                    raise KinerjaError(f"Gambar {source} tidak dapat dibaca: pakai berkas PNG atau JPEG.") from exc
