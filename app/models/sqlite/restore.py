"""Restoring a database file from a backup. No Qt.

A restore accepts only a database of this app, of a schema not newer than the app, that
passes the integrity check, and replaces only a file of this app (damaged or not). The
current file is first recovered by SQLite if a power cut
left a journal, then copied aside, then the new one is swapped in atomically over the
real file (a symbolic link stays a link).
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
import time
from pathlib import Path

from ..engine import SCHEMA_VERSION
from ..errors import BerkasDitolak, KinerjaError
from .auto_backup import backup_folder, clean_leftovers, make_folder, new_auto_copy
from .backup import backup, describe, oserror, publish, remove_quietly, temp_beside
from .header import APPLICATION_ID, SQLITE_MAGIC, journal_path, read_head, real_path, require_regular_file
from .recovery import recover_journal

log = logging.getLogger(__name__)


def _copy_bytes(src: Path, dest: Path) -> None:
    """A byte copy of ``src`` (a file SQLite cannot read) to ``dest``: written under a
    temporary name and flushed first, never replacing an existing file."""
    import shutil

    tmp = temp_beside(dest, "sementara")
    try:
        shutil.copyfile(src, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        publish(tmp, dest, replace=False)
    except FileExistsError:
        raise
    except OSError as exc:
        raise oserror(exc, "Salinan pengaman tidak dapat dibuat") from exc
    finally:
        remove_quietly(tmp)


def _keep_safety_copy(real: Path, folder: Path, now: _dt.datetime | None) -> Path:
    """Copy the current file aside before a restore. A journal a power cut left beside it
    is played back by SQLite first (the copy then holds every committed edit); one SQLite
    cannot play back goes, with the file's bytes, beside the safety copy (never deleted)."""
    try:
        recover_journal(real)
    except BerkasDitolak:
        pass  # kept as it is, with its journal, below
    journal = journal_path(real)
    if not journal.exists():
        try:
            return new_auto_copy(folder, real, "sebelum-pulih", now, lambda d: backup(real, d, replace=False))
        except KinerjaError:
            pass  # a damaged file cannot be copied through SQLite: keep its bytes instead
    safety = new_auto_copy(folder, real, "sebelum-pulih", now, lambda d: _copy_bytes(real, d))
    if journal.exists():
        try:
            os.replace(journal, journal_path(safety))  # with its file: SQLite plays it back there
        except OSError as exc:
            raise oserror(exc, "Berkas -journal tidak dapat dipindahkan ke salinan pengaman") from exc
    return safety


def _require_ours(real: Path, name: str) -> None:
    """A restore replaces only a file of this app — damaged or not, that is what a restore
    is for —, never another application's file, an empty or a random one, or one of a newer
    version (whose data the older backup would wipe). Judged by its first bytes only."""
    head = read_head(real)
    application_id = int.from_bytes(head[68:72], "big") if len(head) >= 72 else None
    version = int.from_bytes(head[60:64], "big") if len(head) >= 64 else 0
    if not head:
        reason = "berkas itu kosong (0 bita)"
    elif not head.startswith(SQLITE_MAGIC) or application_id is None:
        reason = "berkas itu bukan basis data SQLite"
    elif application_id != APPLICATION_ID:
        reason = "berkas itu basis data SQLite milik aplikasi lain"
    elif version > SCHEMA_VERSION:
        reason = (f"berkas itu dibuat oleh versi Kinerja Kecamatan yang lebih baru (skema {version}); "
                  "cadangan yang lebih lama akan menghapus datanya")
    else:
        return
    raise BerkasDitolak(f"Pemulihan ditolak: {name} bukan berkas data Kinerja Kecamatan yang boleh ditimpa ({reason}). "
                        "Berkas itu tidak diubah. Periksa lokasi berkas data (--db), atau pindahkan berkas itu "
                        "ke tempat lain dulu.")


def require_replaceable(live_path: Path) -> None:
    """:func:`_require_ours` for a target given by the user, before the lock is taken (no
    lock file is left beside another application's file); nothing to check if missing."""
    live_path = Path(live_path)
    if live_path.exists() or live_path.is_symlink():
        require_regular_file(live_path)
        real = Path(real_path(live_path))
        if real.exists():
            _require_ours(real, live_path.name)


def restore(source: Path, live_path: Path, now: _dt.datetime | None = None) -> Path | None:
    """Replace the live database with ``source`` (the app must have closed it and hold the
    lock). The current file is kept as a safety copy, whose path is returned (None when
    there was no file). Through a symbolic link the real file is replaced."""
    source, live_path = Path(source), Path(live_path)
    describe(source)
    if live_path.exists() or live_path.is_symlink():
        require_regular_file(live_path)  # a pipe or a device would be waited on forever
    real = Path(real_path(live_path))
    if real.exists() and os.path.samefile(source, real):
        raise BerkasDitolak("Berkas cadangan itu adalah berkas data yang sedang dipakai.")
    if real.exists():
        _require_ours(real, live_path.name)  # again, under the lock
    clean_leftovers(real, time.time())  # of a restore or backup killed before
    folder = backup_folder(real)
    make_folder(folder, "Salinan pengaman tidak dapat dibuat")
    safety = _keep_safety_copy(real, folder, now) if real.exists() else None
    if journal_path(real).exists():  # a journal without its file: it must not play into the new one
        raise BerkasDitolak(f"Ada berkas {journal_path(real).name} tanpa berkas datanya. Pindahkan berkas itu "
                            "ke tempat lain dulu, lalu pulihkan lagi. Tidak ada yang diubah.")
    incoming = temp_beside(real, "pulih")
    failed = f"Pemulihan {live_path.name} dari {source.name} gagal"
    try:
        backup(source, incoming, failed=failed)
        os.replace(incoming, real)
    except OSError as exc:
        raise oserror(exc, failed) from exc
    finally:
        remove_quietly(incoming)
    log.info("restored %s from %s (safety copy: %s)", real, source, safety)
    return safety
