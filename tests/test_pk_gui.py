"""The "Perjanjian Kinerja" tab of the jabatan editor, driven through its real widgets, the
database checked after each step, undo through the window's stack."""

from __future__ import annotations

from decimal import Decimal as D
from io import BytesIO

from pypdf import PdfReader
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def shown(monkeypatch):
    """The messages the window shows (never a modal box in a test)."""
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen.append(a[2]))
    return seen


def open_tab(window, qtbot, store, nama):
    jid = next(j.id for j in store.jabatan_list() if j.nama == nama)
    window.select_item("jabatan", jid)
    editor = window.editors["jabatan"]
    editor.tabs.setCurrentWidget(editor.pk_tab)
    tab = editor.pk_tab
    tab.tahun.setCurrentIndex(tab.tahun.findData(2019))
    return jid, tab


def test_make_revise_edit_delete_and_undo(window, qtbot, sample_store, shown):
    s = sample_store
    jid, tab = open_tab(window, qtbot, s, "KASI KETENTRAMAN DAN KETERTIBAN")
    assert not tab.body.isVisible() and tab.buat.isEnabled() and "belum punya Perjanjian Kinerja tahun 2019" in tab.info.text()
    qtbot.mouseClick(tab.buat, Qt.MouseButton.LeftButton)
    [pk] = s.pk_list(jid, 2019)
    assert tab.body.isVisible() and tab.daftar.count() == 1 and not tab.buat.isEnabled()
    assert tab.grid.rowCount() == 2 and tab.grid.item(1, 3).text() == "13"
    assert tab.fields["p2_nama"].text() == "MUHAMMAD HUSAINI, S.Sos, M.Si"
    # a target typed in the grid: stored on the PK, the IKU's untouched
    tab.grid.item(1, 3).setText("15")
    assert s.pk(pk.id).target[1].nilai == D(15) and s.pk(pk.id).target[1].target_iku == D(13)
    tab.grid.item(1, 3).setText("banyak")  # refused: the stored value shown again
    assert s.pk(pk.id).target[1].nilai == D(15) and "«banyak»" in shown[-1]
    qtbot.waitUntil(lambda: tab.grid.item(1, 3).text() == "15")
    # the parties and the date, typed as offices write them
    tab.fields["p1_nama"].setText("AHMAD <b>FAUZI</b>")
    tab.fields["p1_nama"].editingFinished.emit()
    tab.tanggal.setText("02 Januari 2019")
    tab.tanggal.editingFinished.emit()
    tab.fields["p2_awalan"].setCurrentIndex(tab.fields["p2_awalan"].findData("Plt."))
    tab.fields["p2_awalan"].activated.emit(tab.fields["p2_awalan"].currentIndex())
    got = s.pk(pk.id)
    assert (got.pihak[0]["nama"], got.tanggal_cetak, got.pihak[1]["awalan"]) == ("AHMAD <b>FAUZI</b>", "02 Januari 2019", "Plt.")
    # PK Perubahan: a second row, the first kept
    qtbot.mouseClick(tab.perubahan, Qt.MouseButton.LeftButton)
    assert [p.revisi for p in s.pk_list(jid, 2019)] == [0, 1] and tab.daftar.count() == 2
    assert tab.pk.revisi == 1 and tab.daftar.currentRow() == 1
    tab.daftar.setCurrentRow(0)
    assert tab.pk.revisi == 0 and tab.fields["p1_nama"].text() == "AHMAD <b>FAUZI</b>"
    # undo the revision, then the edits, through the window's stack
    stack = window.doc.undo_stack
    stack.undo()
    assert [p.revisi for p in s.pk_list(jid, 2019)] == [0]
    stack.undo()
    stack.undo()
    stack.undo()
    assert s.pk(pk.id).pihak[0]["nama"] == "" and s.pk(pk.id).tanggal is None
    stack.redo()
    assert s.pk(pk.id).pihak[0]["nama"] == "AHMAD <b>FAUZI</b>"


def test_delete_asks_and_undo_brings_it_back(window, qtbot, sample_store, monkeypatch):
    s = sample_store
    jid, tab = open_tab(window, qtbot, s, "KASI PEMERINTAHAN")
    qtbot.mouseClick(tab.buat, Qt.MouseButton.LeftButton)
    [pk] = s.pk_list(jid, 2019)
    monkeypatch.setattr(window, "confirm", lambda *a: False)
    qtbot.mouseClick(tab.hapus, Qt.MouseButton.LeftButton)
    assert s.pk_list(jid, 2019)
    monkeypatch.setattr(window, "confirm", lambda *a: True)
    qtbot.mouseClick(tab.hapus, Qt.MouseButton.LeftButton)
    assert not s.pk_list(jid, 2019) and not tab.body.isVisible() and tab.buat.isEnabled()
    window.doc.undo_stack.undo()
    assert s.pk(pk.id).target and tab.daftar.count() == 1


