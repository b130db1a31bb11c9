"""The budget editor (Data → Anggaran…), driven through its widgets; the database checked."""

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.anggaran import rata
from app.ui import anggaran_editor as ae


@pytest.fixture
def dialog(window, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    window.act_anggaran.trigger()
    d = window.anggaran_dialog
    qtbot.waitExposed(d)
    d.errors = errors
    return d


def _lines(d):
    return [p for _, p in rata(d.store.program_tree(d.periode.id, d.tahun))]


def _type_in(qtbot, d, program_id, column, text):
    """Select a cell, F2, type, Return: as a user does."""
    d.view.setFocus()
    d.select(program_id, column)
    before = d.items[program_id]
    qtbot.keyClick(d.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.view.state() != d.view.State.EditingState)
    qtbot.waitUntil(lambda: d.items.get(program_id) is not before)  # reloaded: the stored value shown


def test_add_code_pagu_and_realisasi_by_keyboard_with_undo(dialog, qtbot):
    d = dialog
    qtbot.mouseClick(d.buttons["program"], Qt.MouseButton.LeftButton)
    [prog] = _lines(d)
    assert prog.tingkat == "program" and prog.nama == "Program baru"
    _type_in(qtbot, d, prog.id, ae.KODE, "7.01.02")
    _type_in(qtbot, d, prog.id, ae.NAMA, "Penyelenggaraan <b>Pemerintahan</b>")
    _type_in(qtbot, d, prog.id, ae.PAGU, "Rp 1.004.422.800")
    _type_in(qtbot, d, prog.id, ae.TW1, "502,211,400")
    [prog] = _lines(d)
    assert (prog.kode, prog.nama, prog.pagu) == ("7.01.02", "Penyelenggaraan <b>Pemerintahan</b>", D(1004422800))
    assert prog.realisasi_triwulan() == {1: D(502211400)}
    assert d.text(prog.id, ae.SERAPAN) == "50 %"  # computed in the core
    assert d.text(prog.id, ae.PAGU) == "1.004.422.800"
    qtbot.keyClick(d, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's undo, in the dialog
    assert _lines(d)[0].realisasi_triwulan() == {}
    assert d.text(prog.id, ae.SERAPAN) == ""


def test_bad_input_is_refused_with_a_message_and_changes_nothing(dialog, qtbot):
    d = dialog
    prog = d.store.tambah_program(d.periode.id, None, "7.01.02", "Program").item_id
    d.reload()
    _type_in(qtbot, d, prog, ae.PAGU, "-5")
    _type_in(qtbot, d, prog, ae.KODE, "7,01")
    assert _lines(d)[0].pagu is None and _lines(d)[0].kode == "7.01.02"
    assert "tidak boleh negatif" in d.errors[0] and "angka yang dipisah titik" in d.errors[1]
    assert d.text(prog, ae.KODE) == "7.01.02"  # the stored value shown again


def test_children_move_link_and_delete_with_undo(dialog, qtbot, monkeypatch):
    d = dialog
    pid = d.periode.id
    a = d.store.tambah_program(pid, None, "7.01.01", "Penunjang").item_id
    b = d.store.tambah_program(pid, None, "7.01.02", "Pemerintahan").item_id
    d.reload(select=b)
    qtbot.keyClick(d, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    keg = next(p for p in _lines(d) if p.tingkat == "kegiatan")
    assert keg.induk_id == b
    d.select(b)
    qtbot.keyClick(d, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.id for p in d.store.program_tree(pid)] == [b, a]
    d.sasaran_combo.setFocus()
    d.select(b)
    qtbot.keyClick(d.sasaran_combo, Qt.Key.Key_Down)
    sasaran = d.store.program_baris(b).sasaran_id
    assert sasaran is not None and sasaran == d.sasaran_combo.currentData()
    asked = []
    monkeypatch.setattr(d, "confirm", lambda text: asked.append(text) or True)
    d.select(b)
    qtbot.mouseClick(d.buttons["hapus"], Qt.MouseButton.LeftButton)
    assert "beserta 1 kegiatan" in asked[0]
    assert [p.id for p in _lines(d)] == [a]
    qtbot.keyClick(d, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.id for p in _lines(d)] == [b, keg.id, a] and d.store.program_baris(b).sasaran_id == sasaran


def test_serapan_chart_shows_each_program(dialog):
    d = dialog
    p = d.store.tambah_program(d.periode.id, None, "7.01.02", "Program <img src=a>").item_id
    d.store.set_pagu(p, d.tahun, "100")
    d.store.set_realisasi_anggaran(p, d.tahun, 2, "40")
    d.reload()
    [series] = d.chart.chart().series()
    assert [s.at(0) for s in series.barSets()][0] == 40.0
    assert "&lt;img" in d.chart.chart().axes()[0].categories()[0]
