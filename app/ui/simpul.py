"""The navigation tree as plain Python nodes, and the item roles, without touching Qt's
namespace: the start-up's first paint shows the tree through a C++ item model built from
these nodes (loading ``Qt`` and its ~90 enumerations costs ~15 ms; it comes after the
first paint, with :class:`app.ui.tree_model.JabatanTreeModel`)."""

from __future__ import annotations

from ..models.tree import NodeJabatan

# Qt.ItemDataRole.UserRole is 0x0100 (tests/test_startup.py checks these).
KIND_ROLE = 0x0100 + 1
ID_ROLE = 0x0100 + 2
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
