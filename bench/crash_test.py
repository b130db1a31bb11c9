"""Crash test: a child process edits through the store and reports each commit it was
told succeeded; it is killed with SIGKILL at a random moment, again and again. After every
kill the database must pass the integrity check and hold every reported edit.

    .venv/bin/python bench/crash_test.py [KILLS]      (default 100)

The test suite runs the same check with fewer kills (tests/test_crash.py).

Every acknowledgement counts: the child writes each line with one ``write`` after its
commit has returned; the parent reads the pipe's raw bytes (``os.read``, no buffered
reader of its own that could hold lines back) all the time the child runs, then, after the
kill, to its end, and checks every complete line it ever received. A line cut short by the
kill (no newline) is counted apart and not checked (none is expected: a line is one write
of less than PIPE_BUF bytes).
"""

from __future__ import annotations

import os
import random
import select
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
def ack(line):
    sys.stdout.write(line + "\n")  # one write per line: a kill never cuts a line in two
    sys.stdout.flush()
ack("siap")
while True:
    counter += 1
    ind = rnd.choice(ids)
    kind = rnd.randrange(3)
    if kind == 0:
        year = rnd.randrange(2018, 2023)
        store.set_target(ind, year, Decimal(counter))
        ack(f"target {{ind}} {{year}} {{counter}}")
    elif kind == 1:
        year, tw = rnd.randrange(2018, 2023), rnd.randrange(1, 5)
        store.set_realisasi(ind, year, tw, nilai=Decimal(counter), catatan=f"c{{counter}}")
        ack(f"realisasi {{ind}} {{year}}-{{tw}} {{counter}}")
    else:
        store.update("indikator", ind, satuan=f"s{{counter}}")
        ack(f"satuan {{ind}} - {{counter}}")
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


def read_raw(fd: int, deadline: float | None = None, until: bytes | None = None) -> bytes:
    """Everything the pipe ``fd`` delivers until ``deadline`` (``time.monotonic``), until
    the bytes read contain ``until``, or (both None) until its end. Raw ``os.read``: the
    bytes returned are all the bytes read, none is held back in a buffer of ours."""
    data = bytearray()
    while True:
        if until is not None and until in data:
            return bytes(data)
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return bytes(data)
        chunk = os.read(fd, 65536)
        if not chunk:
            return bytes(data)
        data += chunk


def split_acks(data: bytes) -> tuple[list[str], bytes]:
    """The complete lines of ``data`` and the unfinished rest (cut by the kill)."""
    *lines, rest = data.split(b"\n")
    return [line.decode() for line in lines], rest


def check_file(path: Path, reported: dict[tuple[str, int, str], int], kill: int) -> list[str]:
    """What is wrong with the file after kill number ``kill``: integrity problems and every
    acknowledged edit not found (one line each); an empty list when all is well."""
    con = sqlite3.connect(path)
    try:
        problems = [f"kill {kill}: {r[0]}" for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"kill {kill}: foreign key {r}" for r in con.execute("PRAGMA foreign_key_check")]
        for (kind, ind, key), value in reported.items():
            got = db_value(con, kind, ind, key)
            if got is None or got < value:
                problems.append(f"kill {kill}: LOST {kind} {ind} {key} = {value} (file has {got})")
    finally:
        con.close()
    return problems


def run(kills: int, seed: int = 7, max_delay: float = 0.08, child_code: str = CHILD, min_acks: int = 0) -> dict:
    """``min_acks``: each kill waits for that many acknowledgements first (the test uses 1, so
    that a slow, loaded machine still checks edits at every kill)."""
    sys.path.insert(0, str(ROOT))
    from app.models.store import Store

    rnd = random.Random(seed)
    path = Path(tempfile.mkdtemp()) / "crash.db"
    Store.create(path, sample="belawang").close()
    code = child_code.format(root=str(ROOT))
    reported: dict[tuple[str, int, str], int] = {}
    counter, total_edits, cut_lines, t0 = 1_000_000, 0, 0, time.perf_counter()
    problems: list[str] = []
    for n in range(kills):
        child = subprocess.Popen([sys.executable, "-c", code, str(path), str(counter)], stdout=subprocess.PIPE,
                                 bufsize=0)
        fd = child.stdout.fileno()
        try:
            data = read_raw(fd, until=b"siap\n")
            assert data.startswith(b"siap\n"), f"kill {n + 1}: the child did not start ({data[:200]!r})"
            give_up = time.monotonic() + 30
            while data.count(b"\n") < 1 + min_acks and time.monotonic() < give_up:
                data += read_raw(fd, deadline=time.monotonic() + 0.05)
            # Read while the child writes (its pipe never fills), then kill it and read the rest.
            data += read_raw(fd, deadline=time.monotonic() + rnd.uniform(0, max_delay))
            os.kill(child.pid, signal.SIGKILL)
            data += read_raw(fd)
        finally:
            child.stdout.close()
            child.wait()
        lines, rest = split_acks(data)
        cut_lines += bool(rest)
        for line in lines[1:]:  # lines[0] is "siap"
            kind, ind, key, value = line.split()
            reported[(kind, int(ind), key)] = int(value)
            counter = max(counter, int(value))
            total_edits += 1
        counter += 10_000  # the next child's values are above anything written so far
        problems += check_file(path, reported, n + 1)
    lost = {line.split(" = ")[0].split(": ", 1)[1] for line in problems if ": LOST " in line}
    return {"kills": kills, "edits_reported": total_edits, "keys": len(reported), "cut_lines": cut_lines,
            "lost": len(lost), "problems": problems, "seconds": time.perf_counter() - t0}


if __name__ == "__main__":
    result = run(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
    for line in result["problems"][:50]:
        print(line)
    print(f"{result['kills']} kills with SIGKILL; {result['edits_reported']} acknowledged edits received and checked "
          f"({result['keys']} distinct cells, each checked after every later kill); "
          f"{result['lost']} acknowledged edits lost; {len(result['problems'])} problems found "
          f"(integrity, foreign keys, lost edits, counted per kill); "
          f"{result['cut_lines']} acknowledgement lines cut short by a kill; {result['seconds']:.1f} s")
    sys.exit(1 if result["problems"] else 0)
