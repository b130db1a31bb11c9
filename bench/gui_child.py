"""Child process for bench_gui.py: start a bare window or the app, quit at the first turn of
the event loop after the window is shown (the moment it answers input)."""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if mode == "bare":
        app = QApplication(sys.argv[:1])
        w = QMainWindow()
        w.resize(1200, 780)
    else:
        from app.models.store import Store
        from app.ui.application import install_translations, make_application
        from app.ui.main_window import MainWindow

        app = make_application()
        install_translations(app, "id")
        store = Store.open(sys.argv[2])
        w = MainWindow(store)
    w.show()

    def interactive() -> None:
        # the first turn of the event loop after show: the window answers input now
        print(f"{time.time():.6f}", flush=True)
        os._exit(0)  # do not wait for background jobs: they do not block the window

    QTimer.singleShot(0, interactive)
    app.exec()


if __name__ == "__main__":
    main()
