"""Starting the GUI: one QApplication with our translations, the first-run screen when
there is no database yet, the main window. Expected failures are shown in Indonesian."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

# isort: off
# The Qt-free modules of the first paint (the light read, the lock) are imported before
# PySide6 on purpose: once PySide6 is loaded, its import hook reads the source of every
# module imported after it, stdlib ones included (sqlite3, datetime, json, ...).
from ..models import lock, pohon
# isort: on
from PySide6.QtCore import QLocale, QObject, QRunnable, QSettings, QThreadPool, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QDialog

from .. import APP_NAME, __version__
from ..models.errors import KinerjaError
from ..paths import data_dir, resource

# The store (peewee and the rest of the core) is imported where it is used: the start-up
# shows the window first and loads the core meanwhile (run_gui).
if TYPE_CHECKING:
    from ..models.store import Store


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("KinerjaKecamatan")
    from PySide6.QtGui import QIcon

    from ..paths import resource

    icon = resource("ikon", "kinerja.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def ui_settings() -> QSettings:
    """UI state only (window, last selection, language), in an ini file beside the data."""
    return QSettings(str(data_dir() / "kinerja-tampilan.ini"), QSettings.Format.IniFormat)


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Indonesian: our own catalogue of Qt's buttons (Qt ships none). English: Qt's own
    strings stay English and our strings come from app_en."""
    installed = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        files = [resource("terjemahan", "app_en.qm")]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        files = [resource("terjemahan", "qtbase_id.qm")]
    for path in files:
        tr = QTranslator(app)
        if path.exists() and tr.load(str(path)):
            app.installTranslator(tr)
            installed.append(tr)
    return installed


class WelcomeDialog(QDialog):
    """First run: the Belawang sample (the default) or an empty kecamatan."""

    SAMPLE, EMPTY = 1, 2

    def __init__(self, path: Path, parent=None):
        from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

        super().__init__(parent)
        self.setWindowTitle(self.tr("Selamat datang di {0}").format(APP_NAME))
        self.choice = 0
        text = QLabel(self.tr(
            "<h2>Selamat datang</h2><p>Belum ada data di komputer ini. Data akan disimpan di:<br><tt>{0}</tt></p>"
            "<p>Mulai dengan contoh lampiran Keputusan Camat Belawang Nomor 24 Tahun 2018 (dapat diubah atau "
            "dihapus kemudian), atau dengan kecamatan kosong.</p>").format(path))
        text.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Pakai &contoh Kecamatan Belawang"))
        self.empty_button = QPushButton(self.tr("Mulai kecamatan &kosong"))
        self.sample_button.setDefault(True)
        self.sample_button.clicked.connect(lambda: self._done(self.SAMPLE))
        self.empty_button.clicked.connect(lambda: self._done(self.EMPTY))
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.sample_button)
        lay.addWidget(self.empty_button)

    def _done(self, choice: int) -> None:
        self.choice = choice
        self.accept()


def open_store(path: Path, parent=None) -> Store | None:
    """Open the database, or on first run ask how to start it. None: the user gave up."""
    from ..models.store import Store

    if path.exists():
        return Store.open(path)
    welcome = WelcomeDialog(path, parent)
    if welcome.exec() != QDialog.DialogCode.Accepted:
        return None
    return Store.create(path, sample="belawang" if welcome.choice == WelcomeDialog.SAMPLE else None)


def check_at_start(store: Store, parent=None) -> Store:
    """SQLite's quick check before the window, used only when the window could not be
    built from the file (normally the window checks in the background, after its first
    paint: ``MainWindow.check_file``). On damage, offer the newest good automatic backup."""
    from ..models import backup
    from ..models.store import Store
    from .safety import tanya_pulihkan

    problems = store.integrity_problems(quick=True)
    if not problems:
        return store
    good = backup.newest_good_backup(store.path)
    if not tanya_pulihkan(store.path, problems, good, store.read_only, parent):
        return store
    path, operator, read_only = store.path, store.operator, store.read_only
    store.close()
    backup.restore(good, path)
    fresh = Store.open(path, read_only=read_only)
    fresh.operator = operator
    return fresh


