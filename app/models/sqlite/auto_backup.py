"""Automatic backups and safety copies of a database file. No Qt.

They belong to their database: they are named after its file
(``cadangan/<nama>-otomatis-<waktu>-<alasan>.db``, to the microsecond) and chosen and
rotated among that file's own only, so two databases in one folder never mix. A name is
never reused: an existing file is never replaced.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import re
import sqlite3
import sys
import time
from pathlib import Path

from ..errors import KinerjaError
from .backup import backup, describe, oserror, remove_quietly, temp_beside
from .header import real_path

log = logging.getLogger(__name__)

BACKUP_DIR_NAME = "cadangan"
REASONS = ("harian", "keluar", "sebelum-pulih")
# after "<nama>-otomatis-": the time (microseconds since this version), a counter when two
# backups share a microsecond, the reason; then the database's own extension unless it is
# .db, and .db. Older versions wrote "kinerja-otomatis-<detik>-…" for every file; those
# are read as kinerja.db's, whose name they carry.
_AUTO_TAIL = r"-otomatis-(\d{8}-\d{6})(?:-(\d{6}))?(?:-(\d{1,3}))?-(harian|keluar|sebelum-pulih)"
_LONG_NAME = 120  # bytes of a database's name kept in its backups' names (a file name has 255)
_LONG_MARK = 24
_STALE = 300  # seconds without a write after which a temporary copy is a leftover
_NO_EXTENSION = "-tanpa-ekstensi"  # never an extension's mark: those begin with a dot


def backup_folder(live_path: Path) -> Path:
    """``cadangan`` beside the real file (the same for every spelling of its path)."""
    return Path(real_path(live_path)).parent / BACKUP_DIR_NAME


def backup_name_parts(live_path: Path) -> tuple[str, str]:
    """The database's name as its backups carry it, around the time and reason: before,
    the name without its extension; after, the extension unless it is ``.db`` (the backup
    always ends in ``.db``), or ``-tanpa-ekstensi`` for a name without one. So every file
    has backups of its own: ``kinerja.db`` → ``kinerja-otomatis-…-harian.db`` (as in older
    versions), ``kinerja`` → ``kinerja-otomatis-…-harian-tanpa-ekstensi.db``, ``x.sqlite`` →
    ``x-otomatis-…-harian.sqlite.db``, ``x.sqlite.db`` → ``x.sqlite-otomatis-…-harian.db``.
    Very long parts are shortened with a checksum."""
    name = Path(real_path(live_path)).name
    if name.lower().endswith(".db"):
        stem, mark = name[:-3], ""
    else:
        dot = name.rfind(".")
        stem, mark = (name[:dot], name[dot:]) if dot > 0 else (name, _NO_EXTENSION)
    if len(mark.encode("utf-8")) > _LONG_MARK:
        mark = "." + hashlib.sha1(mark.encode("utf-8")).hexdigest()[:8]
    if len(stem.encode("utf-8")) > _LONG_NAME:
        digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]
        stem = stem.encode("utf-8")[:_LONG_NAME - 10].decode("utf-8", "ignore") + "~" + digest
    return stem, mark


def backup_name(live_path: Path) -> str:
    """The database's name before ``-otomatis-`` in its backups' names."""
    return backup_name_parts(live_path)[0]


def _pattern(live_path: Path) -> re.Pattern:
    flags = re.IGNORECASE if sys.platform == "win32" else 0  # one file there, whatever the case
    stem, mark = backup_name_parts(live_path)
    return re.compile("^" + re.escape(stem) + _AUTO_TAIL + re.escape(mark) + r"\.db$", flags)


def auto_backups(folder: Path, of: Path | None = None) -> list[Path]:
    """The automatic backups (and safety copies) of the database ``of``, newest first;
    without ``of``, those of every database in ``folder``."""
    pattern = _pattern(of) if of is not None else re.compile(r"^.+" + _AUTO_TAIL + r"(?:\.[^.]*|-tanpa-ekstensi)?\.db$")
    try:
        found = [(pattern.match(p.name), p) for p in Path(folder).iterdir()]
    except OSError:
        return []
    found = [(m, p) for m, p in found if m]
    found.sort(key=lambda mp: (mp[0].group(1), mp[0].group(2) or "", int(mp[0].group(3) or 0)), reverse=True)
    return [p for _, p in found]


def new_auto_copy(folder: Path, live_path: Path, reason: str, now: _dt.datetime | None, write) -> Path:
    """Write a new automatic backup of ``live_path`` with ``write(dest)`` (which must never
    replace an existing file) under a name no other file has; returns its path."""
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    stem, mark = backup_name_parts(live_path)
    for n in range(1000):
        dest = folder / f"{stem}-otomatis-{stamp}{f'-{n}' if n else ''}-{reason}{mark}.db"
        try:
            write(dest)
            return dest
        except FileExistsError:
            continue
    raise KinerjaError(f"Terlalu banyak cadangan bernama sama di {folder}. Data yang sedang dipakai tidak berubah.")


def make_folder(folder: Path, what: str) -> None:
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise oserror(exc, what) from exc


def clean_leftovers(live_path: Path, before: float) -> None:
    """Remove the temporary files an automatic backup, a safety copy or a restore of this
    database left when it was killed mid-write (hidden, with unique names: nothing else
    ever removes them): those last written more than :data:`_STALE` seconds before
    ``before`` (a time.time(), the start of the current operation) — a copy still being
    written, by a backup in the background, is newer. Called by the lock holder at its
    next backup or restore; another database's are left alone."""
    stem, mark = backup_name_parts(live_path)
    flags = re.IGNORECASE if sys.platform == "win32" else 0
    ours = re.compile(r"^\." + re.escape(stem) + _AUTO_TAIL + re.escape(mark) + r"\.db\.sementara(?:-journal)?$", flags)
    folder = backup_folder(live_path)
    try:
        found = [p for p in folder.iterdir() if ours.match(p.name)] if folder.is_dir() else []
    except OSError:
        found = []
    incoming = temp_beside(Path(real_path(live_path)), "pulih")  # a restore's incoming copy
    for p in (incoming, temp_beside(incoming, "sementara")):
        found += [p, Path(f"{p}-journal")]
    for p in found:
        try:
            if p.is_file() and not p.is_symlink() and p.stat().st_mtime < before - _STALE:
                p.unlink()
                log.info("leftover temporary file removed: %s", p.name)
        except OSError:
            pass


