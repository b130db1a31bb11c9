"""How the window follows a change of the data — the one place for it. Every write says
what it changed (:class:`~app.models.changes.Changes`, emitted by the undo document on do,
undo, redo and undelete); the window refreshes what the record names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the records come with the core, after the first paint
    from ..models.changes import Changes

translate = QCoreApplication.translate


class ChangeFollower:
    def __init__(self, window):
        self.w = window

    def connect(self, doc) -> None:
        doc.changes.connect(self.follow)

    def follow(self, changes: Changes) -> None:
        w = self.w
        w.change_label.setText(translate("MainWindow", "Perubahan terakhir: {0}").format(
            w.doc.last_change.strftime("%H:%M:%S")))
        if changes.empty:
            return
        if changes.tree and _touches(changes, "periode"):
            periods = w.store.periode_list()
            w.fill_periods(select=w.periode_combo.currentData() if w.toolbar.has_period(periods) else None)
        elif changes.tree:
            w.rebuild_tree()
        # at once: the next keystroke must build on the stored values, not stale ones
        w.reload_current()
        w.quality_panel.timer.start()
        w.update_title()


def _touches(changes: Changes, kind: str) -> bool:
    """Whether the write touched an item of ``kind`` (a core ``Jenis`` compares equal to
    its word)."""
    return changes.kind == kind or any(k == kind for k, _ in changes.created | changes.deleted | changes.updated)
