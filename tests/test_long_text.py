"""Documents print any length of text (issue 10, finding 8): a cell taller than a page goes
on over the pages under a repeated header, a long word wraps, lists of any length; every
word of the long text is in the PDF."""

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.reports import render
from app.reports.common import Options

HEADERS = {"lampiran": "PENANGGUNG JAWAB SUMBER DATA", "matriks": "FORMULASI PERHITUNGAN/ PENJELASAN",
           "capaian": "SATUAN TARGET REALISASI CAPAIAN KATEGORI"}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def words(n_chars: int, sep: str = " ", start: int = 0) -> str:
    """Text of distinct marker words ``w<n>x``, at least ``n_chars`` long."""
    out, n = [], start
    while len(sep.join(out)) < n_chars:
        out.append(f"w{n}x")
        n += 1
    return sep.join(out)


def markers(text: str) -> list[str]:
    return re.findall(r"w\d+x", text)


def _kasi(store):
    return next(j for j in store.jabatan_all(1) if j.nama == "KASI PEMERINTAHAN")


def _matrix_indicator(store):
    return next(i for j in store.jabatan_all(1) for s in j.sasaran for i in s.indikator if i.di_matriks)


def penjelasan(store, text):
    store.set_list("penjelasan", _kasi(store).sasaran[0].indikator[0].id, [text])
    return "lampiran", {"jabatan": "KASI PEMERINTAHAN"}


def fungsi(store, text):
    items = text.split("|")
    assert len(items) == 44
    store.set_list("fungsi", _kasi(store).id, items)
    return "lampiran", {"jabatan": "KASI PEMERINTAHAN"}


def sasaran(store, text):
    store.update("sasaran", _kasi(store).sasaran[0].id, nama=text)
    return "lampiran", {"jabatan": "KASI PEMERINTAHAN"}


def tugas(store, text):
    store.update("jabatan", _kasi(store).id, tugas=text)
    return "lampiran", {"jabatan": "KASI PEMERINTAHAN"}


def kepala(store, text):
    kasi = _kasi(store).id
    lamp = next(lp for k in store.keputusan_list() for lp in k.lampiran if lp.jabatan_id == kasi)
    store.update("lampiran", lamp.id, kepala=text)
    return "lampiran", {"jabatan": "KASI PEMERINTAHAN"}


def formulasi(store, text):
    store.update("indikator", _matrix_indicator(store).id, formulasi=text)
    return "matriks", {}


def nama_capaian(store, text):
    store.update("indikator", _matrix_indicator(store).id, nama=text)
    return "capaian", {"tahun": 2018}


CASES = {
    "penjelasan 2.800": (penjelasan, words(2800)),
    "44 fungsi": (fungsi, "|".join(words(160, start=100 * n) for n in range(44))),
    "sasaran 1.000": (sasaran, words(1000)),
    "formulasi 1.800 (matriks)": (formulasi, words(1800)),
    "nama indikator 2.400 (capaian)": (nama_capaian, words(2400)),
    "3.000 dengan baris baru": (penjelasan, words(3000, sep="\n")),
    "tugas 4.000": (tugas, words(4000)),
    "kepala lampiran 2.500": (kepala, words(2500)),
}


def build(store, dokumen, params, options=Options()):
    data = render.gather(store, dokumen, **params)
    content, pages = render.build_bytes(dokumen, data, options)
    reader = PdfReader(BytesIO(content))
    assert len(reader.pages) == pages
    return [p.extract_text() for p in reader.pages]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_long_text_prints_whole_under_a_header_on_every_page(sample_store, case, paper):
    change, text = CASES[case]
    dokumen, params = change(sample_store, text)
    pages = build(sample_store, dokumen, params, Options(paper=paper))
    assert len(pages) >= 2
    found = [m for page in pages for m in markers(page)]
    assert sorted(found) == sorted(markers(text))  # every word, once, in order of pages
    header = squash(HEADERS[dokumen])
    if dokumen == "capaian":  # a table per jabatan: its header on each page it runs over
        assert all(header in squash(p) for p in pages if markers(p))
    else:  # from the table's first page on: its header once on every page
        first = min(n for n, page in enumerate(pages) if header in squash(page))
        assert [squash(p).count(header) for p in pages[first:]] == [1] * (len(pages) - first)
        # the signature is never alone: a data row above it
        last = squash(pages[-1])
        assert "MUHAMMADHUSAINI" in last and last.index(header) + len(header) < last.index("MUHAMMADHUSAINI") - 40


def test_long_words_wrap_inside_their_cell(sample_store):
    word = "Q" + "".join(f"{n:03d}" for n in range(167))  # 502 characters, no space
    dokumen, params = penjelasan(sample_store, word)
    pages = build(sample_store, dokumen, params)
    text = "".join(pages)
    assert word in squash(text)
    assert word not in text  # broken over several lines of its column, not run off the page


def test_long_sasaran_in_the_matrix_and_a_long_target_text(sample_store):
    ind = _matrix_indicator(sample_store)
    sample_store.update("sasaran", ind.sasaran_id, nama=words(1500), nama_matriks=None)
    sample_store.set_target(ind.id, 2018, None, teks=words(900, start=5000))
    pages = build(sample_store, "matriks", {})
    found = sorted(m for p in pages for m in markers(p))
    assert found == sorted(markers(words(1500)) + markers(words(900, start=5000)))
    assert all(squash(HEADERS["matriks"]) in squash(p) for p in pages)
