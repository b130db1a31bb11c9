"""A bare "LAMPIRAN" over the decree's name ("KEPUTUSAN CAMAT KARANG JAYA"), as Karang Jaya's
pasted text and many Word annexes have it (issue 12, side-by-side trial): read into the
lampiran's header, printed in the header block as the source has it — not as a title line."""

from __future__ import annotations

from app.models.format_dokumen import dari_json
from app.models.impor import baca, tulis
from app.models.laporan import data_lampiran
from app.models.store import Store
from tests.helpers_cetak import lampiran_pdf, pdf_pages
from tests.impor_contoh import empat_kolom_docx
from tests.test_impor_teks import TEKS


def _teks(pdf: bytes) -> str:
    return " ".join(" ".join(p.split()) for p in pdf_pages(pdf))


def _impor(tmp_path, source):
    db = tmp_path / "kepala.db"
    Store.create(db).close()
    store = Store.open(db)
    tulis.impor(store, baca(source))
    return store


def test_the_decrees_name_under_a_bare_lampiran_is_the_headers(tmp_path):
    r = baca(TEKS)
    assert r.format_hints["kepala_lampiran"] == "LAMPIRAN\n{sebutan}"
    assert "KEPUTUSAN CAMAT KARANG JAYA" not in r.format_hints["judul_lampiran"]
    assert r.keputusan.sebutan == "KEPUTUSAN CAMAT KARANG JAYA"
    store = _impor(tmp_path, TEKS)
    try:
        page = data_lampiran(store).halaman[0]
        assert page.kepala == "LAMPIRAN\nKEPUTUSAN CAMAT KARANG JAYA"
        text = _teks(lampiran_pdf(store))
        head = text.split("INDIKATOR KINERJA INDIVIDU")[0]
        assert head.split() == "LAMPIRAN KEPUTUSAN CAMAT KARANG JAYA NOMOR : 800/45/KJ/2021 TANGGAL : 01 Nopember 2021".split()
        assert text.count("KEPUTUSAN CAMAT KARANG JAYA") == 1
    finally:
        store.close()


def test_the_same_in_a_word_file(tmp_path):
    store = _impor(tmp_path, empat_kolom_docx(tmp_path / "iki.docx", sebutan="KEPUTUSAN CAMAT SUKAMAJU"))
    try:
        k = store.keputusan_list()[0]
        assert k.format.kepala == "LAMPIRAN\n{sebutan}" and k.sebutan == "KEPUTUSAN CAMAT SUKAMAJU"
        assert "KEPUTUSAN CAMAT SUKAMAJU" not in k.format.judul
        head = _teks(lampiran_pdf(store)).split("INDIKATOR KINERJA INDIVIDU")[0]
        assert head.startswith("LAMPIRAN KEPUTUSAN CAMAT SUKAMAJU Nomor : 188.45/ 12 /KEP/2021")
    finally:
        store.close()


def test_a_title_under_a_bare_lampiran_stays_a_title():
    from app.models.impor import baca_teks_polos

    r = baca_teks_polos("LAMPIRAN\nINDIKATOR KINERJA UTAMA\nKECAMATAN MAJU KABUPATEN JAYA\nNomor : 1\n"
                        "JABATAN : Camat\n")
    assert r.format_hints["kepala_lampiran"] == "LAMPIRAN"
    assert r.format_hints["judul_lampiran"][:1] == ["INDIKATOR KINERJA UTAMA"]


def test_a_two_line_header_typed_in_the_format_editor(window, qtbot, sample_store):
    window.select_item("dokumen", 0)
    fe = window.editors["dokumen"].format_editor
    fe.kepala.setPlainText("LAMPIRAN {lampiran}\n  \nKEPUTUSAN CAMAT {KECAMATAN}  ")
    fe.kepala.flush()
    assert sample_store.keputusan_list()[0].format.kepala == "LAMPIRAN {lampiran}\nKEPUTUSAN CAMAT {KECAMATAN}"
    assert dari_json(sample_store.keputusan_list()[0].format.ke_json()).kepala.count("\n") == 1
    window.act_undo.trigger()
    assert fe.kepala.toPlainText() == "Lampiran {lampiran}. {sebutan}"


def test_the_preview_shows_a_two_line_header_on_one_line():
    from app.models.impor.ringkasan import format_teks

    assert "kepala_lampiran: LAMPIRAN / {sebutan}" in format_teks(baca(TEKS))
