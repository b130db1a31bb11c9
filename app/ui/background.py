"""Work off the GUI thread. A job gets a Store of its own (its own SQLite connection,
reading only) and returns plain data; the window applies the newest result and drops
results that a later request made stale. Jobs make no UI calls."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..models.store import Store


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, path: Path, ticket: int, work: Callable[[Store], Any], signals: _Signals):
        super().__init__()
        self.path, self.ticket, self.work, self.signals = path, ticket, work, signals

    def run(self) -> None:
        try:
            with Store.open(self.path) as store:
                result = self.work(store)
        except Exception as exc:  # reported to the GUI thread, never lost in the pool
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
            return
        self._emit(self.signals.done, result)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(self.ticket, value)
        except RuntimeError:
            pass  # the window that asked is gone: nobody wants the result any more


class Background(QObject):
    """One kind of background computation (the warnings, the dashboard): ``request()``
    starts it; ``ready`` fires with the result of the newest request only."""

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path, work: Callable[[Store], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.path, self.work = Path(path), work
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
        self.pool.start(_Job(self.path, self.ticket, work or self.work, self.signals))

    def _done(self, ticket: int, result: object) -> None:
        if ticket == self.ticket:
            self.ready.emit(result)

    def _failed(self, ticket: int, message: str) -> None:
        if ticket == self.ticket:
            self.failed.emit(message)

    def stop(self) -> None:
        """No more requests; results still on their way are dropped."""
        self.stopped = True
        self.ticket += 1

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests, shutdown)."""
        return self.pool.waitForDone(msecs)
