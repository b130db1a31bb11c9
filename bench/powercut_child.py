"""Child of bench/powercut.py.

``python bench/powercut_child.py write DB [--stop-before-big]``: opens a copy of the sample
database through the app's store (``Store.open``), makes a few small edits and
acknowledges each on stdout once its commit has returned, then makes ONE larger commit
that grows the file and acknowledges it. The larger commit goes through the store's public
API: the penjelasan of one indicator replaced by many long paragraphs (one row each; the
history row of that change holds the old and new text too): some 85 pages written to the
end of the file. The parent kills this process (strace fault injection) at one write of it.
Output lines: ``ack target IND YEAR VALUE`` per small edit, ``mulai`` before the larger
commit, ``ack besar IND ROWS`` after it; each line is one ``write``.

``python bench/powercut_child.py open|open-ro DB [ACK ...]``: what the app sees after a cut,
in a fresh process: ``Store.open`` (as the window and the command line open a file;
``open-ro``: ``Store.open(read_only=True)``, as a second copy of the app does), then the
integrity check, the fingerprint of every table and the acknowledgements not found, as
one JSON line (``opened`` false and the message when the store refuses the file).
"""

from __future__ import annotations

import hashlib
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SMALL_EDITS = 3
BIG_ROWS = 120
BIG_TEXT = 1500  # characters per paragraph
BIG_YEAR = 2019
# riwayat: its time and operator differ from run to run; the rest is compared.
_RIWAYAT = "SELECT aksi, jenis, item_id, label, kolom, lama, baru, data FROM riwayat ORDER BY id"

Execute = Callable[[str, tuple], list]


def paragraphs() -> list[str]:
    return [f"Paragraf uji {i:03d}: " + ("listrik padam di tengah penyimpanan " * 60)[:BIG_TEXT] for i in range(BIG_ROWS)]


def ack(line: str) -> None:
    sys.stdout.write(line + "\n")  # one write: a kill never cuts a line in two
    sys.stdout.flush()


def write(path: str, stop_before_big: bool = False) -> None:
    from app.models.store import Store

    store = Store.open(path)
    ids = sorted(i.id for j in store.jabatan_all(1, realisasi=False) for s in j.sasaran for i in s.indikator)
    for k in range(SMALL_EDITS):
        value = 700_001 + k
        store.set_target(ids[k], BIG_YEAR, Decimal(value))
        ack(f"ack target {ids[k]} {BIG_YEAR} {value}")
    big = ids[-1]
    ack("mulai")
    if stop_before_big:
        return
    store.set_penjelasan(big, paragraphs())
    ack(f"ack besar {big} {BIG_ROWS}")
    store.close()


def fingerprint(execute: Execute) -> dict[str, list]:
    """Per table: [row count, digest of every row] (riwayat without its time and operator)."""
    tables = [r[0] for r in execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name", ())]
    result = {}
    for table in tables:
        rows = execute(_RIWAYAT if table == "riwayat" else f'SELECT * FROM "{table}" ORDER BY rowid', ())
        result[table] = [len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:16]]
    return result


def missing_acks(execute: Execute, acks: list[str]) -> list[str]:
    """The acknowledgements whose edit is not in the file, as they were written."""
    missing = []
    for line in acks:
        words = line.split()
        if words[1] == "target":
            rows = execute("SELECT nilai FROM target WHERE indikator_id=? AND tahun=?", (int(words[2]), int(words[3])))
            ok = len(rows) == 1 and rows[0][0] is not None and Decimal(str(rows[0][0])) == Decimal(words[4])
        else:
            rows = execute("SELECT teks FROM penjelasan WHERE indikator_id=? ORDER BY urutan", (int(words[2]),))
            ok = [r[0] for r in rows] == paragraphs()
        if not ok:
            missing.append(line)
    return missing


def open_report(path: str, acks: list[str], read_only: bool = False) -> dict:
    from app.models.errors import KinerjaError
    from app.models.store import Store

    try:
        store = Store.open(path, read_only=read_only)
    except KinerjaError as exc:
        return {"opened": False, "error": str(exc)}
    with store:
        def execute(sql: str, params: tuple) -> list:
            return store.db.execute_sql(sql, params).fetchall()

        try:
            return {"opened": True, "integrity": store.integrity_problems(), "fingerprint": fingerprint(execute),
                    "missing": missing_acks(execute, acks)}
        except Exception as exc:  # noqa: BLE001 - reported to the bench, which shows it
            return {"opened": True, "failed": f"{type(exc).__name__}: {exc}"}


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2], stop_before_big="--stop-before-big" in sys.argv[3:])
    else:
        print(json.dumps(open_report(sys.argv[2], sys.argv[3:], read_only=sys.argv[1] == "open-ro")))
