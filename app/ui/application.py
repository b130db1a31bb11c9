"""Starting the GUI: one QApplication with our translations, the first-run screen when
there is no database yet, the main window. Expected failures are shown in Indonesian."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

# isort: off
# The Qt-free modules of the first paint (the engine's light read and lock) are imported
# before PySide6 on purpose: once PySide6 is loaded, its import hook reads the source of
# every module imported after it, stdlib ones included (sqlite3, datetime, json, ...).
import logging

from ..models import identity, sqlite as _first_paint  # noqa: F401 - see above
from ..models.database import engine_for
from ..models.tree import LightRead

# isort: on
from PySide6.QtCore import QLocale, QObject, QRunnable, QSettings, QThreadPool, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QDialog

from .. import APP_NAME, __version__
from ..models.errors import BerkasRusak, KinerjaError
from ..paths import data_dir, resource
from . import window_state
from .teks import literal, plain
from .welcome import WelcomeDialog, open_store  # noqa: F401 - the first run, part of this API

# The store (peewee and the rest of the core) is imported where it is used: the start-up
# shows the window first and loads the core meanwhile (run_gui).
if TYPE_CHECKING:
    from ..models.store import Store

log = logging.getLogger(__name__)


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


def take_lock(db_path: Path, operator: str, parent=None):
    """The one-writer lock, taken before the file is opened (so that a journal left by a
    power cut is played back by the one writer), or None — a second copy of the app is
    told who has the file and reads it only."""
    from ..models.errors import BerkasTerkunci

    Path(db_path).parent.mkdir(parents=True, exist_ok=True)  # a first run: the lock goes beside the file to be
    try:
        return engine_for(db_path).lock(db_path, operator).acquire()
    except BerkasTerkunci as exc:
        from PySide6.QtWidgets import QMessageBox

        log.info("%s is in use: read only", db_path)
        QMessageBox.information(parent, APP_NAME, literal(f"{exc.pesan} Supaya tidak ada perubahan yang hilang, "
                                                          "jendela ini hanya dapat membaca."))
        return None


def open_first(db_path: Path, operator: str, read_only: bool, parent=None) -> Store | int:
    """The store, opened before the window for a file the light read cannot show: a first
    run (the welcome screen), an older file to migrate, a journal to play back, a file
    SQLite or our checks refuse. A damaged file is offered its newest good automatic
    backup. The caller holds the lock (or reads only). An int: the exit status when there
    is no store (0: the user gave up; 2: refused or damaged, said so)."""
    from ..models.store import Store
    from .data_safety import recover_damaged

    db_path = Path(db_path)
    if not db_path.exists():
        if read_only:  # another copy of the app is creating it right now
            return 0
        store = open_store(db_path, parent, operator)
        if store is None:
            return 0
    else:
        try:
            store = Store.open(db_path, read_only=read_only, operator=operator)
        except BerkasRusak as exc:
            log.warning("damaged at start: %s", exc.pesan)
            if not recover_damaged(db_path, [exc.pesan], read_only, parent):
                return 2
            store = Store.open(db_path, read_only=read_only, operator=operator)
    return store


class _ImportCore(QRunnable):
    """Imports the Qt-free core (peewee, the store, the rules) off the GUI thread."""

    def __init__(self, signals: "CoreLoader"):
        super().__init__()
        self.signals = signals

    def run(self) -> None:
        try:
            from ..models import capaian, quality, store  # noqa: F401
        except Exception as exc:  # a bug: to the crash handler, in the GUI thread
            self._emit(self.signals.import_failed, exc)
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
    input (built from the light read of :meth:`app.models.engine.Engine.light_read`): the core is
    imported in a worker thread; then, in the GUI thread and in short steps, the window's
    own modules are imported, the store is opened (unless the start-up had to open it
    first: ``store``) and ``window.attach(store)`` completes the window. ``done`` carries
    the store (None: it could not be opened; said so)."""

    imported = Signal()
    import_failed = Signal(object)
    done = Signal(object)

    def __init__(self, window, db_path: Path, operator: str, read_only: bool, store: Store | None = None):
        super().__init__(window)
        self.window, self.db_path, self.operator, self.read_only = window, Path(db_path), operator, read_only
        self.store = store
        self._started = False
        self.imported.connect(self._ui_modules)
        self.import_failed.connect(self._import_failed)

    def start(self) -> None:
        if not self._started:
            self._started = True
            QThreadPool.globalInstance().start(_ImportCore(self))

    def _ui_modules(self) -> None:
        from . import background, commands, editor_base  # noqa: F401 - the window's, in the GUI thread

        # A short timer, not a zero one (a posted event): the event loop polls for input
        # between the steps.
        QTimer.singleShot(1, self, self._attach)

    def _attach(self) -> None:
        from ..models.store import Store

        store, self.store = self.store, None
        if self.window._closed:  # closed while loading: nothing to complete
            if store is not None:
                store.close()
            self.done.emit(None)
            return
        if store is None:
            try:
                store = Store.open(self.db_path, read_only=self.read_only, operator=self.operator)
            except KinerjaError as exc:
                self._failed(exc.pesan)
                return
        self.window.attach(store)
        self.done.emit(store)

    def _import_failed(self, exc: BaseException) -> None:
        sys.excepthook(type(exc), exc, exc.__traceback__)  # logged, the crash dialog
        self.done.emit(None)
        self.window.close()

    def _failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        log.warning("the store could not be opened: %s", message)
        QMessageBox.critical(self.window, APP_NAME, literal(message))
        self.done.emit(None)
        self.window.close()


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
        box = plain(QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QApplication.translate(
            "Mulai", "Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman.\n\n"
                     "Rinciannya dicatat di:\n{0}").format(path)))
        copy = box.addButton(QApplication.translate("Mulai", "Salin detail"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDetailedText(detail)
        box.exec()
        if box.clickedButton() is copy:
            QApplication.clipboard().setText(detail)

    sys.excepthook = handle


def run_gui(db_path: Path, on_shown=None) -> int:
    """The app: settings, translations, the window (:func:`start_window`), the event loop.
    ``on_shown(window)`` (benchmarks) is called right after the window is shown."""
    install_crash_handler()
    from ..instance_mutex import hold; hold()  # noqa: E702 - while it runs, the installer refuses to touch it
    app = make_application()
    settings = ui_settings()
    install_translations(app, str(settings.value(window_state.LANGUAGE, "id")))
    started = start_window(Path(db_path), settings, on_shown, set_up_logging=True)
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


def start_window(db_path: Path, settings: QSettings, on_shown=None, set_up_logging: bool = False):
    """Show the main window, always the same way: the one-writer lock; the light read of
    the file (plain sqlite3) — for a file it cannot show (first run, migration, a journal,
    damage) the store is opened first (:func:`open_first`) and the light read made after;
    the window built from the light read and shown; then the core loads and completes it
    (:class:`CoreLoader`), and the quick check of the file and the daily backup run in the
    background (``set_up_logging``: and the log file is set up — the app; tests keep
    pytest's logging). Returns (window, lock or None), or an exit status when there is no
    window."""
    from .main_window import MainWindow

    db_path = Path(db_path)
    try:
        engine_for(db_path)
    except KinerjaError as exc:  # an address of an engine not supported yet
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, literal(exc.pesan))
        return 2
    operator = window_state.operator(settings) or identity.default_operator()
    held = take_lock(db_path, operator)
    try:
        store, preview = _first_read(db_path, operator, held is None, window_state.saved_int(settings, window_state.PERIOD))
    except BaseException:
        if held is not None:
            held.release()
        raise
    if isinstance(store, int):
        if held is not None:
            held.release()
        return store
    preview.read_only = held is None
    window = MainWindow(settings=settings, pratinjau=preview)
    window.safety.automatic = True
    window.show()
    loader = CoreLoader(window, db_path, operator, preview.read_only, store)
    how = "the store opened first" if store is not None else "the window from the light read, then the store"

    def completed(opened) -> None:
        if opened is None:
            return
        window.safety.after_attach()
        if set_up_logging:  # the log file (~40 ms of imports) once the window is complete, off the GUI thread
            QThreadPool.globalInstance().start(lambda: _set_up_logging(db_path, how))

    loader.done.connect(completed)
    # The core loads once the window is painted (a thread importing meanwhile would slow
    # the first paint down); a window that is not painted (minimised) waits at most 0.3 s.
    window.first_painted.connect(loader.start)
    QTimer.singleShot(300, loader.start)
    if on_shown is not None:
        on_shown(window)
    return window, held


def _set_up_logging(db_path: Path, how: str) -> None:
    from .. import logsetup

    logsetup.setup_logging()
    log.info("started on %s: %s", db_path, how)


def _first_read(db_path: Path, operator: str, read_only: bool, periode_id: int | None):
    """(store or None, light read): the store when it had to be opened first; an int for
    the store: no window (the exit status; the user was told)."""
    preview = engine_for(db_path).light_read(db_path, periode_id)
    if preview is not None:
        log.info("start from the light read of %s", db_path)
        return None, preview
    log.info("start with the store opened first: %s", db_path)
    try:
        store = open_first(db_path, operator, read_only)
    except KinerjaError as exc:
        from PySide6.QtWidgets import QMessageBox

        log.warning("refused at start: %s", exc.pesan)
        QMessageBox.critical(None, APP_NAME, literal(exc.pesan))
        return 2, None
    if isinstance(store, int):
        return store, None
    # now sound and current (a read-only copy of a file it could not migrate stays empty)
    preview = engine_for(db_path).light_read(db_path, periode_id) or LightRead(db_path, [], None, (), "")
    return store, preview
