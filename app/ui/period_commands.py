"""The undo commands of periods (re-date or rename, delete); a new period is
:class:`app.ui.commands.CopyPeriodeCommand`. Imported with the store, after the first paint."""

from __future__ import annotations

from typing import Any

from ..models.changes import Changes
from ..models.kinds import Jenis
from .commands import Document, StoreCommand


class EditPeriodeCommand(StoreCommand):
    """Re-date and/or rename a period. The user has been asked about data the new years
    hide (it is kept in the file either way)."""

    def __init__(self, doc: Document, periode_id: int, label: str, fields: dict[str, Any]):
        super().__init__(doc, f"Ubah periode «{label}»", Jenis.PERIODE, periode_id)
        self.new, self.old = dict(fields), {}

    def apply(self) -> Changes:
        changes = self.store.ubah_periode(self.item_id, terima_tersembunyi=True, **self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.ubah_periode(self.item_id, terima_tersembunyi=True, **self.old)


class DeletePeriodeCommand(StoreCommand):
    """Delete a period with everything in it; undo puts every row back, same ids."""

    def __init__(self, doc: Document, periode_id: int, label: str):
        super().__init__(doc, f"Hapus periode «{label}»", Jenis.PERIODE, periode_id)
        self.tomb = None

    def apply(self) -> Changes:
        changes = self.store.hapus_periode(self.item_id)
        self.tomb = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.restore(self.tomb)
