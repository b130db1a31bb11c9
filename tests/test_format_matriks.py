"""The matrix's own format (issue 12): title lines, columns, the place-and-date line,
stored in ``periode.matriks_format``, checked by the store, printed (read back with pypdf)."""

from __future__ import annotations

import dataclasses
import io

import pytest

from app.models.errors import InputTidakValid
from app.models.format_matriks import (
    MATRIKS_BAKU,
    FormatMatriks,
    KolomMatriks,
    matriks_dari_judul,
    matriks_dari_json,
)
from app.models.kinds import Jenis
from tests.helpers import FIXTURES
from tests.helpers_cetak import cetak_teks, pdf_pages


def matriks_teks(store) -> str:
    from app.models.laporan import data_matriks
    from app.reports.matriks import build_matriks

    buf = io.BytesIO()
    build_matriks(buf, data_matriks(store))
    return "\n".join(pdf_pages(buf.getvalue()))


def _periode(store):
    (p,) = store.periode_list()
    return p


def _set(store, **changes):
    fmt = dataclasses.replace(MATRIKS_BAKU, **changes)
    return store.update(Jenis.PERIODE, _periode(store).id, matriks_format=fmt)


def test_belawang_matrix_prints_exactly_as_before(sample_store):
    assert _periode(sample_store).matriks_format == ""
    old = (FIXTURES / "belawang_cetak_lama.txt").read_text(encoding="utf-8")
    assert cetak_teks(sample_store) == old
    # the preset stored explicitly is the same as nothing stored
    _set(sample_store)
    assert _periode(sample_store).matriks_format == ""
    assert cetak_teks(sample_store) == old


def test_title_lines_are_the_formats(sample_store):
    before = matriks_teks(sample_store)
    assert "INDIKATOR KINERJA ESSELON IV" in before
    _set(sample_store, judul=("INDIKATOR KINERJA KEGIATAN", "PERIODE {tahun_awal} S.D. {tahun_akhir}",
                              "KABUPATEN {KABUPATEN}"))
    after = matriks_teks(sample_store)
    assert "INDIKATOR KINERJA KEGIATAN" in after
    assert "PERIODE 2018 S.D. 2022" in after
    assert "KABUPATEN BARITO KUALA" in after
    assert "ESSELON IV" not in after and "KECAMATAN BELAWANG" not in after


def test_columns_can_be_left_out_reordered_and_renamed(sample_store):
    before = matriks_teks(sample_store)
    assert "FORMULASI PERHITUNGAN/" in before and "SUMBER DATA" in before
    k = {c.kunci: c for c in MATRIKS_BAKU.kolom}
    _set(sample_store, kolom=(KolomMatriks("indikator", "INDIKATOR"), k["sasaran"],
                              KolomMatriks("target", "TARGET KINERJA")))
    after = matriks_teks(sample_store)
    assert "FORMULASI PERHITUNGAN/" not in after and "SUMBER DATA" not in after
    assert "TARGET KINERJA" in after
    assert after.index("INDIKATOR") < after.index("SASARAN KEGIATAN")
    assert "2018" in after and "2022" in after


def test_place_and_date_line(sample_store):
    sample_store.update(Jenis.KECAMATAN, sample_store.kecamatan().id, tempat="Belawang")
    assert "Belawang, 30 Mei 2018" in matriks_teks(sample_store)
    _set(sample_store, tempat_tanggal="Ditetapkan di {tempat} pada tanggal {tanggal}")
    assert "Ditetapkan di Belawang pada tanggal 30 Mei 2018" in matriks_teks(sample_store)
    _set(sample_store, tempat_tanggal="")
    assert "30 Mei 2018" not in matriks_teks(sample_store)


@pytest.mark.parametrize("fmt, words", [
    (dataclasses.replace(MATRIKS_BAKU, judul=("MATRIKS {tahun_mulai}",)), "tidak dikenal"),
    (dataclasses.replace(MATRIKS_BAKU, judul=()), "baris judul"),
    (dataclasses.replace(MATRIKS_BAKU, kolom=(KolomMatriks("sasaran", "S"),)), "indikator"),
    (dataclasses.replace(MATRIKS_BAKU, kolom=(KolomMatriks("indikator", "I"), KolomMatriks("indikator", "J"))),
     "sekali"),
    ('{"judul": 3}', "tidak dapat dibaca"),
    ("bukan json", "tidak dapat dibaca"),
])
def test_a_bad_format_is_refused_and_changes_nothing(sample_store, fmt, words):
    before = _periode(sample_store).matriks_format
    with pytest.raises(InputTidakValid) as err:
        sample_store.update(Jenis.PERIODE, _periode(sample_store).id, matriks_format=fmt)
    assert words in err.value.pesan
    assert _periode(sample_store).matriks_format == before


