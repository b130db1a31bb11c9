"""Work off the GUI thread. A job gets a Store of its own (its own SQLite connection,
reading only) and returns plain data; the window applies the newest result and drops
results that a later request made stale. Jobs make no UI calls.

A job's failure is never lost. An expected one (:class:`KinerjaError`) is shown where the
user is: to whoever connected ``failed`` (the panel that asked), else in the window's
status bar. Anything else is a bug: it goes, with the traceback of the worker thread, to
``sys.excepthook`` in the GUI thread — the crash handler (log and dialog), exactly as a
bug in the GUI thread does."""

from __future__ import annotations

import contextlib
import sys
import threading
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import SIGNAL, QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog

from ..models.errors import KinerjaError
from ..models.store import Store

translate = QCoreApplication.translate


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)  # the exception, its traceback with it


class _Job(QRunnable):
    def __init__(self, path: Path, ticket: int, work: Callable[[Store], Any], signals: _Signals, read_only: bool = False):
        super().__init__()
        self.path, self.ticket, self.work, self.signals, self.read_only = path, ticket, work, signals, read_only

    def run(self) -> None:
        try:
            with Store.open(self.path, read_only=self.read_only) as store:
                result = self.work(store)
        except Exception as exc:  # reported to the GUI thread, never lost in the pool
            if not self._emit(self.signals.failed, exc) and not isinstance(exc, KinerjaError):
                _log_bug(exc)  # nobody is left to show it: the log has it
            return
        self._emit(self.signals.done, result)

    def _emit(self, signal, value) -> bool:
        try:
            signal.emit(self.ticket, value)
        except RuntimeError:
            return False  # the window that asked is gone: nobody wants the result any more
        return True


def _log_bug(exc: BaseException) -> None:
    import logging

    from .. import logsetup

    logsetup.setup_logging()
    logging.getLogger("kinerja").error("Kesalahan tak terduga di latar belakang", exc_info=exc)


class Background(QObject):
    """One kind of background computation (the warnings, the dashboard): ``request()``
    starts it; ``ready`` fires with the result of the newest request only. ``failed``
    carries the Indonesian message of an expected failure of the newest request; when
    nothing is connected to it, the message goes to the status bar of the window."""

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path, work: Callable[[Store], Any], parent: QObject | None = None, read_only: bool = False):
        super().__init__(parent)
        self.path, self.work, self.read_only = Path(path), work, read_only  # read_only: as the window's own store
        self.ticket = 0
        self.stopped = False
        self.signals = _Signals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.pool = QThreadPool.globalInstance()

    def request(self, work: Callable[[Store], Any] | None = None) -> None:
        if self.stopped:  # its window has closed: no new work (a delayed request may still come)
            return
        self.ticket += 1
        self.pool.start(_Job(self.path, self.ticket, work or self.work, self.signals, self.read_only))

    def _done(self, ticket: int, result: object) -> None:
        if ticket == self.ticket:
            self.ready.emit(result)

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if not isinstance(exc, KinerjaError):  # a bug, stale or not: the crash handler
            sys.excepthook(type(exc), exc, exc.__traceback__)
        elif ticket == self.ticket:
            if self.receivers(SIGNAL("failed(QString)")) > 0:
                self.failed.emit(exc.pesan)
            else:
                tell_user(self.parent(), exc.pesan)

    def stop(self) -> None:
        """No more requests; results still on their way are dropped."""
        self.stopped = True
        self.ticket += 1

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests, shutdown)."""
        return self.pool.waitForDone(msecs)


def tell_user(owner: QObject | None, message: str) -> None:
    """An Indonesian message where the user is: the status bar of ``owner``'s main window
    (or of the app's main window), else a message box."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

    from .. import APP_NAME
    from .teks import literal

    while owner is not None and not isinstance(owner, QWidget):
        owner = owner.parent()
    window = owner.window() if owner is not None else QApplication.activeWindow()
    if not isinstance(window, QMainWindow):
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()),
                      window)
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 15000)
    else:
        QMessageBox.warning(window, APP_NAME, literal(message))


