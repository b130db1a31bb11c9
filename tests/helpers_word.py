"""Helpers of the Word export tests: a .docx read back with python-docx, beside the PDF of
the same data read back with pypdf."""

from __future__ import annotations

import io
import re
from collections import Counter

import docx
from docx.oxml.ns import qn
from pypdf import PdfReader


def buka(content: bytes):
    return docx.Document(io.BytesIO(content))


def teks_docx(doc) -> str:
    """Every paragraph of the body (tables included, in order) and of the footers."""
    paras = [p for p in doc.element.body.iter(qn("w:p"))]
    for s in doc.sections:
        paras += list(s.footer._element.iter(qn("w:p")))
    return "\n".join("".join(_teks(e) for e in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"))) for p in paras)


def _teks(e) -> str:
    return e.text or "" if e.tag == qn("w:t") else ("\t" if e.tag == qn("w:tab") else "\n")


def kata_pdf(pdf: bytes) -> Counter:
    """The PDF's words (a control character in user text, drawn as a missing glyph, left out:
    the .docx drops it)."""
    text = " ".join(pg.extract_text() for pg in PdfReader(io.BytesIO(pdf)).pages)
    return Counter(re.sub("[\x00-\x08\x0e-\x1f]", "", text).split())


def kurang(pdf: bytes, doc) -> set:
    """The words of the PDF the .docx lacks (a header repeated on every page of the PDF is
    one header row in Word: words are compared, not their count)."""
    text = teks_docx(doc)
    # a word ReportLab broke over two lines of a narrow column is two pieces of a Word word
    return {w for w in set(kata_pdf(pdf)) - set(text.split()) if w not in text}


def baris_kepala(table) -> list[int]:
    """The indexes of the table's rows marked to repeat on every page."""
    return [n for n, tr in enumerate(table._tbl.tr_lst) if tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None]


def halaman_mm(doc) -> tuple[int, int, str]:
    s = doc.sections[0]
    return round(s.page_width.mm), round(s.page_height.mm), s.orientation.name
