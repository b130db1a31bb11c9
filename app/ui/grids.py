"""The target and realisasi grids of an indicator.

Numbers are typed in Indonesian style and read by the core's parser. A value the parser
refuses stays in its cell, marked red with the message as tooltip (and sent to the status
line); nothing is stored and nothing typed is dropped silently. Capaian and category come
from :mod:`app.models.capaian`, the same function the report uses, and their texts from
:mod:`app.models.display`, the same texts the report prints."""

from __future__ import annotations

from decimal import Decimal
from typing import Callable, Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ..models import display
from ..models.capaian import Capaian, hitung
from ..models.data import IndikatorData, PeriodeData
from ..models.errors import InputTidakValid
from ..models.rules import Band, format_angka, parse_angka
from .teks import literal

ERROR_BRUSH = QBrush(QColor("#f8d0d0"))


def band_brush(band: Band | None) -> QBrush | None:
    """The band's light tint behind capaian and category cells (as on paper)."""
    if band is None:
        return None
    return QBrush(QColor.fromRgbF(*display.warna_muda(band.warna)))


class _GridBase(QAbstractTableModel):
    message = Signal(str)  # Indonesian message about the last refused entry ("" clears it)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.ind: IndikatorData | None = None
        self.periode: PeriodeData | None = None
        self.bands: tuple[Band, ...] = ()
        self.aturan = "permenpan"
        self.errors: dict[tuple[int, int], tuple[str, str]] = {}  # (row, col) -> (typed text, message)
        self._cache: dict[tuple[int, int], Capaian] = {}  # (tahun, sampai triwulan) -> computed once per load
        self._years: tuple[int, ...] = ()
        self.rencana: Mapping[int, Mapping[int, Decimal | None]] = {}  # year -> quarter -> rencana aksi target

    def set_data(self, ind: IndikatorData | None, periode: PeriodeData | None, bands, aturan: str,
                 rencana: Mapping[int, Mapping[int, Decimal | None]] | None = None) -> None:
        """``rencana``: the quarter targets of the indicator's rencana aksi per year
        (``store.target_triwulan_indikator``): a quarter is measured against them."""
        same_shape = (ind is not None and self.ind is not None and ind.id == self.ind.id
                      and periode == self.periode and ind.jenis == self.ind.jenis)
        self._cache.clear()
        self.rencana = rencana or {}
        if same_shape:
            # the same grid with new values: keep the view's current cell and selection
            self.ind, self.bands, self.aturan = ind, tuple(bands), aturan
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.errors.clear()
        self.beginResetModel()
        self.ind, self.periode, self.bands, self.aturan = ind, periode, tuple(bands), aturan
        self._years = periode.tahun if periode else ()
        self.endResetModel()

    def _parse(self, index: QModelIndex, text: str) -> tuple[bool, Decimal | None]:
        try:
            value = parse_angka(text)
        except InputTidakValid as exc:
            self.errors[(index.row(), index.column())] = (text, exc.pesan)
            self.dataChanged.emit(index, index)
            self.message.emit(exc.pesan)
            return False, None
        return True, value

    def _accepted(self, index: QModelIndex) -> None:
        if self.errors.pop((index.row(), index.column()), None) is not None:
            self.message.emit("")
        self.dataChanged.emit(index, index)

    def _error_data(self, index: QModelIndex, role: int):
        err = self.errors.get((index.row(), index.column()))
        if err is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return err[0]
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(err[1])  # names what was typed
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable(index):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def capaian(self, tahun: int, sampai: int = 4) -> Capaian:
        key = (tahun, sampai)
        c = self._cache.get(key)
        if c is None:
            c = self._cache[key] = hitung(self.ind, tahun, self.bands, self.aturan, sampai, self.rencana.get(tahun))
        return c


