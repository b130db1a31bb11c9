"""Power-cut bench: a real commit that grows the file is killed (SIGKILL, by strace's fault
injection) at each of its writes in turn; after every kill the app must open the file,
every acknowledged edit must be there and the half-done commit wholly present (only if it
may have been written through) or wholly absent.

    .venv/bin/python bench/powercut.py [--points K] [--no-cli] [--keep]

Needs strace (``apt-get install -y strace``). The child (bench/powercut_child.py) opens a
copy of the Belawang sample through ``Store.open``, makes small edits it acknowledges on
stdout, then one larger commit (``Store.set_penjelasan`` with 120 long paragraphs). A dry
run under strace lists every write of that commit as it reaches the kernel (``pwrite64`` to
the journal and the file, ``fdatasync`` of journal, folder and file, the ``unlink`` of the
journal that is the commit point, the ``write`` of its acknowledgement); then for each
point a fresh copy is written again with ``-e inject=SYSCALL:signal=SIGKILL:when=N``
(the Nth call of that system call, counted by strace from the program's start), so the
process dies on entering that call, which is not carried out. The strace log of each run
confirms that the kill landed on the intended call (same call, same file, same offset).

A SIGKILL keeps what the kernel was given; a real power cut may also lose writes not yet
synced. SQLite syncs the journal before it touches the file, so the kill points cover the
states a cut can leave in the order SQLite forces; they do not model a disk reordering
unsynced writes.

After each kill, on separate copies of the file and its journal:
- app: ``Store.open`` in a fresh process (bench/powercut_child.py open), its integrity
  check, the acknowledged edits and the state of the larger commit read through it;
- app-ro: the same with ``Store.open(read_only=True)`` (a second copy of the app);
- cli: ``python -m app --db X check`` (exit status 0 expected);
- ref: plain ``sqlite3`` as a reference (SQLite rolls a hot journal back itself).
The state is "absent" when every table equals the run stopped before the larger commit,
"present" when every table equals the run that finished it, "PARTIAL" otherwise.

Exit status 0 when every point passes everywhere, 1 otherwise (the table says where).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = ROOT / "bench" / "powercut_child.py"
sys.path.insert(0, str(ROOT))

from bench.powercut_child import fingerprint, missing_acks  # noqa: E402

SYSCALLS = ("pwrite64", "write", "fdatasync", "fsync", "unlink")
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_LINE = re.compile(r"^(?:\d+ +)?(\w+)\((.*)$")


@dataclasses.dataclass
class Point:
    syscall: str
    when: int  # the how-many-th call of ``syscall`` since the program started
    what: str  # e.g. "k.db @413696+4096"

    def label(self) -> str:
        return f"{self.syscall}#{self.when} {self.what}"


@dataclasses.dataclass
class Row:
    point: Point
    index: int = 0  # 1 = the first write of the larger commit
    landed: bool = False
    acks: list[str] = dataclasses.field(default_factory=list)
    journal: str = "n"
    short: bool = False
    app: str = ""
    app_ok: bool = False
    ro: str = ""
    ro_ok: bool = False
    cli: str = ""
    cli_ok: bool = False
    ref: str = ""
    ref_ok: bool = False

    @property
    def big_acked(self) -> bool:
        return any(a.startswith("ack besar") for a in self.acks)


def describe(line: str) -> tuple[str, str] | None:
    """(system call, what it touches) of one strace line, or None for other lines."""
    m = _LINE.match(line)
    if not m or m.group(1) not in SYSCALLS:
        return None
    name, args = m.groups()
    fd = re.match(r"\d+<([^>]*)>", args)
    target = Path(fd.group(1)).name if fd else args.split('"')[1] if '"' in args else "?"
    if fd and "." not in target and not target.startswith(("pipe:", "/dev/")):
        target = "folder"  # the folder SQLite syncs after creating the journal (its name differs per run)
    if name == "pwrite64":
        sizes = re.search(r", (\d+), (\d+)\) = ", args)
        return name, f"{target} @{sizes.group(2)}+{sizes.group(1)}" if sizes else f"{target} @?"
    if name == "write":
        if fd and fd.group(1).startswith(("pipe:", "/dev/")):
            text = re.search(r'"((?:[^"\\]|\\.)*)"', args)
            return name, f"stdout {text.group(1) if text else '?'}"
        return name, target
    if name == "unlink":
        return name, Path(target).name
    return name, target


def trace_points(log: Path) -> list[Point]:
    """Every write of the larger commit in a dry run's strace log: from after ``mulai``
    to its acknowledgement, each with its ordinal among the calls of its kind."""
    seen = {name: 0 for name in SYSCALLS}
    points, inside = [], False
    for line in log.read_text(errors="replace").splitlines():
        found = describe(line)
        if found is None:
            continue
        name, what = found
        seen[name] += 1
        if inside:
            points.append(Point(name, seen[name], what))
            if what.startswith("stdout ack besar"):
                return points
        elif what.startswith("stdout mulai"):
            inside = True
    raise RuntimeError(f"the dry run did not finish its larger commit (see {log})")


def last_call(log: Path) -> tuple[str, str] | None:
    """The call the process died in, from the log of a killed run."""
    lines = log.read_text(errors="replace").splitlines()
    if not lines or "killed by SIGKILL" not in lines[-1]:
        return None
    for line in reversed(lines[:-1]):
        found = describe(line.replace(") = ?", ") = 0"))
        if found is not None:
            return found
    return None


def child_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    env.pop("KINERJA_DB", None)
    return env


def write_run(db: Path, log: Path, inject: Point | None = None, stop_before_big: bool = False) -> list[str]:
    """Run the writing child (under strace when ``log`` is given); its acknowledgements."""
    cmd = [sys.executable, str(CHILD), "write", str(db)] + (["--stop-before-big"] if stop_before_big else [])
    if log is not None:
        trace = ["strace", "-y", "-o", str(log), "-e", "trace=" + ",".join(SYSCALLS)]
        if inject is not None:
            trace += ["-e", f"inject={inject.syscall}:signal=SIGKILL:when={inject.when}"]
        cmd = trace + cmd
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env(), timeout=120).stdout
    *lines, _rest = out.split(b"\n")  # a line without its newline is no acknowledgement
    return [line.decode() for line in lines if line.startswith(b"ack ")]


def copy_pair(db: Path, dest_dir: Path) -> Path:
    dest_dir.mkdir()
    shutil.copyfile(db, dest_dir / db.name)
    journal = Path(str(db) + "-journal")
    if journal.exists():
        shutil.copyfile(journal, dest_dir / journal.name)
    return dest_dir / db.name


def journal_state(db: Path) -> str:
    journal = Path(str(db) + "-journal")
    if not journal.exists():
        return "n"
    head = journal.read_bytes()[:8]
    return f"y ({'hot' if head == JOURNAL_MAGIC else 'not hot'}, {journal.stat().st_size} B)"


def shorter_than_header(db: Path) -> bool:
    head = db.read_bytes()[:100]
    page_size = int.from_bytes(head[16:18], "big")
    pages = int.from_bytes(head[28:32], "big")
    return db.stat().st_size < pages * (65536 if page_size == 1 else page_size)


def state(prints: dict, before: dict, after: dict) -> str:
    if prints == before:
        return "absent"
    if prints == after:
        return "present"
    return "PARTIAL (" + ", ".join(t for t in sorted(set(prints) | set(after)) if prints.get(t) not in (before.get(t), after.get(t))) + ")"


def verdict(row: Row, integrity: list, missing: list, big: str) -> tuple[str, bool]:
    """One cell of the table and whether it passes."""
    ok = not integrity and not missing and big in ("absent", "present") and not (row.big_acked and big != "present")
    text = f"integrity {'ok' if not integrity else integrity[:2]}, acked {'ok' if not missing else 'LOST ' + '; '.join(missing)}, big {big}"
    return text, ok


def ref_check(db: Path, acks: list[str], before: dict, after: dict, row: Row) -> None:
    con = sqlite3.connect(db)  # read-write: SQLite rolls a hot journal back itself
    try:
        def execute(sql, params):
            return con.execute(sql, params).fetchall()

        integrity = [r[0] for r in execute("PRAGMA integrity_check", ()) if r[0] != "ok"]
        row.ref, row.ref_ok = verdict(row, integrity, missing_acks(execute, acks), state(fingerprint(execute), before, after))
    except sqlite3.Error as exc:
        row.ref, row.ref_ok = f"sqlite3 error: {exc}", False
    finally:
        con.close()


def app_check(db: Path, acks: list[str], before: dict, after: dict, row: Row, mode: str = "open") -> tuple[str, bool]:
    proc = subprocess.run([sys.executable, str(CHILD), mode, str(db), *acks], capture_output=True, text=True,
                          env=child_env(), timeout=120)
    try:
        report = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return f"crash (exit {proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}", False
    if not report["opened"]:
        return f"REFUSED: {report['error']}", False
    if "failed" in report:
        return f"FAILED after opening: {report['failed']}", False
    return verdict(row, report["integrity"], report["missing"], state(report["fingerprint"], before, after))


def cli_check(db: Path, row: Row) -> None:
    proc = subprocess.run([sys.executable, "-m", "app", "--db", str(db), "check"], capture_output=True, text=True,
                          env=child_env(), cwd=ROOT, timeout=120)
    row.cli_ok = proc.returncode == 0
    message = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
    row.cli = f"exit {proc.returncode}" + ("" if row.cli_ok else f": {message[-1] if message else ''}")


def fingerprint_of(db: Path) -> dict:
    con = sqlite3.connect(db)
    try:
        return fingerprint(lambda sql, params: con.execute(sql, params).fetchall())
    finally:
        con.close()


def prepare(work: Path) -> tuple[Path, list[Point], dict, dict]:
    """The sample, the states before and after the larger commit, and its write points."""
    from app.models.store import Store

    template = work / "contoh.db"
    Store.create(template, sample="belawang").close()
    before_db = copy_pair(template, work / "sebelum")
    assert len(write_run(before_db, None, stop_before_big=True)) == 3
    dry_db = copy_pair(template, work / "kering")
    acks = write_run(dry_db, work / "kering" / "strace.log")
    assert any(a.startswith("ack besar") for a in acks), acks
    return template, trace_points(work / "kering" / "strace.log"), fingerprint_of(before_db), fingerprint_of(dry_db)


def spread(points: list[Point], k: int | None) -> list[Point]:
    """``k`` points: every one that is not a page write (the syncs, the journal's unlink,
    the acknowledgement), the rest spread evenly, the first and the last included."""
    if k is None or k >= len(points):
        return points
    chosen = {i for i, p in enumerate(points) if p.syscall != "pwrite64"} | {0, len(points) - 1}
    rest = max(k - len(chosen), 0)
    chosen |= {round(i * (len(points) - 1) / (rest + 1)) for i in range(1, rest + 1)}
    for i in range(len(points)):  # fill up where rounding met a chosen point
        if len(chosen) >= k:
            break
        chosen.add(i)
    return [points[i] for i in sorted(chosen)]


def run_point(template: Path, work: Path, index: int, point: Point, before: dict, after: dict, cli: bool = True) -> Row:
    row = Row(point, index)
    here = work / f"titik{index:03d}"
    db = copy_pair(template, here)
    row.acks = write_run(db, here / "strace.log", inject=point)
    row.landed = last_call(here / "strace.log") == (point.syscall, point.what)
    row.journal, row.short = journal_state(db), shorter_than_header(db)
    row.app, row.app_ok = app_check(copy_pair(db, here / "app"), row.acks, before, after, row)
    row.ro, row.ro_ok = app_check(copy_pair(db, here / "app-ro"), row.acks, before, after, row, "open-ro")
    if cli:
        cli_check(copy_pair(db, here / "cli"), row)
    else:
        row.cli_ok, row.cli = True, "-"
    ref_check(copy_pair(db, here / "ref"), row.acks, before, after, row)
    return row


def run(points: int | None = None, cli: bool = True, work: Path | None = None, only: list[int] | None = None,
        out=print) -> list[Row]:
    """Kill the larger commit at ``points`` of its writes spread over it (all when None),
    or at the write points numbered ``only`` (1 = its first write)."""
    if shutil.which("strace") is None:
        raise SystemExit("strace is needed: apt-get install -y strace")
    work = Path(work or tempfile.mkdtemp(prefix="powercut-"))
    template, all_points, before, after = prepare(work)
    chosen = [all_points[i - 1] for i in only] if only else spread(all_points, points)
    out(f"{len(all_points)} write points in the larger commit; killing at {len(chosen)} of them (work: {work})")
    rows = []
    for point in chosen:
        index = all_points.index(point) + 1
        row = run_point(template, work, index, point, before, after, cli)
        rows.append(row)
        out(format_row(row))
    return rows


def format_row(row: Row) -> str:
    return (f"{row.index:3d} | {row.point.label():40s} | landed {'y' if row.landed else 'N'} | journal {row.journal:22s} | "
            f"short {'y' if row.short else 'n'} | acks {len(row.acks)} (big {'y' if row.big_acked else 'n'}) | "
            f"app: {row.app} | app-ro: {row.ro} | cli: {row.cli} | ref: {row.ref}")


def _signature(row: Row) -> tuple:
    journal = row.journal.split(",")[0] + ")" if "(" in row.journal else row.journal
    target = row.point.what.split(" @")[0].split(" ")[0]
    big = "present" if " big present" in row.ref else "absent" if " big absent" in row.ref else "OTHER"
    return (row.point.syscall, target, journal, "y" if row.short else "n", "y" if row.big_acked else "n",
            "ok" if row.app_ok else "REFUSED" if row.app.startswith("REFUSED") else "FAILED",
            "ok" if row.ro_ok else "REFUSED" if row.ro.startswith("REFUSED") else "FAILED",
            "-" if row.cli == "-" else "ok" if row.cli_ok else "FAILED", "ok" if row.ref_ok else "FAILED", big)


def grouped(rows: list[Row]) -> list[str]:
    """The table with neighbouring points of the same outcome on one line."""
    lines = ["points   | kills | syscall   | file              | journal after kill | short | big acked | app     | app-ro  | cli    | "
             "ref sqlite3 | big commit"]
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or _signature(rows[i]) != _signature(rows[start]):
            span = f"{rows[start].index}" if i - 1 == start else f"{rows[start].index}-{rows[i - 1].index}"
            lines.append(f"{span:8s} | {i - start:5d} | " + " | ".join(f"{v:{w}s}" for v, w in zip(_signature(rows[start]),
                                                                                  (9, 17, 18, 5, 9, 7, 7, 6, 11, 7))))
            start = i
    return lines


def summary(rows: list[Row]) -> str:
    failed_app = [r for r in rows if not r.app_ok]
    lines = grouped(rows) + [
        f"{len(rows)} kills; landed on the intended call: {sum(r.landed for r in rows)}; "
        f"acknowledged edits: {sum(len(r.acks) for r in rows)}; "
        f"journal left: {sum(r.journal != 'n' for r in rows)}; file shorter than its header: {sum(r.short for r in rows)}",
        f"big commit (ref): absent {sum(' big absent' in r.ref for r in rows)}, present {sum(' big present' in r.ref for r in rows)}, "
        f"other {sum(not (' big absent' in r.ref or ' big present' in r.ref) for r in rows)}",
        f"ref (plain sqlite3) ok: {sum(r.ref_ok for r in rows)}/{len(rows)}; app (Store.open) ok: "
        f"{len(rows) - len(failed_app)}/{len(rows)}; app read-only ok: {sum(r.ro_ok for r in rows)}/{len(rows)}; cli check exit 0: {sum(r.cli_ok for r in rows)}/{len(rows)}",
    ]
    failures: dict[str, list[str]] = {}
    for r in rows:
        for where, text, ok in (("app", r.app, r.app_ok), ("app-ro", r.ro, r.ro_ok), ("cli", r.cli, r.cli_ok),
                                ("ref", r.ref, r.ref_ok),
                                ("landed", "the kill did not land on the intended call", r.landed)):
            if not ok:
                failures.setdefault(f"{where}: {re.sub(r'[0-9][0-9.]*', 'N', text)}", []).append(r.point.label())
    for text, where in failures.items():
        lines.append(f"  FAILED at {len(where)} points ({', '.join(where[:3])}{', ...' if len(where) > 3 else ''}): {text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=None, help="kill points spread over the commit (default: all)")
    parser.add_argument("--only", type=int, nargs="*", help="kill at these write points (1 = the first)")
    parser.add_argument("--no-cli", action="store_true", help="skip 'python -m app check' after each kill")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="powercut-"))
    try:
        rows = run(args.points, cli=not args.no_cli, work=work, only=args.only)
        print(summary(rows))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    ok = all(r.landed and r.app_ok and r.ro_ok and r.cli_ok and r.ref_ok for r in rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
