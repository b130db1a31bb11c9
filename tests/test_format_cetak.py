"""Each option of the document's format changes the printed lampiran as asked (issue 12,
point 1), read back with pypdf; the format is checked in the core and stored per decree."""

from __future__ import annotations

import dataclasses

import pytest

from app.models.errors import InputTidakValid
from app.models.format_dokumen import IKU_BAKU, PRESET, Kolom, format_from_hints
from app.models.quality import periksa
from tests.helpers_cetak import lampiran_pdf, pdf_pages

JAB = "KASI PEMERINTAHAN"


def _set(store, **fields):
    (k,) = store.keputusan_list()
    store.update("keputusan", k.id, **fields)
    return k.id


def _text(store) -> str:
    return "\n".join(pdf_pages(lampiran_pdf(store, jabatan=JAB)))


def _lines(store) -> list[str]:
    return [line.strip() for line in _text(store).splitlines()]


def test_iki_preset_prints_four_columns_lettered_fungsi_holder_and_place_date(sample_store):
    _set(sample_store, format=PRESET["IKI, empat kolom"])
    text, lines = _text(sample_store), _lines(sample_store)
    for heading in ("SASARAN STRATEGIS", "INDIKATOR KINERJA INDIVIDU", "ALASAN/PENJELASAN", "SUMBER DATA"):
        assert heading in text
    assert "PENANGGUNG" not in text and "KINERJA UTAMA" not in text
    assert "INDIKATOR KINERJA INDIVIDU (IKI)" in lines
    assert "LAMPIRAN V" in lines and "Lampiran V. SK" not in text
    assert ": 24" in lines and "Tahun 2018" not in text  # the number as typed, no forced "Tahun"
    assert any(line.startswith("a. Mengkoordinir") for line in lines)
    assert not any(line.startswith("1. Mengkoordinir") for line in lines)
    assert "NAMA" in lines
    assert "Belawang, 30 Mei 2018" in lines


def test_four_column_annex_has_no_penanggung_jawab_warnings(sample_store):
    def warned() -> set[tuple[str, int]]:
        return {(w.kode, w.item_id) for w in periksa(sample_store) if w.kode == "tanpa_penanggung_jawab"}

    _set(sample_store, format=dataclasses.replace(IKU_BAKU, kolom=tuple(
        k for k in IKU_BAKU.kolom if k.kunci in ("sasaran", "indikator", "penjelasan", "sumber_data"))))
    sample_store.update("indikator", 1, penanggung_jawab="")
    assert warned() == set()
    _set(sample_store, format=IKU_BAKU)
    assert ("tanpa_penanggung_jawab", 1) in warned()


def test_bare_lampiran_header_and_number_exactly_as_typed(sample_store):
    _set(sample_store, nomor="188.45/ /KEP/35.07.19/2019",
         format=dataclasses.replace(IKU_BAKU, kepala="LAMPIRAN", kepala_baris=(("Nomor", "{nomor}"), ("Tanggal", "{tanggal}"))))
    lines = _lines(sample_store)
    assert lines[0] == "LAMPIRAN"
    assert ": 188.45/ /KEP/35.07.19/2019" in lines


def test_blank_number_and_date_print_blank_with_a_warning(sample_store):
    _set(sample_store, nomor="", tanggal=None, tanggal_teks="")
    lines = _lines(sample_store)
    assert lines[1:5] == ["Nomor", ": Tahun 2018", "Tanggal", ":"]
    codes = {w.kode for w in periksa(sample_store)}
    assert {"keputusan_tanpa_nomor", "keputusan_tanpa_tanggal"} <= codes


def test_office_date_prints_as_typed(sample_store):
    _set(sample_store, tanggal="01 Nopember 2021", tanggal_teks="01 Nopember 2021",
         format=dataclasses.replace(IKU_BAKU, tempat_tanggal="{tempat}, {tanggal}"))
    lines = _lines(sample_store)
    assert ": 01 Nopember 2021" in lines
    assert "Belawang, 01 Nopember 2021" in lines
    (k,) = sample_store.keputusan_list()
    assert k.tanggal.isoformat() == "2021-11-01"


def test_unreadable_date_is_refused_and_nothing_changes(sample_store):
    with pytest.raises(InputTidakValid, match="tidak dapat dibaca"):
        _set(sample_store, tanggal="01 Nopember", tanggal_teks="01 Nopember")
    (k,) = sample_store.keputusan_list()
    assert k.tanggal.isoformat() == "2018-05-30"


@pytest.mark.parametrize("gaya, first", [("angka", "1. Mengkoordinir"), ("huruf", "a. Mengkoordinir"),
                                         ("tanpa", "Mengkoordinir")])
def test_fungsi_numbering(sample_store, gaya, first):
    _set(sample_store, format=dataclasses.replace(IKU_BAKU, penomoran_fungsi=gaya))
    assert any(line.startswith(first) for line in _lines(sample_store))


def test_fungsi_typed_with_its_own_letter_is_not_numbered_twice(sample_store):
    (jab,) = [j for j in sample_store.jabatan_list() if j.nama == JAB]
    sample_store.set_fungsi(jab.id, ["a. Menyiapkan bahan.", "b. Melaksanakan tugas lain."])
    lines = _lines(sample_store)
    assert "a. Menyiapkan bahan." in lines and not any("1. a." in line for line in lines)


