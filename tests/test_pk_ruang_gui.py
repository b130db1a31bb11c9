"""The PK tab at the size of a small laptop's window (1280×800): the targets grid gets the
room (the parties' forms scroll above it, a splitter between), at least 8 rows shown."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_targets_grid_shows_eight_rows_at_1280x800(window, qtbot, sample_store):
    s = sample_store
    jid = next(j.id for j in s.jabatan_list() if j.nama == "KASI KETENTRAMAN DAN KETERTIBAN")
    s.buat_pk(jid, 2019)
    window.resize(1280, 800)
    window.select_item("jabatan", jid)
    editor = window.editors["jabatan"]
    editor.tabs.setCurrentWidget(editor.pk_tab)
    tab = editor.pk_tab
    tab.tahun.setCurrentIndex(tab.tahun.findData(2019))
    qtbot.waitUntil(lambda: tab.grid.isVisible() and tab.grid.rowCount() == 2)
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    assert window.height() <= 800
    row = tab.grid.verticalHeader().defaultSectionSize()  # a row of one line
    assert tab.grid.viewport().height() >= 8 * row
    # the parties' fields are still there to reach (scrolled to, not cut off)
    name = tab.fields["p1_nip"]
    tab.parties.ensureWidgetVisible(name)
    QApplication.processEvents()
    assert name.visibleRegion().boundingRect().height() == name.height()
