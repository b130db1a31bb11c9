"""The budget editor (Data → Anggaran…): the programs, kegiatan and sub-kegiatan of the
period as a tree with their code, name, linked sasaran, the pagu of the chosen year, the
realisasi per quarter, the total and the serapan (computed in the core), and a chart of
serapan beside capaian kinerja per program. Every edit is an undo command on the window's
stack (Ctrl+Z in this dialog too); a refused edit shows the store's message and changes
nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSplitter, QStyledItemDelegate, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..models import display
from ..models.anggaran import NAMA_TINGKAT, SUBKEGIATAN, pagu_baris, rata, realisasi_baris, serapan_baris
from ..models.angka import format_angka, format_persen
from ..models.errors import KinerjaError
from ..models.kinds import Jenis
from ..models.laporan_lkjip import baris_anggaran, capaian_sasaran
from .anggaran_commands import (PaguCommand, PindahProgramCommand, RealisasiAnggaranCommand, TambahProgramCommand,
                                UbahProgramCommand)
from .charts import ChartView, serapan_chart
from .commands import DeleteCommand
from .teks import literal

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2  # the value typed (an own pagu), for the editor
KODE, NAMA, SASARAN, PAGU, TW1, TW4, JUMLAH, SERAPAN = 0, 1, 2, 3, 4, 7, 8, 9
EDITABLE = {KODE, NAMA, PAGU, 4, 5, 6, 7}
GREY = QBrush(QColor("#757575"))


class _RawDelegate(QStyledItemDelegate):
    """Edits only the columns that are typed in, and the value typed (an own pagu), not
    the sum shown for a line without one."""

    def createEditor(self, parent, option, index: QModelIndex):
        return super().createEditor(parent, option, index) if index.column() in EDITABLE else None

    def setEditorData(self, editor, index: QModelIndex) -> None:
        raw = index.data(RAW_ROLE)
        editor.setText(raw if raw is not None else (index.data() or ""))


class AnggaranDialog(QDialog):
    def __init__(self, doc, periode, tahun: int, parent: QWidget | None = None, undo_actions=()):
        super().__init__(parent)
        self.doc, self.store, self.periode = doc, doc.store, periode
        self.setWindowTitle(self.tr("Anggaran — program, kegiatan dan sub-kegiatan ({0})").format(periode.nama))
        self.view = QTreeWidget()
        self._in_edit = False
        self.view.setColumnCount(SERAPAN + 1)
        self.items: dict[int, QTreeWidgetItem] = {}
        self.view.setItemDelegate(_RawDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QTreeWidget.EditTrigger.DoubleClicked | QTreeWidget.EditTrigger.EditKeyPressed
                                  | QTreeWidget.EditTrigger.AnyKeyPressed)
        self.tahun_combo, self.sasaran_combo = QComboBox(), QComboBox()
        for y in periode.tahun:
            self.tahun_combo.addItem(str(y), y)
        self.tahun_combo.setCurrentIndex(max(0, self.tahun_combo.findData(tahun)))
        self.chart = ChartView()
        self._build(undo_actions)
        self.view.itemChanged.connect(self._edited)
        self.tahun_combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.sasaran_combo.activated.connect(self._link_sasaran)
        self.view.currentItemChanged.connect(lambda *_: self._enable())
        doc.changes.connect(self._changed)
        self.finished.connect(lambda *_: doc.changes.disconnect(self._changed))
        self.reload()

    # ------------------------------------------------------------------ layout

    def _build(self, undo_actions) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("&Tahun:"))
        label.setBuddy(self.tahun_combo)
        top.addWidget(label)
        top.addWidget(self.tahun_combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text, shortcut, slot in (
                ("program", self.tr("Tambah &program"), "Ctrl+Shift+P", self.add_program),
                ("rincian", self.tr("Tambah &rincian (kegiatan/sub-kegiatan)"), "Ctrl+Shift+K", self.add_child),
                ("naik", self.tr("&Naik"), "Alt+Up", lambda: self.move(-1)),
                ("turun", self.tr("T&urun"), "Alt+Down", lambda: self.move(1)),
                ("hapus", self.tr("&Hapus…"), "Ctrl+Del", self.delete_current)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            b.setToolTip(QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
            buttons.addWidget(b)
            self.buttons[key] = b
        buttons.addStretch(1)
        link = QHBoxLayout()
        label = QLabel(self.tr("&Sasaran baris terpilih:"))
        label.setBuddy(self.sasaran_combo)
        link.addWidget(label)
        link.addWidget(self.sasaran_combo, 1)
        for a in undo_actions:  # the window's Urungkan / Ulangi work here too
            self.addAction(a)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setSizes([420, 280])
        close = QDialogButtonBox()
        close.addButton(QPushButton(self.tr("&Tutup")), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for part in (top, buttons, link):
            lay.addLayout(part)
        lay.addWidget(split, 1)
        lay.addWidget(close)
        self.resize(1240, 720)

    # ------------------------------------------------------------------ reading

    @property
    def tahun(self) -> int:
        return self.tahun_combo.currentData()

    def _changed(self, changes) -> None:
        if changes.empty:
            return
        select = changes.item_id if changes.kind == Jenis.PROGRAM else None
        if self._in_edit:  # not while the tree is inside its own itemChanged: right after it
            QTimer.singleShot(0, lambda: self.reload(select=select))
        else:
            self.reload(select=select)

    def reload(self, select: int | None = None) -> None:
        """Fill the tree from the store (keeping the current line, or ``select``)."""
        keep = select if select is not None else self.current_id()
        self.tree = self.store.program_tree(self.periode.id, self.tahun)
        jabatan = self.store.jabatan_all(self.periode.id, self.tahun)
        self.sasaran_nama = {s.id: f"{s.nama} ({j.nama})" for j in jabatan for s in j.sasaran}
        self._fill_sasaran()
        self.view.blockSignals(True)
        self.view.clear()
        self.items = {}
        self.view.setHeaderLabels([
            self.tr("Kode"), self.tr("Nama"), self.tr("Sasaran"), self.tr("Pagu (Rp)"),
            *(display.nama_triwulan(q) for q in (1, 2, 3, 4)), self.tr("Realisasi (Rp)"), self.tr("Serapan")])
        self._add_rows(self.view.invisibleRootItem(), self.tree)
        self.view.blockSignals(False)
        self.view.expandAll()
        self._fit_columns()
        if keep is not None:
            self.select(keep)
        bands, aturan = self.store.kategori(), self.store.pengaturan("aturan_negatif", "permenpan") or "permenpan"
        per_sasaran = capaian_sasaran(jabatan, self.tahun, bands, aturan)
        self.rows = [baris_anggaran(p, per_sasaran.get(p.sasaran_id)) for p in self.tree]
        self.chart.show_chart(serapan_chart(self.rows, self.tahun))
        self._enable()

    def _fit_columns(self) -> None:
        """The code and the figures wide enough for what they show (a sub-kegiatan's code
        under its indentation, a pagu of hundreds of billions), at least a 9.999.999.999 and
        the header; the name and the sasaran a share of the rest (elided, whole in the
        tooltip). In the font's own measure: the same at 150 %."""
        fm, head = self.view.fontMetrics(), self.view.headerItem()
        for col in range(PAGU, SERAPAN + 1):
            head.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        least = {KODE: fm.horizontalAdvance("7.01.02.2.01.01") + 2 * self.view.indentation() + 16,
                 SERAPAN: fm.horizontalAdvance("100,00 %") + 16}
        for col in (KODE, *range(PAGU, SERAPAN + 1)):
            self.view.resizeColumnToContents(col)
            floor = least.get(col, fm.horizontalAdvance("9.999.999.999") + 16)
            self.view.setColumnWidth(col, max(self.view.columnWidth(col), floor))
        self.view.setColumnWidth(NAMA, fm.horizontalAdvance("n") * 26)
        self.view.setColumnWidth(SASARAN, fm.horizontalAdvance("n") * 18)

    def _add_rows(self, parent: QTreeWidgetItem, lines) -> None:
        for p in lines:
            own = p.realisasi_triwulan()
            total_pagu = pagu_baris(p)
            cells = [p.kode, p.nama, self.sasaran_nama.get(p.sasaran_id, "") if p.sasaran_id else "",
                     format_angka(total_pagu), *(format_angka(own.get(q)) for q in (1, 2, 3, 4)),
                     format_angka(realisasi_baris(p)), format_persen(serapan_baris(p), kosong="")]
            item = QTreeWidgetItem(parent, cells)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)  # per column: _RawDelegate
            item.setData(0, ID_ROLE, p.id)
            for col in range(PAGU, SERAPAN + 1):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(PAGU, RAW_ROLE, format_angka(p.pagu))
            if p.pagu is None and total_pagu is not None:
                item.setForeground(PAGU, GREY)
                item.setToolTip(PAGU, self.tr("Jumlah pagu rinciannya; ketik untuk mengisi pagu baris ini sendiri."))
            item.setToolTip(NAMA, f"{NAMA_TINGKAT[p.tingkat]}: {p.nama}")
            item.setToolTip(SASARAN, cells[SASARAN])
            self.items[p.id] = item
            self._add_rows(item, p.anak)

    def _fill_sasaran(self) -> None:
        self.sasaran_combo.blockSignals(True)
        self.sasaran_combo.clear()
        self.sasaran_combo.addItem(self.tr("(belum dikaitkan)"), None)
        for sid, nama in self.sasaran_nama.items():
            self.sasaran_combo.addItem(display.pendek(nama, 110), sid)
        self.sasaran_combo.blockSignals(False)

    def line(self, program_id: int | None):
        return next((p for _, p in rata(self.tree) if p.id == program_id), None)

    def current_id(self) -> int | None:
        item = self.view.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def text(self, program_id: int, column: int) -> str | None:
        """What a cell shows (None: no such line)."""
        item = self.items.get(program_id)
        return item.text(column) if item is not None else None

    def select(self, program_id: int, column: int = NAMA) -> None:
        item = self.items.get(program_id)
        if item is not None:
            self.view.setCurrentItem(item, column)
        self._enable()

    def _enable(self) -> None:
        p = self.line(self.current_id())
        self.buttons["rincian"].setEnabled(p is not None and p.tingkat != SUBKEGIATAN)
        for key in ("naik", "turun", "hapus"):
            self.buttons[key].setEnabled(p is not None)
        self.sasaran_combo.setEnabled(p is not None)
        if p is not None:
            self.sasaran_combo.setCurrentIndex(max(0, self.sasaran_combo.findData(p.sasaran_id)))

    # ------------------------------------------------------------------ editing

    def _edited(self, item: QTreeWidgetItem, col: int) -> None:
        pid, text = item.data(0, ID_ROLE), item.text(col)
        if col in (KODE, NAMA):
            cmd = UbahProgramCommand(self.doc, pid, {"kode" if col == KODE else "nama": text})
        elif col == PAGU:
            cmd = PaguCommand(self.doc, pid, self.tahun, text)
        else:
            cmd = RealisasiAnggaranCommand(self.doc, pid, self.tahun, col - TW1 + 1, text)
        self._in_edit = True
        try:
            if not self.doc.run(cmd):
                QTimer.singleShot(0, lambda: self.reload(select=pid))  # refused: show the stored value again
        finally:
            self._in_edit = False

    def _link_sasaran(self, *_) -> None:
        pid = self.current_id()
        if pid is not None:
            self.doc.run(UbahProgramCommand(self.doc, pid, {"sasaran": self.sasaran_combo.currentData()}))

    def add_program(self) -> None:
        self.doc.run(TambahProgramCommand(self.doc, self.periode.id, None, self.tr("Tambah program")))

    def add_child(self) -> None:
        p = self.line(self.current_id())
        if p is not None and p.tingkat != SUBKEGIATAN:
            self.doc.run(TambahProgramCommand(self.doc, self.periode.id, p.id, self.tr("Tambah rincian program")))

    def move(self, step: int) -> None:
        p = self.line(self.current_id())
        if p is None:
            return
        siblings = self.line(p.induk_id).anak if p.induk_id is not None else self.tree
        position = [x.id for x in siblings].index(p.id)
        if 0 <= position + step < len(siblings):
            self.doc.run(PindahProgramCommand(self.doc, p.id, position + step))

    def delete_current(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        text = self.store.ringkasan_hapus_program(pid)
        if self.confirm(text):
            self.doc.run(DeleteCommand(self.doc, Jenis.PROGRAM, pid, self.line(pid).label))

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Hapus"), literal(text))
        return answer == QMessageBox.StandardButton.Yes


def open_for(window, program_id: int | None = None, tahun: int | None = None) -> AnggaranDialog | None:
    """Data → Anggaran…: the editor of the period shown, at the year chosen in the toolbar
    when it has budget figures, else the latest year that has (non-modal; the window's undo stack). With ``program_id`` (a click on a budget warning):
    the editor of that line's period with the line selected, at ``tahun`` when given."""
    if window.doc is None or window.periode is None:
        return None
    periode = window.periode
    if program_id is not None:
        try:
            periode = _periode_of(window.store, program_id, periode)
        except KinerjaError as exc:
            window.show_error(exc.pesan)
            return None
    window.flush_editor()
    old = getattr(window, "anggaran_dialog", None)
    if old is not None:
        old.close()
    if tahun not in periode.tahun:
        tahun = _tahun_awal(window.store, periode, window.tahun_combo.currentData())
    dialog = AnggaranDialog(window.doc, periode, tahun, window, (window.act_undo, window.act_redo))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.anggaran_dialog = dialog
    dialog.show()
    if program_id is not None:
        dialog.select(program_id)
        dialog.view.scrollToItem(dialog.items.get(program_id))
        dialog.view.setFocus()
    return dialog


def _tahun_awal(store, periode, shown: int | None) -> int | None:
    """The year the editor opens on: the toolbar's when it has budget figures, else the latest
    year of the period that has (else the toolbar's)."""
    years = [y for y in store.tahun_anggaran(periode.id) if y in periode.tahun]
    return shown if shown in years or not years else years[-1]


def _periode_of(store, program_id: int, shown):
    """The period of a budget line (the one shown when it is that)."""
    p = store.program_baris(program_id)
    return shown if p.periode_id == shown.id else store.periode(p.periode_id)
