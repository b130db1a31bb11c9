"""Berkas → Impor dokumen…: choose a Word file (or a text), see the plan — counts, a tree of
what will be created, what was inferred, every piece that could not be placed, the format
the document showed — then Impor (one undoable step, in the history) or Batal. The read
runs off the GUI thread behind a progress dialog with «Batal»; the write (~0.1 s for a
25-page decree) runs on it. The core reads and writes (:mod:`app.models.impor`); this
module only shows and asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from .folder import awal, ingat
from .teks import plain

if TYPE_CHECKING:  # the window's first paint loads no store (tests/test_startup.py)
    from .background import Background

translate = QCoreApplication.translate


class ImporDialog(QDialog):
    """The preview of an import; ``periode`` holds the chosen period ("2021-2026")."""

    def __init__(self, rencana, parent=None, peringatan: list[str] | None = None, tolak: str = "",
                 periode_teks: str | None = None):
        from ..models.impor import ringkasan as rk

        super().__init__(parent)
        self.rencana = rencana
        self.setWindowTitle(self.tr("Impor dokumen: {0}").format(rencana.sumber))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(plain(QLabel("\n".join(rk.kepala(rencana)))))
        self.warning = plain(QLabel("\n".join(f"⚠ {w}" for w in peringatan or [])))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a40000; font-weight: bold;")
        self.warning.setVisible(bool(peringatan))
        layout.addWidget(self.warning)
        form = QFormLayout()
        self.periode = QLineEdit(rencana.periode_nama if periode_teks is None else periode_teks)
        form.addRow(self.tr("&Periode tujuan:"), self.periode)
        layout.addLayout(form)
        tabs = QTabWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        _fill(self.tree.invisibleRootItem(), rk.pohon(rencana))
        self.tree.expandToDepth(0)
        tabs.addTab(self.tree, self.tr("Yang akan dibuat"))
        self.pieces = QListWidget()
        self.pieces.addItems(rk.tak_terpakai(rencana) or [self.tr("(tidak ada)")])
        tabs.addTab(self.pieces, self.tr("Tidak dapat ditempatkan ({0})").format(len(rencana.tak_terpakai)))
        self.notes = QListWidget()
        self.notes.addItems(rencana.catatan or [self.tr("(tidak ada)")])
        tabs.addTab(self.notes, self.tr("Perlu diperiksa ({0})").format(len(rencana.catatan)))
        self.hints = QListWidget()
        self.hints.addItems(rk.format_teks(rencana))
        tabs.addTab(self.hints, self.tr("Format dokumen"))
        layout.addWidget(tabs)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if tolak:  # refused into the period it names: Impor waits for another period
            self.periode.textChanged.connect(lambda text: self.ok.setEnabled(text.strip() != rencana.periode_nama))
            self.ok.setEnabled(self.periode.text().strip() != rencana.periode_nama)


def _fill(parent: QTreeWidgetItem, nodes) -> None:
    for text, children in nodes:
        item = QTreeWidgetItem(parent, [text])
        _fill(item, children)


def ask_import(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, translate("MainWindow", "Impor dokumen"), awal(window),
                                          translate("MainWindow", "Dokumen Word atau teks (*.docx *.txt);;Semua berkas (*)"))
    ingat(window, path)
    if path:
        import_file(window, path)


def import_file(window, path: str, periode: tuple[int, int] | None = None) -> Background:
    """Read ``path`` (into ``periode``, else the one it names) off the GUI thread behind
    «Membaca dokumen…» with «Batal», then show the preview and import on Impor. Returns the
    read's job; Batal while reading shows nothing and changes nothing."""
    from .background import with_progress

    def cancelled() -> None:
        window.statusBar().showMessage(translate("MainWindow", "Impor dokumen dibatalkan."), 15000)

    return with_progress(window, window.doc.store.path, translate("MainWindow", "Membaca dokumen…"),
                         lambda store: _baca(store, path, periode), lambda hasil: _pratinjau(window, path, *hasil),
                         cancelled, window.show_error)


def _baca(store, path: str, periode: tuple[int, int] | None):
    """The work of the background read: the plan and its warnings (in the job's own Store)."""
    from ..models.impor import baca
    from ..models.impor.cek import penolakan, peringatan

    import copy

    rencana = baca(path, periode)
    kept = copy.copy(rencana)
    kept.periode_dipilih = True  # as Impor with the period shown means (the user saw it and kept it)
    return rencana, peringatan(store, rencana), penolakan(store, kept)


def _pratinjau(window, path: str, rencana, warnings: list[str], tolak: str = "") -> None:
    """Show the preview until Impor, Batal or another period (read again, in the background)."""
    import re

    chosen = None
    while True:
        dialog = ImporDialog(rencana, window, warnings, tolak, chosen)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.periode.text().strip()
        if chosen == rencana.periode_nama:
            rencana.periode_dipilih = True  # the user saw the target period (and any warning) and kept it
            break
        m = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", chosen)
        if not m or int(m.group(1)) > int(m.group(2)):
            window.show_error(translate("MainWindow", "Periode «{0}» tidak dikenal. Tulis tahun awal dan akhir, "
                                                      "mis. 2021-2026.").format(chosen))
            continue
        import_file(window, path, (int(m.group(1)), int(m.group(2))))
        return
    _tulis(window, rencana)


def _tulis(window, rencana) -> bool:
    """The write: on the GUI thread, ~0.1 s for a 25-page decree (bench/bench_import.py); a
    decree of hundreds of indicators behind a progress dialog (:class:`.commands.ImporCommand`)."""
    from .commands import ImporCommand

    window.flush_editor()
    cmd = ImporCommand(window.doc, rencana, window)
    if not window.doc.run(cmd):
        return False
    window.fill_periods(select=cmd.item_id)
    window.statusBar().showMessage(translate("MainWindow", "Diimpor dari {0}.").format(rencana.sumber), 15000)
    return True
