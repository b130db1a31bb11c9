"""Printing from the window (menu Cetak): the preview of a document for the period shown,
built in the background (:mod:`app.ui.print_preview`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


class Printing:
    def __init__(self, window):
        self.w = window

    def open_print(self, dokumen: str, params: dict, modal: bool = True):
        """The print preview of a document; built in the background with a progress bar."""
        from .print_preview import PrintPreviewDialog

        self.w.flush_editor()
        params = {**params, "periode_id": self.w.periode.id}
        dialog = PrintPreviewDialog(self.w.store, dokumen, params, self.w)
        if not dialog.start():
            return None
        if modal:
            dialog.exec()
        return dialog

    def print_current_lampiran(self) -> None:
        jab = self.w.structure.current_jabatan_id()
        if jab is None:
            self.w.show_error(translate("MainWindow", "Pilih dulu jabatan yang lampirannya akan dicetak."))
            return
        nama = self.w.store.jabatan(jab, self.w.periode.id).nama
        self.open_print("lampiran", {"jabatan": nama})
