"""The main window, composed of its parts: the toolbar (period, year, quarter;
:mod:`.window_toolbar`), the tree on the left (:mod:`.window_tree`), the editor of the
selected item on the right, the data-quality panel below (:mod:`.window_quality`), the
menus (:mod:`.window_actions`) acting through the structure edits
(:mod:`.window_structure`), printing (:mod:`.window_printing`) and data safety
(:mod:`.data_safety`); how the window follows a change of the data
(:mod:`.window_changes`); what it keeps between sessions (:mod:`.window_state`).

The window is built from the start-up's light read of the file
(:class:`~app.models.tree.LightRead`) and shown; ``attach(store)`` then completes it —
selections made meanwhile are kept — and emits ``attached``. ``MainWindow(store)``
does both at once (tests, benchmarks)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from .. import APP_NAME, __version__
from ..models.errors import KinerjaError
from . import window_actions, window_state
from .data_safety import DataSafety
from .teks import literal, plain
from .window_changes import ChangeFollower
from .window_printing import Printing
from .window_quality import QualityPanel
from .window_structure import StructureEdits
from .window_toolbar import PeriodBar
from .window_tree import TreePanel

# The store, the undo commands and the editors come with attach(), after the first paint.
if TYPE_CHECKING:
    from ..models.tree import LightRead
    from .editor_base import EditorBase

log = logging.getLogger(__name__)


class _Editors(dict):
    """kind -> editor page, made on first use (start-up builds only the page it shows)."""

    def __init__(self, factory):
        super().__init__()
        self._factory = factory

    def __missing__(self, kind: str) -> EditorBase:
        editor = self[kind] = self._factory(kind)
        return editor


class MainWindow(QMainWindow):
    attached = Signal()
    first_painted = Signal()  # after the first complete paint of the window

    def __init__(self, store=None, settings: QSettings | None = None, pratinjau: LightRead | None = None):
        super().__init__()
        self.store = None
        self.doc = None
        self.settings = settings
        self.path = Path(store.path if store is not None else pratinjau.path)
        self._closed = False
        self._painted = False
        self._pending: tuple[str, int] | None = None  # chosen before the store was there
        self._waiting = []  # actions that wait for the store
        self.kind: str | None = None
        self.item_id: int | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)
        self._build()
        window_state.restore_layout(self, settings)
        if store is not None:
            self.attach(store)
        else:
            self._show_preview(pratinjau)

    def _build(self) -> None:
        self.structure, self.printing = StructureEdits(self), Printing(self)
        self.safety = DataSafety(self, self.settings)
        self.follower = ChangeFollower(self)
        self.toolbar = PeriodBar(self)
        self.periode_combo, self.tahun_combo, self.tw_combo = (self.toolbar.periode_combo, self.toolbar.tahun_combo,
                                                               self.toolbar.tw_combo)
        self.addToolBar(self.toolbar)
        self.panel = TreePanel()
        self.tree, self.proxy, self.search, self.tree_model = (self.panel.view, self.panel.proxy, self.panel.search,
                                                               self.panel.model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._loading_page())
        self.editors = _Editors(self._make_editor)
        self.splitter = QSplitter()
        self.splitter.setObjectName("splitter_utama")
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])
        self.quality_panel = QualityPanel()
        self.warnings = self.quality_panel.warnings
        self.vsplitter = QSplitter(Qt.Orientation.Vertical)
        self.vsplitter.setObjectName("splitter_mutu")
        self.vsplitter.addWidget(self.splitter)
        self.vsplitter.addWidget(self.quality_panel)
        self.vsplitter.setStretchFactor(0, 1)
        self.vsplitter.setSizes([560, 180])
        self.setCentralWidget(self.vsplitter)
        self.file_label = plain(QLabel(self.tr("Berkas data: {0}").format(self.path)))
        self.change_label = QLabel(self.tr("Belum ada perubahan"))
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.change_label)
        self.undo_stack = QUndoStack(self)
        self._ready_actions = window_actions.build(self)
        self.toolbar.period_changed.connect(self._periode_changed)
        self.toolbar.view_changed.connect(self._context_changed)
        self.panel.item_chosen.connect(self._show)
        self.panel.move_requested.connect(self.structure.move_requested)
        self.quality_panel.item_chosen.connect(self.select_item)

    def _loading_page(self) -> QWidget:
        """"Memuat data…" in the middle, while the core loads."""
        page = QWidget()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Memuat data…")))
        row.addStretch(1)
        middle = QVBoxLayout(page)
        middle.addStretch(1)
        middle.addLayout(row)
        middle.addStretch(1)
        return page

    def _show_preview(self, pratinjau: LightRead) -> None:
        """The window before the store: the light read's periods, jabatan and name."""
        self._waiting = [a for a in self.actions() if a not in self._ready_actions]
        for a in self._waiting:
            a.setEnabled(False)
        self.periode_combo.setEnabled(False)
        self.toolbar.set_periods(pratinjau.periods, pratinjau.periode_id)
        if pratinjau.periods:
            self.toolbar.fill_years(window_state.saved_int(self.settings, window_state.YEAR))
            self.rebuild_tree(pratinjau.roots)
        self._set_title(pratinjau.kecamatan, pratinjau.read_only)
        self.change_label.setText(self.tr("Memuat…"))

    def attach(self, store) -> None:
        """Complete the window with the open store: the undo document, the tree and
        periods from the store, the warnings, and the item chosen (by the user while the
        window loaded, or the last one of the previous session)."""
        from . import commands

        self.store = store
        self.doc = commands.Document(store, self, self.undo_stack)
        self.follower.connect(self.doc)
        self.doc.error.connect(self.show_error)
        self.doc.focus_requested.connect(self.select_item)
        self.quality_panel.attach(store.path)
        for a in self._waiting:
            a.setEnabled(True)
        self._waiting = []
        self.periode_combo.setEnabled(True)
        pending, self._pending = self._pending, None
        self.kind = None
        select = self.periode_combo.currentData()  # the one shown while loading, if any
        if select is None:  # the saved one, else the newest holding data
            select = store.periode_pembuka(window_state.saved_int(self.settings, window_state.PERIOD))
        self.fill_periods(select=select)
        self.change_label.setText(self.tr("Belum ada perubahan"))
        # The warnings are computed in the background, started only after the first paint:
        # a Python thread would otherwise share the interpreter with the window's start.
        self.quality_panel.timer.start()
        self.update_title()
        if pending is None or not self.select_item(*pending):
            chosen = window_state.last_choice(self.settings)
            if chosen is None or not self.select_item(*chosen):
                self.select_item("ringkasan", 0)
        log.info("window complete on %s%s", store.path, " (read only)" if store.read_only else "")
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

    # ------------------------------------------------------------------ period, year, quarter

    @property
    def periode(self):
        return self.toolbar.periode

    @property
    def quality(self):
        """The background job of the warnings (None before the store)."""
        return self.quality_panel.job

    def fill_periods(self, select: int | None = None) -> None:
        self.toolbar.set_periods(self.store.periode_list(), select)
        self._periode_changed()

    def _periode_changed(self) -> None:
        self.toolbar.fill_years(window_state.saved_int(self.settings, window_state.YEAR))
        self.rebuild_tree()
        self._context_changed()

    def context(self):
        from .editor_base import ViewContext

        return ViewContext(self.periode, self.tahun_combo.currentData(), self.tw_combo.currentData(),
                           self.store.kategori(), self.store.pengaturan("aturan_negatif", "permenpan"))

    def _context_changed(self) -> None:
        if self.kind is not None:
            self._show(self.kind, self.item_id)

    # ------------------------------------------------------------------ tree and editor

    def rebuild_tree(self, roots=None) -> None:
        """The tree from the store (``roots``: from the start-up's light read)."""
        roots = self.store.tree(self.periode.id) if roots is None else roots
        current = (self.kind, self.item_id)
        if self.panel.set_roots(roots) and current[0] is not None and not self.select_item(*current, show=False):
            self.select_item("ringkasan", 0)

    def find_source(self, kind: str, item_id: int):
        return self.panel.find(kind, item_id)

    def select_item(self, kind: str, item_id: int, show: bool = True) -> bool:
        moved = self.panel.select(kind, item_id)
        if moved == "already" and show:
            self._show(kind, item_id)
        return moved is not None

    def _show(self, kind: str, item_id: int) -> None:
        if self.doc is None:  # still loading: attach() shows it
            self._pending = (kind, item_id)
            return
        self.flush_editor()  # nothing typed is lost when moving away
        self.kind, self.item_id = kind, item_id
        editor = self.editors[kind]
        try:
            editor.load(item_id, self.context())
        except KinerjaError as exc:
            self.show_error(exc.pesan)
            return
        self.stack.setCurrentWidget(editor)
        window_actions.update(self, kind)

    def flush_editor(self) -> None:
        if self.kind is not None:
            self.editors[self.kind].flush()

    def reload_current(self) -> None:
        if self.kind is None or self._closed or self.kind not in self.editors:
            return
        try:
            self.editors[self.kind].load(self.item_id, self.context())
        except KinerjaError:
            self.select_item("ringkasan", 0)

    def refresh_warnings(self) -> None:
        self.quality_panel.refresh()

    # ------------------------------------------------------------------ the parts, for menus and tests

    def add_jabatan(self) -> None:
        self.structure.add_jabatan()

    def open_print(self, dokumen: str, params: dict, modal: bool = True):
        return self.printing.open_print(dokumen, params, modal)

    def open_history(self):
        return self.safety.open_history()

    def check_file(self) -> None:
        self.safety.check_file()

    def reopen(self, store) -> None:
        """Continue on a reopened store (after a restore); the undo history is dropped."""
        self.store = store
        self.path = Path(store.path)
        self.doc.store = store
        self.doc.undo_stack.clear()
        self.kind = None
        self.fill_periods()
        self.refresh_warnings()
        self.update_title()
        self.select_item("ringkasan", 0)

    # ------------------------------------------------------------------ messages

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, APP_NAME, literal(message))

    def confirm(self, title: str, text: str) -> bool:
        """Ask yes/no (a method, so tests can answer it)."""
        from PySide6.QtWidgets import QMessageBox

        box = plain(QMessageBox(QMessageBox.Icon.Question, title, text,
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def update_title(self) -> None:
        self._set_title(self.store.kecamatan().nama, self.store.read_only)

    def _set_title(self, nama: str, read_only: bool) -> None:
        name = f"Kecamatan {nama}" if nama else self.tr("(kecamatan belum diisi)")
        mode = self.tr(" (hanya baca)") if read_only else ""
        self.setWindowTitle(f"{name}{mode} — {APP_NAME}")

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
            "Salinan itu sudah lengkap; untuk memulihkan, salin kembali (aplikasi tertutup).").format(self.path)
            + "\n\n" + self.tr("Atau, tanpa menutup aplikasi: Berkas → Cadangkan data… (salinan diperiksa), dan "
                                 "Berkas → Pulihkan dari cadangan…. Cadangan otomatis harian ada di folder «cadangan» "
                                 "di samping berkas data.")))

    def show_about(self) -> None:
        import html

        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("Tentang {0}").format(APP_NAME), self.tr(
            "<b>{0}</b> versi {1}<p>Indikator kinerja kecamatan dan lampiran Keputusan Camat, tanpa internet.</p>"
            "<p>Berkas data: {2}</p>").format(APP_NAME, __version__, html.escape(str(self.path))))

    # ------------------------------------------------------------------ life cycle

    def save_state(self) -> None:
        chosen = (self.kind, self.item_id) if self.kind is not None else self._pending
        window_state.save(self, self.settings, chosen)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # the children are painted in the same pass: signal once it is over
            QTimer.singleShot(0, self, self.first_painted.emit)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.flush_editor()
        self.quality_panel.timer.stop()
        self._closed = True
        if self.doc is not None:
            from .background import Background

            for job in self.findChildren(Background):  # the window's and its editors' (dashboard)
                job.stop()
            self.quality.wait()
        self.save_state()
        self.safety.backup_on_close()
        super().closeEvent(event)
