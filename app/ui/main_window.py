"""The main window: the tree on the left (search, drag and drop), the editor of the
selected item on the right, the data-quality warnings below, the period / year / quarter
in the toolbar. Every edit is committed at once and can be undone."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..models.errors import KinerjaError
from ..models.tree import LightRead
from .simpul import ID_ROLE, KIND_ROLE, SPECIAL, build_nodes
from .teks import literal, plain

# Only what the first paint needs is imported above: the store, the commands, the editors
# and the tree's Python model come with attach(), after the window is on screen. Nothing
# before the first paint touches PySide6.QtCore.Qt (its ~90 enumerations cost ~15 ms):
# the start-up tree is a C++ QStandardItemModel and the shortcuts are set by attach().
if TYPE_CHECKING:
    from ..models.data import PeriodeData
    from .editor_base import EditorBase


def _cmd():
    from . import commands

    return commands


def _periksa(store):
    from ..models.quality import periksa

    return periksa(store)


def _periksa_berkas(store):
    """SQLite's quick check of the file, and the backup to offer if it is damaged."""
    problems = store.integrity_problems(quick=True)
    return problems, (store.engine.newest_good_backup(store.path) if problems else None)


TABLE_WORDS = {
    "jabatan": "jabatan", "fungsi": "butir fungsi", "lampiran": "lampiran", "sasaran": "sasaran",
    "indikator": "indikator", "penjelasan": "paragraf penjelasan", "target": "target", "realisasi": "realisasi",
    "keputusan": "keputusan", "periode": "periode",
}


class _Editors(dict):
    """kind -> editor page, made on first use (start-up builds only the page it shows)."""

    def __init__(self, factory):
        super().__init__()
        self._factory = factory

    def __missing__(self, kind: str) -> EditorBase:
        editor = self[kind] = self._factory(kind)
        return editor


class NewPeriodDialog(QDialog):
    def __init__(self, last: PeriodeData, parent=None):
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


