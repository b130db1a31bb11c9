"""``kinerja export xlsx``: a period's workbook for Excel; and the Excel half of
``kinerja import`` (:func:`impor_xlsx`, called by :mod:`app.cli.impor` for a .xlsx file)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.errors import KinerjaError
from .base import EXIT_OK, db_arg, kunci, resolve_db

if TYPE_CHECKING:
    import argparse


def daftar(sub) -> None:
    p = sub.add_parser("export", help="ekspor data ke buku kerja Excel (.xlsx)")
    p.add_argument("format", choices=["xlsx"], help="format berkas: xlsx")
    db_arg(p)
    p.add_argument("--out", type=Path, required=True, metavar="F.xlsx", help="berkas tujuan")
    p.add_argument("--periode", default=None, metavar="NAMA", help="periode (bawaan: periode terbaru yang berisi data)")
    p.add_argument("--jabatan", default=None, metavar="NAMA", help="hanya jabatan ini (buku kerja untuk satu Kasi)")
    p.add_argument("--tahun", type=int, default=None, metavar="YYYY",
                   help="realisasi, rencana aksi dan anggaran tahun ini saja, tiap triwulan satu baris (bawaan: semua tahun yang berisi)")
    p.add_argument("--kosong", action="store_true", help="templat kosong (judul kolom saja) untuk kecamatan baru")


def cmd_export(args: argparse.Namespace) -> int:
    from ..models.excel import ekspor
    from ..models.laporan import periode_cetak
    from ..models.store import Store

    path = resolve_db(args)
    _identitas(path)
    with Store.open(path, read_only=True) as store:
        periode, _bawaan = periode_cetak(store, args.periode, args.tahun)
        counts = ekspor(store, args.out, periode.id, args.jabatan, args.tahun, args.kosong)
    what = "templat kosong" if args.kosong else ", ".join(f"{name} {n} baris" for name, n in counts.items())
    print(f"Periode: {periode.nama} ({periode.tahun_awal}–{periode.tahun_akhir})")
    print(f"{args.out}: {what}")
    return EXIT_OK


def _identitas(path) -> None:
    """Give the database its identity (written into the workbook) when it has none yet and
    nobody holds the file; otherwise the workbook goes without, as the older versions'."""
    from ..models.database import engine_for
    from ..models.errors import BerkasTerkunci
    from ..models.excel.identitas import baca, pastikan
    from ..models.store import Store

    with Store.open(path, read_only=True) as store, store._read():
        if baca():
            return
    engine = engine_for(path)
    try:
        lock = engine.lock(path, "kinerja export").acquire()
    except BerkasTerkunci:
        return
    try:
        with Store.open(path, operator=None) as store:
            pastikan(store)
    finally:
        lock.release()


def impor_xlsx(args: argparse.Namespace) -> int:
    """Show the preview; ask (or --ya); write it in one transaction."""
    from ..models.database import engine_for
    from ..models.excel import pratinjau, terapkan
    from ..models.excel.ringkasan import ringkasan
    from ..models.store import Store

    path = resolve_db(args)
    engine_for(path).check(path)
    with kunci(path, "kinerja import"), Store.open(path, operator=None) as store:
        pr = pratinjau(store, args.berkas)
        print("\n".join(ringkasan(pr)))
        if pr.kosong:
            why = ("tidak ada isian yang dapat diimpor (lihat konflik dan penolakan di atas)" if pr.konflik or pr.tolak
                   else "buku kerja sama dengan basis data")
            print(f"Tidak ada yang diimpor: {why}. Data tidak diubah.")
            return EXIT_OK
        _setuju(args)
        terapkan(store, pr)
    print(f"Diimpor ke {path}: {len(pr.ubah)} isian diubah, {len(pr.baru)} butir baru"
          + (f"; {len(pr.konflik)} konflik dan {len(pr.tolak)} isian ditolak tidak diimpor" if pr.konflik or pr.tolak else "")
          + ". Tercatat di Berkas → Riwayat perubahan.")
    return EXIT_OK


def _setuju(args) -> None:
    if args.ya:
        return
    if not sys.stdin.isatty():
        raise KinerjaError("Impor perlu persetujuan, tetapi tidak ada terminal untuk bertanya. Periksa pratinjau di "
                           "atas, lalu ulangi dengan --ya. Data tidak diubah.")
    if input("\nImpor sekarang? [y/T] ").strip().lower() not in ("y", "ya"):
        raise KinerjaError("Impor dibatalkan. Data tidak diubah.")


COMMANDS = {"export": cmd_export}
