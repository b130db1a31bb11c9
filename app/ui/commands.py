"""Undo/redo: one QUndoCommand per user action, acting on the store (never on widgets).

Every edit is committed to the database at once (there is no Save button); the stack lets
the user take it back (Ctrl+Z) and do it again (Ctrl+Y) until the app closes.

A command does its work the first time in :meth:`Document.run`, *before* it is pushed, so
that an edit the store refuses (bad input) is reported and never lands on the stack.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..models.errors import KinerjaError
from ..models.store import Store
from ..models.writes import LABELS, field_label

# fields whose change alters the navigation tree
TREE_FIELDS = {"nama", "nomor", "atasan"}


class Document(QObject):
    """The open database plus its undo stack. Screens listen to ``changed``."""

    changed = Signal(str, int, bool)  # kind, item id, structure changed (tree must be rebuilt)
    error = Signal(str)  # an Indonesian message for the user
    focus_requested = Signal(str, int)  # undo/redo of an item: show it

    def __init__(self, store: Store, parent: QObject | None = None, undo_stack: QUndoStack | None = None):
        super().__init__(parent)
        self.store = store
        # the window may make the stack first (its Edit menu exists before the store is open)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.last_change: _dt.datetime | None = None

    def run(self, command: "StoreCommand") -> bool:
        """Do a command now and put it on the stack; False (and ``error``) when refused."""
        try:
            command.apply()
        except KinerjaError as exc:
            self.error.emit(exc.pesan)
            return False
        command.done_once = True
        self.undo_stack.push(command)
        command.notify()
        return True

    def touched(self) -> None:
        self.last_change = _dt.datetime.now()


class StoreCommand(QUndoCommand):
    structural = False

    def __init__(self, doc: Document, text: str, kind: str, item_id: int):
        super().__init__(text)
        self.doc, self.kind, self.item_id = doc, kind, item_id
        self.done_once = False

    @property
    def store(self) -> Store:
        return self.doc.store

    # Subclasses define apply() (do it) and revert() (take it back).

    def notify(self) -> None:
        self.doc.touched()
        self.doc.changed.emit(self.kind, self.item_id, self.structural)

    def _guarded(self, action) -> None:
        try:
            action()
        except KinerjaError as exc:
            # The item went away behind our back: say so and drop the command.
            self.setObsolete(True)
            self.doc.error.emit(exc.pesan)
            return
        self.notify()
        self.doc.focus_requested.emit(self.kind, self.item_id)

    def redo(self) -> None:
        if self.done_once:  # the first time ran in Document.run
            self.done_once = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)


class SetFieldCommand(StoreCommand):
    def __init__(self, doc: Document, kind: str, item_id: int, fields: dict[str, Any]):
        names = ", ".join(field_label(kind, f) for f in fields)
        super().__init__(doc, f"Ubah {names}", kind, item_id)
        self.new = dict(fields)
        self.old: dict[str, Any] = {}
        self.structural = kind in ("jabatan", "sasaran", "indikator", "periode") and bool(TREE_FIELDS & set(fields))

    def apply(self) -> None:
        self.old = self.store.update(self.kind, self.item_id, **self.new)

    def revert(self) -> None:
        self.store.update(self.kind, self.item_id, **self.old)


class SetListCommand(StoreCommand):
    """The ordered fungsi of a jabatan or penjelasan of an indicator."""

    def __init__(self, doc: Document, list_kind: str, parent_kind: str, parent_id: int, items: list[str]):
        super().__init__(doc, f"Ubah {list_kind}", parent_kind, parent_id)
        self.list_kind, self.new, self.old = list_kind, list(items), []

    def apply(self) -> None:
        self.old = self.store.set_list(self.list_kind, self.item_id, self.new)

    def revert(self) -> None:
        self.store.set_list(self.list_kind, self.item_id, self.old)


class SetTargetCommand(StoreCommand):
    def __init__(self, doc: Document, indikator_id: int, tahun: int, nilai, teks: str = ""):
        super().__init__(doc, f"Ubah target {tahun}", "indikator", indikator_id)
        self.tahun, self.new, self.old = tahun, (nilai, teks), (None, "")

    def apply(self) -> None:
        self.old = self.store.set_target(self.item_id, self.tahun, *self.new)

    def revert(self) -> None:
        self.store.set_target(self.item_id, self.tahun, *self.old)


class SetRealisasiCommand(StoreCommand):
    def __init__(self, doc: Document, indikator_id: int, tahun: int, triwulan: int, values: dict[str, Any]):
        tw = ("I", "II", "III", "IV")[triwulan - 1]
        super().__init__(doc, f"Ubah realisasi {tahun} TW {tw}", "indikator", indikator_id)
        self.tahun, self.triwulan, self.new, self.old = tahun, triwulan, dict(values), {}

    def apply(self) -> None:
        self.old = self.store.set_realisasi(self.item_id, self.tahun, self.triwulan, **self.new)

    def revert(self) -> None:
        self.store.set_realisasi(self.item_id, self.tahun, self.triwulan, **self.old)


class _CreatingCommand(StoreCommand):
    """Creates an item the first time; undo deletes it, redo restores it with the same id."""

    structural = True

    def __init__(self, doc: Document, text: str, kind: str):
        super().__init__(doc, text, kind, 0)
        self.tomb = None

    # Subclasses define create() -> the new item's id.

    def apply(self) -> None:
        if self.tomb is None:
            self.item_id = self.create()
        else:
            self.store.restore(self.tomb)

    def revert(self) -> None:
        self.tomb = self.store.delete(self.kind, self.item_id)


class AddCommand(_CreatingCommand):
    def __init__(self, doc: Document, kind: str, parent: dict[str, Any] | None, fields: dict[str, Any]):
        super().__init__(doc, f"Tambah {LABELS[kind].lower()}", kind)
        self.parent, self.fields = parent, fields

    def create(self) -> int:
        return self.store.add(self.kind, self.parent, **self.fields)


class DuplicateCommand(_CreatingCommand):
    def __init__(self, doc: Document, indikator_id: int):
        super().__init__(doc, "Gandakan indikator", "indikator")
        self.source = indikator_id

    def create(self) -> int:
        return self.store.duplicate_indikator(self.source)


class CopyPeriodeCommand(_CreatingCommand):
    def __init__(self, doc: Document, src_id: int, tahun_awal: int, tahun_akhir: int, nama: str | None = None):
        super().__init__(doc, "Periode baru", "periode")
        self.args = (src_id, tahun_awal, tahun_akhir, nama)

    def create(self) -> int:
        return self.store.copy_periode(*self.args)


class DeleteCommand(StoreCommand):
    structural = True

    def __init__(self, doc: Document, kind: str, item_id: int, label: str):
        super().__init__(doc, f"Hapus {LABELS[kind].lower()} «{label}»", kind, item_id)
        self.tomb = None

    def apply(self) -> None:
        self.tomb = self.store.delete(self.kind, self.item_id)

    def revert(self) -> None:
        self.store.restore(self.tomb)


class MoveCommand(StoreCommand):
    structural = True

    def __init__(self, doc: Document, kind: str, item_id: int, parent: dict[str, Any] | None, index: int):
        super().__init__(doc, f"Pindahkan {LABELS[kind].lower()}", kind, item_id)
        self.parent, self.index = parent, index
        self.old = (None, 0)

    def apply(self) -> None:
        self.old = self.store.move(self.kind, self.item_id, self.parent, self.index)

    def revert(self) -> None:
        self.store.move(self.kind, self.item_id, *self.old)


class SetLampiranCommand(StoreCommand):
    def __init__(self, doc: Document, keputusan_id: int, jabatan_id: int, nomor: str | None, kepala: str | None):
        super().__init__(doc, "Ubah nomor lampiran", "keputusan", keputusan_id)
        self.jabatan_id, self.new, self.old = jabatan_id, (nomor, kepala), (None, None)

    def apply(self) -> None:
        self.old = self.store.set_lampiran(self.item_id, self.jabatan_id, *self.new)

    def revert(self) -> None:
        self.store.set_lampiran(self.item_id, self.jabatan_id, *self.old)


class SetKategoriCommand(StoreCommand):
    def __init__(self, doc: Document, bands):
        super().__init__(doc, "Ubah tabel kategori capaian", "kategori", 0)
        self.new, self.old = list(bands), []

    def apply(self) -> None:
        self.old = self.store.set_kategori(self.new)

    def revert(self) -> None:
        self.store.set_kategori(self.old)


class SetPengaturanCommand(StoreCommand):
    def __init__(self, doc: Document, kunci: str, nilai: str, text: str):
        super().__init__(doc, text, "pengaturan", 0)
        self.kunci, self.new, self.old = kunci, nilai, None

    def apply(self) -> None:
        self.old = self.store.set_pengaturan(self.kunci, self.new)

    def revert(self) -> None:
        if self.old is not None:
            self.store.set_pengaturan(self.kunci, self.old)