def test_pihak_kedua_from_another_jabatan(window, qtbot, sample_store):
    s = sample_store
    jid, tab = open_tab(window, qtbot, s, "Kasubbag Umum dan Kepegawaian")
    qtbot.mouseClick(tab.buat, Qt.MouseButton.LeftButton)
    camat = next(j.id for j in s.jabatan_list() if j.nama == "Camat")
    assert tab.atasan.currentData() == next(j.id for j in s.jabatan_list() if j.nama == "Sekretaris Kecamatan")
    tab.atasan.setCurrentIndex(tab.atasan.findData(camat))
    tab.atasan.activated.emit(tab.atasan.currentIndex())
    got = s.pk(tab.pk.id)
    assert got.atasan_id == camat and got.pihak[1]["nama"] == "MUHAMMAD HUSAINI, S.Sos, M.Si"
    assert tab.fields["p2_jabatan"].text() == "Camat Belawang"


def test_print_from_the_tab_f4_portrait(window, qtbot, sample_store):
    s = sample_store
    jid, tab = open_tab(window, qtbot, s, "KASI PEMERINTAHAN")
    qtbot.mouseClick(tab.buat, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.perubahan, Qt.MouseButton.LeftButton)
    tab.daftar.setCurrentRow(0)
    dialog = tab.print_pk()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pages > 0, timeout=20000)
    assert dialog.paper.currentData() == "f4" and dialog.orientation.currentData() == "portrait"
    reader = PdfReader(BytesIO(dialog.content))
    first = reader.pages[0]
    assert float(first.mediabox[2]) < float(first.mediabox[3])  # portrait
    text = first.extract_text()
    assert "PERJANJIAN KINERJA TAHUN 2019" in text and "PERUBAHAN" not in text  # the revision chosen: the first
    dialog.close()


def test_a_refused_date_s_error_goes_once_a_good_date_is_saved(window, qtbot, sample_store, shown):
    s = sample_store
    jid, tab = open_tab(window, qtbot, s, "KASI PEMERINTAHAN")
    qtbot.mouseClick(tab.buat, Qt.MouseButton.LeftButton)
    window.statusBar().showMessage("Dicadangkan ke D:/cadangan.db", 10000)  # not ours: stays
    tab.tanggal.setText("31 Februari 2021")
    tab.tanggal.editingFinished.emit()
    error = window.statusBar().currentMessage()
    assert "Februari" in error and shown and s.pk(tab.pk.id).tanggal is None
    tab.tanggal.setText("01 Nopember 2021")
    tab.tanggal.editingFinished.emit()
    assert s.pk(tab.pk.id).tanggal_cetak == "01 Nopember 2021"
    assert window.statusBar().currentMessage() == ""
    window.statusBar().showMessage("Pesan lain", 10000)
    tab.fields["tempat"].setText("Belawang Ulu")
    tab.fields["tempat"].editingFinished.emit()
    assert window.statusBar().currentMessage() == "Pesan lain"  # a message of something else is not cleared


def test_perbarui_dari_iku_asks_follows_the_iku_and_is_undone(window, qtbot, sample_store, monkeypatch):
    s = sample_store
    jid, tab = open_tab(window, qtbot, s, "KASI PEMERINTAHAN")
    qtbot.mouseClick(tab.buat, Qt.MouseButton.LeftButton)
    pk_id = tab.pk.id
    first = s.pk(pk_id).target[0]
    s.update("indikator", first.indikator_id, nama="Indikator diperbaiki")  # the IKU edited later
    window.select_item("jabatan", jid)
    assert tab.grid.item(0, 1).text() == first.indikator  # the PK stays as made
    monkeypatch.setattr(window, "confirm", lambda *a: False)
    qtbot.mouseClick(tab.perbarui, Qt.MouseButton.LeftButton)
    assert s.pk(pk_id).target[0].indikator == first.indikator
    monkeypatch.setattr(window, "confirm", lambda *a: True)
    qtbot.mouseClick(tab.perbarui, Qt.MouseButton.LeftButton)
    assert s.pk(pk_id).target[0].indikator == "Indikator diperbaiki"
    qtbot.waitUntil(lambda: tab.grid.item(0, 1).text() == "Indikator diperbaiki")
    tab.grid.item(0, 3).setText("77")  # a target typed after: on the refreshed row
    assert s.pk(pk_id).target[0].nilai == D(77)
    stack = window.doc.undo_stack
    stack.undo()
    stack.undo()
    assert s.pk(pk_id).target[0].indikator == first.indikator and s.pk(pk_id).target[0].nilai == first.nilai
    stack.redo()
    stack.redo()
    assert s.pk(pk_id).target[0].indikator == "Indikator diperbaiki" and s.pk(pk_id).target[0].nilai == D(77)
