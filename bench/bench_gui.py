"""GUI benchmarks on the large synthetic database (run by hand, quote the figures):

    .venv/bin/python bench/bench_gui.py                                   (offscreen)
    QT_QPA_PLATFORM=xcb xvfb-run -a .venv/bin/python bench/bench_gui.py   (a real X server)

Goals (issues 3 and 11): selecting a jabatan until its editor is filled ≤ 50 ms median; one
edit committed ≤ 20 ms median; start-up until the window is interactive ≤ 1.3 × the start-up
of a bare PySide6 window, and until it is complete ≤ 2 ×, measured in the same run. Start-up is timed for both windows the same
way (bench/gui_child.py): from process start until the window's first complete paint and
the next turn of its event loop; the app through its entry point, as the Start-menu shortcut
starts it, from bytecode; 25 pairs, each bare run right before an app run.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.synthetic import build  # noqa: E402


def ms(samples) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def startup(mode: str, db: Path, runs: int = 9) -> list[tuple[float, ...]]:
    """Per run, in seconds: from process start until the window is painted and answers input;
    until it is complete (the app); the longest pause of its event loop between; the CPU
    time the process had used when painted."""
    out = []
    env = dict(os.environ, KINERJA_DATA_DIR=str(db.parent))  # QT_QPA_PLATFORM: offscreen unless set
    for _ in range(runs):
        t = time.time()
        r = subprocess.run([sys.executable, str(ROOT / "bench" / "gui_child.py"), mode, str(db)], check=True,
                           env=env, capture_output=True, text=True)
        values = [float(v) for v in r.stdout.split()]
        out.append((values[0] - t, values[1] - t, values[2], values[3]))
    return out


def main() -> None:
    db = Path(tempfile.mkdtemp()) / "sintetis.db"
    build(db)
    # The installed app runs from bytecode (PyInstaller bundles .pyc): compile ours too, so
    # that the comparison is not about compiling sources (PYTHONDONTWRITEBYTECODE may be set).
    compileall.compile_dir(str(ROOT / "app"), quiet=1)
    startup("bare", db, 1)  # warm-up: disk cache, the settings file, the first daily backup
    startup("app", db, 1)

    bare, full = [], []
    for _ in range(25):  # in pairs, one right after the other: both see the same machine
        bare += startup("bare", db, 1)
        full += startup("app", db, 1)
    b = statistics.median(x[0] for x in bare)
    a = statistics.median(x[0] for x in full)
    paired = statistics.median(f[0] / r[0] for f, r in zip(full, bare))
    print(f"start-up, process start until the window is painted and answers input ({len(bare)} pairs):")
    print(f"  bare QMainWindow: median {b * 1000:.1f} ms; Kinerja Kecamatan on the large database: median "
          f"{a * 1000:.1f} ms; ratio of the medians {a / b:.2f}, median of the paired ratios {paired:.2f} (goal ≤ 1.3)")
    cpu = statistics.median(f[3] / r[3] for f, r in zip(full, bare))
    print(f"  CPU time until painted: bare median {ms([x[3] for x in bare])}, app median {ms([x[3] for x in full])}; "
          f"median of the paired ratios {cpu:.2f}")
    complete = statistics.median(f[1] / r[0] for f, r in zip(full, bare))
    print(f"  until the window is complete (store attached, last item's editor filled): "
          f"{ms([x[1] for x in full])}, median of the paired ratios to bare {complete:.2f} (goal ≤ 2); "
          f"longest event-loop pause in between: median {ms([x[2] for x in full])}, "
          f"max {max(x[2] for x in full) * 1000:.1f} ms")

    from decimal import Decimal

    from app.models.store import Store
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow

    app = make_application()
    store = Store.open(db)
    w = MainWindow(store)
    w.show()
    app.processEvents()
    jabatan = [j.id for j in store.jabatan_list()]
    sel = []
    for _ in range(2):
        for jid in jabatan:
            t = time.perf_counter()
            w.select_item("jabatan", jid)
            app.processEvents()
            sel.append(time.perf_counter() - t)
    print(f"select a jabatan until its editor is filled (~40 indicators; Data tab), median of {len(sel)}: "
          f"{ms(sel)} (goal ≤ 50 ms); max {max(sel) * 1000:.1f} ms")
    w.editors["jabatan"].tabs.setCurrentIndex(1)
    sel_chart = []
    for jid in jabatan:
        t = time.perf_counter()
        w.select_item("jabatan", jid)
        app.processEvents()
        sel_chart.append(time.perf_counter() - t)
    print(f"the same with its capaian chart on screen, median of {len(sel_chart)}: {ms(sel_chart)}")
    w.editors["jabatan"].tabs.setCurrentIndex(0)

    ind = store.jabatan(jabatan[3], store.periode_list()[0].id).sasaran[0].indikator[0]
    w.select_item("indikator", ind.id)
    app.processEvents()
    model = w.editors["indikator"].target_model
    edits = []
    for n in range(60):
        t = time.perf_counter()
        assert model.setData(model.index(0, n % model.columnCount()), f"{50 + n},5")
        app.processEvents()
        edits.append(time.perf_counter() - t)
    assert store.indikator(ind.id).target_tahun(store.periode_list()[0].tahun[(59) % model.columnCount()]).nilai == Decimal("109.5")
    print(f"one target edit, typed value until committed and the editor refreshed, median of {len(edits)}: "
          f"{ms(edits)} (goal ≤ 20 ms)")
    w.close()
    store.close()


if __name__ == "__main__":
    main()
