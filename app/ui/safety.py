"""The dialogs of data safety: backup to a chosen place, restore from a backup (shown
before it acts), the history of changes (filter, export, bring back a deleted item), the
offer of a backup for a damaged file. They talk to the window's data-safety controller
(:class:`app.ui.data_safety.DataSafety`), never to the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..models.engine import DatabaseSummary
from ..models.data import RiwayatData
from ..models.errors import KinerjaError
from ..models.riwayat import AKSI, export_csv
from .teks import literal, plain

translate = QCoreApplication.translate


def tanya_pulihkan(path: Path, problems: list[str], good: Path | None, read_only: bool, parent=None) -> bool:
    """The file is damaged: say so, and offer the newest good automatic backup. True when
    the user wants it restored (never offered to a read-only window: another copy of the
    app is writing the file)."""
    from PySide6.QtWidgets import QApplication

    from .. import APP_NAME

    text = QApplication.translate("Mulai", "Berkas data rusak:\n{0}\n\n{1}").format(path, problems[0])
    if good is None or read_only:
        QMessageBox.critical(parent, APP_NAME, literal(text + QApplication.translate(
            "Mulai", "\n\nTidak ada cadangan otomatis yang baik. Pulihkan dari cadangan di flashdisk "
            "(Berkas → Pulihkan dari cadangan).")))
        return False
    answer = QMessageBox.question(parent, APP_NAME, literal(text + QApplication.translate(
        "Mulai", "\n\nPulihkan dari cadangan otomatis terbaru yang baik?\n{0}").format(good)))
    return answer == QMessageBox.StandardButton.Yes


def ask_backup(safety) -> Path | None:
    """"Cadangkan data…": a checked copy to a place the user chooses (a flash drive)."""
    name = f"kinerja-cadangan-{__import__('datetime').date.today():%Y-%m-%d}.db"
    path, _ = QFileDialog.getSaveFileName(safety.window_, translate("MainWindow", "Cadangkan data"), name,
                                          translate("MainWindow", "Basis data Kinerja (*.db)"))
    if not path:
        return None
    return do_backup(safety, Path(path))


def do_backup(safety, dest: Path) -> Path | None:
    title = translate("MainWindow", "Cadangkan data")
    try:
        counts = safety.store.engine.backup_to(safety.store.db, dest)
    except KinerjaError as exc:
        QMessageBox.warning(safety.window_, title, literal(exc.pesan))
        return None
    safety.status(translate("MainWindow", "Cadangan tersimpan: {0}").format(dest))
    QMessageBox.information(safety.window_, title, literal(translate(
        "MainWindow", "Cadangan tersimpan dan sudah diperiksa:\n{0}\n\nKeutuhan baik; jumlah baris sama dengan data "
        "asli ({1} indikator, {2} realisasi).").format(dest, counts.get("indikator", 0), counts.get("realisasi", 0))))
    return dest


def describe_text(info: DatabaseSummary) -> str:
    n = info.jumlah
    return translate(
        "MainWindow", "Berkas: {0}\nKecamatan: {1}, Kabupaten {2}\nPeriode: {3}\nIsi: {4} jabatan, {5} indikator, "
        "{6} target, {7} realisasi\nPerubahan terakhir: {8}").format(
        info.path, info.kecamatan or "-", info.kabupaten or "-", ", ".join(info.periode) or "-",
        n.get("jabatan", 0), n.get("indikator", 0), n.get("target", 0), n.get("realisasi", 0),
        info.perubahan_terakhir or translate("MainWindow", "(tidak tercatat)"))


def ask_restore(safety, source: Path | None = None) -> bool:
    """"Pulihkan dari cadangan…": refuse anything but a sound backup of this app, show
    what it holds, keep a safety copy of the current data, swap, reopen."""
    title = translate("MainWindow", "Pulihkan dari cadangan")
    if source is None:
        path, _ = QFileDialog.getOpenFileName(safety.window_, title, str(safety.store.engine.backup_folder(safety.store.path)),
                                              translate("MainWindow", "Basis data Kinerja (*.db);;Semua berkas (*)"))
        if not path:
            return False
        source = Path(path)
    try:
        info = safety.store.engine.describe(source)
    except KinerjaError as exc:
        QMessageBox.warning(safety.window_, title, literal(exc.pesan))
        return False
    text = translate("MainWindow", "Ganti data yang sekarang dengan isi cadangan ini?\n\n{0}\n\nData yang sekarang "
                                   "disimpan dulu sebagai salinan pengaman di folder cadangan.").format(describe_text(info))
    if not safety.confirm(title, text):
        return False
    return safety.replace_database(source)


class RiwayatTableModel(QAbstractTableModel):
    COLS = ("Waktu", "Operator", "Aksi", "Jenis", "Item", "Kolom", "Nilai lama", "Nilai baru")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RiwayatData] = []

    def set_rows(self, rows: list[RiwayatData]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLS):
            return self.tr(self.COLS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        values = (r.waktu.strftime("%d-%m-%Y %H:%M:%S") if r.waktu else "", r.operator, AKSI.get(r.aksi, r.aksi),
                  r.jenis, r.label, r.kolom, r.lama, r.baru)
        value = values[index.column()]
        return literal(value) if role == Qt.ItemDataRole.ToolTipRole else value  # a tooltip may read HTML


class RiwayatDialog(QDialog):
    """"Riwayat perubahan": every change, filtered; export to CSV; bring back a deletion."""

    def __init__(self, safety, parent=None):
        super().__init__(parent)
        self.safety = safety  # the window's data-safety controller (app.ui.data_safety)
        self.setWindowTitle(self.tr("Riwayat perubahan"))
        self.resize(1100, 600)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari item, kolom, operator atau nilai…"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Semua jenis"), None)
        for k in ("jabatan", "sasaran", "indikator", "keputusan", "kecamatan", "pegawai", "periode", "pengaturan"):
            self.kind.addItem(k, k)
        self.action = QComboBox()
        self.action.addItem(self.tr("Semua aksi"), None)
        for k, label in AKSI.items():
            self.action.addItem(label, k)
        self.since, self.until = QDateEdit(), QDateEdit()
        for w in (self.since, self.until):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd-MM-yyyy")
        self.since.setDate(QDate.currentDate().addYears(-1))
        self.until.setDate(QDate.currentDate())
        self.model = RiwayatTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = plain(QLabel())
        export = QPushButton(self.tr("&Ekspor CSV…"))
        self.undelete = QPushButton(self.tr("&Pulihkan item terhapus"))
        close = QPushButton(self.tr("&Tutup"))
        export.clicked.connect(self.ask_export)
        self.undelete.clicked.connect(self.undelete_selected)
        close.clicked.connect(self.accept)
        for w in (self.kind, self.action):
            w.currentIndexChanged.connect(lambda _: self.refresh())
        for w in (self.since, self.until):
            w.dateChanged.connect(lambda _: self.refresh())
        self.search.textChanged.connect(lambda _: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind)
        filters.addWidget(self.action)
        filters.addWidget(QLabel(self.tr("dari")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("sampai")))
        filters.addWidget(self.until)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for b in (self.undelete, export, close):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = self.safety.store.riwayat(cari=self.search.text().strip(), jenis=self.kind.currentData(),
                                          aksi=self.action.currentData(), sejak=self.since.date().toPython(),
                                          sampai=self.until.date().toPython())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("{0} perubahan").format(len(rows)))
        self._update_buttons()

    def selected(self) -> RiwayatData | None:
        idx = self.table.currentIndex()
        return self.model.rows[idx.row()] if idx.isValid() else None

    def _update_buttons(self) -> None:
        r = self.selected()
        self.undelete.setEnabled(bool(r and r.dapat_dipulihkan))

    def undelete_selected(self) -> bool:
        r = self.selected()
        if r is None or not r.dapat_dipulihkan:
            return False
        return self.safety.undelete(r.id)

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor riwayat"), "riwayat-perubahan.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        try:
            n = export_csv(self.model.rows, path)
        except KinerjaError as exc:
            QMessageBox.warning(self, self.windowTitle(), literal(exc.pesan))
            return 0
        self.count.setText(self.tr("{0} baris diekspor ke {1}").format(n, path))
        return n
