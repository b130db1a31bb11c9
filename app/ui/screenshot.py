"""The window rendered to a PNG the way the app starts it (``kinerja gui --screenshot``):
for the installer's smoke test and for looking at a build."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool

from .application import install_translations, make_application, start_window


def take_screenshot(db_path: Path, out: Path) -> int:
    """Start the window on ``db_path`` (created from the sample if missing) the way the app
    starts, wait for it to be complete and for its background work, render it to ``out``
    and quit: for the installer's smoke test and for looking at a build. The UI settings
    are a throwaway file: the user's are neither read nor changed."""
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
                    or window.quality_panel.timer.isActive())
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
