"""Undo commands of the budget editor (:mod:`app.ui.anggaran_editor`): each calls one
store write of :mod:`app.models.anggaran_ops` and takes it back with the ``undo`` the store
returned. Adding is undone by deleting (and redone by restoring with the same ids);
deleting uses the window's :class:`~app.ui.commands.DeleteCommand`."""

from __future__ import annotations

from typing import Any

from ..models.anggaran_ops import SAMA
from ..models.changes import Changes
from ..models.display import nama_triwulan
from ..models.kinds import Jenis
from .commands import Document, StoreCommand, _CreatingCommand

_NAMA_KOLOM = {"kode": "kode", "nama": "nama", "sasaran": "sasaran"}


class TambahProgramCommand(_CreatingCommand):
    def __init__(self, doc: Document, periode_id: int, induk_id: int | None, text: str, **fields: Any):
        super().__init__(doc, text, Jenis.PROGRAM)
        self.args, self.fields = (periode_id, induk_id), fields

    def create(self) -> Changes:
        return self.store.tambah_program(*self.args, **self.fields)


class UbahProgramCommand(StoreCommand):
    def __init__(self, doc: Document, program_id: int, fields: dict[str, Any]):
        names = ", ".join(_NAMA_KOLOM[f] for f in fields)
        super().__init__(doc, f"Ubah {names} program", Jenis.PROGRAM, program_id)
        self.new, self.old = dict(fields), {}

    def apply(self) -> Changes:
        changes = self.store.ubah_program(self.item_id, **self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.ubah_program(self.item_id, **self.old)


class PindahProgramCommand(StoreCommand):
    def __init__(self, doc: Document, program_id: int, index: int, induk_id: Any = SAMA):
        super().__init__(doc, "Pindahkan program/kegiatan", Jenis.PROGRAM, program_id)
        self.index, self.induk, self.old = index, induk_id, (0, SAMA)

    def apply(self) -> Changes:
        changes = self.store.pindah_program(self.item_id, self.index, self.induk)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.pindah_program(self.item_id, *self.old)


class PaguCommand(StoreCommand):
    def __init__(self, doc: Document, program_id: int, tahun: int, nilai: str):
        super().__init__(doc, f"Ubah pagu {tahun}", Jenis.PROGRAM, program_id)
        self.tahun, self.new, self.old = tahun, nilai, None

    def apply(self) -> Changes:
        changes = self.store.set_pagu(self.item_id, self.tahun, self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.set_pagu(self.item_id, self.tahun, self.old)


class RealisasiAnggaranCommand(StoreCommand):
    def __init__(self, doc: Document, program_id: int, tahun: int, triwulan: int, nilai: str):
        super().__init__(doc, f"Ubah realisasi anggaran {tahun} {nama_triwulan(triwulan)}", Jenis.PROGRAM, program_id)
        self.tahun, self.triwulan, self.new, self.old = tahun, triwulan, nilai, None

    def apply(self) -> Changes:
        changes = self.store.set_realisasi_anggaran(self.item_id, self.tahun, self.triwulan, self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.set_realisasi_anggaran(self.item_id, self.tahun, self.triwulan, self.old)
