"""The command line: the GUI by default, sub-commands for headless work.

Exit status: 0 success (``check``: the file is sound, warnings or not); 1 the file is
damaged (integrity problems, a damaged page, a file cut short — still so after SQLite has
played back what a power cut left); 2 refused or failed (not our file, a pipe or a device,
bad arguments, a full disk, the file in use), the data untouched; 3 a program error (a bug:
a short Indonesian line and the traceback on stderr). Messages go to stderr in Indonesian.
"""


from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from .. import APP_NAME, __version__
from ..models.errors import BerkasRusak, KinerjaError
from ..paths import default_db_path
from . import berkas, cetak, ekspor, impor
from .base import EXIT_DITOLAK, EXIT_OK, EXIT_PROGRAM, EXIT_RUSAK, db_arg, parser_class

if TYPE_CHECKING:
    import argparse

__all__ = ["EXIT_DITOLAK", "EXIT_OK", "EXIT_PROGRAM", "EXIT_RUSAK", "COMMANDS", "build_parser", "main"]


def build_parser(hanya: tuple[str, str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; ``hanya`` ("print", "sk"): only that command's parser
    (:func:`_parse`), for a short command whose words are plain."""
    _Parser = parser_class(hanya is not None)  # noqa: N806 - a class
    parser = _Parser(prog="kinerja", description=f"{APP_NAME}: indikator kinerja kecamatan, tanpa internet.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    db_arg(parser, top=True)
    sub = parser.add_subparsers(dest="perintah", parser_class=_Parser)
    if hanya is not None:
        cetak.daftar(sub, _Parser, hanya=hanya[1])
        return parser
    berkas.daftar(sub)
    cetak.daftar(sub, _Parser)
    impor.daftar(sub)
    ekspor.daftar(sub)
    return parser


def _perintah_cetak(argv: list[str]) -> tuple[str, str] | None:
    """("print", DOCUMENT) when ``argv`` is plainly ``[--db PATH] print DOCUMENT …`` with
    no help asked for; None for anything else (the whole parser then reads it)."""
    words, i = [], 0
    while i < len(argv) and len(words) < 2:
        a = argv[i]
        if a == "--db":
            i += 2
            continue
        if a.startswith("-"):
            if not a.startswith("--db="):
                return None
        else:
            words.append(a)
        i += 1
    if len(words) < 2 or words[0] != "print" or any(a.startswith(("-h", "--h", "--v")) for a in argv):
        return None
    return words[0], words[1]


def _parse(argv: list[str]) -> argparse.Namespace:
    """The arguments, as the whole parser reads them. Building every command's parser
    costs a short print ~8 ms: a plain ``print DOCUMENT …`` is read by that command's
    parser alone, and anything it does not take (a mistake, another form) by the whole
    parser, which also gives every message and every help text."""
    hanya = _perintah_cetak(argv)
    if hanya is not None:
        from .base import BukanSingkat

        try:
            return build_parser(hanya).parse_args(argv)
        except BukanSingkat:
            pass
    return build_parser().parse_args(argv)


COMMANDS = {**berkas.COMMANDS, **cetak.COMMANDS, **impor.COMMANDS, **ekspor.COMMANDS}


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
    from ..models.errors import alasan_os
    from ..models.sqlite.errors import SQLITE_CORRUPT, SQLITE_NOTADB, alasan_sqlite, sqlite_codes

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


def _short_lived() -> tuple:
    """A command is one short process: the cyclic garbage collector runs every 100,000
    new objects instead of every 700 (it scanned the imports' objects ~100 times, ~16 ms
    of a 0.3 s ``print sk``); memory stays bounded (a 2,000-indicator matrix: the same peak)."""
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    return before


def main(argv: list[str] | None = None) -> int:
    """Run one command; ``argv`` None: this process's own arguments — a plain ``print``
    then ends the process at once (:func:`_end_now`)."""
    process = argv is None
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # the usual start (the Start-menu shortcut): the window, without building the parser
        from ..ui.application import run_gui

        return run_gui(default_db_path())
    code = _run(argv)
    if process and _perintah_cetak(argv) is not None:
        _end_now(code)
    return code


def _run(argv: list[str]) -> int:
    thresholds = _short_lived()
    stdout, sys.stdout = sys.stdout, _PipeSafe(sys.stdout)
    try:
        args = _parse(argv)
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
        gc.set_threshold(*thresholds)  # main() called by a test, not a process


def _end_now(code: int) -> None:
    """End a finished print's process without the interpreter's tear-down (freeing every
    module and object one by one: ~8 % of a short print's work). Nothing is left to do:
    the PDF is written, synced and closed, the file closed, no thread runs; what is still
    buffered is written and the log's handlers closed first, as at a normal exit."""
    import logging
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    logging.shutdown()
    os._exit(code)