def auto_backup(live: sqlite3.Connection | Path, live_path: Path, reason: str, keep: int = 10,
                now: _dt.datetime | None = None) -> Path:
    """A backup into the folder beside the database, keeping that database's newest ``keep``."""
    clean_leftovers(live_path, time.time())
    folder = backup_folder(live_path)
    make_folder(folder, f"Folder cadangan {folder} tidak dapat dibuat")
    dest = new_auto_copy(folder, live_path, reason, now, lambda d: backup(live, d, replace=False))
    for old in auto_backups(folder, live_path)[max(1, keep):]:
        remove_quietly(old)
        log.info("old automatic backup removed: %s", old.name)
    return dest


def _stamp_date(path: Path, live_path: Path) -> _dt.date:
    stamp = _pattern(live_path).match(path.name).group(1)
    # the date part by hand: strptime's first call costs the start-up milliseconds
    return _dt.date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]))


def needs_daily_backup(live_path: Path, today: _dt.date | None = None) -> bool:
    newest = auto_backups(backup_folder(live_path), live_path)
    return not newest or _stamp_date(newest[0], live_path) < (today or _dt.date.today())


def newest_good_backup(live_path: Path) -> Path | None:
    """The newest automatic backup of this database that passes the checks (for a damaged
    live file); never another database's."""
    for p in auto_backups(backup_folder(live_path), live_path):
        try:
            describe(p)
        except KinerjaError:
            continue
        return p
    return None
