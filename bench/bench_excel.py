"""Excel export and import on the large synthetic database (bench/synthetic.py: 50 jabatan,
2,000 indicators, 10 years of targets and quarterly realisasi). Issue 14: export ≤ 3 s;
import with a preview of 1,000 changed cells ≤ 5 s.

    .venv/bin/python bench/bench_excel.py [--tahun YYYY]

Export: the whole period (every year holding data: 80,000 realisasi rows, ~1.2 million
cells; wall and CPU time, median of 3) and one year
(``--tahun``: the clerk's quarterly workbook, 8,000 realisasi rows). Import: 1,000 realisasi
cells of the one-year workbook changed with openpyxl (not timed), then the preview (read +
three-way compare) and the write. Median of 3 runs."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import build  # noqa: E402
from app.models.excel import ekspor, pratinjau, terapkan  # noqa: E402
from app.models.store import Store  # noqa: E402


def _timed(fn, runs: int = 3) -> tuple[float, object]:
    return _timed_cpu(fn, runs)[0::2]


def _timed_cpu(fn, runs: int = 3) -> tuple[float, float, object]:
    """Median wall time, median CPU time of this process (on a shared machine the wall
    time also counts the others' work), the last result."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), statistics.median(cpu), result


def _edit(path: Path, n: int) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb["Realisasi"]
    col = next(c.column_letter for c in ws[1] if c.value == "Realisasi TW")
    for r in range(2, 2 + n):
        ws[f"{col}{r}"] = f"{r},5"
    wb.save(path)


def main() -> None:
    tahun = int(sys.argv[sys.argv.index("--tahun") + 1]) if "--tahun" in sys.argv else 2022
    with tempfile.TemporaryDirectory() as tmp:
        db = build(Path(tmp) / "besar.db")
        with Store.open(db) as store:
            t_all, c_all, counts = _timed_cpu(lambda: ekspor(store, Path(tmp) / "semua.xlsx"))
            print(f"ekspor seluruh periode: {t_all:.2f} s median, CPU {c_all:.2f} s ({sum(counts.values())} baris, "
                  f"{(Path(tmp) / 'semua.xlsx').stat().st_size // 1024} KiB)")
            out = Path(tmp) / "tahun.xlsx"
            t_year, counts = _timed(lambda: ekspor(store, out, tahun=tahun))
            print(f"ekspor tahun {tahun}: {t_year:.2f} s median ({sum(counts.values())} baris: {counts})")
            _edit(out, 1000)
            t_prev, pr = _timed(lambda: pratinjau(store, out))
            print(f"pratinjau 1.000 isian berubah: {t_prev:.2f} s median ({len(pr.ubah)} berubah, {len(pr.tolak)} ditolak)")
            start = time.perf_counter()
            terapkan(store, pr)
            print(f"tulis: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
