"""The decree's format and date edited in the window (issue 12): every edit one undoable
command, the preview of the first page drawn again after the edit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.models.format_dokumen import IKU_BAKU, PRESET


def _page(window, qtbot):
    window.select_item("dokumen", 0)
    dok = window.editors["dokumen"]
    fe = dok.format_editor
    qtbot.waitUntil(lambda: fe.preview_count >= 1, timeout=5000)
    return dok, fe


def _image(fe):
    return fe.preview.pixmap().toImage()


def test_preset_and_columns_edited_in_the_window_update_the_preview_and_undo(window, qtbot, sample_store):
    dok, fe = _page(window, qtbot)
    first = _image(fe)
    drawn = fe.preview_count
    fe.preset.setCurrentText("IKI, empat kolom")
    fe.preset.activated.emit(fe.preset.currentIndex())
    assert sample_store.keputusan_list()[0].format == PRESET["IKI, empat kolom"]
    qtbot.waitUntil(lambda: fe.preview_count > drawn, timeout=5000)
    assert _image(fe) != first
    # a column switched on again, then moved up: each one command
    row = next(r for r in range(fe.kolom.rowCount()) if fe.kolom.item(r, 0).data(Qt.ItemDataRole.UserRole) == "no")
    fe.kolom.item(row, 0).setCheckState(Qt.CheckState.Checked)
    keys = sample_store.keputusan_list()[0].format.kunci_kolom()
    assert keys == ("sasaran", "indikator", "penjelasan", "sumber_data", "no")
    row = next(r for r in range(fe.kolom.rowCount()) if fe.kolom.item(r, 0).data(Qt.ItemDataRole.UserRole) == "no")
    fe.kolom.setCurrentCell(row, 0)
    fe.move_column(-1)
    assert sample_store.keputusan_list()[0].format.kunci_kolom()[-2:] == ("no", "sumber_data")
    fe.catatan.setText("Catatan: {kecamatan}")
    fe.catatan.editingFinished.emit()
    assert sample_store.keputusan_list()[0].format.catatan == "Catatan: {kecamatan}"
    for _ in range(4):
        window.act_undo.trigger()
    assert sample_store.keputusan_list()[0].format == IKU_BAKU
    assert fe.preset.currentText() == "IKU per jabatan, enam kolom"


def test_a_bad_template_is_refused_in_the_window(window, qtbot, sample_store, monkeypatch):
    dok, fe = _page(window, qtbot)
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    window.doc.error.disconnect()
    window.doc.error.connect(errors.append)
    fe.kepala.setPlainText("LAMPIRAN {bupati}")
    fe.kepala.flush()
    assert errors and "Penanda «{bupati}»" in errors[-1]
    assert sample_store.keputusan_list()[0].format == IKU_BAKU
    assert fe.kepala.toPlainText() == IKU_BAKU.kepala


def test_decree_date_typed_as_the_office_writes_it(window, qtbot, sample_store):
    """The old date field made "01 Nopember 2021" into 1 November 2026."""
    dok, fe = _page(window, qtbot)
    assert dok.tanggal.text() == "30 Mei 2018"
    dok.tanggal.setText("01 Nopember 2021")
    dok.tanggal.editingFinished.emit()
    (k,) = sample_store.keputusan_list()
    assert (k.tanggal, k.tanggal_cetak) == (dt.date(2021, 11, 1), "01 Nopember 2021")
    assert dok.tanggal.text() == "01 Nopember 2021"
    errors = []
    window.doc.error.disconnect()
    window.doc.error.connect(errors.append)
    dok.tanggal.setText("01 Nopember")
    dok.tanggal.editingFinished.emit()
    assert errors and "tidak dapat dibaca" in errors[-1]
    assert sample_store.keputusan_list()[0].tanggal == dt.date(2021, 11, 1)
    assert dok.tanggal.text() == "01 Nopember 2021"
    dok.tanggal.setText("")
    dok.tanggal.editingFinished.emit()
    assert sample_store.keputusan_list()[0].tanggal is None
    window.act_undo.trigger()
    assert sample_store.keputusan_list()[0].tanggal_cetak == "01 Nopember 2021"
