"""Every document is laid out in finite time (review of issue 10): a signature block taller
than a page goes on over the pages instead of looping forever; a paragraph that ReportLab
refused to split is drawn whole later (no 'blPara' crash); content that truly cannot be cut
is refused in Indonesian instead of an endless loop. A watchdog fails a test that would hang."""

import signal
from contextlib import contextmanager
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from app.models.errors import KinerjaError
from app.reports import render
from app.reports.common import Options, P, Styles
from app.reports.paged import Layout, PagedTable, Row
from tests.test_long_text import markers, squash, words


class Hang(Exception):
    pass


@contextmanager
def watchdog(seconds: float):
    """Fail (not hang) when the block takes longer than ``seconds``."""
    def fire(*_):
        raise Hang(f"more than {seconds} s: the layout makes no progress")

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def pdf_texts(store, dokumen, options=Options(), **params):
    data = render.gather(store, dokumen, **params)
    with watchdog(30):
        content, pages = render.build_bytes(dokumen, data, options)
    reader = PdfReader(BytesIO(content))
    assert len(reader.pages) == pages
    return [p.extract_text() for p in reader.pages]


LONG_SIGNER = {"ttd_jabatan": words(1500), "ttd_nama": words(800, start=5000),
               "ttd_pangkat": words(400, start=8000), "sebutan": words(300, start=9000)}


@pytest.mark.parametrize("dokumen,params", [("lampiran", {"jabatan": "KASI PEMERINTAHAN"}), ("matriks", {}),
                                            ("capaian", {"tahun": 2018})])
@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_signature_block_taller_than_a_page_prints_whole(sample_store, dokumen, params, paper):
    k = sample_store.keputusan_list()[0]
    sample_store.update("keputusan", k.id, **LONG_SIGNER)
    pages = pdf_texts(sample_store, dokumen, Options(paper=paper), **params)
    found = [m for p in pages for m in markers(p)]
    signer = [m for f in ("ttd_jabatan", "ttd_nama", "ttd_pangkat") for m in markers(LONG_SIGNER[f])]
    assert [m for m in found if m in set(signer)] == signer  # every word, once, in order
    assert "NIP.19741018199403 1003".replace(" ", "") in squash(pages[-1])
    if dokumen == "lampiran":  # it begins on the page of the last data row
        first = next(n for n, p in enumerate(pages) if markers(LONG_SIGNER["ttd_jabatan"])[0] in markers(p))
        assert "Persentase" in pages[first] or "Jumlah" in pages[first]


def test_each_long_signer_field_alone_still_prints_on_one_block(sample_store):
    k = sample_store.keputusan_list()[0]
    sample_store.update("keputusan", k.id, ttd_nama=words(300))
    pages = pdf_texts(sample_store, "lampiran", jabatan="KASI PEMERINTAHAN")
    assert markers(words(300)) == [m for p in pages for m in markers(p)]


def test_long_word_fungsi_with_many_penjelasan_paragraphs_prints_every_word(sample_store):
    """A paragraph ReportLab declined to split (one line would be an orphan) lost its line
    breaking while a cached measure was kept: drawing it raised AttributeError 'blPara'."""
    j = next(j for j in sample_store.jabatan_all(1) if j.nama.upper().startswith("SEKRETARIS"))
    long_word = "LONGWORD" + "x" * 2000 + "ENDLW"
    sample_store.set_list("fungsi", j.id, [long_word])
    paragraphs = [words(300, start=1000 * n) for n in range(60)]
    sample_store.set_list("penjelasan", j.sasaran[0].indikator[0].id, paragraphs)
    pages = pdf_texts(sample_store, "lampiran", jabatan=j.nama)
    text = squash("".join(pages))
    assert "LONGWORD" + "x" * 2000 + "ENDLW" in text
    assert [m for p in pages for m in markers(p)] == [m for para in paragraphs for m in markers(para)]


def _build(flowables):
    doc = SimpleDocTemplate(BytesIO(), pagesize=(200 * mm, 150 * mm))
    with watchdog(10):
        doc.build(flowables)


def test_a_cell_that_cannot_be_cut_is_refused_in_indonesian_not_looped_over():
    st = Styles(8.5)
    layout = Layout([100 * mm, 80 * mm], st.size, st.body.leading)
    frame = 150 * mm - 2 * 72 - 12
    rows = [Row([P("pendek", st.body), ""]), Row([[Spacer(1, 2000)], P("sebuah teks yang tidak muat", st.body)])]
    table = PagedTable(layout, rows, frame, [[P("KEPALA", st.body), P("KOLOM", st.body)]])
    with pytest.raises(KinerjaError) as info:
        _build([table])
    message = str(info.value)
    assert "tidak dapat" in message and "halaman" in message


def test_a_closing_row_taller_than_a_page_goes_on_after_the_table():
    st = Styles(8.5)
    layout = Layout([100 * mm, 80 * mm], st.size, st.body.leading)
    frame = 150 * mm - 2 * 72 - 12
    text = words(6000)
    closing = [[P(text, st.body)], ""]
    table = PagedTable(layout, [Row([P("baris", st.body), "data"])], frame, [[P("KEPALA", st.body), ""]],
                       closing=closing)
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=(200 * mm, 150 * mm))
    with watchdog(10):
        doc.build([table])
    pages = [p.extract_text() for p in PdfReader(BytesIO(out.getvalue())).pages]
    assert len(pages) >= 3
    assert [m for p in pages for m in markers(p)] == markers(text)
    assert "baris" in pages[0]
