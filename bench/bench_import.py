"""Importing a 20-page Word file (issue 12: ≤ 2 s). The file is the sample laid out like its
printed annexes (tests/impor_contoh.py), its seven lampiran three times over — about 25
pages of A4 landscape at the reference's density (its matrix and seven lampiran fill 15
pages) — read, planned and written into an empty database. Median of 5 runs; the write
alone is shown too (the window runs it on the GUI thread: app/ui/impor_dialog.py).

    .venv/bin/python bench/bench_import.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models.impor import baca  # noqa: E402
from app.models.impor.tulis import impor  # noqa: E402
from app.models.store import Store  # noqa: E402
from tests.impor_contoh import belawang_docx  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = belawang_docx(Path(tmp) / "sk.docx", kali=3)
        times, reads, writes = [], [], []
        for n in range(5):
            db = Path(tmp) / f"k{n}.db"
            Store.create(db).close()
            start = time.perf_counter()
            rencana = baca(source)
            read = time.perf_counter()
            with Store.open(db) as store:
                wrote = time.perf_counter()
                impor(store, rencana)
                writes.append(time.perf_counter() - wrote)
            times.append(time.perf_counter() - start)
            reads.append(read - start)
        size = source.stat().st_size // 1024
        print(f"impor {source.name} ({size} KiB, {rencana.jumlah()['lampiran']} lampiran, "
              f"{rencana.jumlah()['indikator']} indikator): median {statistics.median(times):.3f} s "
              f"(membaca {statistics.median(reads):.3f} s, menulis {statistics.median(writes):.3f} s), terlama {max(times):.3f} s")


if __name__ == "__main__":
    main()
