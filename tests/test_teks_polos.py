"""User text in the window is plain text (issue 10, finding 10): names that look like HTML
are shown as they were written, and an ``<img src=...>`` in them makes the window open no
file. Whether a file was opened is told by its access time: the picture's atime is set
far before its mtime, so any read moves it (Linux's default ``relatime``); a label that
*does* draw an image first proves that this works here."""

import os
import time
from decimal import Decimal as D

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage, QTextDocumentFragment
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.models.rules import Band
from app.ui.main_window import MainWindow

OLD = 1_000_000  # an access time long before the file's modification time


def _picture(path):
    img = QImage(8, 8, QImage.Format.Format_RGB32)
    img.fill(QColor("red"))
    assert img.save(str(path))
    os.utime(path, (OLD, time.time()))
    return path


def _was_read(path) -> bool:
    return os.stat(path).st_atime != OLD


def html_shows(text: str) -> str:
    """What a place that reads HTML (QtCharts) draws for ``text``."""
    return QTextDocumentFragment.fromHtml(text).toPlainText()


def shown(text: str) -> str:
    """What a place that guesses (a tooltip, a static message box) draws for ``text``."""
    return html_shows(text) if QtGuiNamespace.mightBeRichText(text) else text


@pytest.fixture
def bait(qtbot, tmp_path):
    """A picture nobody may open, once a control picture proved that an opening is seen."""
    control = _picture(tmp_path / "kontrol.png")
    label = QLabel(f'<img src="{control}"> kontrol')
    qtbot.addWidget(label)
    label.show()
    QApplication.processEvents()
    label.grab()
    if not _was_read(control):
        pytest.skip("this file system records no access times (noatime)")
    return _picture(tmp_path / "umpan.png")


@pytest.fixture
def name(bait):
    return f'<img src="{bait}"> <b>x</b>'


