"""Printing benchmarks (run by hand, quote the figures):

    .venv/bin/python bench/bench_reports.py            # Belawang set + capaian report
    .venv/bin/python bench/bench_reports.py matriks 2000 20000   # the matrix at these sizes
    .venv/bin/python bench/bench_reports.py sk [RUNS] [OTHER]   # the whole Belawang decree, `kinerja print sk`
                                                    # (also as `python -S`: the frozen app's start, no site)
                                                    # (OTHER: another copy of the source, run interleaved)

Goals (issue 4): the whole Belawang set (every lampiran and the matrix) ≤ 1 s in one
process; the capaian report of the large synthetic database (≥ 200 pages) ≤ 15 s and
≤ 300 MB peak memory. Issue 12: the whole Belawang decree (`kinerja print sk`: every lampiran
in number order, then the matrix, one PDF) as one process ≤ 0.25 s median. Issue 10: the matrix is linear in the number of indicators,
2,000 ≤ 3 s and 20,000 ≤ 30 s and ≤ 400 MB. Each measurement runs in a fresh child process, so its peak memory
(ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
from app.models.store import Store
from app.reports import render
from app.reports.common import Options
store = Store.open({db!r})
t1 = time.perf_counter()
pages = 0
for dokumen, params in {jobs!r}:
    data = render.gather(store, dokumen, **params)
    content, n = render.build_bytes(dokumen, data, Options())
    pages += n
t2 = time.perf_counter()
print(json.dumps({{"import_open_s": t1 - t0, "build_s": t2 - t1, "total_s": t2 - t0, "pages": pages,
                   "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def installed_env() -> dict:
    """The environment of an installed app: its modules compiled once (an installer ships
    .pyc files), never from source on every start as under PYTHONDONTWRITEBYTECODE=1 (set
    in some shells: it made a short print spend ~0.1 s compiling our modules). The cache
    goes to a temporary folder, not into the source tree. The font metrics cache too: the
    user's one is shared by every copy of the source on the machine, each font file with its
    own time stamp, so copies printing in turn read the fonts again and again."""
    import os

    extra = os.environ.get("PYTHONPATH")  # kept after ours: e.g. a folder with packages not yet in the venv
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *([extra] if extra else [])]),
           "PYTHONPYCACHEPREFIX": str(_PYCACHE),
           "KINERJA_CACHE_DIR": str(_PYCACHE.with_name("cache"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


_PYCACHE = Path(tempfile.mkdtemp()) / "pycache"


def run(db: Path, jobs: list) -> dict:
    code = CHILD.format(root=str(ROOT), db=str(db), jobs=jobs)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=installed_env())
    return json.loads(r.stdout)


def synthetic(db: Path, n: int | None = None) -> Path:
    """Built in a child process: Linux keeps a process's peak RSS across exec, so a parent
    grown by building 20,000 indicators would pass its peak to every measuring child."""
    args = [sys.executable, str(ROOT / "bench" / "synthetic.py"), str(db)] + ([str(n)] if n else [])
    subprocess.run(args, check=True, capture_output=True)
    return db


def bench_matriks(sizes: list[int]) -> None:
    """Gather + build the matrix of a synthetic database of each size (all indicators in it)."""
    tmp = Path(tempfile.mkdtemp())
    for n in sizes:
        db = synthetic(tmp / f"sintetis-{n}.db", n)
        r = run(db, [("matriks", {})])
        print(f"matrix of {n:,} indicators: {r['pages']} pages in {r['build_s']:.1f} s (gather + build; "
              f"{r['total_s']:.1f} s with imports), peak RSS {r['peak_mb']:.0f} MB")


def bench_sk(sample: Path, runs: int = 11, before: Path | None = None) -> None:
    """`kinerja print sk` as the user runs it: a whole process, timed from outside (median),
    interleaved with a bare Python start and a bare `import reportlab.platypus` (the machine's
    load changes from minute to minute: the ratio is the steadier figure), beside the same
    job's parts measured inside one process. Each child's CPU time (user + system, from
    os.wait4) is the steadiest figure on a shared machine: waiting for a core is not in it.
    ``before``: another copy of the source (e.g. `git worktree add /tmp/main main`), run
    interleaved with this one, with its own compiled modules and caches."""
    import os
    import statistics
    import sysconfig

    out = sample.with_name("sk.pdf")
    sk = [sys.executable, "-m", "app", "--db", str(sample), "print", "sk", "--out", str(out)]
    env = installed_env()
    # as the installed (frozen) app starts: no site module, so no editable-install finder of a
    # development venv (it imports pathlib, re, urllib.parse at every start); packages on the path
    frozen = {**env, "PYTHONPATH": os.pathsep.join([env["PYTHONPATH"], sysconfig.get_paths()["purelib"]])}
    cmds = {"sk": (sk, env, ROOT), "sk -S": ([sys.executable, "-S", *sk[1:]], frozen, ROOT),
            "bare": ([sys.executable, "-c", "pass"], env, ROOT),
            "rl": ([sys.executable, "-c", "import reportlab.platypus"], env, ROOT)}
    if before is not None:
        cache = Path(tempfile.mkdtemp())
        cmds["before"] = (sk, {**env, "PYTHONPATH": str(before), "PYTHONPYCACHEPREFIX": str(cache / "pycache"),
                               "KINERJA_CACHE_DIR": str(cache / "cache")}, before)
    for key in ("sk", "before"):  # compiles the modules once and fills the caches, as an installed app has them
        if key in cmds:
            subprocess.run(cmds[key][0], check=True, capture_output=True, env=cmds[key][1], cwd=cmds[key][2])
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
    for _ in range(runs):
        for k, (cmd, e, cwd) in cmds.items():
            times[k].append(_timed(cmd, e, cwd))
    wall = {k: statistics.median(t[0] for t in v) for k, v in times.items()}
    cpu = {k: statistics.median(t[1] for t in v) for k, v in times.items()}
    inside = sorted((run(sample, [("sk", {})]) for _ in range(5)), key=lambda r: r["total_s"])[2]
    print(f"Belawang decree (print sk, {inside['pages']} pages), median of {runs} processes: "
          f"wall {wall['sk']:.3f} s (min {min(t[0] for t in times['sk']):.3f} s) = {wall['sk'] / wall['bare']:.1f} × "
          f"a bare Python start ({wall['bare']:.3f} s); CPU {cpu['sk']:.3f} s (min {min(t[1] for t in times['sk']):.3f} s; "
          f"bare Python {cpu['bare']:.3f} s); `python -c 'import reportlab.platypus'` wall {wall['rl']:.3f} s, "
          f"CPU {cpu['rl']:.3f} s; inside one process (the store's path): imports + open {inside['import_open_s']:.3f} s, "
          f"gather + build {inside['build_s']:.3f} s (goal ≤ 0.25 s)")
    print(f"  as the installed app starts (python -S, no site nor the dev venv's editable finder): "
          f"wall {wall['sk -S']:.3f} s (min {min(t[0] for t in times['sk -S']):.3f} s), CPU {cpu['sk -S']:.3f} s")
    if before is not None:
        print(f"  {before} in the same run: wall {wall['before']:.3f} s (= {wall['before'] / wall['bare']:.1f} × bare), "
              f"CPU {cpu['before']:.3f} s (min {min(t[1] for t in times['before']):.3f} s); "
              f"this copy / that one: CPU {cpu['sk'] / cpu['before']:.2f}, wall {wall['sk'] / wall['before']:.2f}")


def _timed(cmd: list, env: dict, cwd: Path) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one child process (run in ``cwd``: `-m app`
    imports the app of the current folder first)."""
    import os
    import time

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) > 1 and sys.argv[1] == "matriks":
        bench_matriks([int(a) for a in sys.argv[2:]] or [2000])
        return
    from app.models.store import Store

    if len(sys.argv) > 1 and sys.argv[1] == "sk":
        sample = Path(tempfile.mkdtemp()) / "belawang.db"
        Store.create(sample, sample="belawang").close()
        bench_sk(sample, int(sys.argv[2]) if len(sys.argv) > 2 else 11, Path(sys.argv[3]) if len(sys.argv) > 3 else None)
        return

    tmp = Path(tempfile.mkdtemp())
    sample = tmp / "belawang.db"
    Store.create(sample, sample="belawang").close()
    big = synthetic(tmp / "sintetis.db")

    belawang = [run(sample, [("lampiran", {}), ("matriks", {})]) for _ in range(5)]
    best = sorted(belawang, key=lambda r: r["total_s"])[len(belawang) // 2]
    print(f"Belawang set (7 lampiran + matrix, {best['pages']} pages), median of {len(belawang)} runs: "
          f"{best['total_s']:.2f} s in one process (imports + open {best['import_open_s']:.2f} s, "
          f"gather + build {best['build_s']:.2f} s), peak {best['peak_mb']:.0f} MB (goal ≤ 1 s)")
    bench_sk(sample)
    cap = run(big, [("capaian", {"tahun": 2020, "triwulan": 4})])
    print(f"capaian report of the large database: {cap['pages']} pages in {cap['total_s']:.1f} s "
          f"(build {cap['build_s']:.1f} s), peak {cap['peak_mb']:.0f} MB (goals ≤ 15 s, ≤ 300 MB)")


if __name__ == "__main__":
    main()