def test_stored_format_round_trips_and_undoes(sample_store):
    fmt = FormatMatriks(("A {KECAMATAN}",), (KolomMatriks("indikator", "IND"),), "")
    changes = sample_store.update(Jenis.PERIODE, _periode(sample_store).id, matriks_format=fmt)
    assert matriks_dari_json(_periode(sample_store).matriks_format) == fmt
    sample_store.update(Jenis.PERIODE, _periode(sample_store).id, **changes.undo)
    assert _periode(sample_store).matriks_format == ""


def test_a_damaged_stored_value_prints_as_belawang():
    assert matriks_dari_json("{broken") == MATRIKS_BAKU


def test_format_from_the_sources_title():
    assert matriks_dari_judul(["INDIKATOR KINERJA ESSELON IV", "TAHUN 2017-2022", "KECAMATAN BELAWANG"],
                              "Belawang", "Barito Kuala", "INDIKATOR KINERJA ESSELON IV", "TAHUN 2017-2022") \
        == MATRIKS_BAKU
    fmt = matriks_dari_judul(["MATRIKS INDIKATOR KINERJA", "KECAMATAN SUKA MAJU KABUPATEN BARU"],
                             "Suka Maju", "Baru", "MATRIKS INDIKATOR KINERJA", "")
    assert fmt.judul == ("{judul}", "KECAMATAN {KECAMATAN} KABUPATEN {KABUPATEN}")


def test_import_sets_the_matrix_format_from_the_sources_title(tmp_path):
    """A source whose matrix title names the kabupaten too: the imported period's matrix
    prints that title; the sample's own Word file gives the Belawang preset ("")."""
    import docx

    from app.models.impor import baca, tulis
    from app.models.store import Store
    from tests.impor_contoh import belawang_docx

    path = belawang_docx(tmp_path / "lain.docx")
    d = docx.Document(str(path))
    (line,) = [p for p in d.paragraphs if p.text.strip() == "KECAMATAN BELAWANG"]
    line.runs[0].text = "KECAMATAN BELAWANG KABUPATEN BARITO KUALA"
    for run in line.runs[1:]:
        run.text = ""
    d.save(str(path))
    db = tmp_path / "k.db"
    Store.create(db).close()
    with Store.open(db) as store:
        tulis.impor(store, baca(path))
        fmt = matriks_dari_json(_periode(store).matriks_format)
        assert fmt.judul == ("{judul}", "{tahun}", "KECAMATAN {KECAMATAN} KABUPATEN {KABUPATEN}")
        text = matriks_teks(store)
        assert "INDIKATOR KINERJA ESSELON IV\n TAHUN 2017-2022\n KECAMATAN BELAWANG KABUPATEN BARITO KUALA" in text


def test_rules_inside_a_sasaran_group_follow_the_sasaran_column(sample_store):
    from app.models.laporan import data_matriks
    from app.reports.common import Options, Styles
    from app.reports.matriks import matriks_table

    k = {c.kunci: c for c in MATRIKS_BAKU.kolom}

    def inner_rows(kolom):
        _set(sample_store, kolom=kolom)
        t = matriks_table(data_matriks(sample_store), Styles(8.5), 800, Options(), 500)
        return [r for r in t.rows if r.cells[[c.kunci for c in kolom].index("indikator")]
                and r is not t.rows[-1]]

    # Belawang: the rule under an inner row starts after the sasaran (column 0)
    assert {(r.line_from, tuple(r.style)) for r in inner_rows(MATRIKS_BAKU.kolom)} >= {(1, ())}
    # no sasaran column: every indicator row is ruled over the whole width
    assert {r.line_from for r in inner_rows((k["indikator"], k["target"]))} == {0}
    # sasaran in the middle: ruled left and right of it
    rows = inner_rows((k["indikator"], k["sasaran"], k["sumber_data"]))
    open_rows = [r for r in rows if r.line_from is None]
    assert open_rows and all([c[1][0] for c in r.style] == [0, 2] for r in open_rows)