def open_for_gui(db_path: Path, operator: str = "", parent=None):
    """Open (or on first run create) the database for the window: take the one-writer
    lock — a second copy of the app is told so and opens the file read-only — and check
    the file's header (the full quick check runs after the window shows). Returns
    (store, lock or None), or None when the user gave up."""
    from ..models.store import Store

    store = open_store(db_path, parent)
    if store is None:
        return None
    if operator:
        store.operator = operator
    lock = take_lock(db_path, store.operator, parent)
    if lock is None:
        store.close()
        ro = Store.open(db_path, read_only=True)
        ro.operator = store.operator
        return ro, None
    return store, lock


def take_lock(db_path: Path, operator: str, parent=None):
    """The one-writer lock, or None — a second copy of the app is told who has the file
    and reads it only."""
    from ..models.lock import BerkasTerkunci, Lock

    try:
        return Lock(db_path, operator).acquire()
    except BerkasTerkunci as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, APP_NAME, exc.pesan)
        return None


class _ImportCore(QRunnable):
    """Imports the Qt-free core (peewee, the store, the rules) off the GUI thread."""

    def __init__(self, signals: "CoreLoader"):
        super().__init__()
        self.signals = signals

    def run(self) -> None:
        try:
            from ..models import capaian, quality, store  # noqa: F401
        except Exception as exc:  # reported in the GUI thread
            self._emit(self.signals.import_failed, f"{type(exc).__name__}: {exc}")
            return
        self._emit(self.signals.imported)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the window closed while the core loaded


class CoreLoader(QObject):
    """The second half of the start-up, after the window is on screen and answering
    input (built from the light read of :func:`app.models.pohon.pratinjau`): the core is
    imported in a worker thread; then, in the GUI thread and in short steps, the window's
    own modules are imported, the store is opened and ``window.attach(store)`` completes
    the window. ``done`` carries the store (None: it could not be opened; said so)."""

    imported = Signal()
    import_failed = Signal(str)
    done = Signal(object)

    def __init__(self, window, db_path: Path, operator: str, read_only: bool):
        super().__init__(window)
        self.window, self.db_path, self.operator, self.read_only = window, Path(db_path), operator, read_only
        self._started = False
        self.imported.connect(self._ui_modules)
        self.import_failed.connect(self._failed)

    def start(self) -> None:
        if not self._started:
            self._started = True
            QThreadPool.globalInstance().start(_ImportCore(self))

    def _ui_modules(self) -> None:
        from PySide6.QtCore import Qt

        Qt.ItemDataRole  # noqa: B018 - Qt's namespace (~90 enumerations), in a step of its own
        # A short timer, not a zero one (a posted event): the event loop polls for input
        # between the steps.
        QTimer.singleShot(1, self, self._ui_modules_2)

    def _ui_modules_2(self) -> None:
        from . import background, commands, editor_base, tree_model  # noqa: F401 - the window's, in the GUI thread

        QTimer.singleShot(1, self, self._attach)

    def _attach(self) -> None:
        from ..models.store import Store

        if self.window._closed:  # closed while loading: nothing to complete
            self.done.emit(None)
            return
        try:
            store = Store.open(self.db_path, read_only=self.read_only)
        except KinerjaError as exc:
            self._failed(exc.pesan)
            return
        if self.operator:
            store.operator = self.operator
        self.window.attach(store)
        self.done.emit(store)

    def _failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self.window, APP_NAME, message)
        self.done.emit(None)
        self.window.close()


def after_start(window, keep: int) -> None:
    """Once the window has its store: the quick check of the file and, once a day, the
    automatic backup — both in the background."""
    window.check_file()
    store = window.store
    if store.read_only:
        return
    from ..models import backup

    if backup.needs_daily_backup(store.path):
        from .background import Background

        job = Background(store.path, lambda st: backup.auto_backup(st.db.connection(), st.path, "harian", keep), window)
        job.failed.connect(lambda message: window.statusBar().showMessage(message, 15000))
        job.request()


