"""How the window follows a change of the data — the one place for it. Today the
undo document says ``changed(kind, item_id, structural)``; when the core reports a
``Changes`` record for every write, only this module has to read it instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


class ChangeFollower:
    def __init__(self, window):
        self.w = window

    def connect(self, doc) -> None:
        doc.changed.connect(self.changed)

    def changed(self, kind: str, item_id: int, structural: bool) -> None:
        w = self.w
        w.change_label.setText(translate("MainWindow", "Perubahan terakhir: {0}").format(
            w.doc.last_change.strftime("%H:%M:%S")))
        if kind == "periode":
            periods = w.store.periode_list()
            w.fill_periods(select=w.periode_combo.currentData() if w.toolbar.has_period(periods) else None)
        elif structural:
            w.rebuild_tree()
        # at once: the next keystroke must build on the stored values, not stale ones
        w.reload_current()
        w.quality_panel.timer.start()
        w.update_title()
