"""Issue 14, «Done when»: the .docx of EVERY printed document (render.DOCUMENTS), made the way
the window's «Simpan sebagai Word…» and ``print … --format docx`` make it
(:func:`render.print_docx` on the gathered data), read back with python-docx, has every word
of the document's PDF; and every document has a Word builder."""

from __future__ import annotations

import pytest

from app.reports import render
from app.reports.common import Options
from app.reports.word import BUILDERS
from helpers_word import buka, kurang
from tests.excel_contoh import isi_sakip

TAHUN = 2019


def test_every_document_has_a_word_builder():
    assert set(render.DOCUMENTS) <= set(BUILDERS)


@pytest.mark.parametrize("dokumen", render.DOCUMENTS)
def test_docx_of_every_document_has_every_word_of_its_pdf(sample_store, tmp_path, dokumen):
    isi_sakip(sample_store)
    if dokumen == "pk":
        jab = sample_store.jabatan_list()[0]
        sample_store.buat_pk(jab.id, TAHUN)
    params = {"tahun": TAHUN}
    pdf = render.build_bytes(dokumen, render.gather(sample_store, dokumen, **params), Options())[0]
    out = tmp_path / f"{dokumen}.docx"
    render.print_docx(sample_store, dokumen, out, Options(), **params)
    missing = kurang(pdf, buka(out.read_bytes()))
    if dokumen == "capaian":  # the chart's axis figures and short labels ("(tanpa nama)") are a picture
        missing = {w for w in missing if not (w.isdigit() or w.endswith("…") or w in ("(%)", "(tanpa", "nama)"))}
    assert missing == set()
