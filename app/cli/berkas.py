"""The commands on the file itself: gui, init, check, backup, restore."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..models.errors import KinerjaError
from .base import EXIT_OK, EXIT_RUSAK, db_arg, kunci, resolve_db

if TYPE_CHECKING:
    import argparse


def daftar(sub) -> None:
    p = sub.add_parser("gui", help="buka jendela aplikasi (bawaan bila tanpa perintah)")
    db_arg(p)
    p.add_argument("--screenshot", type=Path, default=None, metavar="PNG",
                   help="simpan gambar jendela ke PNG lalu keluar (uji instalasi)")

    p = sub.add_parser("init", help="buat basis data baru")
    db_arg(p)
    isi = p.add_mutually_exclusive_group()
    isi.add_argument("--sample", choices=["belawang"], default="belawang",
                     help="isi dengan contoh (bawaan: belawang, lampiran SK Camat Belawang 24/2018)")
    isi.add_argument("--empty", action="store_true", help="kecamatan kosong, tanpa contoh")
    p.add_argument("--periode", default=None, metavar="YYYY-YYYY",
                   help="dengan --empty: tahun periode pertama, misalnya 2021-2026 (bawaan: lima tahun dari tahun ini)")

    p = sub.add_parser("check", help="periksa keutuhan berkas dan mutu data")
    db_arg(p)

    p = sub.add_parser("backup", help="cadangkan basis data ke sebuah berkas (aman walau aplikasi terbuka)")
    db_arg(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="berkas cadangan yang ditulis")

    p = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan")
    p.add_argument("berkas", type=Path, metavar="FILE", help="berkas cadangan")
    db_arg(p)


def cmd_init(args: argparse.Namespace) -> int:
    from ..models.store import Store

    from ..models.periode_ops import baca_periode

    path = resolve_db(args)
    if args.periode is not None and not args.empty:
        raise KinerjaError("--periode hanya untuk kecamatan kosong (--empty); contoh Belawang membawa periodenya "
                           "sendiri, 2018-2022.")
    years = None if args.periode is None else baca_periode(args.periode)
    with Store.create(path, sample=None if args.empty else args.sample, periode=years) as store:
        counts = store.counts()
        periods = store.periode_list()
    isi = "kosong" if args.empty else f"contoh {args.sample}"
    print(f"Basis data baru ({isi}) dibuat: {path}")
    print(f"  {counts['jabatan']} jabatan, {counts['sasaran']} sasaran, {counts['indikator']} indikator.")
    print(f"  Periode: {', '.join(f'{p.nama} ({p.tahun_awal}–{p.tahun_akhir})' for p in periods)}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Reads only: a read-only connection, so the file (even a WAL one) is not changed —
    except that a journal left by a power cut is first played back by SQLite."""
    from ..models.database import engine_for
    from ..models.engine import SCHEMA_VERSION
    from ..models.quality import periksa
    from ..models.store import Store

    path = resolve_db(args)
    engine = engine_for(path)
    version = engine.check(path)
    print(f"Berkas: {path}")
    if version < SCHEMA_VERSION:
        print(f"Skema: {version} (akan diperbarui ke {SCHEMA_VERSION} saat dibuka aplikasi; "
              "pemeriksaan mutu data menunggu pembaruan itu)")
    db = engine.open_unmigrated(path, version)
    with Store(db, path, read_only=True, engine=engine) as store:
        problems = store.integrity_problems()
        if problems:
            print(f"Keutuhan: RUSAK ({len(problems)} masalah)")
            for line in problems[:50]:
                print(f"  - {line}")
            return EXIT_RUSAK
        print("Keutuhan: baik")
        if version < SCHEMA_VERSION:
            return EXIT_OK
        k = store.kecamatan()
        counts = store.counts()
        print(f"Skema: {version}")
        print(f"Kecamatan: {k.nama or '(belum diisi)'}, Kabupaten {k.kabupaten or '(belum diisi)'}")
        print(f"Isi: {counts['jabatan']} jabatan, {counts['sasaran']} sasaran, {counts['indikator']} indikator, "
              f"{counts['target']} target, {counts['realisasi']} realisasi")
        warnings = periksa(store)
    if warnings:
        print(f"Peringatan mutu data ({len(warnings)}):")
        for w in warnings:
            print(f"  - {w.pesan}")
    else:
        print("Peringatan mutu data: tidak ada")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from ..models.database import engine_for

    path = resolve_db(args)
    engine = engine_for(path)
    engine.check(path)
    if Path(args.out).exists():
        raise KinerjaError(f"{args.out} sudah ada; pilih nama lain (cadangan tidak menimpa berkas).")
    n = engine.backup_to(path, args.out)
    print(f"Cadangan ditulis dan diperiksa: {args.out} ({n.get('indikator', 0)} indikator, "
          f"{n.get('realisasi', 0)} realisasi; keutuhan baik)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from ..models.database import engine_for

    path = resolve_db(args)
    engine = engine_for(path)
    info = engine.describe(args.berkas)
    engine.check_restore_target(path)  # another application's file: refused before it is locked
    with kunci(path, "kinerja restore"):  # refuses while the app has the file open
        safety = engine.restore_from(args.berkas, path)
    print(f"Dipulihkan dari {args.berkas}: Kecamatan {info.kecamatan or '(kosong)'}, periode "
          f"{', '.join(info.periode) or '-'}, {info.jumlah.get('indikator', 0)} indikator.")
    if safety is not None:  # None: there was no file to keep
        print(f"Data sebelumnya disimpan di {safety}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    if getattr(args, "screenshot", None):
        from ..ui.screenshot import take_screenshot

        return take_screenshot(resolve_db(args), args.screenshot)
    from ..ui.application import run_gui

    return run_gui(resolve_db(args))


COMMANDS = {"init": cmd_init, "check": cmd_check, "backup": cmd_backup, "restore": cmd_restore,
            "gui": cmd_gui, None: cmd_gui}
