"""Child process for bench_gui.py: start a bare window, or the app through its real start-up
path (``kinerja gui``: logging, settings, translations, lock, checks, the main window), and
print the time at the first turn of the event loop after the window is shown — the moment it
answers input — then quit at once."""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def interactive() -> None:
    print(f"{time.time():.6f}", flush=True)
    os._exit(0)  # do not wait for background jobs: they do not block the window


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        w = QMainWindow()
        w.resize(1200, 780)
        w.show()
        QTimer.singleShot(0, interactive)
        app.exec()
    else:
        import app.cli  # noqa: F401 - the entry point's own imports, in its order
        from app.ui.application import run_gui

        run_gui(Path(sys.argv[2]), on_ready=interactive)


if __name__ == "__main__":
    main()
