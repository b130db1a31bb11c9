"""Undo commands of the Perjanjian Kinerja tab (:mod:`app.ui.pk_editor`): make a PK or a PK
Perubahan, delete one, edit its fields or a target. Each acts on the store
(:mod:`app.models.pk_ops`) and is reported on the jabatan, so that an undo or redo shows
that jabatan again."""

from __future__ import annotations

from typing import Any

from ..models.changes import Changes
from ..models.kinds import Jenis
from .commands import Document, StoreCommand


class _PkCommand(StoreCommand):
    def __init__(self, doc: Document, text: str, jabatan_id: int, pk_id: int = 0):
        super().__init__(doc, text, Jenis.JABATAN, jabatan_id)
        self.pk_id = pk_id


class BuatPkCommand(_PkCommand):
    """Make the PK of a year (``dari``: None) or a PK Perubahan of PK ``dari``; undo deletes
    it, redo brings it back with the same id."""

    def __init__(self, doc: Document, jabatan_id: int, tahun: int, periode_id: int, dari: int | None = None):
        super().__init__(doc, "Buat PK" if dari is None else "Buat PK Perubahan", jabatan_id)
        self.tahun, self.periode_id, self.dari, self.tomb = tahun, periode_id, dari, None

    def apply(self) -> Changes:
        if self.tomb is not None:
            return self.store.restore(self.tomb)
        if self.dari is None:
            changes = self.store.buat_pk(self.item_id, self.tahun, self.periode_id)
        else:
            changes = self.store.buat_pk_perubahan(self.dari)
        self.pk_id = changes.item_id
        return changes

    def revert(self) -> Changes:
        changes = self.store.hapus_pk(self.pk_id)
        self.tomb = changes.undo
        return changes


class HapusPkCommand(_PkCommand):
    def __init__(self, doc: Document, jabatan_id: int, pk_id: int, label: str):
        super().__init__(doc, f"Hapus {label}", jabatan_id, pk_id)
        self.tomb = None

    def apply(self) -> Changes:
        changes = self.store.hapus_pk(self.pk_id)
        self.tomb = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.restore(self.tomb)


class UbahPkCommand(_PkCommand):
    def __init__(self, doc: Document, jabatan_id: int, pk_id: int, fields: dict[str, Any]):
        super().__init__(doc, "Ubah Perjanjian Kinerja", jabatan_id, pk_id)
        self.new, self.old = dict(fields), {}

    def apply(self) -> Changes:
        changes = self.store.ubah_pk(self.pk_id, **self.new)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.ubah_pk(self.pk_id, **self.old)


class TargetPkCommand(_PkCommand):
    """The target of one row of a PK: of indicator ``indikator_id``, or row ``baris``."""

    def __init__(self, doc: Document, jabatan_id: int, pk_id: int, indikator_id: int | None, nilai, teks: str = "",
                 baris: int | None = None):
        super().__init__(doc, "Ubah target PK", jabatan_id, pk_id)
        self.indikator_id, self.baris, self.new, self.old = indikator_id, baris, (nilai, teks), (None, "")

    def apply(self) -> Changes:
        changes = self.store.set_target_pk(self.pk_id, self.indikator_id, *self.new, baris=self.baris)
        self.old = changes.undo
        return changes

    def revert(self) -> Changes:
        return self.store.set_target_pk(self.pk_id, self.indikator_id, *self.old, baris=self.baris)


class PerbaruiPkCommand(_PkCommand):
    """"Perbarui dari IKU & anggaran": the PK's content taken again from the IKU and the
    budget now; undo puts the content back as it was, redo the content taken (the same rows)."""

    def __init__(self, doc: Document, jabatan_id: int, pk_id: int):
        super().__init__(doc, "Perbarui PK dari IKU & anggaran", jabatan_id, pk_id)
        self.old = self.new = None

    def apply(self) -> Changes:
        if self.new is not None:
            return self.store.ganti_isi_pk(self.pk_id, self.new)
        changes = self.store.perbarui_pk(self.pk_id)
        self.old, self.new = changes.undo, self.store.isi_pk(self.pk_id)
        return changes

    def revert(self) -> Changes:
        return self.store.ganti_isi_pk(self.pk_id, self.old)
