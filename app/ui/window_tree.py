"""The window's left pane: the search box over the navigation tree (jabatan, sasaran,
indicators, and the special pages first). The same model (:class:`JabatanTreeModel`)
from the first paint — filled from the start-up's light read — to the end."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from .tree_model import ID_ROLE, KIND_ROLE, JabatanTreeModel

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class TreePanel(QWidget):
    """``item_chosen(kind, id)`` when the user moves to an item (not while the tree is
    rebuilt); ``move_requested`` from drag and drop (see :class:`JabatanTreeModel`)."""

    item_chosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("MainWindow", "Cari jabatan, sasaran atau indikator… (Ctrl+F)"))
        # The clear button (shown only over text) is enabled with the first text: its icon
        # comes from the desktop's icon theme, whose first lookup costs ~40 ms on Linux.
        self.model = JabatanTreeModel(self)
        self.move_requested = self.model.move_requested
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 0, 6)
        lay.addWidget(self.search)
        lay.addWidget(self.view, 1)
        self._roots = None  # the tree on screen
        self._rebuilding = False
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

    # ------------------------------------------------------------------ content

    def set_roots(self, roots) -> bool:
        """Show ``roots`` (the store's tree or the light read's); what was expanded stays
        expanded. False when nothing changed on screen."""
        if roots == self._roots:
            return False
        first = self._roots is None
        self._roots = roots
        expanded = self.expanded()
        self._rebuilding = True
        try:
            self.model.set_tree(roots)
            for kind, item_id in expanded:
                self.expand(kind, item_id)
            if first or not expanded:
                self.view.expandToDepth(0)
        finally:
            self._rebuilding = False
        log.debug("tree: %d top-level jabatan", len(roots))
        return True

    def find(self, kind: str, item_id: int) -> QModelIndex:
        """The item's index in the source model (invalid: not in the tree)."""
        return self.model.find(kind, item_id)

    def expand(self, kind: str, item_id: int) -> None:
        src = self.model.find(kind, item_id)
        if src.isValid():
            self.view.setExpanded(self.proxy.mapFromSource(src), True)

    def expanded(self) -> list[tuple[str, int]]:
        """The expanded items, walking expanded branches only (a large tree is mostly
        collapsed: the walk stays proportional to what is on screen)."""
        out = []

        def walk(parent):
            for r in range(self.proxy.rowCount(parent)):
                idx = self.proxy.index(r, 0, parent)
                if self.view.isExpanded(idx):
                    out.append((idx.data(KIND_ROLE), idx.data(ID_ROLE)))
                    walk(idx)
        walk(self.view.rootIndex())
        return out

    # ------------------------------------------------------------------ selection

    def select(self, kind: str, item_id: int) -> str | None:
        """Make the item current: "moved" (``item_chosen`` follows), "already" (it was
        current), None (not in the tree). A search hiding it is cleared."""
        source = self.model.find(kind, item_id)
        if not source.isValid():
            return None
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # hidden by the search filter
            self.search.clear()
            index = self.proxy.mapFromSource(source)
        result = "already" if self.view.currentIndex() == index else "moved"
        if result == "moved":
            self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return result

    def current_label(self) -> str:
        return self.view.currentIndex().data() or ""

    def ancestor_id(self, kind: str) -> int | None:
        """The id of the current item, or of its nearest ancestor, of ``kind``."""
        idx = self.view.currentIndex()
        while idx.isValid():
            if idx.data(KIND_ROLE) == kind:
                return idx.data(ID_ROLE)
            idx = idx.parent()
        return None

    def siblings_of_kind(self, kind: str) -> list[int]:
        """The ids of the current item's siblings of ``kind``, in their order."""
        parent = self.view.currentIndex().parent()
        rows = (self.proxy.index(r, 0, parent) for r in range(self.proxy.rowCount(parent)))
        return [i.data(ID_ROLE) for i in rows if i.data(KIND_ROLE) == kind]

    def _current_changed(self, current, _previous=None) -> None:
        if not self._rebuilding and current.isValid():
            self.item_chosen.emit(current.data(KIND_ROLE), current.data(ID_ROLE))

    # ------------------------------------------------------------------ search

    def _filter(self, text: str) -> None:
        if text and not self.search.isClearButtonEnabled():
            self.search.setClearButtonEnabled(True)  # its icon looked up with the first text, not at start
        self.proxy.setFilterFixedString(text)
        if text:
            self.view.expandAll()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