class MainWindow(QMainWindow):
    """``MainWindow(store)`` is complete at once. At start-up the window is first built
    from a :class:`~app.models.tree.LightRead` (the tree and periods read with plain
    sqlite3) and shown; ``attach(store)`` then completes it — selections made meanwhile are
    kept and shown — and emits ``attached``."""

    attached = Signal()
    first_painted = Signal()  # after the first complete paint of the window

    def __init__(self, store=None, settings: QSettings | None = None, pratinjau: LightRead | None = None):
        super().__init__()
        self.store = None
        self.doc = None
        self.quality = None
        self.settings = settings
        self.path = Path(store.path if store is not None else pratinjau.path)
        self._restoring = False
        self._closed = False
        self._pending: tuple[str, int] | None = None
        self._waiting: list[QAction] = []  # actions that wait for the store
        self._roots = None  # the tree on screen
        self._painted = False
        self.auto_backup_keep = 0  # run_gui sets the number of automatic backups to keep
        self.kind: str | None = None
        self.item_id: int | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)
        self._build()
        self._restore_layout()
        if store is not None:
            self.attach(store)
        else:
            self._waiting = [a for a in self.actions() if a not in self._ready_actions]
            for a in self._waiting:
                a.setEnabled(False)
            self.periode_combo.setEnabled(False)
            self.periods = list(pratinjau.periods)
            self._fill_period_combo(pratinjau.periode_id)
            self._fill_years()
            self.rebuild_tree(pratinjau.roots)
            self._set_title(pratinjau.kecamatan, pratinjau.read_only)
            self.change_label.setText(self.tr("Memuat…"))

    def _build(self) -> None:
        """The widgets, menus and signals that need no store."""
        # toolbar: period, year, quarter, search
        self.periode_combo = QComboBox()
        self.tahun_combo = QComboBox()
        self.tw_combo = QComboBox()
        for n, tw in enumerate(("I", "II", "III", "IV"), start=1):
            self.tw_combo.addItem(self.tr("s.d. TW {0}").format(tw), n)
        self.tw_combo.setCurrentIndex(3)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari jabatan, sasaran atau indikator… (Ctrl+F)"))
        # The clear button (shown only over text) is enabled with the first text: its icon
        # comes from the desktop's icon theme, whose first lookup costs ~40 ms on Linux.
        bar = QToolBar(self.tr("Periode"))
        bar.setObjectName("toolbar_periode")
        bar.setMovable(False)
        for text, w in ((self.tr("&Periode:"), self.periode_combo), (self.tr("&Tahun:"), self.tahun_combo),
                        (None, self.tw_combo)):
            if text:
                lab = QLabel(text)
                lab.setBuddy(w)
                lab.setContentsMargins(8, 0, 4, 0)
                bar.addWidget(lab)
            bar.addWidget(w)
        self.addToolBar(bar)

        # tree: a plain item model until attach() puts the Python model in
        self.tree_model = None
        self._first_model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self._first_model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(6, 6, 0, 6)
        lay.addWidget(self.search)
        lay.addWidget(self.tree, 1)

        # editors, each built the first time it is needed
        self.stack = QStackedWidget()
        self.loading = QWidget()  # "Memuat data…" in the middle, while the core loads
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Memuat data…")))
        row.addStretch(1)
        middle = QVBoxLayout(self.loading)
        middle.addStretch(1)
        middle.addLayout(row)
        middle.addStretch(1)
        self.stack.addWidget(self.loading)
        self.editors = _Editors(self._make_editor)
        self.splitter = QSplitter()
        self.splitter.setObjectName("splitter_utama")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])

        # data quality: a panel below, which Lihat → Mutu data shows or hides
        self.warnings = QListWidget()
        self.quality_title = QLabel(self.tr("Mutu data"))
        self.quality_title.setBuddy(self.warnings)
        self.quality_panel = QWidget()
        q = QVBoxLayout(self.quality_panel)
        q.setContentsMargins(6, 0, 6, 0)
        q.addWidget(self.quality_title)
        q.addWidget(self.warnings)
        self.vsplitter = QSplitter()
        self.vsplitter.setObjectName("splitter_mutu")
        self.vsplitter.setProperty("orientation", 2)  # Qt.Orientation.Vertical, without loading Qt's namespace
        self.vsplitter.addWidget(self.splitter)
        self.vsplitter.addWidget(self.quality_panel)
        self.vsplitter.setStretchFactor(0, 1)
        self.vsplitter.setSizes([560, 180])
        self.setCentralWidget(self.vsplitter)
        self._quality_timer = QTimer(self)
        self._quality_timer.setSingleShot(True)
        self._quality_timer.setInterval(300)
        self._quality_timer.timeout.connect(self.refresh_warnings)

        self.file_label = plain(QLabel(self.tr("Berkas data: {0}").format(self.path)))
        self.change_label = QLabel(self.tr("Belum ada perubahan"))
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.change_label)

        self.undo_stack = QUndoStack(self)
        self._make_actions()

        # signals
        self.search.textChanged.connect(self._filter)
        self.periode_combo.currentIndexChanged.connect(self._periode_changed)
        self.tahun_combo.currentIndexChanged.connect(lambda _: self._context_changed())
        self.tw_combo.currentIndexChanged.connect(lambda _: self._context_changed())
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.warnings.itemActivated.connect(self._select_warning)
        self.warnings.itemClicked.connect(self._select_warning)

    def attach(self, store) -> None:
        """Complete the window with the open store: the undo document, the tree and
        periods from the store, the warnings, and the item chosen (by the user while the
        window loaded, or the last one of the previous session)."""
        from PySide6.QtCore import Qt

        from .background import Background
        from .tree_model import JabatanTreeModel

        commands = _cmd()
        self._set_shortcuts()
        # the tree's Python model (drag and drop, fast look-ups) replaces the first one
        expanded = self._expanded()
        self.tree_model = JabatanTreeModel(self)
        self.tree_model.move_requested.connect(self._move_requested)
        self._restoring = True
        self.proxy.setSourceModel(self.tree_model)
        self._restoring = False
        self._first_model.clear()
        self._roots = None
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.store = store
        self.doc = commands.Document(store, self, self.undo_stack)
        self.doc.changed.connect(self._data_changed)
        self.doc.error.connect(self.show_error)
        self.doc.focus_requested.connect(self.select_item)
        self.quality = Background(store.path, _periksa, self)
        self.quality.ready.connect(self._show_warnings)
        for a in self._waiting:
            a.setEnabled(True)
        self._waiting = []
        self.periode_combo.setEnabled(True)
        pending = self._pending
        self._pending = None
        self.kind = None
        select = self.periode_combo.currentData()  # the one shown while loading, if any
        self._fill_periods(select=select if select is not None else self._saved_int("pilihan/periode"))
        for kind, item_id in expanded:  # what was open in the first tree stays open
            src = self.tree_model.find(kind, item_id)
            if src.isValid():
                self.tree.setExpanded(self.proxy.mapFromSource(src), True)
        self.change_label.setText(self.tr("Belum ada perubahan"))
        # The warnings are computed in the background, started only after the first paint:
        # a Python thread would otherwise share the interpreter with the window's start.
        self._quality_timer.start()
        self._update_title()
        if pending is None or not self.select_item(*pending):
            self._restore_choice()
        self.attached.emit()

    def _make_editor(self, kind: str) -> EditorBase:
        if kind == "ringkasan":
            from .dashboard import DashboardView

            editor = DashboardView(self.doc)
            editor.item_selected.connect(self.select_item)
        else:
            from . import editors

            editor = {"kecamatan": editors.KecamatanEditor, "dokumen": editors.DokumenEditor,
                      "jabatan": editors.JabatanEditor, "sasaran": editors.SasaranEditor,
                      "indikator": editors.IndikatorEditor}[kind](self.doc)
        self.stack.addWidget(editor)
        return editor

    # ------------------------------------------------------------------ actions and menus

    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((act, [shortcut]))
        act.triggered.connect(slot)
        if menu is not None:
            menu.addAction(act)
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        """The menus. Their shortcuts are set by attach() (:meth:`_set_shortcuts`): making a
        QKeySequence loads Qt's namespace, which the first paint does without."""
        self._shortcuts: list[tuple[QAction, list]] = []
        mb = self.menuBar()
        berkas = mb.addMenu(self.tr("&Berkas"))
        self.act_new_period = self._action(self.tr("&Periode baru (salin periode ini)…"), self.new_period, None, berkas)
        berkas.addSeparator()
        self._action(self.tr("&Cadangkan data…"), lambda: self._safety().ask_backup(self), "Ctrl+Shift+B", berkas)
        self._action(self.tr("&Pulihkan dari cadangan…"), lambda: self._safety().ask_restore(self), None, berkas)
        self._action(self.tr("&Riwayat perubahan…"), self.open_history, "Ctrl+H", berkas)
        act_folder = self._action(self.tr("Buka &folder data"), self.open_data_folder, None, berkas)
        self.act_settings = self._action(self.tr("Pen&gaturan…"), self.open_settings, QKeySequence.StandardKey.Preferences, berkas)
        berkas.addSeparator()
        act_quit = self._action(self.tr("&Keluar"), self.close, QKeySequence.StandardKey.Quit, berkas)

        edit = mb.addMenu(self.tr("&Edit"))
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Urungkan"))
        self._shortcuts.append((self.act_undo, [QKeySequence.StandardKey.Undo]))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("Ula&ngi"))
        self._shortcuts.append((self.act_redo, ["Ctrl+Y", "Ctrl+Shift+Z"]))
        for a in (self.act_undo, self.act_redo):
            a.triggered.connect(lambda *_: None)
            edit.addAction(a)
            self.addAction(a)
        edit.addSeparator()
        self.act_add_jabatan = self._action(self.tr("Tambah &jabatan"), self.add_jabatan, "Ctrl+Shift+J", edit)
        self.act_add_sasaran = self._action(self.tr("Tambah &sasaran"), self.add_sasaran, "Ctrl+Shift+S", edit)
        self.act_add_indikator = self._action(self.tr("Tambah &indikator"), self.add_indikator, "Ctrl+Shift+I", edit)
        self.act_duplicate = self._action(self.tr("&Gandakan indikator"), self.duplicate_indikator, "Ctrl+D", edit)
        edit.addSeparator()
        self.act_up = self._action(self.tr("Pindah ke &atas"), lambda: self.move_current(-1), "Alt+Up", edit)
        self.act_down = self._action(self.tr("Pindah ke &bawah"), lambda: self.move_current(1), "Alt+Down", edit)
        self.act_delete = self._action(self.tr("&Hapus…"), self.delete_current, "Ctrl+Del", edit)

        cetak = mb.addMenu(self.tr("&Cetak"))
        self._action(self.tr("&Lampiran Keputusan Camat (semua jabatan)…"),
                     lambda: self.open_print("lampiran", {}), QKeySequence.StandardKey.Print, cetak)
        self.act_print_one = self._action(self.tr("Lampiran &jabatan terpilih…"), self.print_current_lampiran, None, cetak)
        self._action(self.tr("&Matriks Indikator Kinerja Eselon IV…"), lambda: self.open_print("matriks", {}), None, cetak)
        self._action(self.tr("Laporan &capaian (tahun dan triwulan terpilih)…"),
                     lambda: self.open_print("capaian", {"tahun": self.tahun_combo.currentData(),
                                                         "triwulan": self.tw_combo.currentData()}), None, cetak)

        lihat = mb.addMenu(self.tr("&Lihat"))
        act_find = self._action(self.tr("&Cari"), self.focus_search, QKeySequence.StandardKey.Find, lihat)
        self.act_quality = QAction(self.tr("&Mutu data"), self)
        self.act_quality.setCheckable(True)
        self.act_quality.setChecked(True)
        self.act_quality.toggled.connect(self.quality_panel.setVisible)
        lihat.addAction(self.act_quality)
        act_summary = self._action(self.tr("&Ringkasan kecamatan"), lambda: self.select_item("ringkasan", 0), "Ctrl+1", lihat)

        bantuan = mb.addMenu(self.tr("Ban&tuan"))
        act_help = self._action(self.tr("Cara &mencadangkan data"), self.show_backup_help, None, bantuan)
        act_about = self._action(self.tr("&Tentang {0}").format(APP_NAME), self.show_about, None, bantuan)
        self.tree.addAction(self.act_delete)
        # usable while the window is still loading (they need no store)
        self._ready_actions = {act_folder, act_quit, act_find, act_summary, act_help, act_about,
                               self.act_undo, self.act_redo, self.act_quality}

    def _set_shortcuts(self) -> None:
        for act, keys in self._shortcuts:
            act.setShortcuts([QKeySequence(k) for k in keys])
        self._shortcuts = []

    # ------------------------------------------------------------------ context

    def _fill_periods(self, select: int | None = None) -> None:
        self.periods = self.store.periode_list()
        self._fill_period_combo(select)
        self._periode_changed()

    def _fill_period_combo(self, select: int | None) -> None:
        self.periode_combo.blockSignals(True)
        self.periode_combo.clear()
        for p in self.periods:
            self.periode_combo.addItem(p.nama, p.id)
        index = self.periode_combo.findData(select) if select is not None else -1
        self.periode_combo.setCurrentIndex(index if index >= 0 else len(self.periods) - 1)  # else the newest
        self.periode_combo.blockSignals(False)

    @property
    def periode(self) -> PeriodeData:
        pid = self.periode_combo.currentData()
        return next(p for p in self.periods if p.id == pid)

    def _periode_changed(self) -> None:
        self._fill_years()
        self.rebuild_tree()
        self._context_changed()

    def _fill_years(self) -> None:
        keep = self.tahun_combo.currentData()
        if keep is None:  # the first fill: the last session's year
            keep = self._saved_int("pilihan/tahun")
        self.tahun_combo.blockSignals(True)
        self.tahun_combo.clear()
        for y in self.periode.tahun:
            self.tahun_combo.addItem(str(y), y)
        i = self.tahun_combo.findData(keep)
        self.tahun_combo.setCurrentIndex(i if i >= 0 else 0)
        self.tahun_combo.blockSignals(False)

    def context(self):
        from .editor_base import ViewContext

        return ViewContext(self.periode, self.tahun_combo.currentData(), self.tw_combo.currentData(),
                           self.store.kategori(), self.store.pengaturan("aturan_negatif", "permenpan"))

    def _context_changed(self) -> None:
        if self.kind is not None:
            self._show(self.kind, self.item_id)

    # ------------------------------------------------------------------ tree

    def rebuild_tree(self, roots=None) -> None:
        """The tree from the store (``roots``: from the start-up's light read)."""
        roots = self.store.tree(self.periode.id) if roots is None else roots
        if roots == self._roots:  # nothing changed on screen: nothing to redo
            return
        self._roots = roots
        if self.tree_model is None:  # before attach(): the first, plain model
            self._fill_first_model(roots)
            self.tree.expandToDepth(0)
            return
        current = (self.kind, self.item_id)
        expanded = self._expanded()
        self._restoring = True
        self.tree_model.set_tree(roots)
        for kind, item_id in expanded:
            src = self.tree_model.find(kind, item_id)
            if src.isValid():
                self.tree.setExpanded(self.proxy.mapFromSource(src), True)
        if not expanded:
            self.tree.expandToDepth(0)
        self._restoring = False
        if current[0] is not None and not self.select_item(*current, show=False):
            self.select_item("ringkasan", 0)

    def _fill_first_model(self, roots) -> None:
        """The start-up's tree: QStandardItems (C++: painting them runs no Python)."""
        special = tuple((k, QCoreApplication.translate("JabatanTreeModel", label)) for k, label in SPECIAL)

        def add(parent: QStandardItem, node) -> None:
            for child in node.children:
                item = QStandardItem(child.label)
                item.setData(child.kind, KIND_ROLE)
                item.setData(child.id, ID_ROLE)
                item.setEditable(False)
                item.setDragEnabled(False)
                item.setDropEnabled(False)
                parent.appendRow(item)
                add(item, child)

        self._first_model.clear()
        add(self._first_model.invisibleRootItem(), build_nodes(roots, special))

    def find_source(self, kind: str, item_id: int) -> QModelIndex:
        """The item's index in the tree's source model (invalid: not in the tree)."""
        if self.tree_model is not None:
            return self.tree_model.find(kind, item_id)
        stack = [self._first_model.invisibleRootItem()]
        while stack:
            item = stack.pop()
            for r in range(item.rowCount()):
                child = item.child(r)
                if child.data(KIND_ROLE) == kind and child.data(ID_ROLE) == item_id:
                    return child.index()
                stack.append(child)
        return QModelIndex()

    def _expanded(self) -> list[tuple[str, int]]:
        """The expanded items, walking expanded branches only (a large tree is mostly
        collapsed: the walk stays proportional to what is on screen)."""
        out = []

        def walk(parent):
            for r in range(self.proxy.rowCount(parent)):
                idx = self.proxy.index(r, 0, parent)
                if self.tree.isExpanded(idx):
                    out.append((idx.data(KIND_ROLE), idx.data(ID_ROLE)))
                    walk(idx)
        walk(self.tree.rootIndex())
        return out

    def _filter(self, text: str) -> None:
        if text and not self.search.isClearButtonEnabled():
            # set with the first text, not at start: the clear button's icon comes from the
            # desktop's icon theme (~40 ms for its first look-up on Linux), and Qt's namespace
            from PySide6.QtCore import Qt

            self.search.setClearButtonEnabled(True)
            self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_item(self, kind: str, item_id: int, show: bool = True) -> bool:
        source = self.find_source(kind, item_id)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # hidden by the search filter
            self.search.clear()
            index = self.proxy.mapFromSource(source)
        if self.tree.currentIndex() == index:
            if show:
                self._show(kind, item_id)
        else:
            self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _current_changed(self, current, _previous=None) -> None:
        if self._restoring or not current.isValid():
            return
        self._show(current.data(KIND_ROLE), current.data(ID_ROLE))

    def _show(self, kind: str, item_id: int) -> None:
        if self.doc is None:  # still loading: attach() shows it
            self._pending = (kind, item_id)
            return
        if self.kind is not None:
            self.editors[self.kind].flush()  # nothing typed is lost when moving away
        self.kind, self.item_id = kind, item_id
        editor = self.editors[kind]
        try:
            editor.load(item_id, self.context())
        except KinerjaError as exc:
            self.show_error(exc.pesan)
            return
        self.stack.setCurrentWidget(editor)
        self._update_actions()

    def _update_actions(self) -> None:
        k = self.kind
        self.act_add_sasaran.setEnabled(k in ("jabatan", "sasaran", "indikator"))
        self.act_add_indikator.setEnabled(k in ("sasaran", "indikator"))
        self.act_duplicate.setEnabled(k == "indikator")
        for a in (self.act_up, self.act_down, self.act_delete):
            a.setEnabled(k in ("jabatan", "sasaran", "indikator"))

    # ------------------------------------------------------------------ changes

    def _data_changed(self, kind: str, item_id: int, structural: bool) -> None:
        self.change_label.setText(self.tr("Perubahan terakhir: {0}").format(self.doc.last_change.strftime("%H:%M:%S")))
        if kind == "periode":
            self._fill_periods(select=self.periode_combo.currentData() if self._period_exists() else None)
        elif structural:
            self.rebuild_tree()
        if self.kind is not None and self.kind in self.editors:
            # at once: the next keystroke must build on the stored values, not stale ones
            self._reload_current()
        self._quality_timer.start()
        self._update_title()

    def _period_exists(self) -> bool:
        return any(p.id == self.periode_combo.currentData() for p in self.store.periode_list())

    def _reload_current(self) -> None:
        if self.kind is None or self._closed:
            return
        try:
            self.editors[self.kind].load(self.item_id, self.context())
        except KinerjaError:
            self.select_item("ringkasan", 0)

    def refresh_warnings(self) -> None:
        """The data-quality check runs in the background; its list follows."""
        if self.quality is not None:
            self.quality.request()

    def _show_warnings(self, warnings) -> None:
        self.warnings.clear()
        for w in warnings:
            item = QListWidgetItem(w.pesan)
            item.setData(KIND_ROLE, w.jenis_item)
            item.setData(ID_ROLE, w.item_id)
            self.warnings.addItem(item)
        self.quality_title.setText(self.tr("Mutu data ({0} peringatan)").format(self.warnings.count()))

    def _select_warning(self, item: QListWidgetItem) -> None:
        kind, item_id = item.data(KIND_ROLE), item.data(ID_ROLE)
        if kind in ("keputusan", "periode"):
            kind, item_id = "dokumen", 0
        self.select_item(kind, item_id)

    def check_file(self) -> None:
        """SQLite's quick check of the whole file, in the background after the first paint
        (on a large file it takes longer than building the window). On damage the newest
        good automatic backup is offered."""
        from .background import Background

        self._file_check = Background(self.store.path, _periksa_berkas, self)
        self._file_check.ready.connect(self._file_checked)
        self._file_check.request()

    def _file_checked(self, result) -> None:
        problems, good = result
        if not problems or self._closed:
            return
        if self._safety().tanya_pulihkan(self.store.path, problems, good, self.store.read_only, self):
            self.replace_database(good)

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, APP_NAME, literal(message))

    def _update_title(self) -> None:
        self._set_title(self.store.kecamatan().nama, self.store.read_only)

    def _set_title(self, nama: str, read_only: bool) -> None:
        name = f"Kecamatan {nama}" if nama else self.tr("(kecamatan belum diisi)")
        mode = self.tr(" (hanya baca)") if read_only else ""
        self.setWindowTitle(f"{name}{mode} — {APP_NAME}")

    # ------------------------------------------------------------------ structure edits

    def _current_jabatan_id(self) -> int | None:
        if self.kind == "jabatan":
            return self.item_id
        idx = self.tree.currentIndex()
        while idx.isValid():
            if idx.data(KIND_ROLE) == "jabatan":
                return idx.data(ID_ROLE)
            idx = idx.parent()
        return None

    def _current_sasaran_id(self) -> int | None:
        idx = self.tree.currentIndex()
        while idx.isValid():
            if idx.data(KIND_ROLE) == "sasaran":
                return idx.data(ID_ROLE)
            idx = idx.parent()
        return None

    def add_jabatan(self) -> None:
        atasan = self._current_jabatan_id()
        cmd = _cmd().AddCommand(self.doc, "jabatan", {"atasan": atasan}, {"nama": self.tr("Jabatan baru")})
        if self.doc.run(cmd):
            self.select_item("jabatan", cmd.item_id)

    def add_sasaran(self) -> None:
        jab = self._current_jabatan_id()
        if jab is None:
            return
        cmd = _cmd().AddCommand(self.doc, "sasaran", {"jabatan": jab, "periode": self.periode.id}, {"nama": self.tr("Sasaran baru")})
        if self.doc.run(cmd):
            self.select_item("sasaran", cmd.item_id)

    def add_indikator(self) -> None:
        sas = self._current_sasaran_id()
        if sas is None:
            return
        cmd = _cmd().AddCommand(self.doc, "indikator", {"sasaran": sas}, {"nama": self.tr("Indikator baru")})
        if self.doc.run(cmd):
            self.select_item("indikator", cmd.item_id)

    def duplicate_indikator(self) -> None:
        if self.kind != "indikator":
            return
        cmd = _cmd().DuplicateCommand(self.doc, self.item_id)
        if self.doc.run(cmd):
            self.select_item("indikator", cmd.item_id)

    def confirm(self, title: str, text: str) -> bool:
        """Ask yes/no (a method, so tests can answer it)."""
        from PySide6.QtWidgets import QMessageBox

        box = plain(QMessageBox(QMessageBox.Icon.Question, title, text,
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete_current(self) -> None:
        from ..models.writes import LABELS

        if self.kind not in ("jabatan", "sasaran", "indikator"):
            return
        kind, item_id = self.kind, self.item_id
        label = self.tree.currentIndex().data() or ""
        summary = self.store.deletion_summary(kind, item_id)
        parts = [f"{n} {TABLE_WORDS.get(t, t)}" for t, n in summary.items() if t != kind or n > 1]
        extra = (self.tr("\n\nIkut terhapus: {0}.").format(", ".join(parts))) if parts else ""
        text = self.tr("Hapus {0} «{1}»?{2}\n\nPenghapusan dapat diurungkan dengan Ctrl+Z selama aplikasi terbuka.").format(
            LABELS[kind].lower(), label, extra)
        if not self.confirm(self.tr("Hapus {0}").format(LABELS[kind].lower()), text):
            return
        self.editors[kind].flush()
        self.kind = None  # the editor's item is gone: do not flush it again
        if self.doc.run(_cmd().DeleteCommand(self.doc, kind, item_id, label)):
            self.select_item("ringkasan", 0)
        else:
            self.kind = kind

    def move_current(self, delta: int) -> None:
        if self.kind not in ("jabatan", "sasaran", "indikator"):
            return
        idx = self.tree.currentIndex()
        parent = idx.parent()
        siblings = [self.proxy.index(r, 0, parent) for r in range(self.proxy.rowCount(parent))]
        same = [(i.data(ID_ROLE)) for i in siblings if i.data(KIND_ROLE) == self.kind]
        pos = same.index(self.item_id)
        if 0 <= pos + delta < len(same) and not self.search.text():
            self.doc.run(_cmd().MoveCommand(self.doc, self.kind, self.item_id, None, pos + delta))

    def _move_requested(self, kind: str, item_id: int, parent_kind: str, parent_id: int, row: int) -> None:
        parent = {"jabatan": {"atasan": None if parent_kind == "root" else parent_id},
                  "sasaran": {"jabatan": parent_id}, "indikator": {"sasaran": parent_id}}[kind]
        QTimer.singleShot(0, self, lambda: self.doc.run(_cmd().MoveCommand(self.doc, kind, item_id, parent, row)))

    def new_period(self) -> None:
        dialog = NewPeriodDialog(self.periode, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        cmd = _cmd().CopyPeriodeCommand(self.doc, self.periode.id, dialog.awal.value(), dialog.akhir.value())
        if self.doc.run(cmd):
            self._fill_periods(select=cmd.item_id)

    # ------------------------------------------------------------------ printing

    def open_print(self, dokumen: str, params: dict, modal: bool = True):
        """The print preview of a document; built in the background with a progress bar."""
        from .print_preview import PrintPreviewDialog

        if self.kind is not None:
            self.editors[self.kind].flush()
        params = {**params, "periode_id": self.periode.id}
        dialog = PrintPreviewDialog(self.store, dokumen, params, self)
        if not dialog.start():
            return None
        if modal:
            dialog.exec()
        return dialog

    def print_current_lampiran(self) -> None:
        jab = self._current_jabatan_id()
        if jab is None:
            self.show_error(self.tr("Pilih dulu jabatan yang lampirannya akan dicetak."))
            return
        nama = self.store.jabatan(jab, self.periode.id).nama
        self.open_print("lampiran", {"jabatan": nama})

    # ------------------------------------------------------------------ help, settings, state

    # ------------------------------------------------------------------ data safety

    @staticmethod
    def _safety():
        from . import safety

        return safety

    def open_history(self):
        dialog = self._safety().RiwayatDialog(self)
        dialog.show()
        return dialog

    def undelete_from_history(self, riwayat_id: int) -> bool:
        try:
            tomb = self.store.restore_from_history(riwayat_id)
        except KinerjaError as exc:
            self.show_error(exc.pesan)
            return False
        self.doc.touched()
        self.doc.changed.emit(tomb.kind, tomb.item_id, True)
        if tomb.kind in ("jabatan", "sasaran", "indikator"):
            self.select_item(tomb.kind, tomb.item_id)
        return True

    def replace_database(self, source: Path) -> bool:
        """Restore ``source`` over the live file: close, swap (a safety copy is kept),
        reopen, show the restored data. The undo history of the old data is dropped."""
        from PySide6.QtWidgets import QMessageBox

        from ..models.store import Store

        if self.kind is not None:
            self.editors[self.kind].flush()
        path, operator, engine = self.store.path, self.store.operator, self.store.engine
        self.quality.wait()
        self.store.close()
        try:
            safety_copy = engine.restore_from(source, path)
        except KinerjaError as exc:
            self._reopen(Store.open(path), operator)
            self.show_error(exc.pesan)
            return False
        self._reopen(Store.open(path), operator)
        QMessageBox.information(self, self.tr("Pulihkan dari cadangan"), literal(self.tr(
            "Data dipulihkan dari {0}.\nData sebelumnya disimpan di {1}.").format(source, safety_copy)))
        return True

    def _reopen(self, store, operator: str) -> None:
        store.operator = operator
        self.store = store
        self.path = Path(store.path)
        self.doc.store = store
        self.doc.undo_stack.clear()
        for ed in self.editors.values():
            ed.doc = self.doc
        self.kind = None
        self._fill_periods()
        self.refresh_warnings()
        self._update_title()
        self.select_item("ringkasan", 0)

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.path).parent)))

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.doc, self.settings, self).exec()

    def show_backup_help(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Mencadangkan data"), literal(self.tr(
            "Semua data ada di satu berkas:\n{0}\n\nTutup aplikasi, lalu salin berkas itu ke flashdisk. "
            "Salinan itu sudah lengkap; untuk memulihkan, salin kembali (aplikasi tertutup).").format(self.store.path)
            + "\n\n" + self.tr("Atau, tanpa menutup aplikasi: Berkas → Cadangkan data… (salinan diperiksa), dan "
                                 "Berkas → Pulihkan dari cadangan…. Cadangan otomatis harian ada di folder «cadangan» "
                                 "di samping berkas data.")))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        import html

        QMessageBox.about(self, self.tr("Tentang {0}").format(APP_NAME), self.tr(
            "<b>{0}</b> versi {1}<p>Indikator kinerja kecamatan dan lampiran Keputusan Camat, tanpa internet.</p>"
            "<p>Berkas data: {2}</p>").format(APP_NAME, __version__, html.escape(str(self.path))))

    def _restore_layout(self) -> None:
        """Geometry, docks and splitter of the last session (before the window shows)."""
        s = self.settings
        if s is None:
            return
        geometry = s.value("jendela/geometri")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("jendela/keadaan")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        split = s.value("jendela/pembagi")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)
        split = s.value("jendela/pembagi_mutu")
        if isinstance(split, QByteArray):
            self.vsplitter.restoreState(split)
        self.act_quality.setChecked(str(s.value("jendela/mutu", "true")).lower() != "false")

    def _saved_int(self, key: str) -> int | None:
        value = self.settings.value(key) if self.settings is not None else None
        return int(value) if value is not None else None

    def _restore_choice(self) -> None:
        """The item of the last session (the summary when there is none). Its period and
        year were restored with the combo boxes (:meth:`_fill_period_combo`, :meth:`_fill_years`)."""
        kind, item = (self.settings.value("pilihan/jenis"), self._saved_int("pilihan/id")) if self.settings else (None, None)
        if not (kind and item is not None and self.select_item(str(kind), item)):
            self.select_item("ringkasan", 0)

    def save_state(self) -> None:
        s = self.settings
        if s is None:
            return
        s.setValue("jendela/geometri", self.saveGeometry())
        s.setValue("jendela/keadaan", self.saveState())
        s.setValue("jendela/pembagi", self.splitter.saveState())
        s.setValue("jendela/pembagi_mutu", self.vsplitter.saveState())
        s.setValue("jendela/mutu", self.act_quality.isChecked())
        s.setValue("pilihan/periode", self.periode_combo.currentData())
        s.setValue("pilihan/tahun", self.tahun_combo.currentData())
        chosen = (self.kind, self.item_id) if self.kind is not None else self._pending
        if chosen is not None:
            s.setValue("pilihan/jenis", chosen[0])
            s.setValue("pilihan/id", chosen[1])
        s.sync()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # the children are painted in the same pass: signal once it is over
            QTimer.singleShot(0, self, self.first_painted.emit)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.kind is not None:
            self.editors[self.kind].flush()
        self._quality_timer.stop()
        self._closed = True
        if self.quality is not None:
            from .background import Background

            for job in self.findChildren(Background):  # the window's and its editors' (dashboard)
                job.stop()
            self.quality.wait()
        self.save_state()
        if (self.auto_backup_keep and self.doc is not None and not self.store.read_only
                and self.doc.last_change is not None):
            try:  # a backup on exit when something changed; a failure must not block closing
                self.store.engine.auto_backup(self.store.db, self.store.path, "keluar", self.auto_backup_keep)
            except KinerjaError as exc:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, APP_NAME, literal(exc.pesan))
        super().closeEvent(event)
