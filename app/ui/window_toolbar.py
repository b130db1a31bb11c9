"""The window's toolbar: the period, the year and "s.d. TW" (up to which quarter) that the
editors, the dashboard and the capaian report show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

translate = QCoreApplication.translate
# display.TRIWULAN; the toolbar is painted before the core (and its display module) loads
QUARTERS = ("I", "II", "III", "IV")


class PeriodBar(QToolBar):
    """``period_changed`` when the user picks another period; ``view_changed`` when the
    year or the quarter changes. ``periods`` are the light read's or the store's (both
    have ``id``, ``nama``, ``tahun``)."""

    period_changed = Signal()
    view_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(translate("MainWindow", "Periode"), parent)
        self.setObjectName("toolbar_periode")
        self.setMovable(False)
        self.periods: list = []
        self.periode_combo = QComboBox()
        self.tahun_combo = QComboBox()
        self.tw_combo = QComboBox()
        for n, tw in enumerate(QUARTERS, start=1):
            self.tw_combo.addItem(translate("MainWindow", "s.d. TW {0}").format(tw), n)
        self.tw_combo.setCurrentIndex(len(QUARTERS) - 1)
        for text, w in ((translate("MainWindow", "&Periode:"), self.periode_combo),
                        (translate("MainWindow", "&Tahun:"), self.tahun_combo), (None, self.tw_combo)):
            if text:
                lab = QLabel(text)
                lab.setBuddy(w)
                lab.setContentsMargins(8, 0, 4, 0)
                self.addWidget(lab)
            self.addWidget(w)
        self.periode_combo.currentIndexChanged.connect(lambda _: self.period_changed.emit())
        self.tahun_combo.currentIndexChanged.connect(lambda _: self.view_changed.emit())
        self.tw_combo.currentIndexChanged.connect(lambda _: self.view_changed.emit())

    @property
    def periode(self):
        pid = self.periode_combo.currentData()
        return next(p for p in self.periods if p.id == pid)

    def set_periods(self, periods: list, select: int | None) -> None:
        """Fill the period box (``select``, else the newest), without ``period_changed``."""
        self.periods = list(periods)
        self.periode_combo.blockSignals(True)
        self.periode_combo.clear()
        for p in self.periods:
            self.periode_combo.addItem(p.nama, p.id)
        index = self.periode_combo.findData(select) if select is not None else -1
        self.periode_combo.setCurrentIndex(index if index >= 0 else len(self.periods) - 1)
        self.periode_combo.blockSignals(False)

    def fill_years(self, saved: int | None) -> None:
        """The years of the period; the year shown stays (the first time: ``saved``)."""
        keep = self.tahun_combo.currentData()
        if keep is None:
            keep = saved
        self.tahun_combo.blockSignals(True)
        self.tahun_combo.clear()
        for y in self.periode.tahun:
            self.tahun_combo.addItem(str(y), y)
        i = self.tahun_combo.findData(keep)
        self.tahun_combo.setCurrentIndex(i if i >= 0 else 0)
        self.tahun_combo.blockSignals(False)

    def has_period(self, periods: list) -> bool:
        return any(p.id == self.periode_combo.currentData() for p in periods)
