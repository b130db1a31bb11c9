"""``kinerja import``: an existing decree (Word or text) into the database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.errors import KinerjaError
from .base import EXIT_OK, db_arg, kunci, resolve_db

if TYPE_CHECKING:
    import argparse


def daftar(sub) -> None:
    p = sub.add_parser("import", help="impor lampiran Keputusan Camat dari dokumen Word (.docx) atau teks")
    p.add_argument("berkas", type=Path, metavar="FILE", help="dokumen .docx, atau teks yang disalin dari PDF")
    db_arg(p)
    p.add_argument("--periode", default=None, metavar="YYYY-YYYY",
                   help="periode tujuan (bawaan: tahun kolom target matriks, atau tahun keputusan s.d. +4)")
    p.add_argument("--ya", action="store_true", help="impor tanpa bertanya (untuk skrip)")


def cmd_import(args: argparse.Namespace) -> int:
    """Read the file, show the plan, ask, then write it in one transaction. Refuses a
    file it cannot read, a period that already holds data, and — without a terminal and
    without --ya — to go on unasked."""
    import re

    from ..models.database import engine_for
    from ..models.impor import baca
    from ..models.impor.cek import peringatan
    from ..models.impor.ringkasan import jumlah_teks, ringkasan
    from ..models.impor.tulis import impor, tujuan_periode
    from ..models.store import Store

    if args.berkas.suffix.lower() == ".xlsx":  # a workbook exported by this app: app/cli/ekspor.py
        from .ekspor import impor_xlsx

        return impor_xlsx(args)
    periode = None
    if args.periode is not None:
        m = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", args.periode)
        if not m or int(m.group(1)) > int(m.group(2)):
            raise KinerjaError(f"Periode «{args.periode}» tidak dikenal. Tulis tahun awal dan akhir, mis. --periode 2021-2026.")
        periode = (int(m.group(1)), int(m.group(2)))
    path = resolve_db(args)
    rencana = baca(args.berkas, periode)
    print("\n".join(ringkasan(rencana)))
    with Store.open(path, read_only=True) as store:
        warnings = peringatan(store, rencana)
    if warnings:
        print("\nPERINGATAN:\n" + "\n".join(f"  - {w}" for w in warnings))
        with Store.open(path, read_only=True) as store, store._read():
            tujuan_periode(rencana)  # a period the user chose, not named: refused before asking
    if not args.ya:
        if not sys.stdin.isatty():
            raise KinerjaError("Impor perlu persetujuan, tetapi tidak ada terminal untuk bertanya. Periksa ringkasan di "
                               "atas, lalu ulangi dengan --ya. Data tidak diubah.")
        if input("\nImpor sekarang? [y/T] ").strip().lower() not in ("y", "ya"):
            raise KinerjaError("Impor dibatalkan. Data tidak diubah.")
    engine_for(path).check(path)
    with kunci(path, "kinerja import"), Store.open(path, operator=None) as store:
        impor(store, rencana)
    print(f"Diimpor ke {path}: {jumlah_teks(rencana)} (periode {rencana.periode_nama}). "
          "Tercatat di Berkas → Riwayat perubahan.")
    return EXIT_OK


COMMANDS = {"import": cmd_import}
