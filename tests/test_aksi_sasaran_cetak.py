"""The rencana aksi (PDF and Word): two indicators of one sasaran each print the sasaran, so
the second never reads as having none (after the rule between them, or at the top of a new
page when the first fills a page)."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from app.models.laporan_aksi import data_rencana_aksi
from app.reports.common import Options
from app.reports.rencana_aksi import build_rencana_aksi
from app.reports.word import build_docx
from helpers_word import buka
from sakip_contoh import POSKAMLING, TAHUN, indikator, isi_sakip

TRANTIB = "KASI KETENTRAMAN DAN KETERTIBAN"
SASARAN = "Meningkatnya Peran Serta Masyarakat dalam Menjaga Keamanan Lingkungan"
PERDA = "Jumlah penegakkan perda yang dilaksanakan"


def _pages(ra) -> list[str]:
    buf = BytesIO()
    build_rencana_aksi(buf, ra)
    return [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(buf.getvalue())).pages]


def test_each_indicator_of_a_sasaran_prints_the_sasaran_pdf_and_docx(sample_store):
    s = sample_store
    isi_sakip(s)
    (ra,) = data_rencana_aksi(s, TAHUN, TRANTIB)
    assert [i.sasaran for i in ra.indikator] == [SASARAN, SASARAN]
    text = " ".join(_pages(ra))
    assert text.count("Meningkatnya Peran") == 2
    doc = buka(build_docx("rencana-aksi", ra, Options()))
    (table,) = [t for t in doc.tables if t.rows[0].cells[0].text == "NO"]
    firsts = [r for r in table.rows[1:] if r.cells[5].text == "I"]
    assert [(r.cells[1].text, r.cells[2].text.split(". ", 1)[-1]) for r in firsts] == [
        (SASARAN, PERDA), (SASARAN, POSKAMLING)]
    # merged over the indicator's own quarters only: a fresh cell (restart) at each indicator
    merges = [r.cells[1]._tc.tcPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}vMerge")
              for r in firsts]
    assert all(m is not None and m.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") == "restart" for m in merges)


def test_the_second_indicator_on_a_new_page_has_its_sasaran(sample_store):
    s = sample_store
    isi_sakip(s)
    perda = indikator(s, PERDA)
    s.set_rencana_aksi(perda.id, TAHUN, 4, None, "Penertiban " + "panjang " * 700, None)
    (ra,) = data_rencana_aksi(s, TAHUN, TRANTIB)
    pages = _pages(ra)
    second = next(p for p in pages if POSKAMLING in p)
    assert pages.index(second) > 0 and "Meningkatnya Peran" in second
