"""Selecting a PK in the jabatan editor's PK tab repaints only what changed (issue 13's
"selecting a PK in the window ≤ 16 ms": a text changing in the tab's label laid the tab out
again and repainted the whole window, 20 ms of CPU on the large database;
bench/bench_sakip.py)."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class _Hitung(QObject):
    """Counts the layout requests of a widget (its layout run again)."""

    def __init__(self, window):
        super().__init__()
        self.window, self.n = window, 0

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if obj is self.window and event.type() == QEvent.Type.LayoutRequest:
            self.n += 1
        return False


def test_switching_between_revisions_lays_nothing_out_again(window, qtbot, sample_store):
    s = sample_store
    jid = next(j.id for j in s.jabatan_list() if j.nama == "KASI KETENTRAMAN DAN KETERTIBAN")
    first = s.buat_pk(jid, 2019).item_id
    rev = s.buat_pk_perubahan(first).item_id
    window.select_item("jabatan", jid)
    editor = window.editors["jabatan"]
    editor.tabs.setCurrentWidget(editor.pk_tab)
    tab = editor.pk_tab
    tab.tahun.setCurrentIndex(tab.tahun.findData(2019))
    qtbot.waitUntil(lambda: tab.daftar.count() == 2)
    tab.daftar.setCurrentRow(0)
    qtbot.waitUntil(lambda: tab.pk.id == first)
    QApplication.sendPostedEvents()  # the window laid out after the tab was opened
    QApplication.processEvents()
    count = _Hitung(tab)
    tab.installEventFilter(count)
    for row, pk_id in ((1, rev), (0, first), (1, rev)):
        tab.daftar.setCurrentRow(row)
        qtbot.waitUntil(lambda pk_id=pk_id: tab.pk is not None and tab.pk.id == pk_id)
        QApplication.sendPostedEvents()  # the posted events delivered (no fixed wait)
        QApplication.processEvents()
        assert tab.grid.rowCount() == 2 and tab.grid.item(1, 3).text() == "13"
    tab.removeEventFilter(count)
    assert count.n == 0
    assert tab.info.text() == "Dicetak di kertas F4."
    # the IKU target beside the PK's, from the one query
    s.set_target_pk(rev, None, D(15), baris=tab.grid.item(1, 0).data(256)[0])  # the row's id
    assert [(t.nilai, t.target_iku) for t in s.pk(rev).target][1] == (D(15), D(13))
