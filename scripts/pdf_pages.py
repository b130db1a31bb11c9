"""Print the Belawang sample's documents and render every page to PNG (needs pdftoppm from
poppler-utils), to compare the layout with the reference by eye.

    .venv/bin/python scripts/pdf_pages.py [OUT_DIR] [--paper a4|f4]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="halaman-pdf", type=Path)
    parser.add_argument("--paper", choices=["a4", "f4"], default="a4")
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm tidak ada: apt-get install poppler-utils", file=sys.stderr)
        return 1
    from app.models.store import Store
    from app.reports import render
    from app.reports.common import Options

    args.out.mkdir(parents=True, exist_ok=True)
    store = Store.create(Path(tempfile.mkdtemp()) / "belawang.db", sample="belawang")
    # one year of realisasi, so that the capaian report has something to show
    for j in store.jabatan_all(1):
        for s in j.sasaran:
            for n, ind in enumerate(s.indikator):
                t = ind.target_tahun(2018)
                if t and t.nilai:
                    value = t.nilai * Decimal(60 + 9 * n) / 100
                    store.set_realisasi(ind.id, 2018, 4, nilai=value.quantize(Decimal("0.1")))
    jobs = [("lampiran", {}), ("matriks", {}), ("capaian", {"tahun": 2018, "triwulan": 4})]
    for dokumen, params in jobs:
        pdf = args.out / f"{dokumen}-{args.paper}.pdf"
        pages = render.print_to_file(store, dokumen, pdf, Options(paper=args.paper), **params)
        subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(args.out / f"{dokumen}-{args.paper}")],
                       check=True)
        print(f"{pdf}: {pages} halaman -> {args.out}/{dokumen}-{args.paper}-*.png")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
