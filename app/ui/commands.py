"""Undo/redo: one QUndoCommand per user action, acting on the store (never on widgets).

Every edit is committed to the database at once (there is no Save button); the stack lets
the user take it back (Ctrl+Z) and do it again (Ctrl+Y) until the app closes.

A command does its work the first time in :meth:`Document.run`, *before* it is pushed, so
that an edit the store refuses (bad input) is reported and never lands on the stack.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..models.changes import Changes
from ..models.display import nama_triwulan
from ..models.errors import KinerjaError
from ..models.kinds import Jenis
from ..models.store import Store
from ..models.validation import LABELS, field_label


class Document(QObject):
    """The open database plus its undo stack. Screens listen to ``changes``: after every
    command done, undone or redone, the :class:`Changes` record the store returned."""

    changes = Signal(object)  # Changes, as the core said
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
            changes = command.apply()
        except KinerjaError as exc:
            self.error.emit(exc.pesan)
            return False
        self.done(command, changes)
        return True

    def done(self, command: "StoreCommand", changes: Changes) -> None:
        """Put a command on the stack whose first write was done elsewhere (long work in the
        background: :mod:`app.ui.excel_dialog`), with the Changes that write returned."""
        command.done_once = True
        self.undo_stack.push(command)
        self.announce(changes)

    def undelete(self, riwayat_id: int) -> Changes | None:
        """Bring back an item deleted earlier (from the history); None (and ``error``)
        when it cannot come back. Outside the undo stack: the deletion it undoes may be
        from an earlier session."""
        try:
            changes = self.store.restore_from_history(riwayat_id)
        except KinerjaError as exc:
            self.error.emit(exc.pesan)
            return None
        self.announce(changes)
        return changes

    def announce(self, changes: Changes) -> None:
        """Tell the screens what a write changed."""
        self.touched()
        self.changes.emit(changes)

    def touched(self) -> None:
        self.last_change = _dt.datetime.now()


class StoreCommand(QUndoCommand):
    """Subclasses define ``apply()`` (do it) and ``revert()`` (take it back), each
    returning the store's :class:`Changes`."""

    def __init__(self, doc: Document, text: str, kind: str, item_id: int):
        super().__init__(text)
        self.doc, self.kind, self.item_id = doc, Jenis(kind), item_id
        self.done_once = False

    @property
    def store(self) -> Store:
        return self.doc.store

    def _guarded(self, action) -> None:
        try:
            changes = action()
        except KinerjaError as exc:
            # The item went away behind our back: say so and drop the command.
            self.setObsolete(True)
            self.doc.error.emit(exc.pesan)
            return
        self.doc.announce(changes)
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

    def apply(self) -> Changes:
        changes = self.store.update(self.kind, self.item_id, **self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.update(self.kind, self.item_id, **self.old)


class SetListCommand(StoreCommand):
    """The ordered fungsi of a jabatan or penjelasan of an indicator."""

    def __init__(self, doc: Document, list_kind: str, parent_kind: str, parent_id: int, items: list[str]):
        super().__init__(doc, f"Ubah {list_kind}", parent_kind, parent_id)
        self.list_kind, self.new, self.old = list_kind, list(items), []

    def apply(self) -> Changes:
        changes = self.store.set_list(self.list_kind, self.item_id, self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.set_list(self.list_kind, self.item_id, self.old)


class SetTargetCommand(StoreCommand):
    def __init__(self, doc: Document, indikator_id: int, tahun: int, nilai, teks: str = ""):
        super().__init__(doc, f"Ubah target {tahun}", Jenis.INDIKATOR, indikator_id)
        self.tahun, self.new, self.old = tahun, (nilai, teks), (None, "")

    def apply(self) -> Changes:
        changes = self.store.set_target(self.item_id, self.tahun, *self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.set_target(self.item_id, self.tahun, *self.old)


class SetRealisasiCommand(StoreCommand):
    def __init__(self, doc: Document, indikator_id: int, tahun: int, triwulan: int, values: dict[str, Any]):
        super().__init__(doc, f"Ubah realisasi {tahun} {nama_triwulan(triwulan)}", Jenis.INDIKATOR, indikator_id)
        self.tahun, self.triwulan, self.new, self.old = tahun, triwulan, dict(values), {}

    def apply(self) -> Changes:
        changes = self.store.set_realisasi(self.item_id, self.tahun, self.triwulan, **self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.set_realisasi(self.item_id, self.tahun, self.triwulan, **self.old)


class _CreatingCommand(StoreCommand):
    """Creates an item the first time; undo deletes it, redo restores it with the same id."""

    def __init__(self, doc: Document, text: str, kind: str):
        super().__init__(doc, text, kind, 0)
        self.tomb = None

    # Subclasses define create() -> the store's Changes (the new item's id: item_id).

    def apply(self) -> Changes:
        if self.tomb is not None:
            return self.store.restore(self.tomb)
        changes = self.create()
        self.item_id = changes.item_id
        return changes

    def revert(self) -> Changes:
        changes = self.store.delete(self.kind, self.item_id)
        self.tomb = changes.undo
        return changes


class AddCommand(_CreatingCommand):
    def __init__(self, doc: Document, kind: str, parent: dict[str, Any] | None, fields: dict[str, Any]):
        super().__init__(doc, f"Tambah {LABELS[kind].lower()}", kind)
        self.parent, self.fields = parent, fields

    def create(self) -> Changes:
        return self.store.add(self.kind, self.parent, **self.fields)


class DuplicateCommand(_CreatingCommand):
    def __init__(self, doc: Document, indikator_id: int):
        super().__init__(doc, "Gandakan indikator", Jenis.INDIKATOR)
        self.source = indikator_id

    def create(self) -> Changes:
        return self.store.duplicate_indikator(self.source)


class CopyPeriodeCommand(_CreatingCommand):
    def __init__(self, doc: Document, src_id: int, tahun_awal: int, tahun_akhir: int, nama: str | None = None):
        super().__init__(doc, "Periode baru", Jenis.PERIODE)
        self.args = (src_id, tahun_awal, tahun_akhir, nama)

    def create(self) -> Changes:
        return self.store.copy_periode(*self.args)


class DeleteCommand(StoreCommand):
    def __init__(self, doc: Document, kind: str, item_id: int, label: str):
        super().__init__(doc, f"Hapus {LABELS[kind].lower()} «{label}»", kind, item_id)
        self.tomb = None

    def apply(self) -> Changes:
        changes = self.store.delete(self.kind, self.item_id)
        self.tomb = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.restore(self.tomb)


class MoveCommand(StoreCommand):
    def __init__(self, doc: Document, kind: str, item_id: int, parent: dict[str, Any] | None, index: int):
        super().__init__(doc, f"Pindahkan {LABELS[kind].lower()}", kind, item_id)
        self.parent, self.index = parent, index
        self.old = (None, 0)

    def apply(self) -> Changes:
        changes = self.store.move(self.kind, self.item_id, self.parent, self.index)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.move(self.kind, self.item_id, *self.old)


class SetLampiranCommand(StoreCommand):
    def __init__(self, doc: Document, keputusan_id: int, jabatan_id: int, nomor: str | None, kepala: str | None):
        super().__init__(doc, "Ubah nomor lampiran", Jenis.KEPUTUSAN, keputusan_id)
        self.jabatan_id, self.new, self.old = jabatan_id, (nomor, kepala), (None, None)

    def apply(self) -> Changes:
        changes = self.store.set_lampiran(self.item_id, self.jabatan_id, *self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.set_lampiran(self.item_id, self.jabatan_id, *self.old)


class SetKategoriCommand(StoreCommand):
    def __init__(self, doc: Document, bands):
        super().__init__(doc, "Ubah tabel kategori capaian", Jenis.KATEGORI, 0)
        self.new, self.old = list(bands), []

    def apply(self) -> Changes:
        changes = self.store.set_kategori(self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.set_kategori(self.old)


class SetPengaturanCommand(StoreCommand):
    def __init__(self, doc: Document, kunci: str, nilai: str, text: str):
        super().__init__(doc, text, Jenis.PENGATURAN, 0)
        self.kunci, self.new, self.old = kunci, nilai, None

    def apply(self) -> Changes:
        changes = self.store.set_pengaturan(self.kunci, self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        if self.old is None:  # the setting was not there before: nothing to put back
            return Changes(Jenis.PENGATURAN, 0)
        return self.store.set_pengaturan(self.kunci, self.old)


class ImporCommand(StoreCommand):
    """An imported document (:mod:`app.models.impor`): undo deletes everything it created
    and puts back what it filled in; redo brings it back with the same ids."""

    BESAR = 400  # items made: a decree this large takes seconds to write: the window says so (sibuk)

    def __init__(self, doc: Document, rencana, window=None):
        super().__init__(doc, f"Impor dokumen {rencana.sumber}", Jenis.PERIODE, 0)
        self.rencana, self.record, self.gone = rencana, None, None
        self.window = window if sum(rencana.jumlah().values()) >= self.BESAR else None

    def apply(self) -> Changes:
        from ..models.impor import tulis

        from .background import sibuk

        if self.gone is not None:
            with sibuk(self.window, QCoreApplication.translate("MainWindow", "Mengulangi impor…")):
                changes = tulis.ulangi(self.store, self.gone)
        else:
            with sibuk(self.window, QCoreApplication.translate("MainWindow", "Mengimpor…")):
                changes = tulis.impor(self.store, self.rencana)
        self.record, self.item_id = changes.undo, changes.item_id
        return changes

    def revert(self) -> Changes:
        from ..models.impor import tulis

        from .background import sibuk

        with sibuk(self.window, QCoreApplication.translate("MainWindow", "Mengurungkan impor…")):
            changes = tulis.batalkan(self.store, self.record)
        self.gone = changes.undo
        return changes
