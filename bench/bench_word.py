"""Word export bench (issue 14: "docx of the whole SK ≤ 2 s"): `kinerja print sk --format
docx` of the Belawang sample and of the large synthetic database (bench/synthetic.py: 50
jabatan, 2,000 indicators in the lampiran and the matrix), timed inside one process
(imports + open, gather, build + write) and as a whole process from outside (median).

    .venv/bin/python bench/bench_word.py [RUNS]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_reports import installed_env, synthetic  # noqa: E402

CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from pathlib import Path
from app.models.store import Store
from app.reports import render
from app.reports.word import build_docx
with Store.open(Path({db!r})) as store:
    t1 = time.perf_counter()
    data = render.gather(store, "sk")
    t2 = time.perf_counter()
content = build_docx("sk", data, render.Options())
render.write_atomically(Path({out!r}), content, "Berkas Word")
t3 = time.perf_counter()
rows = sum(len(h.jabatan.sasaran) for h in data.lampiran.halaman)
print(json.dumps({{"import_open_s": t1 - t0, "gather_s": t2 - t1, "build_s": t3 - t2, "total_s": t3 - t0,
                  "kb": len(content) // 1024, "indikator": sum(len(b.indikator) for b in data.matriks.baris),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def inside(db: Path, runs: int) -> dict:
    code = CHILD.format(root=str(ROOT), db=str(db), out=str(db.with_suffix(".docx")))
    results = [json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                         env=installed_env()).stdout) for _ in range(runs)]
    return sorted(results, key=lambda r: r["total_s"])[len(results) // 2]


def process(db: Path, runs: int) -> float:
    cmd = [sys.executable, "-m", "app", "--db", str(db), "print", "sk", "--format", "docx", "--out",
           str(db.with_name("sk-cli.docx"))]
    walls = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=installed_env())
        walls.append(time.perf_counter() - t0)
    return statistics.median(walls)


def main() -> None:
    from app.models.store import Store

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    tmp = Path(tempfile.mkdtemp())
    sample = tmp / "belawang.db"
    Store.create(sample, sample="belawang").close()
    big = synthetic(tmp / "sintetis.db")
    for name, db in (("Belawang sample", sample), ("large synthetic database", big)):
        r = inside(db, runs)
        wall = process(db, runs)
        print(f"{name}: docx of the whole SK ({r['indikator']:,} matrix indicators, {r['kb']:,} KB), median of "
              f"{runs}: `print sk --format docx` as a process {wall:.2f} s; inside: imports + open "
              f"{r['import_open_s']:.2f} s, gather {r['gather_s']:.2f} s, build + write {r['build_s']:.2f} s, "
              f"peak {r['peak_mb']:.0f} MB (goal ≤ 2 s)")


if __name__ == "__main__":
    main()
