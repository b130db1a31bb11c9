"""Cetak → LKjIP (Bab III): the year asked first (by default the last year of the period
with a realisasi, else the year shown), then the window's print preview."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from .teks import plain


class TahunLkjipDialog(QDialog):
    def __init__(self, periode, tahun: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("LKjIP (Bab III)"))
        self.tahun = QComboBox()
        for y in periode.tahun:
            self.tahun.addItem(str(y), y)
        i = self.tahun.findData(tahun)
        self.tahun.setCurrentIndex(i if i >= 0 else self.tahun.count() - 1)
        form = QFormLayout(self)
        form.addRow(plain(QLabel(self.tr("Tabel Bab III LKjIP periode {0}: capaian indikator kinerja utama dan "
                                         "realisasi anggaran satu tahun.").format(periode.nama))))
        form.addRow(self.tr("&Tahun:"), self.tahun)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def tahun_bawaan(window) -> int | None:
    """The last year of the period shown with a realisasi; else the year shown."""
    return window.store.tahun_realisasi_terakhir(window.periode.id) or window.tahun_combo.currentData()


def print_lkjip(window) -> None:
    dialog = TahunLkjipDialog(window.periode, tahun_bawaan(window), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    window.printing.open_print("lkjip", {"tahun": dialog.tahun.currentData()})