class TargetTableModel(_GridBase):
    """One column per year of the period: Target (editable), Realisasi, Capaian, Kategori."""

    ROW_TARGET, ROW_REALISASI, ROW_CAPAIAN, ROW_KATEGORI = range(4)
    ROWS = ("Target", "Realisasi", "Capaian", "Kategori")
    # the computed rows show the printed report's texts
    TEXTS = {ROW_REALISASI: display.teks_realisasi, ROW_CAPAIAN: display.teks_capaian, ROW_KATEGORI: display.teks_kategori}

    def __init__(self, edit: Callable[[int, Decimal | None, str], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._edit = edit

    def years(self) -> tuple[int, ...]:
        return self._years

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.ind is None else len(self.ROWS)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.ind is None else len(self.years())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self.years()[section]) if 0 <= section < len(self.years()) else None
        return self.tr(self.ROWS[section]) if 0 <= section < len(self.ROWS) else None

    def editable(self, index: QModelIndex) -> bool:
        return index.row() == self.ROW_TARGET

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.ind is None:
            return None
        err = self._error_data(index, role)
        if err is not None:
            return err
        year = self.years()[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = index.row()
        if row == self.ROW_TARGET:
            t = self.ind.target_tahun(year)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return display.teks_target(t)
            return None
        c = self.capaian(year)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.TEXTS[row](c)
        if role == Qt.ItemDataRole.BackgroundRole and row in (self.ROW_CAPAIAN, self.ROW_KATEGORI):
            return band_brush(c.band)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.row() != self.ROW_TARGET:
            return False
        text = str(value)
        year = self.years()[index.column()]
        if self.ind.jenis == "teks":
            ok = self._edit(year, None, text.strip())
        else:
            parsed, number = self._parse(index, text)
            if not parsed:
                return False
            ok = self._edit(year, number, "")
        if ok:
            self._accepted(index)
        return ok


class RealisasiTableModel(_GridBase):
    """A row per year and quarter of the period."""

    COL_TAHUN, COL_TW, COL_NILAI, COL_PEMBILANG, COL_PENYEBUT, COL_CATATAN, COL_REALISASI, COL_CAPAIAN, COL_KATEGORI = range(9)
    HEADERS = ("Tahun", "TW", "Nilai", "Pembilang", "Penyebut", "Catatan", "Realisasi s.d. TW", "Capaian", "Kategori")
    TEXTS = {COL_REALISASI: display.teks_realisasi, COL_CAPAIAN: display.teks_capaian, COL_KATEGORI: display.teks_kategori}
    EDITABLE = {COL_NILAI: "nilai", COL_PEMBILANG: "pembilang", COL_PENYEBUT: "penyebut", COL_CATATAN: "catatan"}

    def __init__(self, edit: Callable[[int, int, dict], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._edit = edit

    def key(self, row: int) -> tuple[int, int]:
        return self._years[row // 4], row % 4 + 1

    def row_of(self, tahun: int, triwulan: int) -> int:
        return self._years.index(tahun) * 4 + triwulan - 1

    def entry(self, row: int):
        entries = self._cache.get("entries")
        if entries is None:
            entries = self._cache["entries"] = {(r.tahun, r.triwulan): r for r in self.ind.realisasi}
        return entries.get(self.key(row))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.ind is None else len(self._years) * 4

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            if section == self.COL_PEMBILANG and self.ind and self.ind.label_pembilang:
                return self.tr("Pembilang")
            return self.tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and self.ind:
            if section == self.COL_PEMBILANG:
                return literal(self.ind.label_pembilang) or None
            if section == self.COL_PENYEBUT:
                return literal(self.ind.label_penyebut) or None
        return None

    def editable(self, index: QModelIndex) -> bool:
        return index.column() in self.EDITABLE

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.ind is None:
            return None
        err = self._error_data(index, role)
        if err is not None:
            return err
        col, row = index.column(), index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.COL_CATATAN:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.BackgroundRole):
            return None
        tahun, tw = self.key(row)
        if col in (self.COL_CAPAIAN, self.COL_KATEGORI, self.COL_REALISASI):
            c = self.capaian(tahun, tw)
            if role == Qt.ItemDataRole.BackgroundRole:
                return band_brush(c.band) if col != self.COL_REALISASI else None
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return self.TEXTS[col](c)
        if role == Qt.ItemDataRole.BackgroundRole:
            return None
        if col == self.COL_TAHUN:
            return str(tahun) if tw == 1 or role == Qt.ItemDataRole.EditRole else ""
        if col == self.COL_TW:
            return display.romawi_triwulan(tw)
        e = self.entry(row)
        if e is None:
            return ""
        if col == self.COL_CATATAN:
            return e.catatan
        return format_angka(getattr(e, self.EDITABLE[col]))

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        tahun, tw = self.key(index.row())
        e = self.entry(index.row())
        values = {"nilai": None, "pembilang": None, "penyebut": None, "catatan": ""}
        if e is not None:
            values = {"nilai": e.nilai, "pembilang": e.pembilang, "penyebut": e.penyebut, "catatan": e.catatan}
        name = self.EDITABLE[index.column()]
        if name == "catatan":
            values[name] = str(value)
        else:
            parsed, number = self._parse(index, str(value))
            if not parsed:
                return False
            values[name] = number
        ok = self._edit(tahun, tw, values)
        if ok:
            self._accepted(index)
        return ok
