"""What every command shares: the exit codes, the parser with Indonesian messages, the
``--db`` argument and the message for a file held open by the app."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.errors import KinerjaError
from ..paths import default_db_path

EXIT_OK, EXIT_RUSAK, EXIT_DITOLAK, EXIT_PROGRAM = 0, 1, 2, 3

if TYPE_CHECKING:
    import argparse


class BukanSingkat(Exception):
    """The command's own parser did not take the arguments: the whole parser reads them."""


def parser_class(singkat: bool = False):
    """argparse with Indonesian error messages and our exit status for usage errors
    (imported only when there are arguments: the plain start opens the window at once).
    ``singkat``: the parser of one command (app.cli._parse), which says nothing on a
    mistake — the whole parser reads the arguments again and says it."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str):  # noqa: D401 - argparse API
            if singkat:
                raise BukanSingkat(message)
            self.print_usage(sys.stderr)
            self.exit(EXIT_DITOLAK, f"{self.prog}: kesalahan: {message}\n")

    return _Parser


def db_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    import argparse

    # Sub-commands suppress their default so that "kinerja --db X init" keeps X.
    p.add_argument("--db", type=Path, default=None if top else argparse.SUPPRESS, metavar="PATH",
                   help="berkas basis data (bawaan: KINERJA_DB, atau berkas di folder data pengguna)")


def resolve_db(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_db_path()


def dipakai(path: Path) -> KinerjaError:
    """The file is open in the app: said for the command line (the lock's own message
    speaks to a window)."""
    from ..models.database import engine_for

    info = engine_for(path).lock(path).holder()
    who, where = info.get("operator") or "pengguna lain", info.get("komputer") or "komputer ini"
    since = f" sejak {info['sejak']}" if info.get("sejak") else ""
    return KinerjaError(f"Data {path.name} sedang dibuka oleh {who} di {where}{since} di aplikasi Kinerja "
                        "Kecamatan. Tutup aplikasi itu dulu, lalu ulangi perintah ini; data tidak diubah.")


@contextlib.contextmanager
def kunci(path: Path, siapa: str):
    """The one-writer lock of ``path`` for a command that writes; the app (or another
    command) holding it: refused, saying who and where (:func:`dipakai`)."""
    from ..models.database import engine_for
    from ..models.errors import BerkasTerkunci

    try:
        lock = engine_for(path).lock(path, siapa).acquire()
    except BerkasTerkunci as exc:
        raise dipakai(path) from exc
    try:
        yield
    finally:
        lock.release()
