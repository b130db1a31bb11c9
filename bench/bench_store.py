"""Store benchmark on the large synthetic database (run by hand, quote the figures).

    .venv/bin/python bench/bench_store.py

Goals (issue 2): open ≤ 200 ms; load one jabatan with everything its editor needs ≤ 10 ms
(medians on this machine).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models.store import Store  # noqa: E402
from bench.synthetic import build  # noqa: E402


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    path = Path(tempfile.mkdtemp()) / "sintetis.db"
    t = time.perf_counter()
    build(path)
    print(f"build synthetic database: {time.perf_counter() - t:.2f} s, {path.stat().st_size / 1e6:.1f} MB")

    opens = []
    for _ in range(21):
        t = time.perf_counter()
        store = Store.open(path)
        store.kecamatan()
        periode = store.periode_list()[0]
        store.tree(periode.id)
        opens.append(time.perf_counter() - t)
        store.close()

    store = Store.open(path)
    periode = store.periode_list()[0]
    ids = [j.id for j in store.jabatan_all(periode.id)]
    year = periode.tahun[-1]

    def load(tahun):
        samples, sizes = [], []
        for _ in range(3):
            for jid in ids:
                t = time.perf_counter()
                j = store.jabatan(jid, periode.id, tahun)
                samples.append(time.perf_counter() - t)
                sizes.append(sum(len(i.realisasi) for s in j.sasaran for i in s.indikator))
        return samples, sizes

    loads, sizes = load(year)
    loads_all, sizes_all = load(None)
    one = store.indikator(store.jabatan(ids[0], periode.id).sasaran[0].indikator[0].id)
    ind = []
    for _ in range(200):
        t = time.perf_counter()
        store.indikator(one.id)
        ind.append(time.perf_counter() - t)
    store.close()
    print(f"open (open + kecamatan + periods + navigation tree), median of {len(opens)}: {median_ms(opens):.1f} ms"
          f"  (goal ≤ 200 ms)")
    print(f"load one jabatan for its editor (~40 indicators, all targets, realisasi of {year}: "
          f"~{statistics.median(sizes):.0f} rows), median of {len(loads)}: {median_ms(loads):.2f} ms  (goal ≤ 10 ms); "
          f"max {max(loads) * 1000:.2f} ms")
    print(f"load one jabatan with the realisasi of all {len(periode.tahun)} years (~{statistics.median(sizes_all):.0f} rows), "
          f"median: {median_ms(loads_all):.2f} ms")
    print(f"load one indicator with all its years ({len(one.realisasi)} realisasi), median: {median_ms(ind):.2f} ms")


if __name__ == "__main__":
    main()