def install_crash_handler(log_path: Path | None = None) -> None:
    """Anything that is not an expected failure: logged, and a dialog names the log file
    and offers to copy the details. Without ``log_path`` the log is set up when first
    needed (the start-up does not pay for importing logging)."""

    def handle(kind, value, tb) -> None:
        import logging
        import traceback

        from PySide6.QtWidgets import QMessageBox

        from .. import logsetup

        path = log_path if log_path is not None else logsetup.setup_logging()
        detail = "".join(traceback.format_exception(kind, value, tb))
        logging.getLogger("kinerja").error("Kesalahan tak terduga:\n%s", detail)
        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QApplication.translate(
            "Mulai", "Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman.\n\n"
                     "Rinciannya dicatat di:\n{0}").format(path))
        copy = box.addButton(QApplication.translate("Mulai", "Salin detail"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDetailedText(detail)
        box.exec()
        if box.clickedButton() is copy:
            QApplication.clipboard().setText(detail)

    sys.excepthook = handle


def take_screenshot(db_path: Path, out: Path) -> int:
    """Start the window on ``db_path`` (created from the sample if missing) the way the app
    starts, wait for it to be complete and for its background work, render it to ``out``
    and quit: for the installer's smoke test and for looking at a build. The UI settings
    are a throwaway file: the user's are neither read nor changed."""
    import tempfile
    import time

    app = make_application()
    install_translations(app, "id")
    db_path = Path(db_path)
    if not db_path.exists():
        from ..models.store import Store

        Store.create(db_path, sample="belawang").close()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "tampilan.ini"), QSettings.Format.IniFormat)
        started = start_window(db_path, settings)
        if isinstance(started, int):
            return started
        window, lock = started
        deadline = time.monotonic() + 30  # the store attached, the background work (warnings, dashboard) in
        settled = 0
        while time.monotonic() < deadline and settled < 5:
            app.processEvents()
            busy = (window.doc is None or QThreadPool.globalInstance().activeThreadCount() > 0
                    or window._quality_timer.isActive())
            settled = 0 if busy else settled + 1
            time.sleep(0.05)
        app.processEvents()
        ok = window.doc is not None and window.grab().save(str(out))
        window.close()
        if window.store is not None:
            window.store.close()
        if lock is not None:
            lock.release()
        del settings
    return 0 if ok else 2


def run_gui(db_path: Path, on_shown=None) -> int:
    """The app: settings, translations, the window (:func:`start_window`), the event loop.
    ``on_shown(window)`` (benchmarks) is called right after the window is shown."""
    install_crash_handler()
    from ..instance_mutex import hold; hold()  # noqa: E702 - while it runs, the installer refuses to touch it
    app = make_application()
    settings = ui_settings()
    install_translations(app, str(settings.value("bahasa", "id")))
    started = start_window(Path(db_path), settings, on_shown)
    if isinstance(started, int):
        return started
    window, lock = started
    try:
        return app.exec()
    finally:
        if window.store is not None:
            window.store.close()
        if lock is not None:
            lock.release()


def start_window(db_path: Path, settings: QSettings, on_shown=None):
    """Show the main window. A sound, current file: the window is built from a light read
    of the file (plain sqlite3) and shown, then the core loads (:class:`CoreLoader`).
    Otherwise (first run, a file to migrate or refuse, a damaged file) the store is opened
    first. Returns (window, lock or None), or an exit status when there is no window."""
    from .main_window import MainWindow

    operator = str(settings.value("operator", "") or "")
    keep = int(settings.value("cadangan/simpan", 10))
    saved = settings.value("pilihan/periode")
    preview = pohon.pratinjau(db_path, int(saved) if saved is not None else None)
    if preview is not None:
        operator = operator or lock.default_operator()
        held = take_lock(db_path, operator)
        preview.read_only = held is None
        window = MainWindow(settings=settings, pratinjau=preview)
        window.auto_backup_keep = keep
        window.show()
        loader = CoreLoader(window, db_path, operator, preview.read_only)
        loader.done.connect(lambda store: store is not None and after_start(window, keep))
        # The core loads once the window is painted (a thread importing meanwhile would slow
        # the first paint down); a window that is not painted (minimised) waits at most 0.3 s.
        window.first_painted.connect(loader.start)
        QTimer.singleShot(300, loader.start)
    else:
        try:
            opened = open_for_gui(db_path, operator)
        except KinerjaError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, APP_NAME, exc.pesan)
            return 2
        if opened is None:
            return 0
        store, held = opened
        try:
            window = MainWindow(store, settings)
        except Exception:
            if not store.integrity_problems(quick=True):
                raise  # a bug, not a damaged file: the crash handler reports it
            store = check_at_start(store)
            window = MainWindow(store, settings)
        window.auto_backup_keep = keep
        window.show()
        after_start(window, keep)
    if on_shown is not None:
        on_shown(window)
    return window, held
