"""Benchmarks of the SAKIP year on the large synthetic database (bench/synthetic.py: 50
jabatan, 2,000 indicators, a PK for every jabatan in synthetic.PK_TAHUN):

- "PK for every jabatan": gather and build the PDF of every jabatan's PK of the year
  (``kinerja print pk --tahun`` without ``--jabatan``), target ≤ 2 s;
- "selecting a PK in the window": the PK tab of the jabatan editor showing one PK picked
  in its list (fields, parties, the targets grid), target ≤ 16 ms median.

    .venv/bin/python bench/bench_sakip.py [db]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import synthetic  # noqa: E402


def bench_pk_semua(db: Path, runs: int = 5) -> list[float]:
    from app.models.store import Store
    from app.reports import render

    times = []
    with Store.open(db) as store:
        for _ in range(runs):
            t = time.perf_counter()
            data = render.gather(store, "pk", tahun=synthetic.PK_TAHUN)
            _, pages = render.build_bytes("pk", data, render.Options(paper="f4", orientation="portrait"))
            times.append(time.perf_counter() - t)
    print(f"PK for every jabatan ({len(data)} PK, {pages} pages): median {statistics.median(times):.2f} s, "
          f"min {min(times):.2f} s (target ≤ 2 s)")
    return times


def bench_pilih_pk(db: Path, runs: int = 101) -> list[float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.models.store import Store
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    store = Store.open(db)
    jid = store.jabatan_list()[1].id
    pk = store.pk_list(jid, synthetic.PK_TAHUN)[0]
    store.buat_pk_perubahan(pk.id)  # two rows in the list to switch between
    w = MainWindow(store, QSettings(str(db.with_suffix(".ini")), QSettings.Format.IniFormat))
    w.resize(1280, 800)
    w.show()
    w.select_item("jabatan", jid)
    tab = w.editors["jabatan"].pk_tab
    w.editors["jabatan"].tabs.setCurrentWidget(tab)
    tab.tahun.setCurrentIndex(tab.tahun.findData(synthetic.PK_TAHUN))
    app.processEvents()
    times = []
    for n in range(runs):
        t = time.perf_counter()
        tab.daftar.setCurrentRow(n % 2)
        app.processEvents()
        times.append(time.perf_counter() - t)
    rows = tab.grid.rowCount()
    w.close()
    store.close()
    print(f"selecting a PK in the window ({rows} targets): median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms (target ≤ 16 ms median)")
    return times


def main() -> None:
    db = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/kinerja-sintetis-sakip.db")
    if not db.exists():
        synthetic.build(db)
    bench_pk_semua(db)
    bench_pilih_pk(db)


if __name__ == "__main__":
    main()