@pytest.fixture
def html_window(qtbot, sample_store, tmp_path, name):
    """The sample with the HTML-laden name in every kind of user text, in a shown window."""
    s = sample_store
    j = s.jabatan_all(1)[1]
    sas = j.sasaran[0]
    ind = sas.indikator[0]
    s.update("jabatan", j.id, nama=f"Jabatan {name}")
    s.update("sasaran", sas.id, nama=f"Sasaran {name}")
    s.update("indikator", ind.id, nama=f"Indikator {name}", satuan=f"satuan {name}", label_pembilang=f"A {name}")
    s.update("kecamatan", 1, nama=f"Kec {name}")
    s.update("periode", 1, nama=f"Periode {name}")
    s.add("pegawai", None, nama=f"Pegawai {name}", nip="123")
    bands = list(s.kategori())
    bands[0] = Band(f"Kategori {name}", bands[0].batas_bawah, bands[0].warna)
    s.set_kategori(bands)
    s.set_realisasi(ind.id, 2018, 4, nilai=D(50))
    w = MainWindow(s, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w, j, sas, ind
    w.close()  # before the store closes: nothing may outlive it


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes are built, shown and drawn as Qt would (the static functions with
    their guessing AutoText), and answered "No" instead of waiting for a click."""
    seen = []

    def show(box):
        box.show()
        QApplication.processEvents()
        box.grab()
        seen.append(box.text() if box.textFormat() == Qt.TextFormat.PlainText else shown(box.text()))
        box.close()
        return QMessageBox.StandardButton.No

    def static(icon):
        return lambda parent, title, text, *a, **k: show(QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok,
                                                                     parent))

    monkeypatch.setattr(QMessageBox, "exec", show)
    for kind, icon in (("warning", QMessageBox.Icon.Warning), ("information", QMessageBox.Icon.Information),
                       ("critical", QMessageBox.Icon.Critical), ("question", QMessageBox.Icon.Question)):
        monkeypatch.setattr(QMessageBox, kind, static(icon))
    return seen


def _chart_texts(chart) -> list[str]:
    texts = [chart.title()] + [s.label() for series in chart.series() for s in series.barSets()]
    for axis in chart.axes():
        texts.append(axis.titleText())
        if isinstance(axis, QBarCategoryAxis):
            texts += axis.categories()
    return [html_shows(t) for t in texts]


def _grabbed(slot):
    chart = slot.chart()
    slot.view.grab()
    return chart


def test_an_html_name_is_shown_as_written_and_opens_no_file(html_window, qtbot, name, bait, boxes):
    w, j, sas, ind = html_window
    # the tree: labels are plain; tooltips (which guess) show the name as written
    for idx in _walk(w.proxy):
        assert shown(idx.data(Qt.ItemDataRole.ToolTipRole)) == idx.data()
    # the jabatan, its chart of capaian per indicator (title, categories, legend)
    w.select_item("jabatan", j.id)
    ed = w.editors["jabatan"]
    assert ed.title.text() == f"Jabatan {name}" and ed.title.textFormat() == Qt.TextFormat.PlainText
    ed.tabs.setCurrentIndex(1)
    texts = _chart_texts(_grabbed(ed.chart))
    assert f"Capaian 2018 — Jabatan {name}" in texts
    # shortened, and wrapped in lines (the label shows the same words, a line break for a space)
    assert any(" ".join(t.split()).startswith('1. Indikator <img src="') for t in texts)
    assert f"Kategori {name}" in texts
    # the sasaran, the indicator: the number-error label, its tooltips, the charts
    w.select_item("sasaran", sas.id)
    w.select_item("indikator", ind.id)
    ed = w.editors["indikator"]
    ed.tabs.setCurrentIndex(2)
    model = ed.target_model
    cell = model.index(model.ROW_TARGET, 0)
    assert not model.setData(cell, name)
    assert name in ed.message.text() and ed.message.textFormat() == Qt.TextFormat.PlainText
    ed.message.grab()
    assert name in shown(cell.data(Qt.ItemDataRole.ToolTipRole))
    real = ed.realisasi_model
    assert shown(real.headerData(real.COL_PEMBILANG, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)) == f"A {name}"
    ed.tabs.setCurrentIndex(3)
    texts = _chart_texts(_grabbed(ed.years_chart)) + _chart_texts(_grabbed(ed.quarters_chart))
    assert f"Target dan realisasi per tahun — Indikator {name}" in texts
    assert f"satuan {name}" in texts
    # the dashboard: its chart of bands, its summary
    dash = w.editors["ringkasan"]
    with qtbot.waitSignal(dash.updated, timeout=10000):
        w.select_item("ringkasan", 0)
    assert f"Kategori {name}" in _chart_texts(_grabbed(dash.chart))
    assert dash.summary.textFormat() == Qt.TextFormat.PlainText
    # the people (NIP warnings), the delete confirmation, an error message
    w.select_item("kecamatan", 0)
    warnings = w.editors["kecamatan"].nip_warnings
    assert f"Pegawai {name}" in warnings.text() and warnings.textFormat() == Qt.TextFormat.PlainText
    w.select_item("indikator", ind.id)
    w.act_delete.trigger()
    assert f"«Indikator {name}»" in boxes[-1]
    w.show_error(f"Indikator «{name}» tidak dapat dicetak.")
    assert boxes[-1] == f"Indikator «{name}» tidak dapat dicetak."
    w.grab()
    QApplication.processEvents()
    assert not _was_read(bait)


def test_the_period_and_settings_dialogs_show_names_as_written(html_window, qtbot, name, bait):
    from app.ui.window_structure import NewPeriodDialog
    from app.ui.settings_dialog import SettingsDialog

    w = html_window[0]
    dialog = NewPeriodDialog(w.periode, w)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab()
    settings = SettingsDialog(w.doc, None, w)
    qtbot.addWidget(settings)
    settings.show()
    settings.bands.item(0, 1).setText(name)  # a bound that is not a number
    settings.accept()
    assert name in settings.message.text() and settings.message.textFormat() == Qt.TextFormat.PlainText
    settings.grab()
    QApplication.processEvents()
    assert not _was_read(bait)


def test_literal_keeps_plain_text_and_shows_html_looking_text_as_written():
    from app.ui.teks import escape, literal

    assert literal("Disk penuh & rusak") == "Disk penuh & rusak"  # Qt shows it as plain text anyway
    assert literal(None) is None
    for text in ("<b>x</b>", "a &lt; b", "baris <i>satu</i>\nbaris  dua", '<img src="/x.png">'):
        assert QtGuiNamespace.mightBeRichText(literal(text)) and html_shows(literal(text)) == text
    assert html_shows(escape("<b>x</b> & y")) == "<b>x</b> & y"


def _walk(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for r in range(model.rowCount(parent)):
        idx = model.index(r, 0, parent)
        yield idx
        yield from _walk(model, idx)
