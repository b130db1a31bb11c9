"""The seam between the core and the database engine.

Today every office keeps its data in one SQLite file (:mod:`app.models.sqlite`). A
networked office or the kabupaten will later run the same app on PostgreSQL through
peewee. Everything that differs between the two engines is behind the :class:`Engine`
interface below; the rest of the core (store, writes, schema, rules, reports) and the
window speak only peewee's query builder and this interface, and never import ``sqlite3``
(``tests/test_architecture.py`` checks it).

A PostgreSQL engine (``app/models/postgresql/``, chosen by :func:`app.models.database.engine_for` for a
``postgresql://`` address) would implement:

- ``check``/``open``/``create``: connect with ``peewee.PostgresqlDatabase`` (the schema in
  a schema of its own, its version in a one-row table instead of ``user_version``),
  create the tables at the latest version — there are no old files to migrate;
- ``integrity_problems``: the foreign keys are enforced by the server, so little more
  than "can every table be read";
- ``failure``: the Indonesian message of a ``psycopg`` error by its SQLSTATE (connection
  lost, disk full on the server, no permission) instead of SQLite's result codes;
- ``backup_to``/``describe``/``restore_from`` and the automatic backups: ``pg_dump`` and
  ``pg_restore`` (or the server's own backups, with these methods refusing politely);
- ``lock``: one writer is not needed on a server (transactions keep writers apart), so a
  lock that is always held, or an advisory lock per kecamatan;
- ``light_read``: the same small queries through one plain connection, or None (the
  window is then built after the store opens, as on a first run).

This module is the interface only (the engines import it); :mod:`app.models.database`
chooses the engine of a database. Both are imported at the first paint: they import
neither peewee nor dataclasses.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NamedTuple, Protocol

from .errors import KinerjaError

if TYPE_CHECKING:
    import datetime as _dt

    import peewee as pw

# The version of the tables every engine keeps (schema.py describes that version).
SCHEMA_VERSION = 5

class DatabaseSummary(NamedTuple):
    """What a database holds, shown before a restore."""

    path: Path
    versi_skema: int
    kecamatan: str
    kabupaten: str
    periode: tuple[str, ...]
    jumlah: dict[str, int]
    perubahan_terakhir: str  # "" when the database has no history


class Engine(Protocol):
    """What the core needs of a database engine. ``target`` is what the user chose: a
    file path for SQLite, an address for a server."""

    name: str

    @property
    def errors(self) -> tuple[type[BaseException], ...]:
        """The exceptions a database operation may raise (to be given to :meth:`failure`)."""

    def check(self, target: Any) -> int:
        """Refuse a database this app must not open, untouched; else its schema version."""

    def create(self, target: Any, fill: Callable[[pw.Database], None] | None = None) -> None:
        """A new database at the latest schema, filled by ``fill``; never replaces one."""

    def open(self, target: Any, read_only: bool = False) -> pw.Database:
        """Open (and migrate to :data:`SCHEMA_VERSION`) a database of this app."""

    def open_unmigrated(self, target: Any, version: int) -> pw.Database:
        """Open read-only as it is, at schema ``version`` (``kinerja check``)."""

    def schema_version(self, db: pw.Database) -> int: ...

    def integrity_problems(self, db: pw.Database, quick: bool = False) -> list[str]:
        """The engine's own check of the data; empty when sound."""

    def failure(self, exc: BaseException, target: Any) -> KinerjaError | None:
        """The Indonesian message of an engine error about the database itself (disk full,
        read-only, damaged: ``BerkasRusak``); None for a constraint or a bug."""

    def light_read(self, target: Any, periode_id: int | None = None) -> Any:
        """The first paint's read (:class:`app.models.sqlite.light_read.LightRead`), or
        None when the window must wait for the store. Must not import peewee."""

    def lock(self, target: Any, operator: str = "") -> Any:
        """The one-writer lock (``acquire()`` raises ``BerkasTerkunci``, ``release()``,
        ``held``, ``holder()``), not yet taken."""

    def backup_to(self, source: Any, dest: Path, replace: bool = True) -> dict[str, int]:
        """A checked copy of ``source`` (an open database or a target) at ``dest``; its
        row counts. ``replace=False``: FileExistsError rather than replace ``dest``."""

    def describe(self, source: Path) -> DatabaseSummary:
        """Check that a backup can be restored and say what it holds."""

    def restore_from(self, source: Path, target: Any, now: _dt.datetime | None = None) -> Path | None:
        """Replace the (closed, locked) database with ``source``; the safety copy's path.
        Refuses a target that is not a database of this app (damaged or not)."""

    def check_restore_target(self, target: Any) -> None:
        """Refuse, before anything is locked or written, a target a restore must not
        replace (another application's file, an empty or newer one); a missing one is fine."""

    def backup_folder(self, target: Any) -> Path: ...

    def auto_backups(self, target: Any) -> list[Path]:
        """The automatic backups of ``target``, newest first."""

    def auto_backup(self, source: Any, target: Any, reason: str, keep: int = 10,
                    now: _dt.datetime | None = None) -> Path: ...

    def needs_daily_backup(self, target: Any, today: _dt.date | None = None) -> bool: ...

    def newest_good_backup(self, target: Any) -> Path | None: ...


class EngineNotSupported(KinerjaError):
    """A database address of an engine this version cannot use yet."""
