"""Berkas → Ekspor ke Excel… and Berkas → Impor dari Excel…: the options of an export, the
preview of an import (changed cells old → new, new items, conflicts, refused cells, each
with its sheet, row and column) and Impor as one undoable step. The work runs off the GUI
thread with a progress dialog that can be cancelled; the core (:mod:`app.models.excel`)
reads and writes, this module only shows and asks."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel,
                               QListWidget, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..models.changes import Changes
from ..models.kinds import Jenis
from .background import Background, sibuk, with_progress
from .commands import StoreCommand
from .folder import awal, ingat, nama_berkas
from .teks import plain

translate = QCoreApplication.translate


class ExcelImporCommand(StoreCommand):
    """An imported workbook: undo puts every row back as it was, redo writes it again — a
    large one (:data:`BESAR` rows or more: seconds) with the wait cursor and a status line
    in ``window`` (:func:`.background.sibuk`)."""

    BESAR = 2000

    def __init__(self, doc, pr, window=None):
        super().__init__(doc, f"Impor Excel {pr.sumber}", Jenis.PERIODE, pr.periode_id or 0)
        self.pr, self.record, self.window = pr, None, window

    def apply(self) -> Changes:
        from ..models.excel import terapkan
        from ..models.excel.tulis import ulangi

        if self.record is None:
            changes = terapkan(self.store, self.pr)
        else:
            with sibuk(self._besar(), translate("MainWindow", "Mengulangi impor…")):
                changes = ulangi(self.store, self.record)
        self.record, self.item_id = changes.undo, changes.item_id
        return changes

    def revert(self) -> Changes:
        from ..models.excel.tulis import batalkan

        with sibuk(self._besar(), translate("MainWindow", "Mengurungkan impor…")):
            return batalkan(self.store, self.record)

    def _besar(self):
        """The window, when the import is large enough to say it is working (else None)."""
        return self.window if len(self.record.ops) >= self.BESAR else None


class EksporDialog(QDialog):
    """What to export: a jabatan or all, a year or all, or a blank template."""

    def __init__(self, jabatan: list[str], tahun: list[int], tahun_kini: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ekspor ke Excel"))
        form = QFormLayout(self)
        self.jabatan = QComboBox()
        self.jabatan.addItem(self.tr("Semua jabatan"), None)
        for nama in jabatan:
            self.jabatan.addItem(nama, nama)
        self.tahun = QComboBox()
        self.tahun.addItem(self.tr("Semua tahun yang berisi"), None)
        for y in tahun:
            self.tahun.addItem(str(y), y)
        self.tahun.setCurrentIndex(max(0, self.tahun.findData(tahun_kini)))
        self.kosong = QCheckBox(self.tr("&Templat kosong (judul kolom saja, untuk kecamatan baru)"))
        form.addRow(self.tr("&Jabatan:"), self.jabatan)
        form.addRow(self.tr("Realisasi &tahun:"), self.tahun)
        form.addRow(self.kosong)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Ekspor…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class PratinjauDialog(QDialog):
    """The preview of an import; Impor is disabled when there is nothing to write."""

    def __init__(self, pr, parent=None):
        from ..models.excel import ringkasan as rk

        super().__init__(parent)
        self.pr = pr
        self.setWindowTitle(self.tr("Impor dari Excel: {0}").format(pr.sumber))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(plain(QLabel("\n".join(rk.kepala(pr)))))
        self.tabs = QTabWidget()
        self.ubah = _table([self.tr("Tempat"), self.tr("Butir"), self.tr("Lama"), self.tr("Baru")],
                           [(u.pos.teks(), u.label, rk.nilai_teks(u.lama), rk.nilai_teks(u.baru)) for u in pr.ubah])
        self.tabs.addTab(self.ubah, self.tr("Berubah ({0})").format(len(pr.ubah)))
        self.baru = _list(rk.daftar_baru(pr), self.tr("(tidak ada)"))
        self.tabs.addTab(self.baru, self.tr("Baru ({0})").format(len(pr.baru)))
        self.konflik = _table([self.tr("Tempat"), self.tr("Butir"), self.tr("Di basis data"), self.tr("Di buku kerja")],
                              [(k.pos.teks(), k.label, rk.nilai_teks(k.db), rk.nilai_teks(k.buku)) for k in pr.konflik])
        self.tabs.addTab(self.konflik, self.tr("Konflik ({0})").format(len(pr.konflik)))
        self.tolak = _table([self.tr("Tempat"), self.tr("Alasan")], [(t.pos.teks(), t.alasan) for t in pr.tolak])
        self.tabs.addTab(self.tolak, self.tr("Ditolak ({0})").format(len(pr.tolak)))
        layout.addWidget(self.tabs)
        counts = (len(pr.ubah), len(pr.baru), len(pr.konflik), len(pr.tolak))
        self.tabs.setCurrentIndex(next((n for n, c in enumerate(counts) if c), 0))  # the first tab with something
        if pr.kosong:
            self.kosong = plain(QLabel(self.tr("Tidak ada yang dapat diimpor dari buku kerja ini: lihat tab Konflik dan "
                                               "Ditolak.") if counts[2] or counts[3] else
                                       self.tr("Tidak ada yang diimpor: buku kerja sama dengan basis data.")))
            self.kosong.setStyleSheet("color: #b00020")
            layout.addWidget(self.kosong)
        note = self.tr("Konflik dan isian yang ditolak tidak diimpor. Impor menjadi satu langkah yang dapat diurungkan "
                       "(Ctrl+Z) dan tercatat di riwayat.")
        layout.addWidget(plain(QLabel(note)))
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(not pr.kosong)
        buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _table(heads: list[str], rows: list[tuple]) -> QTableWidget:
    t = QTableWidget(len(rows), len(heads))
    t.setHorizontalHeaderLabels(heads)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(str(text)))
    t.horizontalHeader().setStretchLastSection(True)
    t.resizeColumnsToContents()
    for c in range(len(heads) - 1):  # a long value does not push the next columns out of sight
        t.setColumnWidth(c, min(t.columnWidth(c), 340))
    return t


def _list(items: list[str], none: str) -> QListWidget:
    w = QListWidget()
    w.addItems(items or [none])
    return w


def _jalankan(window, label: str, work, done, batal=None, berhenti: threading.Event | None = None) -> Background:
    """:func:`.background.with_progress` in ``window``: a refusal shown as an error; the
    work's store as the window's (read-only when it is)."""
    job = with_progress(window, window.doc.store.path, label, work, done, batal, window.show_error,
                        berhenti=berhenti, read_only=window.doc.store.read_only)
    window.excel_job = job  # kept alive until it reports
    return job


def ask_export(window) -> None:
    p = window.toolbar.periode
    dialog = EksporDialog([j.nama for j in window.doc.store.jabatan_list()], list(p.tahun),
                          window.toolbar.tahun_combo.currentData(), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    kosong = dialog.kosong.isChecked()
    name = nama_berkas("kinerja", "templat" if kosong else p.nama, None if kosong else dialog.jabatan.currentData(),
                       None if kosong else dialog.tahun.currentData()) + ".xlsx"
    path, _ = QFileDialog.getSaveFileName(window, translate("MainWindow", "Ekspor ke Excel"), awal(window, name),
                                          translate("MainWindow", "Buku kerja Excel (*.xlsx)"))
    ingat(window, path)
    if path:
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        export_file(window, path, p.id, dialog.jabatan.currentData(), dialog.tahun.currentData(), dialog.kosong.isChecked())


def export_file(window, path: str, periode_id: int, jabatan: str | None, tahun: int | None, kosong: bool) -> Background:
    from ..models.excel import ekspor
    from ..models.excel.identitas import pastikan

    pastikan(window.doc.store)  # the database's identity, made here: the export runs on a read-only copy

    def done(counts) -> None:
        window.statusBar().showMessage(translate("MainWindow", "Diekspor ke {0}: {1} baris.").format(
            path, sum(counts.values())), 15000)

    def batal() -> None:  # the workbook was written by then: removed, as if never made
        Path(path).unlink(missing_ok=True)
        window.statusBar().showMessage(translate("MainWindow", "Ekspor dibatalkan."), 15000)

    return _jalankan(window, translate("MainWindow", "Mengekspor ke Excel…"),
                     lambda store: ekspor(store, path, periode_id, jabatan, tahun, kosong), done, batal)


def ask_import(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, translate("MainWindow", "Impor dari Excel"), awal(window),
                                          translate("MainWindow", "Buku kerja Excel (*.xlsx)"))
    ingat(window, path)
    if path:
        import_file(window, path)


def import_file(window, path: str) -> Background:
    """Read and compare ``path`` in the background, show the preview, import on Impor."""
    from ..models.excel import pratinjau

    def done(pr) -> None:
        dialog = PratinjauDialog(pr, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            window.flush_editor()
            write(window, pr)

    def batal() -> None:
        window.statusBar().showMessage(translate("MainWindow", "Impor dibatalkan: tidak ada yang diubah."), 15000)

    return _jalankan(window, translate("MainWindow", "Membaca buku kerja…"), lambda store: pratinjau(store, path), done,
                     batal)


def write(window, pr) -> Background:
    """Write an accepted preview in the background (a large import takes a second or more),
    as one step on the undo stack; «Batal» while it writes rolls it back: nothing written."""
    from ..models.excel import terapkan

    operator = window.doc.store.operator
    stop = threading.Event()

    def work(store):
        store.operator = operator  # the history names who imported, as for the window's own writes
        return terapkan(store, pr, stop.is_set)

    def done(changes: Changes) -> None:
        cmd = ExcelImporCommand(window.doc, pr, window)
        cmd.record, cmd.item_id = changes.undo, changes.item_id
        window.doc.done(cmd, changes)
        window.fill_periods(select=cmd.item_id or None)
        window.statusBar().showMessage(translate("MainWindow", "Diimpor dari {0}.").format(pr.sumber), 15000)

    return _jalankan(window, translate("MainWindow", "Mengimpor…"), work, done, berhenti=stop)
