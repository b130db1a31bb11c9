"""Starting the GUI: one QApplication with our translations, the first-run screen when
there is no database yet, the main window. Expected failures are shown in Indonesian."""

from __future__ import annotations

import sys
from pathlib import Path

# isort: off
# The Qt-free core first, on purpose: once PySide6 is loaded, its import hook reads the
# source of every module imported after it (looking for "from __feature__ import"),
# which costs the start-up tens of milliseconds for modules that never use Qt.
from ..models import backup  # noqa: F401 - imported here for the order above
from ..models.store import Store
from .. import logsetup  # noqa: F401 - imported here for the order above
# isort: on
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from .. import APP_NAME, __version__
from ..models.errors import KinerjaError
from ..paths import data_dir, resource


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
    from ..models.lock import BerkasTerkunci, Lock

    store = open_store(db_path, parent)
    if store is None:
        return None
    if operator:
        store.operator = operator
    try:
        lock = Lock(db_path, store.operator).acquire()
    except BerkasTerkunci as exc:
        QMessageBox.information(parent, APP_NAME, exc.pesan)
        store.close()
        ro = Store.open(db_path, read_only=True)
        ro.operator = store.operator
        return ro, None
    return store, lock


def install_crash_handler(log_path: Path) -> None:
    """Anything that is not an expected failure: logged, and a dialog names the log file
    and offers to copy the details."""
    import logging
    import traceback

    def handle(kind, value, tb) -> None:
        detail = "".join(traceback.format_exception(kind, value, tb))
        logging.getLogger("kinerja").error("Kesalahan tak terduga:\n%s", detail)
        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QApplication.translate(
            "Mulai", "Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman.\n\n"
                     "Rinciannya dicatat di:\n{0}").format(log_path))
        copy = box.addButton(QApplication.translate("Mulai", "Salin detail"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDetailedText(detail)
        box.exec()
        if box.clickedButton() is copy:
            QApplication.clipboard().setText(detail)

    sys.excepthook = handle


def take_screenshot(db_path: Path, out: Path) -> int:
    """Open the window on ``db_path`` (created from the sample if missing), render it to
    ``out`` and quit: for the installer's smoke test and for looking at a build."""
    app = make_application()
    install_translations(app, "id")
    store, _ = Store.open_or_create(db_path)
    from .main_window import MainWindow

    window = MainWindow(store)
    window.resize(1200, 780)
    window.show()
    import time

    from PySide6.QtCore import QThreadPool

    deadline = time.monotonic() + 10  # let the background work (warnings, dashboard) arrive
    settled = 0
    while time.monotonic() < deadline and settled < 5:
        app.processEvents()
        busy = QThreadPool.globalInstance().activeThreadCount() > 0 or window._quality_timer.isActive()
        settled = 0 if busy else settled + 1
        time.sleep(0.05)
    app.processEvents()
    ok = window.grab().save(str(out))
    window.close()
    store.close()
    return 0 if ok else 2


def run_gui(db_path: Path, on_ready=None) -> int:
    """The app's start-up. ``on_ready`` (benchmarks) is called at the first turn of the
    event loop after the window is shown: the moment it answers input."""
    from ..logsetup import setup_logging
    from ..models import backup

    install_crash_handler(setup_logging())

    app = make_application()
    settings = ui_settings()
    install_translations(app, str(settings.value("bahasa", "id")))
    try:
        opened = open_for_gui(Path(db_path), str(settings.value("operator", "") or ""))
    except KinerjaError as exc:
        QMessageBox.critical(None, APP_NAME, exc.pesan)
        return 2
    if opened is None:
        return 0
    store, lock = opened
    from .main_window import MainWindow

    keep = int(settings.value("cadangan/simpan", 10))
    try:
        window = MainWindow(store, settings)
    except Exception:
        if not store.integrity_problems(quick=True):
            raise  # a bug, not a damaged file: the crash handler reports it
        store = check_at_start(store)
        window = MainWindow(store, settings)
    window.auto_backup_keep = keep
    window.show()
    window.check_file()
    if not store.read_only and backup.needs_daily_backup(store.path):
        try:
            backup.auto_backup(store.db.connection(), store.path, "harian", keep)
        except KinerjaError as exc:
            window.statusBar().showMessage(exc.pesan, 15000)
    if on_ready is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, on_ready)
    try:
        return app.exec()
    finally:
        window.store.close()
        if lock is not None:
            lock.release()
