"""The command line: the GUI by default, sub-commands for headless work.

Exit status: 0 success (``check``: the file is sound, warnings or not); 1 the file is
damaged (integrity problems, a damaged page, a file cut short — still so after SQLite has
played back what a power cut left); 2 refused or failed (not our file, a pipe or a device,
bad arguments, a full disk, the file in use), the data untouched; 3 a program error (a bug:
a short Indonesian line and the traceback on stderr). Messages go to stderr in Indonesian.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import APP_NAME, __version__
from .models.errors import BerkasRusak, KinerjaError
from .paths import default_db_path

EXIT_OK, EXIT_RUSAK, EXIT_DITOLAK, EXIT_PROGRAM = 0, 1, 2, 3

if TYPE_CHECKING:
    import argparse


def _parser_class():
    """argparse with Indonesian error messages and our exit status for usage errors
    (imported only when there are arguments: the plain start opens the window at once)."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str):  # noqa: D401 - argparse API
            self.print_usage(sys.stderr)
            self.exit(EXIT_DITOLAK, f"{self.prog}: kesalahan: {message}\n")

    return _Parser


def _db_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    import argparse

    # Sub-commands suppress their default so that "kinerja --db X init" keeps X.
    p.add_argument("--db", type=Path, default=None if top else argparse.SUPPRESS, metavar="PATH",
                   help="berkas basis data (bawaan: KINERJA_DB, atau berkas di folder data pengguna)")


def build_parser() -> argparse.ArgumentParser:
    _Parser = _parser_class()  # noqa: N806 - a class
    parser = _Parser(prog="kinerja", description=f"{APP_NAME}: indikator kinerja kecamatan, tanpa internet.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _db_arg(parser, top=True)
    sub = parser.add_subparsers(dest="perintah", parser_class=_Parser)

    p = sub.add_parser("gui", help="buka jendela aplikasi (bawaan bila tanpa perintah)")
    _db_arg(p)
    p.add_argument("--screenshot", type=Path, default=None, metavar="PNG",
                   help="simpan gambar jendela ke PNG lalu keluar (uji instalasi)")

    p = sub.add_parser("init", help="buat basis data baru")
    _db_arg(p)
    isi = p.add_mutually_exclusive_group()
    isi.add_argument("--sample", choices=["belawang"], default="belawang",
                     help="isi dengan contoh (bawaan: belawang, lampiran SK Camat Belawang 24/2018)")
    isi.add_argument("--empty", action="store_true", help="kecamatan kosong, tanpa contoh")
    p.add_argument("--periode", default=None, metavar="YYYY-YYYY",
                   help="dengan --empty: tahun periode pertama, misalnya 2021-2026 (bawaan: lima tahun dari tahun ini)")

    p = sub.add_parser("check", help="periksa keutuhan berkas dan mutu data")
    _db_arg(p)

    p = sub.add_parser("backup", help="cadangkan basis data ke sebuah berkas (aman walau aplikasi terbuka)")
    _db_arg(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="berkas cadangan yang ditulis")

    p = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan")
    p.add_argument("berkas", type=Path, metavar="FILE", help="berkas cadangan")
    _db_arg(p)

    cetak = sub.add_parser("print", help="cetak ke PDF: lampiran, matriks, capaian, sk (seluruh keputusan)")
    jenis = cetak.add_subparsers(dest="dokumen", parser_class=_Parser, required=True)
    for name, help_text in (("lampiran", "lampiran IKU tiap jabatan (Keputusan Camat)"),
                            ("matriks", "matriks Indikator Kinerja Eselon IV"),
                            ("capaian", "laporan capaian untuk satu tahun"),
                            ("sk", "seluruh keputusan: semua lampiran menurut nomornya, lalu matriks, satu PDF")):
        q = jenis.add_parser(name, help=help_text)
        _db_arg(q)
        q.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="berkas PDF yang ditulis")
        q.add_argument("--paper", choices=["a4", "f4"], default="a4", help="ukuran kertas (bawaan: a4)")
        q.add_argument("--margin", type=float, default=15, metavar="MM", help="margin halaman dalam mm (bawaan: 15)")
        q.add_argument("--ttd-gambar", type=Path, default=None, metavar="PNG", help="gambar tanda tangan hasil pindai")
        q.add_argument("--cap-gambar", type=Path, default=None, metavar="PNG", help="gambar cap/stempel")
        q.add_argument("--periode", default=None, metavar="YYYY-YYYY",
                       help="periode yang dicetak: tahunnya (2021-2026) atau namanya (bawaan: periode terbaru yang berisi data)")
        if name == "lampiran":
            q.add_argument("--jabatan", default=None, metavar="NAMA", help="hanya lampiran jabatan ini")
        if name == "capaian":
            q.add_argument("--tahun", type=int, required=True, metavar="YYYY")
            q.add_argument("--triwulan", type=int, choices=[1, 2, 3, 4], default=4, metavar="N",
                           help="sampai triwulan ke-N (bawaan: 4)")
    _parser_import(sub)
    return parser


