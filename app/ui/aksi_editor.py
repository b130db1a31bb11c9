"""The indicator's "Rencana aksi & pengukuran" tab: for a year, the four quarters' target,
actions and budget (the rencana aksi), beside each quarter's realisasi and capaian (computed
by the core against the quarter's target), its kendala and solusi, and its evidence files
(added from a file, opened with the system viewer, removed). Every edit goes through the
window's undo stack (:mod:`app.ui.aksi_commands`)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from ..models import display
from ..models.aksi_ops import AksiData, BuktiData, UkurData, ukuran_teks
from ..models.capaian import Capaian, hitung_triwulan
from ..models.data import IndikatorData
from ..models.errors import InputTidakValid, KinerjaError
from ..models.rules import format_angka, parse_angka
from .aksi_commands import HapusBuktiCommand, SetPengukuranCommand, SetRencanaAksiCommand, TambahBuktiCommand
from .commands import Document
from .editor_base import ChartSlot, ViewContext
from .grids import ERROR_BRUSH, band_brush
from .teks import literal, plain


def satu_baris(text: str | None) -> str:
    """Text of several lines (the actions of a quarter, one a line) on one line, the lines
    separated by " · " (the whole text, line by line, in the tooltip)."""
    return " · ".join(line.strip() for line in (text or "").splitlines() if line.strip())


class AksiTableModel(QAbstractTableModel):
    """One row per quarter of a year."""

    COL_TW, COL_TARGET, COL_AKSI, COL_ANGGARAN, COL_REALISASI, COL_CAPAIAN, COL_KENDALA, COL_SOLUSI, COL_BUKTI = range(9)
    HEADERS = ("TW", "Target TW", "Rencana aksi", "Anggaran (Rp)", "Realisasi s.d. TW", "Capaian",
               "Kendala", "Solusi / tindak lanjut", "Bukti")
    PLAN = {COL_TARGET: "target", COL_AKSI: "aksi", COL_ANGGARAN: "anggaran"}
    MEASURE = {COL_KENDALA: "kendala", COL_SOLUSI: "solusi"}
    message = Signal(str)

    def __init__(self, edit_plan: Callable[[int, dict], bool], edit_measure: Callable[[int, dict], bool],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._edit_plan, self._edit_measure = edit_plan, edit_measure
        self.ind: IndikatorData | None = None
        self.tahun = 0
        self.plan: dict[int, AksiData] = {}
        self.measure: dict[int, UkurData] = {}
        self.bukti: dict[int, list[BuktiData]] = {}
        self.hasil: dict[int, Capaian] = {}
        self.errors: dict[tuple[int, int], tuple[str, str]] = {}

    def set_data(self, ind, tahun, plan, measure, bukti, bands, aturan) -> None:
        """New values; the same indicator and year keep the view's cell and its open editor
        (a reset while a typed value is being committed would pull the editor away)."""
        same = self.ind is not None and ind.id == self.ind.id and tahun == self.tahun
        if not same:
            self.errors.clear()
            self.beginResetModel()
        self.ind, self.tahun = ind, tahun
        self.plan = {a.triwulan: a for a in plan}
        self.measure = {m.triwulan: m for m in measure}
        self.bukti = {q: [b for b in bukti if b.triwulan == q] for q in (1, 2, 3, 4)}
        targets = {q: a.target for q, a in self.plan.items()}
        self.hasil = {q: hitung_triwulan(ind, tahun, bands, aturan, q, targets) for q in (1, 2, 3, 4)}
        if same:
            self.dataChanged.emit(self.index(0, 0), self.index(3, len(self.HEADERS) - 1))
        else:
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.ind is None else 4

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.PLAN or index.column() in self.MEASURE:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def _value(self, q: int, col: int) -> str:
        a, m, h = self.plan.get(q), self.measure.get(q), self.hasil[q]
        if col == self.COL_TW:
            return display.romawi_triwulan(q)
        if col in self.PLAN:
            value = getattr(a, self.PLAN[col]) if a else None
            return value if col == self.COL_AKSI else format_angka(value)
        if col in self.MEASURE:
            return getattr(m, self.MEASURE[col]) if m else ""
        if col == self.COL_REALISASI:
            return display.teks_realisasi(h)
        if col == self.COL_CAPAIAN:
            return display.teks_capaian(h)
        files = self.bukti.get(q, [])
        return f"{len(files)} berkas" if files else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.ind is None:
            return None
        q, col = index.row() + 1, index.column()
        err = self.errors.get((index.row(), col))
        if err is not None:
            return {Qt.ItemDataRole.DisplayRole: err[0], Qt.ItemDataRole.EditRole: err[0],
                    Qt.ItemDataRole.BackgroundRole: ERROR_BRUSH, Qt.ItemDataRole.ToolTipRole: literal(err[1])}.get(role)
        if role == Qt.ItemDataRole.DisplayRole and col in (self.COL_AKSI, self.COL_KENDALA, self.COL_SOLUSI):
            return satu_baris(self._value(q, col))  # a row is one line high: several lines were cut
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(q, col) or ""
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_AKSI, self.COL_KENDALA, self.COL_SOLUSI):
            return literal(self._value(q, col)) or None
        if role == Qt.ItemDataRole.BackgroundRole and col == self.COL_CAPAIAN:
            return band_brush(self.hasil[q].band)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_TARGET, self.COL_ANGGARAN, self.COL_REALISASI,
                                                                  self.COL_CAPAIAN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        q, col, text = index.row() + 1, index.column(), str(value)
        if col in self.PLAN:
            a = self.plan.get(q)
            values = {"target": a.target if a else None, "aksi": a.aksi if a else "",
                      "anggaran": a.anggaran if a else None}
            if col == self.COL_AKSI:
                values["aksi"] = text
            else:
                try:
                    values[self.PLAN[col]] = parse_angka(text)
                except InputTidakValid as exc:
                    return self._refuse(index, text, exc.pesan)
            ok = self._edit_plan(q, values)
        elif col in self.MEASURE:
            m = self.measure.get(q)
            values = {"kendala": m.kendala if m else "", "solusi": m.solusi if m else ""}
            values[self.MEASURE[col]] = text
            ok = self._edit_measure(q, values)
        else:
            return False
        if ok and self.errors.pop((index.row(), col), None) is not None:
            self.message.emit("")
        return ok

    def _refuse(self, index: QModelIndex, text: str, pesan: str) -> bool:
        self.errors[(index.row(), index.column())] = (text, pesan)
        self.dataChanged.emit(index, index)
        self.message.emit(pesan)
        return False


class AksiEditor(QWidget):
    """The tab's widget; :meth:`load` it with the indicator (the editor calls it)."""

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.ind: IndikatorData | None = None
        self.ctx: ViewContext | None = None
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self._year_changed)
        self.model = AksiTableModel(self._set_plan, self._set_measure, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("M")
        self.view.setWordWrap(False)  # one line a quarter: the whole text in the tooltip
        for col, width in enumerate((3, 7, 0, 10, 10, 7, 0, 0, 6)):
            if width:  # never narrower than its heading ("Realisasi s.d. TW" was cut)
                title = self.model.headerData(col, Qt.Orientation.Horizontal)
                header.resizeSection(col, max(int(em * width), header.fontMetrics().horizontalAdvance(title) + em))
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        rows = self.view.verticalHeader().defaultSectionSize() * 4 + self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(rows + 2 * self.view.frameWidth() + 2)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._fill_files())
        self.message = plain(QLabel())
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.model.message.connect(self.message.setText)
        self.files_label = QLabel()
        self.files = QListWidget()
        self.files.itemActivated.connect(lambda _: self.open_file())
        self.add_button = QPushButton(self.tr("&Tambah berkas…"))
        self.add_button.clicked.connect(self.ask_add)
        self.open_button = QPushButton(self.tr("&Buka"))
        self.open_button.clicked.connect(self.open_file)
        self.remove_button = QPushButton(self.tr("&Hapus berkas"))
        self.remove_button.clicked.connect(self.remove_file)
        self.print_button = QPushButton(self.tr("Ceta&k…"))
        self.print_button.setToolTip(self.tr("Cetak rencana aksi atau pengukuran kinerja jabatan ini (PDF atau Word)"))
        self.print_button.clicked.connect(self.print_aksi)
        self.chart = ChartSlot()
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        lab = QLabel(self.tr("T&ahun:"))
        lab.setBuddy(self.year)
        top.addWidget(lab)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.print_button)
        plan_lab = QLabel(self.tr("&Rencana aksi dan pengukuran per triwulan (target, aksi, anggaran; kendala, solusi):"))
        plan_lab.setBuddy(self.view)
        files = QWidget()
        f = QVBoxLayout(files)
        f.setContentsMargins(0, 0, 0, 0)
        self.files_label.setBuddy(self.files)
        f.addWidget(self.files_label)
        f.addWidget(self.files, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        f.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(files)
        split.addWidget(self.chart)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(plan_lab)
        lay.addWidget(self.view)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)

    # ------------------------------------------------------------------ loading

    @property
    def store(self):
        return self.doc.store

    def tahun(self) -> int:
        return self.year.currentData() or (self.ctx.tahun if self.ctx else 0)

    def load(self, ind: IndikatorData, ctx: ViewContext) -> None:
        first = self.ctx is None or self.ctx.periode != ctx.periode or self.ind is None or self.ind.id != ind.id
        self.ind, self.ctx = ind, ctx
        if first or self.year.count() == 0:
            self.year.blockSignals(True)
            self.year.clear()
            for y in ctx.periode.tahun:
                self.year.addItem(str(y), y)
            self.year.setCurrentIndex(max(0, self.year.findData(ctx.tahun)))
            self.year.blockSignals(False)
        self.refresh()

    def _year_changed(self) -> None:
        if self.ind is not None:
            self.message.setText("")
            self.refresh()

    def refresh(self) -> None:
        ind, ctx, tahun = self.ind, self.ctx, self.tahun()
        self.model.set_data(ind, tahun, self.store.rencana_aksi(ind.id, tahun), self.store.pengukuran(ind.id, tahun),
                            self.store.bukti_list(ind.id, tahun), ctx.bands, ctx.aturan)
        if not self.view.currentIndex().isValid():  # moving it would close an editor being committed
            self.view.selectionModel().setCurrentIndex(self.model.index(0, 0), self.view.selectionModel().SelectionFlag.NoUpdate)
        self._fill_files()
        targets = {q: a.target for q, a in self.model.plan.items()}
        self.chart.show_chart(lambda charts: charts.indikator_target_triwulan_chart(ind, tahun, ctx.bands, ctx.aturan,
                                                                                    targets))

    def triwulan(self) -> int:
        return max(0, self.view.currentIndex().row()) + 1

    def _fill_files(self) -> None:
        q = self.triwulan()
        self.files_label.setText(self.tr("B&erkas bukti {0} {1}:").format(display.nama_triwulan(q), self.tahun()))
        self.files.clear()
        for b in self.model.bukti.get(q, []):
            item = QListWidgetItem(f"{b.nama} — {ukuran_teks(b.ukuran)}", self.files)
            item.setData(Qt.ItemDataRole.UserRole, (b.id, b.nama))
        if self.files.count():
            self.files.setCurrentRow(0)
        has = self.files.count() > 0
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # ------------------------------------------------------------------ edits

    def _set_plan(self, q: int, values: dict) -> bool:
        return self.doc.run(SetRencanaAksiCommand(self.doc, self.ind.id, self.tahun(), q, values))

    def _set_measure(self, q: int, values: dict) -> bool:
        return self.doc.run(SetPengukuranCommand(self.doc, self.ind.id, self.tahun(), q, values))

    def add_file(self, path: Path | str) -> bool:
        return self.doc.run(TambahBuktiCommand(self.doc, self.ind.id, self.tahun(), self.triwulan(), path))

    def ask_add(self) -> None:
        if self.ind is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Tambah berkas bukti"), "",
                                              self.tr("Semua berkas (*)"))
        if path:
            self.add_file(path)

    def _selected(self) -> tuple[int, str] | None:
        item = self.files.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def remove_file(self) -> bool:
        chosen = self._selected()
        if chosen is None or self.ind is None:
            return False
        return self.doc.run(HapusBuktiCommand(self.doc, self.ind.id, *chosen))

    def file_for_viewer(self) -> Path | None:
        """The chosen evidence written to a temporary folder under its own name (the
        system viewer opens a file, not bytes); None (and a message) when it cannot."""
        chosen = self._selected()
        if chosen is None:
            return None
        try:
            folder = Path(tempfile.mkdtemp(prefix="kinerja-bukti-"))
            path = folder / Path(chosen[1]).name
            path.write_bytes(self.store.isi_bukti(chosen[0]))
        except KinerjaError as exc:
            self.doc.error.emit(exc.pesan)
            return None
        except OSError as exc:
            self.doc.error.emit(self.tr("Berkas bukti tidak dapat disiapkan untuk dibuka: {0}").format(exc.strerror or exc))
            return None
        return path

    def open_file(self) -> None:
        path = self.file_for_viewer()
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.doc.error.emit(self.tr("Tidak ada aplikasi untuk membuka {0}. Berkasnya ada di {1}.").format(
                path.name, path.parent))

    def print_aksi(self):
        """Ask what to print (this year and the quarter chosen, the indicator's jabatan),
        then the window's print preview; None when cancelled or outside a window."""
        window = self.window()
        if self.ind is None or not hasattr(window, "printing"):
            return None
        from .cetak_sakip import tanya_dan_cetak

        return tanya_dan_cetak(window, "rencana-aksi", self.tahun(), self.triwulan())
