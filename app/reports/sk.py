"""The whole decree in one PDF: every lampiran in number order, then the matrix. Composed
from the lampiran and matrix builders as they are (no matrix page when the period has no
matrix indicators): each builds its story into a
:class:`~app.reports.common.StoryCollector`, and the stories go into one document, each
starting on a new page."""

from __future__ import annotations

from typing import BinaryIO, Callable

from reportlab.platypus import PageBreak

from ..models.laporan import CetakSK
from .common import Document, Options, StoryCollector
from .lampiran import build_lampiran
from .matriks import build_matriks


def build_sk(out: str | BinaryIO, data: CetakSK, options: Options = Options(),
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> int:
    """Write the whole decree to ``out``; returns the page count."""
    parts = StoryCollector()
    build_lampiran(parts, data.lampiran, options)
    if data.matriks.baris:  # a decree without a matrix (an IKI annex) ends with its lampiran
        build_matriks(parts, data.matriks, options)
    k, kec = data.lampiran.keputusan, data.lampiran.kecamatan
    doc = Document(out, options, title=f"Keputusan Camat {kec.nama} Nomor {k.nomor} Tahun {k.tahun}: lampiran dan matriks",
                   subject="Indikator Kinerja Utama dan Indikator Kinerja Eselon IV", progress=progress,
                   cancelled=cancelled, author=data.lampiran.ttd.nama)
    story: list = []
    for story_part in parts.stories:
        if story and story_part:
            story.append(PageBreak())
        story += story_part
    doc.build_story(story)
    return doc.page
