"""Crash test: a child process edits through the store and reports each commit it was
told succeeded; it is killed with SIGKILL at a random moment, again and again. After every
kill the database must pass the integrity check and hold every reported edit.

    .venv/bin/python bench/crash_test.py [KILLS]      (default 100)

The test suite runs the same check with fewer kills (tests/test_crash.py).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import random, sys
sys.path.insert(0, {root!r})
from decimal import Decimal
from app.models.store import Store
store = Store.open(sys.argv[1])
ids = [i.id for j in store.jabatan_all(1) for s in j.sasaran for i in s.indikator]
counter = int(sys.argv[2])
rnd = random.Random(counter)
print("siap", flush=True)
while True:
    counter += 1
    ind = rnd.choice(ids)
    kind = rnd.randrange(3)
    if kind == 0:
        year = rnd.randrange(2018, 2023)
        store.set_target(ind, year, Decimal(counter))
        print(f"target {{ind}} {{year}} {{counter}}", flush=True)
    elif kind == 1:
        year, tw = rnd.randrange(2018, 2023), rnd.randrange(1, 5)
        store.set_realisasi(ind, year, tw, nilai=Decimal(counter), catatan=f"c{{counter}}")
        print(f"realisasi {{ind}} {{year}}-{{tw}} {{counter}}", flush=True)
    else:
        store.update("indikator", ind, satuan=f"s{{counter}}")
        print(f"satuan {{ind}} - {{counter}}", flush=True)
"""


def db_value(con: sqlite3.Connection, kind: str, ind: int, key: str) -> int | None:
    if kind == "target":
        row = con.execute("SELECT nilai FROM target WHERE indikator_id=? AND tahun=?", (ind, int(key))).fetchone()
    elif kind == "realisasi":
        year, tw = key.split("-")
        row = con.execute("SELECT nilai FROM realisasi WHERE indikator_id=? AND tahun=? AND triwulan=?",
                          (ind, int(year), int(tw))).fetchone()
    else:
        row = con.execute("SELECT substr(satuan, 2) FROM indikator WHERE id=?", (ind,)).fetchone()
    return None if row is None or row[0] in (None, "") else int(Decimal(str(row[0])))


def run(kills: int, seed: int = 7, max_delay: float = 0.08) -> dict:
    sys.path.insert(0, str(ROOT))
    from app.models.store import Store

    rnd = random.Random(seed)
    path = Path(tempfile.mkdtemp()) / "crash.db"
    Store.create(path, sample="belawang").close()
    code = CHILD.format(root=str(ROOT))
    reported: dict[tuple[str, int, str], int] = {}
    counter, total_edits, t0 = 1_000_000, 0, time.perf_counter()
    for n in range(kills):
        child = subprocess.Popen([sys.executable, "-c", code, str(path), str(counter)], stdout=subprocess.PIPE,
                                 text=True, bufsize=1)
        assert child.stdout.readline().strip() == "siap"
        time.sleep(rnd.uniform(0, max_delay))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        child.stdout.close()
        for line in out.splitlines():
            kind, ind, key, value = line.split()
            reported[(kind, int(ind), key)] = int(value)
            counter = max(counter, int(value))
            total_edits += 1
        counter += 10_000  # the next child's values are above anything written so far
        con = sqlite3.connect(path)
        try:
            problems = [r[0] for r in con.execute("PRAGMA integrity_check")]
            assert problems == ["ok"], f"kill {n + 1}: {problems}"
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            for (kind, ind, key), value in reported.items():
                got = db_value(con, kind, ind, key)
                assert got is not None and got >= value, f"kill {n + 1}: {kind} {ind} {key} lost ({got} < {value})"
        finally:
            con.close()
    return {"kills": kills, "edits_reported": total_edits, "keys": len(reported), "seconds": time.perf_counter() - t0}


if __name__ == "__main__":
    result = run(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
    print(f"{result['kills']} kills with SIGKILL, {result['edits_reported']} committed edits reported "
          f"({result['keys']} distinct cells), every one found after every kill, integrity ok every time; "
          f"{result['seconds']:.1f} s")
