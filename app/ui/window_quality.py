"""The "Mutu data" panel below the tree and the editor: the data-quality warnings,
computed in the background (:func:`app.models.quality.periksa`); a click on one selects
its item (a budget line's: the budget editor opens with the line selected, at the year of the
warning). Lihat → Mutu data shows or hides it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from .tree_model import ID_ROLE, KIND_ROLE

translate = QCoreApplication.translate
TAHUN_ROLE = Qt.ItemDataRole.UserRole + 20  # the year a warning is about (a budget line's), or None


def _periksa(store):
    from ..models.quality import periksa

    return periksa(store)


class QualityPanel(QWidget):
    item_chosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.warnings = QListWidget()
        self.title = QLabel(translate("MainWindow", "Mutu data"))
        self.title.setBuddy(self.warnings)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.warnings)
        self.job = None  # the background check, once the store is there
        # Changes come in bursts (typing): the check runs once they pause.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.refresh)
        self.warnings.itemActivated.connect(self._select)
        self.warnings.itemClicked.connect(self._select)

    def attach(self, path) -> None:
        from .background import Background

        self.job = Background(path, _periksa, self)
        self.job.ready.connect(self._show)

    def refresh(self) -> None:
        """The check runs in the background; the list follows."""
        if self.job is not None:
            self.job.request()

    def _show(self, warnings) -> None:
        self.warnings.clear()
        for w in warnings:
            item = QListWidgetItem(w.pesan)
            item.setData(KIND_ROLE, w.jenis_item)
            item.setData(ID_ROLE, w.item_id)
            item.setData(TAHUN_ROLE, w.tahun)
            self.warnings.addItem(item)
        self.title.setText(translate("MainWindow", "Mutu data ({0} peringatan)").format(self.warnings.count()))

    def _select(self, item: QListWidgetItem) -> None:
        kind, item_id = item.data(KIND_ROLE), item.data(ID_ROLE)
        if kind == "program":  # a budget line: the budget editor opens on it, at the warning's year
            from .anggaran_editor import open_for

            open_for(self.window(), program_id=item_id, tahun=item.data(TAHUN_ROLE))
            return
        if kind in ("keputusan", "periode"):
            kind, item_id = "dokumen", 0
        self.item_chosen.emit(kind, item_id)
