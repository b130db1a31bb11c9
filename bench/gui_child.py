"""Child process for bench_gui.py: start a bare window, or the app through its real start-up
path (``kinerja``: settings, translations, lock, the main window). Both print
the time at which the window has been painted once, completely, and the event loop turns
again — the window is on screen and answers input. For the app also: the time the window
is complete (the store attached, the restored editor filled) and the longest pause of the
event loop in between (how long an input could have waited while the core loaded). Last,
the CPU time the process had used when it was painted (steadier than wall time on a busy
machine)."""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def watch(window, complete: bool) -> None:
    """The same probe on both windows: an event filter sees the window's first Paint; a
    zero timer posted then fires once that paint pass is over."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    state = {"painted": None, "cpu": 0.0, "ticks": []}

    def finish() -> None:
        ticks = state["ticks"] + [time.perf_counter()]
        gap = max((b - a for a, b in zip(ticks, ticks[1:])), default=0.0)
        print(f"{state['painted']:.6f} {time.time():.6f} {gap:.6f} {state['cpu']:.6f}", flush=True)
        os._exit(0)

    def painted() -> None:
        state["painted"] = time.time()
        state["cpu"] = time.process_time()  # this process's CPU time so far (the core loads later)
        if complete:
            finish()
        state["ticks"].append(time.perf_counter())
        probe = QTimer(window)
        probe.setInterval(1)
        probe.timeout.connect(lambda: state["ticks"].append(time.perf_counter()))
        probe.start()

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if obj is window and event.type() == QEvent.Type.Paint and state["painted"] is None:
                state["painted"] = 0.0
                QTimer.singleShot(0, painted)
            return False

    window._bench_filter = FirstPaint(window)
    window.installEventFilter(window._bench_filter)
    if not complete:
        window.attached.connect(lambda: QTimer.singleShot(0, finish))


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        w = QMainWindow()
        w.resize(1200, 780)
        watch(w, complete=True)
        w.show()
        app.exec()
        return

    # The entry point as the Start-menu shortcut runs it (``kinerja``, no arguments; the
    # database named by KINERJA_DB), with the probe handed to run_gui.
    os.environ["KINERJA_DB"] = sys.argv[2]
    import app.cli
    import app.ui.application

    real_run_gui = app.ui.application.run_gui
    app.ui.application.run_gui = lambda path: real_run_gui(
        path, on_shown=lambda w: watch(w, complete=False))  # one start-up path: never complete when shown
    app.cli.main([])


if __name__ == "__main__":
    main()
