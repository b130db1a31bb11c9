"""The navigation tree's Qt model: jabatan in their hierarchy, each with its sasaran and
indicators. A plain node tree built from the light read's or the store's ``tree()``
(:mod:`app.models.tree`); the model only reads it, and reports drag and drop. The same
model shows the tree from the first paint on."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal

from ..models.tree import NodeJabatan
from .teks import literal

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's kind: "jabatan", "sasaran", "indikator" or a page
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # its id (0 for a page)
# The pages that are not part of the hierarchy, shown first.
SPECIAL = (("ringkasan", "Ringkasan kecamatan"), ("kecamatan", "Kecamatan dan pegawai"), ("dokumen", "Keputusan dan matriks"))


class TreeNode:
    """One row of the tree; identity matters (Qt keeps pointers to nodes), not equality."""

    __slots__ = ("kind", "id", "label", "parent", "children", "row")

    def __init__(self, kind: str, id: int, label: str) -> None:  # noqa: A002 - the item's id
        self.kind = kind  # "jabatan", "sasaran", "indikator", or a special page
        self.id = id
        self.label = label
        self.parent: TreeNode | None = None
        self.children: list[TreeNode] = []
        self.row = 0

    def __repr__(self) -> str:
        return f"TreeNode({self.kind!r}, {self.id}, {self.label!r})"

    def add(self, child: "TreeNode") -> "TreeNode":
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child


def _indikator_label(nomor: str, nama: str) -> str:
    text = f"{nomor} {nama}".strip() if nomor else nama
    return text or "(indikator tanpa nama)"


def build_nodes(roots: tuple[NodeJabatan, ...], special=SPECIAL) -> TreeNode:
    top = TreeNode("root", 0, "")
    for kind, label in special:
        top.add(TreeNode(kind, 0, label))

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


MIME = "application/x-kinerja-item"
# what may be dropped onto what
DROP_PARENT = {"jabatan": ("jabatan", "root"), "sasaran": ("jabatan",), "indikator": ("sasaran",)}


class JabatanTreeModel(QAbstractItemModel):
    """Special pages first, then the jabatan hierarchy. Items can be dragged: the model
    only reports the wish (``move_requested``); the window turns it into an undoable
    command and the tree is rebuilt from the store."""

    move_requested = Signal(str, int, str, int, int)  # kind, id, new parent kind, parent id, row

    def __init__(self, parent: QObject | None = None, special=SPECIAL):
        super().__init__(parent)
        self._special = tuple((k, self.tr(label)) for k, label in special)
        self._root = TreeNode("root", 0, "")

    def set_tree(self, roots: tuple[NodeJabatan, ...]) -> None:
        self.beginResetModel()
        self._root = build_nodes(roots, self._special)
        self.endResetModel()

    def node(self, index) -> TreeNode:  # a QModelIndex or QPersistentModelIndex
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
        if role == Qt.ItemDataRole.DisplayRole:
            return n.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(n.label)  # a tooltip that looks like HTML is drawn as HTML
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
            return Qt.ItemFlag.ItemIsDropEnabled
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = self.node(index).kind
        if kind in DROP_PARENT:
            f |= Qt.ItemFlag.ItemIsDragEnabled
        if kind in ("jabatan", "sasaran"):
            f |= Qt.ItemFlag.ItemIsDropEnabled
        return f

    # drag and drop -------------------------------------------------------------------

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes):  # noqa: N802 - Qt API
        from PySide6.QtCore import QByteArray, QMimeData  # only when dragging

        data = QMimeData()
        nodes = [self.node(i) for i in indexes if i.isValid()]
        if nodes:
            data.setData(MIME, QByteArray(f"{nodes[0].kind}:{nodes[0].id}".encode()))
        return data

    def _decode(self, data) -> tuple[str, int] | None:
        if data is None or not data.hasFormat(MIME):
            return None
        kind, _, item = bytes(data.data(MIME).data()).decode().partition(":")
        return (kind, int(item)) if kind in DROP_PARENT and item.isdigit() else None

    def _target(self, row: int, parent) -> tuple[TreeNode, int]:
        """The node dropped onto and the position among its children of its own kind."""
        p = self.node(parent)
        if row < 0:
            row = len(p.children)
        return p, row

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        item = self._decode(data)
        if item is None:
            return False
        p, _ = self._target(row, parent)
        return p.kind in DROP_PARENT[item[0]]

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        kind, item_id = self._decode(data)
        p, row = self._target(row, parent)
        # position among the siblings of the same kind (a jabatan node also holds sasaran)
        same = [c for c in p.children[:row] if c.kind == kind and not (c.kind == kind and c.id == item_id)]
        self.move_requested.emit(kind, item_id, p.kind, p.id, len(same))
        return False  # the tree is rebuilt from the store after the move