"""The SQLite engine: everything in the app that knows the data is one SQLite file.

One file per office (``kinerja.db``), checked byte by byte before SQLite opens it
(:mod:`.header`), a journal a power cut left played back by SQLite (:mod:`.recovery`),
opened with our pragmas and migrated (:mod:`.connect`, :mod:`.migrations`), one writer at
a time through a lock file beside it (:mod:`.lock`), backed up with SQLite's online
backup (:mod:`.backup`, :mod:`.auto_backup`), restored by swapping the file
(:mod:`.restore`), and read with plain ``sqlite3`` for the first paint
(:mod:`.light_read`). SQLite's errors are told by their result codes (:mod:`.errors`).

The rest of the app reaches it through :class:`SqliteEngine` (the
:class:`app.models.engine.Engine` interface). Importing this package is cheap — it is
part of the first paint: the light read and the lock (no peewee, no dataclasses); the
rest is imported when first used.
"""

from __future__ import annotations

from pathlib import Path

from .light_read import light_read as _light_read
from .lock import Lock


class SqliteEngine:
    """:class:`app.models.engine.Engine` for a SQLite file (``target`` is its path)."""

    name = "sqlite"
    _errors: tuple[type[BaseException], ...] = ()

    @property
    def errors(self) -> tuple[type[BaseException], ...]:
        if not self._errors:
            import sqlite3

            import peewee as pw

            self._errors = (pw.DatabaseError, sqlite3.DatabaseError)
        return self._errors

    # ------------------------------------------------------------------ opening

    def check(self, target):
        from .connect import check_file

        return check_file(Path(target))

    def create(self, target, fill=None):
        from .connect import create_database

        create_database(Path(target), fill)

    def open(self, target, read_only=False):
        from .connect import open_database

        return open_database(Path(target), read_only)

    def open_unmigrated(self, target, version):
        from .connect import connect_checked

        return connect_checked(Path(target), version, read_only=True)

    def schema_version(self, db):
        return db.pragma("user_version")

    def integrity_problems(self, db, quick=False):
        from .connect import integrity_problems

        return integrity_problems(db, quick=quick)

    def failure(self, exc, target):
        from .errors import failure

        return failure(exc, Path(target))

    def light_read(self, target, periode_id=None):
        return _light_read(Path(target), periode_id)

    def lock(self, target, operator=""):
        return Lock(Path(target), operator)

    # ------------------------------------------------------------------ backups

    def backup_to(self, source, dest, replace=True):
        from .backup import backup

        return backup(_connection(source), Path(dest), replace=replace)

    def describe(self, source):
        from .backup import describe

        return describe(Path(source))

    def restore_from(self, source, target, now=None):
        from .restore import restore

        return restore(Path(source), Path(target), now)

    def check_restore_target(self, target):
        from .restore import require_replaceable

        require_replaceable(Path(target))

    def backup_folder(self, target):
        from .auto_backup import backup_folder

        return backup_folder(Path(target))

    def auto_backups(self, target):
        from .auto_backup import auto_backups, backup_folder

        return auto_backups(backup_folder(Path(target)), Path(target))

    def auto_backup(self, source, target, reason, keep=10, now=None):
        from .auto_backup import auto_backup

        return auto_backup(_connection(source), Path(target), reason, keep, now)

    def needs_daily_backup(self, target, today=None):
        from .auto_backup import needs_daily_backup

        return needs_daily_backup(Path(target), today)

    def newest_good_backup(self, target):
        from .auto_backup import newest_good_backup

        return newest_good_backup(Path(target))


def _connection(source):
    """An open peewee database gives its sqlite3 connection (the online backup reads the
    live file through it); a path stays a path, a sqlite3 connection a connection."""
    connection = getattr(source, "connection", None)
    if callable(connection):
        return connection()
    return source if hasattr(source, "backup") else Path(source)


ENGINE = SqliteEngine()
