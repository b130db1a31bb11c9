"""The first run: the welcome screen (the Belawang sample, or an empty kecamatan with the
years of its first period) and the store it creates."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from .. import APP_NAME
from .teks import escape

if TYPE_CHECKING:
    from ..models.store import Store

log = logging.getLogger("app.ui.application")


class WelcomeDialog(QDialog):
    """First run: the Belawang sample (the default) or an empty kecamatan, whose first
    period's years are asked here (by default five years from this year)."""

    SAMPLE, EMPTY = 1, 2

    def __init__(self, path: Path, parent=None):
        import datetime as _dt

        from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

        super().__init__(parent)
        self.setWindowTitle(self.tr("Selamat datang di {0}").format(APP_NAME))
        self.choice = 0
        text = QLabel(self.tr(
            "<h2>Selamat datang</h2><p>Belum ada data di komputer ini. Data akan disimpan di:<br><tt>{0}</tt></p>"
            "<p>Mulai dengan contoh lampiran Keputusan Camat Belawang Nomor 24 Tahun 2018 (dapat diubah atau "
            "dihapus kemudian), atau dengan kecamatan kosong.</p>").format(escape(path)))
        text.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Pakai &contoh Kecamatan Belawang"))
        self.empty_button = QPushButton(self.tr("Mulai kecamatan &kosong"))
        self.sample_button.setDefault(True)
        self.sample_button.clicked.connect(lambda: self._done(self.SAMPLE))
        self.empty_button.clicked.connect(lambda: self._done(self.EMPTY))
        year = _dt.date.today().year
        self.awal, self.akhir = QSpinBox(), QSpinBox()
        for w, value in ((self.awal, year), (self.akhir, year + 4)):
            w.setRange(1900, 2100)
            w.setValue(value)
        self.awal.valueChanged.connect(lambda v: self.akhir.setValue(max(self.akhir.value(), v)))
        self.akhir.valueChanged.connect(lambda v: self.awal.setValue(min(self.awal.value(), v)))
        years = QHBoxLayout()
        label = QLabel(self.tr("&Periode kecamatan kosong:"))
        label.setBuddy(self.awal)
        for w in (label, self.awal, QLabel("–"), self.akhir):
            years.addWidget(w)
        years.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.sample_button)
        lay.addWidget(self.empty_button)
        lay.addLayout(years)

    def _done(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    @property
    def periode(self) -> tuple[int, int]:
        """The first and last year of an empty kecamatan's period."""
        return self.awal.value(), self.akhir.value()


def open_store(path: Path, parent=None, operator: str | None = None) -> Store | None:
    """Open the database, or on first run ask how to start it. None: the user gave up."""
    from ..models.store import Store

    if path.exists():
        return Store.open(path, operator=operator)
    welcome = WelcomeDialog(path, parent)
    if welcome.exec() != QDialog.DialogCode.Accepted:
        return None
    log.info("first run: creating %s", path)
    if welcome.choice == WelcomeDialog.SAMPLE:
        return Store.create(path, sample="belawang", operator=operator)
    return Store.create(path, operator=operator, periode=welcome.periode)
