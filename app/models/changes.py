"""What a store write changed, said by the core (after Anki's ``OpChanges``): every public
write returns a :class:`Changes`, and each screen refreshes only what the record names.
The window no longer guesses from field names whether the tree or the figures moved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .kinds import Jenis

Item = tuple[Jenis, int]

# What the navigation tree and the period chooser show of each kind (the columns that
# ``tree.tree`` and ``tree.periode_list`` read, besides ids, parents and order).
# tests/test_changes.py checks this against the tree itself, field by field.
TREE_FIELDS: dict[Jenis, frozenset[str]] = {
    Jenis.JABATAN: frozenset({"nama", "eselon", "atasan"}),
    Jenis.SASARAN: frozenset({"nomor", "nama"}),
    Jenis.INDIKATOR: frozenset({"nomor", "nama"}),
    Jenis.PERIODE: frozenset({"nama", "tahun_awal", "tahun_akhir"}),
}
# The fields that move a capaian (dashboard, charts, grids) besides targets and realisasi.
NUMBER_FIELDS: dict[Jenis, frozenset[str]] = {Jenis.INDIKATOR: frozenset({"jenis", "polaritas", "target", "realisasi"})}
# Rows of these kinds carry figures: adding or removing one changes the dashboard.
NUMBER_KINDS = frozenset({Jenis.INDIKATOR, Jenis.TARGET, Jenis.REALISASI, Jenis.KATEGORI})
TREE_KINDS = frozenset(TREE_FIELDS)


@dataclass(frozen=True)
class Changes:
    """One write's effect. ``kind``/``item_id``: the item the write acted on (what to show
    after an undo or redo). ``created``/``updated``/``deleted``: (kind, id) of every row
    touched, a cascade included; ``fields``: the fields whose value changed. ``tree``: the
    navigation tree or the period list differ (names, order, structure); ``numbers``: a
    capaian figure may differ (dashboard, charts). ``undo``: what the store needs to take
    the write back (the old values, or the tombstone of a deletion); not compared."""

    kind: Jenis
    item_id: int
    created: frozenset[Item] = frozenset()
    updated: frozenset[Item] = frozenset()
    fields: frozenset[str] = frozenset()
    deleted: frozenset[Item] = frozenset()
    tree: bool = False
    numbers: bool = False
    undo: Any = field(default=None, compare=False, repr=False)

    @property
    def empty(self) -> bool:
        """Nothing was changed (the same values were written again)."""
        return not (self.created or self.updated or self.deleted)

    @classmethod
    def ubah(cls, kind: Jenis | str, item_id: int, fields: Iterable[str], undo: Any = None,
             numbers: bool = False) -> "Changes":
        """Fields of one item changed (``fields``: only those whose value differs)."""
        kind, fields = Jenis(kind), frozenset(fields)
        return cls(kind, item_id, updated=frozenset({(kind, item_id)}) if fields else frozenset(), fields=fields,
                   tree=bool(fields & TREE_FIELDS.get(kind, frozenset())),
                   numbers=numbers or bool(fields & NUMBER_FIELDS.get(kind, frozenset())), undo=undo)

    @classmethod
    def rows(cls, kind: Jenis | str, item_id: int, created: Iterable[Item] = (), deleted: Iterable[Item] = (),
             updated: Iterable[Item] = (), fields: Iterable[str] = (), undo: Any = None) -> "Changes":
        """Rows added or removed (with the references a deletion set to NULL, or a restore put
        back, as ``updated``)."""
        created, deleted = frozenset(_items(created)), frozenset(_items(deleted))
        touched = {k for k, _ in created | deleted}
        return cls(Jenis(kind), item_id, created, frozenset(_items(updated)), frozenset(fields), deleted,
                   tree=bool(touched & TREE_KINDS), numbers=bool(touched & NUMBER_KINDS), undo=undo)


def _items(items: Iterable[tuple[str, int]]) -> Iterable[Item]:
    return ((Jenis(k), i) for k, i in items)
