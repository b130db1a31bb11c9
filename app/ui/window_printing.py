"""Printing from the window (menu Cetak): the preview of a document for the period shown,
built in the background (:mod:`app.ui.print_preview`), and the same document saved as a
Word file (:mod:`app.reports.word`) from the preview's «Simpan sebagai Word…» button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from ..models.errors import KinerjaError
from .folder import awal, ingat
from .teks import literal

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
        self._word_button(dialog)
        if not dialog.start():
            return None
        if modal:
            dialog.exec()
        return dialog

    def _word_button(self, dialog) -> None:
        """«Simpan sebagai Word…» beside «Simpan PDF…», with the preview's paper and margins."""
        button = QPushButton(translate("MainWindow", "Simpan sebagai &Word…"), dialog)
        button.clicked.connect(lambda: self.ask_save_word(dialog))
        bottom = dialog.layout().itemAt(dialog.layout().count() - 1).layout()
        bottom.insertWidget(bottom.indexOf(dialog.save_button) + 1, button)
        dialog.word_button = button

    def ask_save_word(self, dialog) -> None:
        title = translate("MainWindow", "Simpan sebagai Word")
        path, _ = QFileDialog.getSaveFileName(dialog, title, awal(dialog, f"{dialog.dokumen}.docx"),
                                              translate("MainWindow", "Dokumen Word (*.docx)"))
        ingat(dialog, path)
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        self.save_word(dialog, Path(path))

    def save_word(self, dialog, path: Path):
        """The dialog's document, gathered again for its period, as a .docx: built off the
        GUI thread behind a progress dialog; the file is written (atomically) only when the
        build ends, so «Batal» leaves no file and an older file of that name as it was.
        Returns the background job."""
        from ..reports import render
        from ..reports.word import build_docx
        from .background import with_progress

        title = translate("MainWindow", "Simpan sebagai Word")
        dokumen, options, params = dialog.dokumen, dialog.options(), dict(dialog.params)

        def work(store) -> bytes:
            return build_docx(dokumen, render.gather(store, dokumen, **params), options)

        def done(content: bytes) -> None:
            try:
                render.write_atomically(path, content, "Berkas Word")
            except KinerjaError as exc:
                QMessageBox.warning(dialog, title, literal(exc.pesan))
                return
            dialog.status.setText(translate("MainWindow", "Disimpan: {0}").format(str(path)))

        def cancelled() -> None:
            dialog.status.setText(translate("MainWindow", "Penyimpanan Word dibatalkan; tidak ada berkas yang ditulis."))

        dialog.word_job = with_progress(dialog, dialog.store.path, translate("MainWindow", "Menyusun dokumen Word…"),
                                        work, done, cancelled,
                                        lambda message: QMessageBox.warning(dialog, title, literal(message)))
        return dialog.word_job

    def print_current_lampiran(self) -> None:
        jab = self.w.structure.current_jabatan_id()
        if jab is None:
            self.w.show_error(translate("MainWindow", "Pilih dulu jabatan yang lampirannya akan dicetak."))
            return
        nama = self.w.store.jabatan(jab, self.w.periode.id).nama
        self.open_print("lampiran", {"jabatan": nama})
