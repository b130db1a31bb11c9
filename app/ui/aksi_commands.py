"""Undo commands of the rencana aksi and the quarterly measurement (the window's undo stack,
:mod:`app.ui.commands`): each acts on the store and keeps what the store said to take it
back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..models.changes import Changes
from ..models.display import nama_triwulan
from ..models.kinds import Jenis
from .commands import Document, StoreCommand


class SetRencanaAksiCommand(StoreCommand):
    def __init__(self, doc: Document, indikator_id: int, tahun: int, triwulan: int, values: dict[str, Any]):
        super().__init__(doc, f"Ubah rencana aksi {tahun} {nama_triwulan(triwulan)}", Jenis.INDIKATOR, indikator_id)
        self.tahun, self.triwulan, self.new, self.old = tahun, triwulan, dict(values), {}

    def apply(self) -> Changes:
        changes = self.store.set_rencana_aksi(self.item_id, self.tahun, self.triwulan, **self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.set_rencana_aksi(self.item_id, self.tahun, self.triwulan, **self.old)


class SetPengukuranCommand(StoreCommand):
    def __init__(self, doc: Document, indikator_id: int, tahun: int, triwulan: int, values: dict[str, str]):
        super().__init__(doc, f"Ubah kendala/solusi {tahun} {nama_triwulan(triwulan)}", Jenis.INDIKATOR, indikator_id)
        self.tahun, self.triwulan, self.new, self.old = tahun, triwulan, dict(values), {}

    def apply(self) -> Changes:
        changes = self.store.set_pengukuran(self.item_id, self.tahun, self.triwulan, **self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.set_pengukuran(self.item_id, self.tahun, self.triwulan, **self.old)


class TambahBuktiCommand(StoreCommand):
    """Adds an evidence file; undo deletes it, redo puts the same file back (same id)."""

    def __init__(self, doc: Document, indikator_id: int, tahun: int, triwulan: int, path: Path | str):
        super().__init__(doc, f"Tambah bukti {Path(path).name}", Jenis.INDIKATOR, indikator_id)
        self.args, self.bukti_id, self.tomb = (tahun, triwulan, path), None, None

    def apply(self) -> Changes:
        if self.tomb is not None:
            changes = self.store.pulihkan_bukti(self.tomb)
        else:
            changes = self.store.tambah_bukti(self.item_id, *self.args)
        self.bukti_id = changes.undo
        return changes

    def revert(self) -> Changes:
        changes = self.store.hapus_bukti(self.bukti_id)
        self.tomb = changes.undo
        return changes


class HapusBuktiCommand(StoreCommand):
    def __init__(self, doc: Document, indikator_id: int, bukti_id: int, nama: str):
        super().__init__(doc, f"Hapus bukti {nama}", Jenis.INDIKATOR, indikator_id)
        self.bukti_id, self.tomb = bukti_id, None

    def apply(self) -> Changes:
        changes = self.store.hapus_bukti(self.bukti_id)
        self.tomb = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.pulihkan_bukti(self.tomb)
