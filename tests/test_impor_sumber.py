"""The trial of a new kecamatan's Word annex (tests/impor_contoh.py, lima_kolom_docx: "Sungai
Raya") printed like its source where it differed: the lampiran header's labels as the source
writes them ("NOMOR", "TANGGAL", in its order), the matrix's own column headings and columns."""

from __future__ import annotations

import pytest

from app.models.format_dokumen import IKU_BAKU
from app.models.impor import baca, baca_teks_polos, tulis
from app.models.laporan import data_lampiran
from app.models.store import Store
from tests.helpers_cetak import lampiran_pdf, pdf_pages
from tests.impor_contoh import belawang_docx, lima_kolom_docx


@pytest.fixture
def sungai_raya(tmp_path):
    db = tmp_path / "sr.db"
    Store.create(db).close()
    store = Store.open(db)
    tulis.impor(store, baca(lima_kolom_docx(tmp_path / "sungai_raya.docx")))
    yield store
    store.close()


def _teks(pdf: bytes) -> str:
    return " ".join(" ".join(p.split()) for p in pdf_pages(pdf))


def test_header_labels_print_as_the_source_writes_them(sungai_raya):
    fmt = data_lampiran(sungai_raya).keputusan.format
    assert fmt.kepala_baris == (("NOMOR", "{nomor}"), ("TANGGAL", "{tanggal}"))
    text = _teks(lampiran_pdf(sungai_raya))
    assert "LAMPIRAN II KEPUTUSAN CAMAT SUNGAI RAYA NOMOR : 061/27/SR/2024 TANGGAL : 2 Januari 2024" in text
    assert "Nomor" not in text and "Tanggal" not in text


def test_header_lines_keep_the_sources_order_and_its_spelling_of_tahun():
    text = ("LAMPIRAN I KEPUTUSAN CAMAT MAJU\nTanggal : 3 Maret 2020\nNomor : 12 TAHUN 2020\n"
            "INDIKATOR KINERJA UTAMA\nKECAMATAN MAJU KABUPATEN JAYA\nJABATAN : Camat\n")
    r = baca_teks_polos(text)
    assert r.format_hints["kepala_baris"] == [("Tanggal", "{tanggal}"), ("Nomor", "{nomor} TAHUN {tahun}")]
    assert (r.keputusan.nomor, r.keputusan.tahun) == ("12", 2020)


def test_the_sample_as_word_keeps_the_belawang_header(tmp_path):
    r = baca(belawang_docx(tmp_path / "belawang.docx"))
    assert r.format_hints["kepala_baris"] == list(IKU_BAKU.kepala_baris)


def _matriks_teks(store) -> str:
    import io

    from app.models.laporan import data_matriks
    from app.reports.matriks import build_matriks

    buf = io.BytesIO()
    build_matriks(buf, data_matriks(store))
    return _teks(buf.getvalue())


def test_matrix_headings_print_as_the_source_has_them(sungai_raya):
    text = _matriks_teks(sungai_raya)
    assert "MATRIKS INDIKATOR KINERJA TAHUN 2024-2026 KECAMATAN SUNGAI RAYA" in text
    assert "SASARAN INDIKATOR KINERJA FORMULASI TARGET SUMBER DATA" in text
    assert "SASARAN KEGIATAN" not in text and "PERHITUNGAN" not in text


def test_matrix_headings_of_a_text_source(tmp_path):
    from tests.test_impor_teks import TEKS

    db = tmp_path / "kj.db"
    Store.create(db).close()
    with Store.open(db) as store:
        tulis.impor(store, baca(TEKS))
        text = _matriks_teks(store)
    assert "SASARAN INDIKATOR KINERJA FORMULASI TARGET SUMBER DATA" in text
    assert "SASARAN KEGIATAN" not in text and "PERHITUNGAN" not in text


def test_matrix_columns_the_source_has_not_are_not_printed():
    from types import SimpleNamespace

    from app.models.format_matriks import matriks_dari_json
    from app.models.impor.format_sumber import format_matriks_sumber

    r = SimpleNamespace(kecamatan="Maju", kabupaten="Jaya", matriks_judul="", matriks_tahun="")
    hints = {"kolom_matriks": [{"kolom": "indikator", "judul": "INDIKATOR"}, {"kolom": "penjelasan", "judul": "PENJELASAN"},
                               {"kolom": "target", "judul": "TARGET {tahun}"}, {"kolom": "no", "judul": "NO"}]}
    fmt = matriks_dari_json(format_matriks_sumber(hints, r))
    assert [(k.kunci, k.judul) for k in fmt.kolom] == [("indikator", "INDIKATOR"), ("formulasi", "PENJELASAN"),
                                                       ("target", "TARGET (tahun)")]
    assert fmt.judul == ("{judul}", "{tahun}", "KECAMATAN {KECAMATAN}")  # no title seen: Belawang's


def test_the_sample_as_word_and_as_text_keeps_the_belawang_matrix(tmp_path):
    from app.models.impor.format_sumber import format_matriks_sumber
    from tests.helpers import REFERENCE

    for r in (baca(belawang_docx(tmp_path / "belawang.docx")), baca(REFERENCE)):
        assert format_matriks_sumber(r.format_hints, r) == ""


def test_a_matrix_without_its_own_place_and_date_prints_none(sungai_raya, tmp_path):
    """Sungai Raya's matrix has no "Sungai Raya, …" line of its own (the sample's has one)."""
    assert "Sungai Raya, 2 Januari 2024" not in _matriks_teks(sungai_raya)
    r = baca(belawang_docx(tmp_path / "belawang.docx"))
    assert r.format_hints["tempat_tanggal_matriks"] is True
