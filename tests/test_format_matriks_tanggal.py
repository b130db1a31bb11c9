"""The matrix date's spelling (issue 12, side-by-side trial): Karang Jaya writes
"01 Nopember 2021"; the matrix printed "1 November 2021". The period's matrix date keeps
its spelling as typed or imported (``periode.matriks_tanggal_teks``), and a matrix that
falls back to the decree's date prints the decree's spelling."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.models.errors import InputTidakValid
from app.models.format_matriks import matriks_dari_json
from app.models.impor import baca, baca_teks_polos, tulis
from app.models.kinds import Jenis
from app.models.store import Store
from tests.test_format_matriks import matriks_teks
from tests.test_impor_teks import TEKS


def _periode(store):
    return store.periode_list()[-1]


def test_the_matrix_date_is_printed_as_typed(sample_store):
    p = _periode(sample_store)
    assert "Belawang, 30 Mei 2018" in matriks_teks(sample_store)
    sample_store.update(Jenis.PERIODE, p.id, matriks_tanggal="01 Nopember 2021", matriks_tanggal_teks="01 Nopember 2021")
    p = _periode(sample_store)
    assert (p.matriks_tanggal, p.matriks_tanggal_teks) == (dt.date(2021, 11, 1), "01 Nopember 2021")
    text = matriks_teks(sample_store)
    assert "Belawang, 01 Nopember 2021" in text and "1 November 2021" not in text


def test_an_unreadable_matrix_date_is_refused_and_changes_nothing(sample_store):
    p = _periode(sample_store)
    with pytest.raises(InputTidakValid):
        sample_store.update(Jenis.PERIODE, p.id, matriks_tanggal="31 Pebruari 2021",
                            matriks_tanggal_teks="31 Pebruari 2021")
    assert _periode(sample_store) == p


def _impor(tmp_path, r) -> Store:
    db = tmp_path / "kj.db"
    Store.create(db).close()
    store = Store.open(db)
    tulis.impor(store, r)
    return store


def test_karang_jaya_prints_the_decrees_spelling_under_its_matrix(tmp_path):
    """Its matrix has no date of its own: the decree's, as the source spells it."""
    store = _impor(tmp_path, baca(TEKS))
    try:
        p = _periode(store)
        fmt = dataclasses.replace(matriks_dari_json(p.matriks_format), tempat_tanggal="{tempat}, {tanggal}")
        store.update(Jenis.PERIODE, p.id, matriks_format=fmt)
        text = matriks_teks(store)
        assert "Karang Jaya, 01 Nopember 2021" in text and "1 November 2021" not in text
    finally:
        store.close()


def test_an_imported_matrix_date_keeps_its_spelling(tmp_path):
    text = (TEKS.read_text(encoding="utf-8").rstrip() + "\n\nKarang Jaya, 02 Pebruari 2022\nCAMAT KARANG JAYA,\n\n"
            "RINA MARLINA, S.STP\nPenata Tk. I (III/d)\nNIP. 19850101 200701 2 001\n")
    r = baca_teks_polos(text)
    assert (r.matriks_tanggal, r.matriks_tanggal_teks) == (dt.date(2022, 2, 2), "02 Pebruari 2022")
    store = _impor(tmp_path, r)
    try:
        assert _periode(store).matriks_tanggal_teks == "02 Pebruari 2022"
        assert "Karang Jaya, 02 Pebruari 2022" in matriks_teks(store)
    finally:
        store.close()


def test_the_matrix_date_typed_in_the_window_and_undone(window, sample_store):
    window.select_item("dokumen", 0)
    ed = window.editors["dokumen"]
    assert ed.matriks_tanggal.text() == "30 Mei 2018"
    ed.matriks_tanggal.setText("01  Nopember 2021")
    ed.matriks_tanggal.editingFinished.emit()
    p = _periode(sample_store)
    assert (p.matriks_tanggal, p.matriks_tanggal_teks) == (dt.date(2021, 11, 1), "01 Nopember 2021")
    assert ed.matriks_tanggal.text() == "01 Nopember 2021"
    assert "Belawang, 01 Nopember 2021" in matriks_teks(sample_store)
    window.act_undo.trigger()
    p = _periode(sample_store)
    assert (p.matriks_tanggal, p.matriks_tanggal_teks) == (dt.date(2018, 5, 30), "")
    assert ed.matriks_tanggal.text() == "30 Mei 2018"


def test_a_bad_matrix_date_in_the_window_is_refused_with_a_message(window, sample_store):
    window.select_item("dokumen", 0)
    ed = window.editors["dokumen"]
    errors = []
    window.doc.error.disconnect()
    window.doc.error.connect(errors.append)
    ed.matriks_tanggal.setText("kemarin sore")
    ed.matriks_tanggal.editingFinished.emit()
    assert errors and "tanggal" in errors[-1].lower()
    assert _periode(sample_store).matriks_tanggal == dt.date(2018, 5, 30)
    assert ed.matriks_tanggal.text() == "30 Mei 2018"
