"""LKjIP chapter III benchmark (issue 13: "LKjIP tables ≤ 3 s"), run by hand:

    .venv/bin/python bench/bench_lkjip.py [RUNS]

On the large synthetic database (bench/synthetic.py: 2,000 indicators, 10 years of
quarterly realisasi, 1,040 budget lines with pagu and realisasi): the time to gather the
tables (``data_lkjip``) and to build the PDF, and the whole `kinerja print lkjip` as one
process, medians of RUNS (default 5). Also the budget editor's read (``program_tree`` of a
year) and the budget's data-quality check.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import synthetic  # noqa: E402


_CPU: dict = {}  # fn → median CPU time of its runs (steadier than the wall clock on a shared machine)


def _median(fn, runs: int) -> float:
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    _CPU[fn] = statistics.median(cpu)
    return statistics.median(times)


def main(runs: int = 5) -> None:
    from app.models.laporan_lkjip import data_lkjip
    from app.models.quality_anggaran import periksa_anggaran_store
    from app.models.store import Store
    from app.reports import render

    with tempfile.TemporaryDirectory() as tmp:
        db = synthetic.build(Path(tmp) / "s.db")
        with Store.open(db, read_only=True) as store:
            pid = store.periode_list()[0].id
            tahun = 2022
            data = data_lkjip(store, tahun, pid)
            print(f"{len(data.iku)} IKU rows, {len(data.anggaran)} programs, earlier years {data.tahun_pembanding}")
            gather_fn, build_fn = lambda: data_lkjip(store, tahun, pid), lambda: render.build_bytes("lkjip", data, render.Options())
            gather, build = _median(gather_fn, runs), _median(build_fn, runs)
            pages = render.build_bytes("lkjip", data, render.Options())[1]
            tree = _median(lambda: store.program_tree(pid, tahun), runs)
            quality = _median(lambda: periksa_anggaran_store(store, store.periode_list()), max(1, runs // 2))
        out = Path(tmp) / "l.pdf"
        cmd = [sys.executable, "-m", "app", "--db", str(db), "print", "lkjip", "--tahun", str(tahun), "--out", str(out)]
        process = _median(lambda: subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True), runs)
    print(f"data_lkjip (gather)        {gather:.3f} s   (CPU {_CPU[gather_fn]:.3f} s)")
    print(f"build PDF ({pages} pages)   {build:.3f} s   (CPU {_CPU[build_fn]:.3f} s)")
    print(f"gather + build             {gather + build:.3f} s   (CPU {_CPU[gather_fn] + _CPU[build_fn]:.3f} s; goal ≤ 3 s)")
    print(f"kinerja print lkjip        {process:.3f} s   (one process, import to PDF written)")
    print(f"program_tree of a year     {tree * 1000:.1f} ms  (budget editor's read, 1,040 lines)")
    print(f"budget quality check       {quality:.3f} s   (10 years)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
