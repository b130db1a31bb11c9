"""Structure edits from the window: add, duplicate, move (keys and drag and drop), delete
with a confirmation that says what goes with it, a new period as a copy, a period re-dated
or renamed (asking first when the new years hide data) or deleted. Each is one
undoable command (:mod:`app.ui.commands`); the window follows the ``Changes`` the document emits (:mod:`.window_changes`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QLabel

from .teks import plain

translate = QCoreApplication.translate

DELETABLE = ("jabatan", "sasaran", "indikator")


def _commands():
    from . import commands  # with the store, after the first paint

    return commands


class NewPeriodDialog(QDialog):
    def __init__(self, last, parent=None):
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QSpinBox

        super().__init__(parent)
        self.setWindowTitle(self.tr("Periode baru"))
        span = last.tahun_akhir - last.tahun_awal
        self.awal, self.akhir = QSpinBox(), QSpinBox()
        for w in (self.awal, self.akhir):
            w.setRange(1900, 2200)
        self.awal.setValue(last.tahun_akhir + 1)
        self.akhir.setValue(last.tahun_akhir + 1 + span)
        form = QFormLayout(self)
        form.addRow(plain(QLabel(self.tr("Periode baru disalin dari periode {0}: sasaran, indikator dan penjelasannya "
                                         "(tanpa target dan realisasi).").format(last.nama))))
        form.addRow(self.tr("Tahun &awal:"), self.awal)
        form.addRow(self.tr("Tahun a&khir:"), self.akhir)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class EditPeriodDialog(QDialog):
    """The name and the years of the period shown."""

    def __init__(self, periode, parent=None):
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox

        super().__init__(parent)
        self.periode = periode
        self.setWindowTitle(self.tr("Ubah periode"))
        self.nama = QLineEdit(periode.nama)
        self.awal, self.akhir = QSpinBox(), QSpinBox()
        for w, value in ((self.awal, periode.tahun_awal), (self.akhir, periode.tahun_akhir)):
            w.setRange(1900, 2100)
            w.setValue(value)
        form = QFormLayout(self)
        form.addRow(self.tr("&Nama:"), self.nama)
        form.addRow(self.tr("Tahun &awal:"), self.awal)
        form.addRow(self.tr("Tahun a&khir:"), self.akhir)
        form.addRow(plain(QLabel(self.tr("Target dan realisasi tahun yang keluar dari periode tidak dihapus: tetap "
                                         "disimpan dan tampil lagi bila tahunnya masuk periode kembali."))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> dict:
        """What the user changed."""
        p = self.periode
        new = {"nama": self.nama.text(), "tahun_awal": self.awal.value(), "tahun_akhir": self.akhir.value()}
        return {k: x for k, x in new.items() if x != getattr(p, k)}


def _period_commands():
    from . import period_commands  # with the store, after the first paint

    return period_commands


class StructureEdits:
    def __init__(self, window):
        self.w = window

    def _run_and_select(self, cmd) -> None:
        if self.w.doc.run(cmd):
            self.w.select_item(cmd.kind, cmd.item_id)

    def current_jabatan_id(self) -> int | None:
        if self.w.kind == "jabatan":
            return self.w.item_id
        return self.w.panel.ancestor_id("jabatan")

    def add_jabatan(self) -> None:
        cmd = _commands().AddCommand(self.w.doc, "jabatan", {"atasan": self.current_jabatan_id()},
                                     {"nama": translate("MainWindow", "Jabatan baru")})
        self._run_and_select(cmd)

    def add_sasaran(self) -> None:
        jab = self.current_jabatan_id()
        if jab is not None:
            self._run_and_select(_commands().AddCommand(self.w.doc, "sasaran", {"jabatan": jab, "periode": self.w.periode.id},
                                                        {"nama": translate("MainWindow", "Sasaran baru")}))

    def add_indikator(self) -> None:
        sas = self.w.panel.ancestor_id("sasaran")
        if sas is not None:
            self._run_and_select(_commands().AddCommand(self.w.doc, "indikator", {"sasaran": sas},
                                                        {"nama": translate("MainWindow", "Indikator baru")}))

    def duplicate_indikator(self) -> None:
        if self.w.kind == "indikator":
            self._run_and_select(_commands().DuplicateCommand(self.w.doc, self.w.item_id))

    def delete_current(self) -> None:
        from ..models import display  # the tables' names as the user knows them
        from ..models.writes import LABELS

        w = self.w
        if w.kind not in DELETABLE:
            return
        kind, item_id = w.kind, w.item_id
        label = w.panel.current_label()
        parts = display.rincian_terhapus(w.store.deletion_summary(kind, item_id), kind)
        extra = translate("MainWindow", "\n\nIkut terhapus: {0}.").format(parts) if parts else ""
        links = display.rincian_tautan_lepas(w.store.tautan_lepas(kind, item_id))
        extra += translate("MainWindow", "\n\nTautan yang dilepas: {0}.").format(links) if links else ""
        text = translate("MainWindow", "Hapus {0} «{1}»?{2}\n\nPenghapusan dapat diurungkan dengan Ctrl+Z selama "
                                       "aplikasi terbuka.").format(LABELS[kind].lower(), label, extra)
        if not w.confirm(translate("MainWindow", "Hapus {0}").format(LABELS[kind].lower()), text):
            return
        w.editors[kind].flush()
        w.kind = None  # the editor's item is gone: do not flush it again
        if w.doc.run(_commands().DeleteCommand(w.doc, kind, item_id, label)):
            w.select_item("ringkasan", 0)
        else:
            w.kind = kind

    def move_current(self, delta: int) -> None:
        w = self.w
        if w.kind not in DELETABLE:
            return
        same = w.panel.siblings_of_kind(w.kind)
        pos = same.index(w.item_id)
        if 0 <= pos + delta < len(same) and not w.search.text():
            w.doc.run(_commands().MoveCommand(w.doc, w.kind, w.item_id, None, pos + delta))

    def move_requested(self, kind: str, item_id: int, parent_kind: str, parent_id: int, row: int) -> None:
        """A drop in the tree (ignored while the store is still loading)."""
        if self.w.doc is None:
            return
        parent = {"jabatan": {"atasan": None if parent_kind == "root" else parent_id},
                  "sasaran": {"jabatan": parent_id}, "indikator": {"sasaran": parent_id}}[kind]
        doc = self.w.doc
        QTimer.singleShot(0, self.w, lambda: doc.run(_commands().MoveCommand(doc, kind, item_id, parent, row)))

    def new_period(self) -> None:
        w = self.w
        dialog = NewPeriodDialog(w.periode, w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        cmd = _commands().CopyPeriodeCommand(w.doc, w.periode.id, dialog.awal.value(), dialog.akhir.value())
        if w.doc.run(cmd):
            w.fill_periods(select=cmd.item_id)

    def edit_period(self) -> None:
        """Re-date or rename the period shown; new years that hide targets or realisasi
        are asked about first (the data is kept either way)."""
        from ..models.errors import KinerjaError
        from ..models.periode_ops import pesan_tersembunyi

        w = self.w
        p = w.periode
        dialog = EditPeriodDialog(p, w)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.fields():
            return
        fields = dialog.fields()
        try:
            hidden = w.store.periode_tersembunyi(p.id, dialog.awal.value(), dialog.akhir.value())
        except KinerjaError as exc:
            w.show_error(exc.pesan)
            return
        if hidden and not w.confirm(translate("MainWindow", "Ubah tahun periode"), translate(
                "MainWindow", "{0}\n\nTetap ubah tahun periode «{1}»?").format(pesan_tersembunyi(hidden), p.nama)):
            return
        w.flush_editor()
        w.doc.run(_period_commands().EditPeriodeCommand(w.doc, p.id, p.nama, fields))

    def delete_period(self) -> None:
        """Delete the period shown with everything in it, after a confirmation that says
        what goes with it."""
        w = self.w
        p = w.periode
        isi = w.store.isi_periode(p.id)
        text = translate("MainWindow", "Hapus periode «{0}» ({1}–{2})?\n\nIkut terhapus: {3} sasaran (dari {4} jabatan), "
                         "{5} indikator, {6} target, {7} realisasi, {8} keputusan dengan {9} lampiran. Jabatan, fungsi "
                         "dan pegawai tetap ada.\n\nPenghapusan dapat diurungkan dengan Ctrl+Z selama aplikasi terbuka, "
                         "atau dipulihkan dari Riwayat perubahan.").format(
            p.nama, p.tahun_awal, p.tahun_akhir, isi["sasaran"], isi["jabatan"], isi["indikator"], isi["target"],
            isi["realisasi"], isi["keputusan"], isi["lampiran"])
        if not w.confirm(translate("MainWindow", "Hapus periode"), text):
            return
        w.flush_editor()
        kind, w.kind = w.kind, None  # the editor's item may be gone: do not flush it again
        if w.doc.run(_period_commands().DeletePeriodeCommand(w.doc, p.id, p.nama)):
            w.fill_periods(select=w.store.periode_pembuka())
            w.select_item("ringkasan", 0)
        else:
            w.kind = kind