def _parser_import(sub) -> None:
    p = sub.add_parser("import", help="impor lampiran Keputusan Camat dari dokumen Word (.docx) atau teks")
    p.add_argument("berkas", type=Path, metavar="FILE", help="dokumen .docx, atau teks yang disalin dari PDF")
    _db_arg(p)
    p.add_argument("--periode", default=None, metavar="YYYY-YYYY",
                   help="periode tujuan (bawaan: tahun kolom target matriks, atau tahun keputusan s.d. +4)")
    p.add_argument("--ya", action="store_true", help="impor tanpa bertanya (untuk skrip)")


def _resolve_db(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_db_path()


def cmd_init(args: argparse.Namespace) -> int:
    from .models.store import Store

    from .models.periode_ops import baca_periode

    path = _resolve_db(args)
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
    from .models.database import engine_for
    from .models.engine import SCHEMA_VERSION
    from .models.quality import periksa
    from .models.store import Store

    path = _resolve_db(args)
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


def cmd_print(args: argparse.Namespace) -> int:
    from .models.laporan import periode_cetak
    from .models.store import Store
    from .reports import render

    path = _resolve_db(args)
    if not 0 <= args.margin <= 60:
        raise KinerjaError("Margin harus antara 0 dan 60 mm.")
    m = args.margin
    options = render.Options(paper=args.paper, ttd_gambar=args.ttd_gambar, cap_gambar=args.cap_gambar,
                             margins_mm=(m, m, m, m))
    with Store.open(path) as store:
        periode, bawaan = periode_cetak(store, args.periode, getattr(args, "tahun", None))
        params = {"jabatan": getattr(args, "jabatan", None), "tahun": getattr(args, "tahun", None),
                  "triwulan": getattr(args, "triwulan", 4), "periode_id": periode.id}
        pages = render.print_to_file(store, args.dokumen, args.out, options, **params)
    how = ""
    if bawaan:
        which = f"yang memuat tahun {args.tahun} dan " if getattr(args, "tahun", None) else "yang "
        how = f" — periode terbaru {which}berisi data; pilih yang lain dengan --periode"
    print(f"Periode: {periode.nama} ({periode.tahun_awal}–{periode.tahun_akhir}){how}")
    print(f"{args.out}: {pages} halaman")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from .models.database import engine_for

    path = _resolve_db(args)
    engine = engine_for(path)
    engine.check(path)
    if Path(args.out).exists():
        raise KinerjaError(f"{args.out} sudah ada; pilih nama lain (cadangan tidak menimpa berkas).")
    n = engine.backup_to(path, args.out)
    print(f"Cadangan ditulis dan diperiksa: {args.out} ({n.get('indikator', 0)} indikator, "
          f"{n.get('realisasi', 0)} realisasi; keutuhan baik)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .models.database import engine_for
    from .models.errors import BerkasTerkunci

    path = _resolve_db(args)
    engine = engine_for(path)
    info = engine.describe(args.berkas)
    engine.check_restore_target(path)  # another application's file: refused before it is locked
    try:
        lock = engine.lock(path, "kinerja restore").acquire()  # refuses while the app has the file open
    except BerkasTerkunci as exc:
        raise _dipakai(path) from exc
    try:
        safety = engine.restore_from(args.berkas, path)
    finally:
        lock.release()
    print(f"Dipulihkan dari {args.berkas}: Kecamatan {info.kecamatan or '(kosong)'}, periode "
          f"{', '.join(info.periode) or '-'}, {info.jumlah.get('indikator', 0)} indikator.")
    if safety is not None:  # None: there was no file to keep
        print(f"Data sebelumnya disimpan di {safety}")
    return EXIT_OK


def _dipakai(path: Path) -> KinerjaError:
    """The file is open in the app: said for the command line (the lock's own message
    speaks to a window)."""
    from .models.database import engine_for

    info = engine_for(path).lock(path).holder()
    who, where = info.get("operator") or "pengguna lain", info.get("komputer") or "komputer ini"
    since = f" sejak {info['sejak']}" if info.get("sejak") else ""
    return KinerjaError(f"Data {path.name} sedang dibuka oleh {who} di {where}{since} di aplikasi Kinerja "
                        "Kecamatan. Tutup aplikasi itu dulu, lalu ulangi perintah ini; data tidak diubah.")


def cmd_gui(args: argparse.Namespace) -> int:
    if getattr(args, "screenshot", None):
        from .ui.screenshot import take_screenshot

        return take_screenshot(_resolve_db(args), args.screenshot)
    from .ui.application import run_gui

    return run_gui(_resolve_db(args))


def cmd_import(args: argparse.Namespace) -> int:
    """Read the file, show the plan, ask, then write it in one transaction. Refuses a
    file it cannot read, a period that already holds data, and — without a terminal and
    without --ya — to go on unasked."""
    import re

    from .models.database import engine_for
    from .models.errors import BerkasTerkunci
    from .models.impor import baca
    from .models.impor.ringkasan import jumlah_teks, ringkasan
    from .models.impor.tulis import impor
    from .models.store import Store

    periode = None
    if args.periode is not None:
        m = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", args.periode)
        if not m or int(m.group(1)) > int(m.group(2)):
            raise KinerjaError(f"Periode «{args.periode}» tidak dikenal. Tulis tahun awal dan akhir, mis. --periode 2021-2026.")
        periode = (int(m.group(1)), int(m.group(2)))
    path = _resolve_db(args)
    rencana = baca(args.berkas, periode)
    print("\n".join(ringkasan(rencana)))
    if not args.ya:
        if not sys.stdin.isatty():
            raise KinerjaError("Impor perlu persetujuan, tetapi tidak ada terminal untuk bertanya. Periksa ringkasan di "
                               "atas, lalu ulangi dengan --ya. Data tidak diubah.")
        if input("\nImpor sekarang? [y/T] ").strip().lower() not in ("y", "ya"):
            raise KinerjaError("Impor dibatalkan. Data tidak diubah.")
    engine = engine_for(path)
    engine.check(path)
    try:
        lock = engine.lock(path, "kinerja import").acquire()
    except BerkasTerkunci as exc:
        raise _dipakai(path) from exc
    try:
        with Store.open(path, operator=None) as store:
            impor(store, rencana)
    finally:
        lock.release()
    print(f"Diimpor ke {path}: {jumlah_teks(rencana)} (periode {rencana.periode_nama}). "
          "Tercatat di Berkas → Riwayat perubahan.")
    return EXIT_OK


COMMANDS = {"init": cmd_init, "check": cmd_check, "print": cmd_print, "backup": cmd_backup, "restore": cmd_restore,
            "gui": cmd_gui, None: cmd_gui, "import": cmd_import}


class _PipeSafe:
    """stdout that survives a reader that stopped reading (``kinerja check | head -1``):
    the rest of the output is dropped, the command finishes and exits with its status."""

    def __init__(self, stream):
        self._stream, self._broken = stream, False

    def write(self, text: str) -> int:
        if not self._broken:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._drop()
        return len(text)

    def flush(self) -> None:
        if not self._broken:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._drop()

    def _drop(self) -> None:
        import os

        self._broken = True
        try:  # what is still buffered goes nowhere, also at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())
        except (OSError, ValueError, AttributeError):
            pass

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _failure(exc: Exception) -> int:
    """The exit status and message of a failure that is not a KinerjaError: SQLite's and
    the system's by their codes; anything else is a bug (status 3, traceback on stderr)."""
    from .models.errors import alasan_os
    from .models.sqlite.errors import SQLITE_CORRUPT, SQLITE_NOTADB, alasan_sqlite, sqlite_codes

    codes = sqlite_codes(exc)
    if codes & {SQLITE_CORRUPT, SQLITE_NOTADB}:
        print(f"kinerja: berkas data rusak ({alasan_sqlite(exc)}). Jalankan 'kinerja check', lalu pulihkan "
              "dari cadangan terakhir yang baik ('kinerja restore').", file=sys.stderr)
        return EXIT_RUSAK
    if codes:
        print(f"kinerja: perintah gagal: {alasan_sqlite(exc)}. Data tidak diubah.", file=sys.stderr)
        return EXIT_DITOLAK
    if isinstance(exc, OSError):
        print(f"kinerja: perintah gagal: {alasan_os(exc)}. Data tidak diubah.", file=sys.stderr)
        return EXIT_DITOLAK
    import traceback

    traceback.print_exc(file=sys.stderr)
    print("kinerja: kesalahan program (bukan kesalahan data Anda; data yang sudah tersimpan aman). "
          "Rinciannya di atas; sampaikan kepada pengembang.", file=sys.stderr)
    return EXIT_PROGRAM


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # the usual start (the Start-menu shortcut): the window, without building the parser
        from .ui.application import run_gui

        return run_gui(default_db_path())
    stdout, sys.stdout = sys.stdout, _PipeSafe(sys.stdout)
    try:
        args = build_parser().parse_args(argv)
        return COMMANDS[args.perintah](args)
    except BerkasRusak as exc:
        print(f"kinerja: {exc.pesan}", file=sys.stderr)
        return EXIT_RUSAK
    except KinerjaError as exc:
        print(f"kinerja: {exc.pesan}", file=sys.stderr)
        return EXIT_DITOLAK
    except Exception as exc:  # noqa: BLE001 - classified, a bug reported as such
        return _failure(exc)
    finally:
        sys.stdout.flush()
        sys.stdout = stdout
