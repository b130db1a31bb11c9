"""The matrix format edited in the window (issue 12): each edit one undoable command on
the period's ``matriks_format``; a bad one refused with its message."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models.format_matriks import MATRIKS_BAKU, matriks_dari_json


def _editor(window):
    window.select_item("dokumen", 0)
    return window.editors["dokumen"].matriks_format


def _fmt(store):
    return matriks_dari_json(store.periode_list()[0].matriks_format)


def _row(fe, key):
    return next(r for r in range(fe.kolom.rowCount()) if fe.kolom.item(r, 0).data(Qt.ItemDataRole.UserRole) == key)


def test_matrix_format_edited_in_the_window_and_undone(window, sample_store):
    fe = _editor(window)
    assert fe.isEnabled() and fe.judul.toPlainText() == "{judul}\n{tahun}\nKECAMATAN {KECAMATAN}"
    fe.judul.setPlainText("MATRIKS {tahun_awal}-{tahun_akhir}\nKABUPATEN {KABUPATEN}")
    fe.judul.flush()
    assert _fmt(sample_store).judul == ("MATRIKS {tahun_awal}-{tahun_akhir}", "KABUPATEN {KABUPATEN}")
    fe.kolom.item(_row(fe, "sumber_data"), 0).setCheckState(Qt.CheckState.Unchecked)
    assert "sumber_data" not in _fmt(sample_store).kunci_kolom()
    fe.kolom.item(_row(fe, "target"), 1).setText("TARGET KINERJA")
    assert dict((k.kunci, k.judul) for k in _fmt(sample_store).kolom)["target"] == "TARGET KINERJA"
    fe.kolom.setCurrentCell(_row(fe, "indikator"), 0)
    fe.move_column(-1)
    assert _fmt(sample_store).kunci_kolom()[:2] == ("indikator", "sasaran")
    fe.tempat_tanggal.setText("{tempat}, {tanggal}.")
    fe.tempat_tanggal.editingFinished.emit()
    assert _fmt(sample_store).tempat_tanggal == "{tempat}, {tanggal}."
    for _ in range(5):
        window.act_undo.trigger()
    assert sample_store.periode_list()[0].matriks_format == ""
    assert fe.judul.toPlainText() == "{judul}\n{tahun}\nKECAMATAN {KECAMATAN}"
    assert fe.kolom.item(_row(fe, "sumber_data"), 0).checkState() == Qt.CheckState.Checked


def test_a_bad_matrix_format_is_refused_in_the_window(window, sample_store):
    fe = _editor(window)
    errors = []
    window.doc.error.disconnect()
    window.doc.error.connect(errors.append)
    fe.kolom.item(_row(fe, "indikator"), 0).setCheckState(Qt.CheckState.Unchecked)
    assert errors and "Kolom indikator" in errors[-1]
    assert _fmt(sample_store) == MATRIKS_BAKU
    assert fe.kolom.item(_row(fe, "indikator"), 0).checkState() == Qt.CheckState.Checked