def test_columns_order_headings_title_note_and_no_identity(sample_store):
    cols = (Kolom("sumber_data", "ASAL DATA", 0.2), Kolom("indikator", "INDIKATOR", 0.4), Kolom("no", "NO", 0.05))
    _set(sample_store, format=dataclasses.replace(
        IKU_BAKU, kolom=cols, judul=("INDIKATOR KINERJA UTAMA (IKU)", "TAHUN {tahun}"), identitas=False,
        catatan="Catatan: target {tahun} ditetapkan Camat {kecamatan}."))
    text, lines = _text(sample_store), _lines(sample_store)
    assert text.index("ASAL DATA") < text.index("INDIKATOR\n") < text.index("NO\n")
    assert "PENJELASAN" not in text and "KINERJA UTAMA\n" not in text
    assert "TAHUN 2018" in lines and "INDIKATOR KINERJA UTAMA (IKU)" in lines
    assert "JABATAN" not in lines and "TUGAS" not in lines
    assert "Catatan: target 2018 ditetapkan Camat Belawang." in lines


def test_organisation_preset_has_no_jabatan_block(sample_store):
    _set(sample_store, format=PRESET["IKU organisasi tanpa halaman jabatan"])
    lines = _lines(sample_store)
    assert lines[0] == "LAMPIRAN" and "JABATAN" not in lines and "SASARAN STRATEGIS" in lines


@pytest.mark.parametrize("fmt, words", [
    (dataclasses.replace(IKU_BAKU, kolom=()), "sedikitnya satu kolom"),
    (dataclasses.replace(IKU_BAKU, judul=("{bupati}",)), "Penanda «{bupati}»"),
    (dataclasses.replace(IKU_BAKU, kolom=IKU_BAKU.kolom[:1] * 2), "hanya boleh sekali"),
    (dataclasses.replace(IKU_BAKU, penomoran_fungsi="romawi"), "Penomoran fungsi"),
])
def test_bad_format_is_refused_and_nothing_changes(sample_store, fmt, words):
    with pytest.raises(InputTidakValid, match=words.replace("{", r"\{").replace("}", r"\}")):
        _set(sample_store, format=fmt)
    (k,) = sample_store.keputusan_list()
    assert k.format == IKU_BAKU


def test_format_from_importer_hints():
    fmt = format_from_hints({
        "title_lines": ["INDIKATOR KINERJA INDIVIDU", "KECAMATAN {KECAMATAN}"],
        "header": "LAMPIRAN",
        "columns": ["SASARAN STRATEGIS", "INDIKATOR KINERJA", "ALASAN/PENJELASAN", "SUMBER DATA", "KETERANGAN"],
        "numbering": "a.",
    })
    assert fmt.judul == ("INDIKATOR KINERJA INDIVIDU", "KECAMATAN {KECAMATAN}")
    assert fmt.kepala == "LAMPIRAN"
    assert [(k.kunci, k.judul) for k in fmt.kolom] == [
        ("sasaran", "SASARAN STRATEGIS"), ("indikator", "INDIKATOR KINERJA"),
        ("penjelasan", "ALASAN/PENJELASAN"), ("sumber_data", "SUMBER DATA")]
    assert fmt.penomoran_fungsi == "huruf"
    assert fmt.kepala_baris == IKU_BAKU.kepala_baris  # not in the hints: from the base
    assert format_from_hints({}) == IKU_BAKU
    with pytest.raises(InputTidakValid):
        format_from_hints({"kolom": ["KETERANGAN"]})


def test_a_format_that_would_not_print_or_would_mislead_is_refused():
    """A column too narrow to hold a letter (it crashed the print), a title given as one
    string (it became one line per letter), a yes/no given as text ("false" read as yes)."""
    import json
    from dataclasses import asdict, replace

    import pytest

    from app.models.errors import InputTidakValid
    from app.models.format_dokumen import IKU_BAKU, Kolom, dari_dict, periksa_format

    sliver = replace(IKU_BAKU, kolom=(*IKU_BAKU.kolom[:-1], Kolom("sumber_data", "SUMBER DATA", 0.005)))
    with pytest.raises(InputTidakValid, match="terlalu sempit"):
        periksa_format(sliver)
    base = json.loads(IKU_BAKU.ke_json())
    for bad in ({"judul": "ABC"}, {"identitas": "false"}, {"pemegang": 1}):
        with pytest.raises(InputTidakValid):
            dari_dict({**base, **bad})
    assert dari_dict(base) == IKU_BAKU and dari_dict(asdict(IKU_BAKU)) == IKU_BAKU


def test_unpaired_braces_are_refused_and_blank_means_belawang():
    import pytest

    from app.models.errors import InputTidakValid
    from app.models.format_dokumen import IKU_BAKU, dari_json, nilai_format, periksa_templat

    for bad in ("X {nomor", "{{nomor}}", "nomor}"):
        with pytest.raises(InputTidakValid, match="kurawal"):
            periksa_templat(bad, "kepala lampiran")
    assert nilai_format("") == "" and dari_json(nilai_format("")) == IKU_BAKU
