"""The navigation tree: jabatan in their hierarchy, each with its sasaran and indicators.

A plain node tree built from the store's ``tree()`` (three queries); the Qt model only
reads it."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..models.data import NodeJabatan

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(eq=False)
class TreeNode:
    kind: str  # "jabatan", "sasaran", "indikator"
    id: int
    label: str
    parent: "TreeNode | None" = None
    children: list["TreeNode"] = field(default_factory=list)
    row: int = 0

    def add(self, child: "TreeNode") -> "TreeNode":
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child


def _indikator_label(nomor: str, nama: str) -> str:
    text = f"{nomor} {nama}".strip() if nomor else nama
    return text or "(indikator tanpa nama)"


def build_nodes(roots: tuple[NodeJabatan, ...]) -> TreeNode:
    top = TreeNode("root", 0, "")

    def add_jabatan(parent: TreeNode, j: NodeJabatan) -> None:
        node = parent.add(TreeNode("jabatan", j.id, j.nama or "(jabatan tanpa nama)"))
        for s in j.sasaran:
            label = f"{s.nomor} {s.nama}".strip() if s.nomor else s.nama
            s_node = node.add(TreeNode("sasaran", s.id, label or "(sasaran tanpa nama)"))
            for i in s.indikator:
                s_node.add(TreeNode("indikator", i.id, _indikator_label(i.nomor, i.nama)))
        for child in j.bawahan:
            add_jabatan(node, child)

    for j in roots:
        add_jabatan(top, j)
    return top


class JabatanTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._root = TreeNode("root", 0, "")

    def set_tree(self, roots: tuple[NodeJabatan, ...]) -> None:
        self.beginResetModel()
        self._root = build_nodes(roots)
        self.endResetModel()

    def node(self, index: QModelIndex | QPersistentModelIndex) -> TreeNode:
        if index.isValid():
            return index.internalPointer()
        return self._root

    def find(self, kind: str, item_id: int) -> QModelIndex:
        stack = [self._root]
        while stack:
            n = stack.pop()
            if n.kind == kind and n.id == item_id:
                return self.createIndex(n.row, 0, n)
            stack.extend(n.children)
        return QModelIndex()

    # Qt overrides -----------------------------------------------------------------

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        p = self.node(parent)
        if row >= len(p.children):
            return QModelIndex()
        return self.createIndex(row, 0, p.children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        p = self.node(index).parent
        if p is None or p is self._root:
            return QModelIndex()
        return self.createIndex(p.row, 0, p)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        n = self.node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return n.label
        if role == KIND_ROLE:
            return n.kind
        if role == ID_ROLE:
            return n.id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return self.tr("Jabatan, sasaran, indikator")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