def progress_dialog(parent, label: str, kind=None):
    """A window-modal busy indicator with «Batal», shown once the work has taken 0.3 s.
    (Qt shows a busy indicator — range 0..0 — only after 4 s, whatever the minimum duration
    asked, unless its value was set first.) ``kind``: a QProgressDialog subclass."""
    from PySide6.QtCore import Qt

    progress = (kind or QProgressDialog)(label, translate("MainWindow", "Batal"), 0, 0, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setValue(0)
    progress.setMinimumDuration(300)
    return progress


def with_progress(parent, path: Path, label: str, work: Callable[[Store], Any], done: Callable[[Any], None],
                  cancelled: Callable[[], None] | None = None, failed: Callable[[str], None] | None = None,
                  berhenti: threading.Event | None = None, read_only: bool = False) -> Background:
    """Run ``work(store)`` off the GUI thread behind a window-modal progress dialog with
    «Batal». ``done(result)`` in the GUI thread unless the user cancelled: then
    ``cancelled()`` once the work has ended, and the result is dropped — so work that only
    returns data (writing it in ``done``) leaves nothing behind when cancelled. An expected
    failure goes to ``failed(message)`` (else the status bar); a bug to the crash handler;
    either way the progress dialog closes.

    Work that writes: ``berhenti`` is watched by the work and set by «Batal»; the dialog
    (:class:`SampaiSelesai`) shows at once and stays until the work has ended, and what the
    work wrote (Batal came too late) is ``done`` all the same. ``read_only``: the work's store
    opens the file as the window's own does."""
    progress = progress_dialog(parent, label, None if berhenti is None else SampaiSelesai)
    if berhenti is not None:
        progress.berhenti = berhenti
        progress.show()
    job = Background(path, work, parent, read_only=read_only)
    job.progress_dialog = progress

    def finish(result) -> None:
        was_cancelled = progress.wasCanceled()
        progress.reset()
        job.stop()
        if not was_cancelled or berhenti is not None:
            done(result)
        elif cancelled is not None:
            cancelled()

    def ended_badly(_ticket: int, _exc: BaseException) -> None:
        progress.reset()
        job.stop()

    job.ready.connect(finish)
    if failed is not None:
        job.failed.connect(lambda message: (progress.reset(), failed(message)))
    job.signals.failed.connect(ended_badly)  # after Background's own handler (message or crash handler)
    job.request()
    return job


class SampaiSelesai(QProgressDialog):
    """The progress of work that writes: «Batal» (the button, Esc, closing) asks the work to
    stop and says so, but the dialog — window-modal — stays until the work has ended, so
    nothing else is done in the window meanwhile (an edit then would come before the
    import on the undo stack, and wait on the file the work holds)."""

    berhenti: threading.Event

    def __init__(self, *args):
        super().__init__(*args)
        self.canceled.disconnect(self.cancel)  # Qt's own: hide at once
        self.canceled.connect(self._batal)

    def _batal(self) -> None:
        self.berhenti.set()
        self.setLabelText(translate("MainWindow", "Membatalkan… (menunggu penulisan berhenti)"))
        self.setCancelButton(None)

    def reject(self) -> None:  # Esc
        self.canceled.emit()

    def closeEvent(self, event) -> None:
        event.ignore()
        self.canceled.emit()


@contextlib.contextmanager
def sibuk(window, label: str):
    """Work done here, on the GUI thread, that may take seconds (the undo of a large import):
    the wait cursor and ``label`` in the status bar of ``window``, painted before it starts
    (``window`` None: work too small to say so). No events are handled meanwhile — no nested
    event loop inside an undo (an edit or a result arriving then would land on the undo stack
    in the wrong place)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    if window is None:
        yield
        return
    bar = window.statusBar()
    bar.showMessage(label)
    bar.repaint()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        bar.clearMessage()
