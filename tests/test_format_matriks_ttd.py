"""The signer under the matrix (issue 12, side-by-side trial): a format option, on for the
Belawang preset (today's look), set off by the import when the source's matrix has no
signer (nor a place-and-date line) under it — Word and text; edited in the window's matrix
format editor (one undoable command, with its live preview)."""

from __future__ import annotations

import dataclasses

import pytest

from app.models.errors import InputTidakValid
from app.models.format_matriks import MATRIKS_BAKU, matriks_dari_json, nilai_format_matriks
from app.models.impor import baca, tulis
from app.models.store import Store
from tests.impor_contoh import belawang_docx, lima_kolom_docx
from tests.test_format_matriks import _set, matriks_teks
from tests.test_impor_teks import TEKS


def test_the_signer_is_printed_under_the_matrix_unless_the_format_says_no(sample_store):
    assert MATRIKS_BAKU.tanda_tangan is True
    before = matriks_teks(sample_store)
    assert "CAMAT BELAWANG" in before and "NIP. 19741018 199403 1 003" in before
    _set(sample_store, tanda_tangan=False)
    after = matriks_teks(sample_store)
    assert "NIP." not in after and "CAMAT BELAWANG," not in after
    assert "Belawang, 30 Mei 2018" in after  # the place-and-date line stays, as the format says
    _set(sample_store, tanda_tangan=False, tempat_tanggal="")
    assert "Belawang, 30 Mei 2018" not in matriks_teks(sample_store)


def test_the_option_is_stored_and_checked(sample_store):
    off = dataclasses.replace(MATRIKS_BAKU, tanda_tangan=False)
    stored = nilai_format_matriks(off)
    assert stored != "" and matriks_dari_json(stored) == off
    assert matriks_dari_json('{"judul": ["{judul}"], "kolom": [{"kunci": "indikator", "judul": "I"}]}').tanda_tangan
    with pytest.raises(InputTidakValid):  # "false" as text is not false
        nilai_format_matriks({**json_of(MATRIKS_BAKU), "tanda_tangan": "false"})


def json_of(fmt) -> dict:
    import json

    return json.loads(fmt.ke_json())


def _impor(tmp_path, source) -> Store:
    db = tmp_path / "impor.db"
    Store.create(db).close()
    store = Store.open(db)
    tulis.impor(store, baca(source))
    return store


@pytest.mark.parametrize("source", ["docx", "teks"])
def test_a_source_matrix_without_a_signer_prints_none(tmp_path, source):
    """Sungai Raya's Word matrix and Karang Jaya's pasted one end with their last row."""
    path = lima_kolom_docx(tmp_path / "sungai_raya.docx") if source == "docx" else TEKS
    store = _impor(tmp_path, path)
    try:
        fmt = matriks_dari_json(store.periode_list()[-1].matriks_format)
        assert fmt.tanda_tangan is False
        text = matriks_teks(store)
        assert "NIP." not in text and "CAMAT " not in text
    finally:
        store.close()


def test_the_sample_as_word_and_as_text_keeps_its_signer(tmp_path):
    from tests.helpers import REFERENCE

    for r in (baca(belawang_docx(tmp_path / "belawang.docx")), baca(REFERENCE)):
        assert r.format_hints["ttd_matriks"] is True


def test_a_source_matrix_with_a_signer_keeps_it():
    text = (TEKS.read_text(encoding="utf-8").rstrip() + "\n\nKarang Jaya, 01 Nopember 2021\nCAMAT KARANG JAYA,\n\n"
            "RINA MARLINA, S.STP\nPenata Tk. I (III/d)\nNIP. 19850101 200701 2 001\n")
    from app.models.impor import baca_teks_polos

    r = baca_teks_polos(text)
    assert r.format_hints["ttd_matriks"] is True


def test_the_option_edited_in_the_window_with_its_preview(window, sample_store, qtbot):
    window.select_item("dokumen", 0)
    fe = window.editors["dokumen"].matriks_format
    assert fe.tanda_tangan.isChecked()
    qtbot.waitUntil(lambda: fe.preview_count >= 1)
    drawn = fe.preview_count
    fe.tanda_tangan.click()
    assert matriks_dari_json(sample_store.periode_list()[0].matriks_format).tanda_tangan is False
    assert "NIP." not in matriks_teks(sample_store)
    qtbot.waitUntil(lambda: fe.preview_count > drawn)
    window.act_undo.trigger()
    assert sample_store.periode_list()[0].matriks_format == ""
    assert fe.tanda_tangan.isChecked()


def test_the_word_export_follows_the_option_too(sample_store):
    import io

    import docx

    from app.models.laporan import data_matriks
    from app.reports.common import Options
    from app.reports.word.keputusan import docx_matriks

    def words(store) -> str:
        d = docx.Document(io.BytesIO(docx_matriks(data_matriks(store), Options())))
        return "\n".join(p.text for p in d.paragraphs) + "\n".join(
            c.text for t in d.tables for row in t.rows for c in row.cells)

    assert "NIP. 19741018 199403 1 003" in words(sample_store)
    _set(sample_store, tanda_tangan=False)
    assert "NIP." not in words(sample_store)
