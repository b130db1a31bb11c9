"""Settings: language (of this PC), and the data's own rules (rule for negative polarity,
category bands), which are undoable edits like any other."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..models.errors import InputTidakValid
from ..models.rules import ATURAN_NEGATIF, Band, format_angka, parse_angka, validasi_kategori
from . import window_state
from .commands import Document, SetKategoriCommand, SetPengaturanCommand
from .teks import plain

LANGUAGES = (("Bahasa Indonesia", "id"), ("English", "en"))


class SettingsDialog(QDialog):
    def __init__(self, doc: Document, settings: QSettings | None, parent=None):
        super().__init__(parent)
        self.doc, self.settings = doc, settings
        self.setWindowTitle(self.tr("Pengaturan"))
        self.language = QComboBox()
        for label, code in LANGUAGES:
            self.language.addItem(label, code)
        current = settings.value(window_state.LANGUAGE, "id") if settings is not None else "id"
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.rule = QComboBox()
        for code, formula in ATURAN_NEGATIF.items():  # the rule table's own words
            self.rule.addItem(formula + (" (PermenPAN-RB)" if code == "permenpan" else ""), code)
        self.rule.setCurrentIndex(max(0, self.rule.findData(doc.store.pengaturan("aturan_negatif", "permenpan"))))
        self.bands = QTableWidget(0, 3)
        self.bands.setHorizontalHeaderLabels([self.tr("Kategori"), self.tr("Capaian paling rendah (%)"), self.tr("Warna")])
        self.bands.horizontalHeader().setStretchLastSection(True)
        for b in doc.store.kategori():
            self._add_band(b)
        add, remove = QPushButton(self.tr("Tambah kategori")), QPushButton(self.tr("Hapus kategori"))
        add.clicked.connect(lambda: self._add_band(Band("", None, "#808080"), self.bands.currentRow() + 1 or None))
        remove.clicked.connect(lambda: self.bands.removeRow(self.bands.currentRow()))
        self.message = plain(QLabel())  # names what was typed
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.operator = QLineEdit(window_state.operator(settings))
        self.operator.setPlaceholderText(doc.store.operator)
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(window_state.backups_kept(settings))  # read again when a backup is made: at once
        form = QFormLayout()
        form.addRow(self.tr("&Bahasa tampilan (berlaku setelah aplikasi dibuka ulang):"), self.language)
        form.addRow(self.tr("Nama &operator di riwayat (kosong: nama pengguna Windows):"), self.operator)
        form.addRow(self.tr("Jumlah &cadangan otomatis yang disimpan:"), self.keep)
        form.addRow(self.tr("&Rumus capaian polaritas negatif:"), self.rule)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Kategori capaian, dari yang terbaik; kategori terakhir tanpa batas bawah:")))
        lay.addWidget(self.bands)
        lay.addLayout(buttons_row)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.resize(620, 440)

    def _add_band(self, band: Band, row: int | None = None) -> None:
        row = self.bands.rowCount() if row is None else row
        self.bands.insertRow(row)
        self.bands.setItem(row, 0, QTableWidgetItem(band.nama))
        self.bands.setItem(row, 1, QTableWidgetItem(format_angka(band.batas_bawah)))
        colour = QTableWidgetItem(band.warna)
        colour.setBackground(QColor(band.warna))
        self.bands.setItem(row, 2, colour)

    def collect_bands(self) -> list[Band]:
        out = []
        for r in range(self.bands.rowCount()):
            cell = [self.bands.item(r, c).text().strip() if self.bands.item(r, c) else "" for c in range(3)]
            try:
                bound = parse_angka(cell[1])
            except InputTidakValid as exc:
                raise InputTidakValid(self.tr("Baris {0}: {1}").format(r + 1, exc.pesan)) from exc
            out.append(Band(cell[0], bound, cell[2]))
        return out

    def accept(self) -> None:
        try:
            bands = self.collect_bands()
        except InputTidakValid as exc:
            self.message.setText(exc.pesan)
            return
        errors = validasi_kategori(bands)
        if errors:
            self.message.setText(" ".join(errors))
            return
        if self.settings is not None:
            self.settings.setValue(window_state.LANGUAGE, self.language.currentData())
            self.settings.setValue(window_state.OPERATOR, self.operator.text().strip())
            self.settings.setValue(window_state.BACKUPS_KEPT, self.keep.value())
        if self.operator.text().strip():
            self.doc.store.operator = self.operator.text().strip()
        store = self.doc.store
        if self.rule.currentData() != store.pengaturan("aturan_negatif", "permenpan"):
            self.doc.run(SetPengaturanCommand(self.doc, "aturan_negatif", self.rule.currentData(),
                                              self.tr("Ubah rumus polaritas negatif")))
        if tuple(bands) != store.kategori():
            self.doc.run(SetKategoriCommand(self.doc, bands))
        super().accept()
