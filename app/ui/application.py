"""Starting the GUI: one QApplication, the database opened (created from the Belawang
sample on first run), the main window shown. Expected failures are shown in Indonesian."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, __version__
from ..models.errors import KinerjaError
from ..models.store import Store


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("KinerjaKecamatan")
    return app


def run_gui(db_path: Path) -> int:
    app = make_application()
    try:
        store, _created = Store.open_or_create(db_path)
    except KinerjaError as exc:
        QMessageBox.critical(None, APP_NAME, exc.pesan)
        return 2
    from .main_window import MainWindow

    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
