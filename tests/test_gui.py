"""The first main window, driven through its widgets and checked against the database."""

import pytest

from app.models.quality import periksa
from app.ui.main_window import MainWindow
from app.ui.tree_model import ID_ROLE, KIND_ROLE, JabatanTreeModel


@pytest.fixture
def window(qtbot, sample_store):
    w = MainWindow(sample_store)
    qtbot.addWidget(w)
    return w


def test_tree_model_passes_modeltester(qtmodeltester, sample_store):
    model = JabatanTreeModel()
    model.set_tree(sample_store.tree(1))
    qtmodeltester.check(model)


def _walk(model, parent=None):
    from PySide6.QtCore import QModelIndex
    parent = parent or QModelIndex()
    for r in range(model.rowCount(parent)):
        idx = model.index(r, 0, parent)
        yield idx
        yield from _walk(model, idx)


def test_tree_shows_every_jabatan_sasaran_and_indicator(window, sample_store):
    shown = {(i.data(KIND_ROLE), i.data(ID_ROLE)) for i in _walk(window.proxy)}
    counts = sample_store.counts()
    assert sum(1 for k, _ in shown if k == "jabatan") == counts["jabatan"]
    assert sum(1 for k, _ in shown if k == "sasaran") == counts["sasaran"]
    assert sum(1 for k, _ in shown if k == "indikator") == counts["indikator"]
    assert "(indikator tanpa nama)" in {i.data() for i in _walk(window.proxy)}


def test_search_filters_the_tree(window, qtbot):
    qtbot.keyClicks(window.search, "poskamling")
    labels = [i.data() for i in _walk(window.proxy)]
    assert "Jumlah poskamling yang aktif" in labels
    assert "KASI KETENTRAMAN DAN KETERTIBAN" in labels  # its ancestors stay visible
    assert "KASI PEMERINTAHAN" not in labels
    window.search.clear()
    assert "KASI PEMERINTAHAN" in [i.data() for i in _walk(window.proxy)]


def test_selecting_shows_the_item_from_the_database(window, sample_store):
    ind = sample_store.jabatan_all(1)[7].sasaran[0].indikator[1]
    assert window.select_item("indikator", ind.id)
    text = window.detail.toPlainText()
    assert "Jumlah poskamling yang aktif" in text
    assert "Laporan rapat koordinasi gangguan keamanan dan kenyamanan lingkungan" in text
    for value in ("13", "18", "22", "26"):
        assert value in text


def test_markup_in_data_is_shown_literally(window, sample_store, qtbot):
    ind = sample_store.jabatan_all(1)[7].sasaran[0].indikator[1]
    sample_store.update("indikator", ind.id, penanggung_jawab="<b>Kasi</b> & <i>Trantib</i>")
    window.select_item("indikator", ind.id)
    assert "<b>Kasi</b> & <i>Trantib</i>" in window.detail.toPlainText()


def test_warning_selects_its_item(window, sample_store):
    warnings = periksa(sample_store)
    assert window.warnings.count() == len(warnings)
    row = next(n for n, w in enumerate(warnings) if w.kode == "tanpa_penanggung_jawab")
    window.warnings.itemClicked.emit(window.warnings.item(row))
    current = window.tree.currentIndex()
    assert (current.data(KIND_ROLE), current.data(ID_ROLE)) == ("indikator", warnings[row].item_id)
    assert "Jumlah kelompok wanita yang aktif dalam kesetaraan jender" in window.detail.toPlainText()
