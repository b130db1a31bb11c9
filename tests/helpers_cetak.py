"""Helpers of the format tests (issue 12): the text of printed documents, read back with
pypdf, in the shape of the frozen fixtures made by the code of before issue 12."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pdf_pages(pdf: bytes) -> list[str]:
    return [pg.extract_text() for pg in PdfReader(io.BytesIO(pdf)).pages]


def lampiran_pdf(store, **kw) -> bytes:
    from app.models.laporan import data_lampiran
    from app.reports.lampiran import build_lampiran

    buf = io.BytesIO()
    build_lampiran(buf, data_lampiran(store, **kw))
    return buf.getvalue()


def cetak_teks(store, matriks: bool = True) -> str:
    """The lampiran (and the matrix) as the fixtures hold them."""
    from app.models.laporan import data_matriks
    from app.reports.matriks import build_matriks

    parts = [("lampiran", lampiran_pdf(store))]
    if matriks:
        buf = io.BytesIO()
        build_matriks(buf, data_matriks(store))
        parts.append(("matriks", buf.getvalue()))
    out = []
    for name, pdf in parts:
        pages = pdf_pages(pdf)
        out.append(f"=== {name} {len(pages)}\n" + "\n=== page\n".join(pages))
    return "\n".join(out)
