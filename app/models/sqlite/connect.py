"""Opening, creating and checking the SQLite file.

The single ``.db`` file must always be a complete backup on its own: rollback journal
(``journal_mode=delete``) and ``synchronous=full``, never WAL.

A file is looked at byte by byte *before* SQLite opens it, so a file that is refused (not
SQLite, another application's, a newer schema) is never written to.
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Callable

import peewee as pw

from ..defaults import seed_defaults
from ..engine import SCHEMA_VERSION
from ..errors import BerkasDitolak, BerkasRusak, alasan_os
from ..schema import MODELS, using
from .errors import SQLITE_CORRUPT, SQLITE_NOTADB, alasan_sqlite, sqlite_code
from .header import APPLICATION_ID, sqlite_uri
from .migrations import migrate_to_latest
from .recovery import recover_and_check

log = logging.getLogger(__name__)

PRAGMAS = (("foreign_keys", 1), ("journal_mode", "delete"), ("synchronous", "full"))

# The tables of each schema version (a file that lacks them is refused, not half-opened).
TABLES = {1: frozenset({"kecamatan", "pegawai", "jabatan", "fungsi", "periode", "keputusan", "lampiran",
                        "sasaran", "indikator", "penjelasan", "target", "realisasi"})}
TABLES[2] = TABLES[1] | {"kategori", "pengaturan"}
TABLES[3] = TABLES[2] | {"riwayat"}
TABLES[4] = TABLES[3]  # schema 4 added columns (format, tanggal_teks, matriks_format), no table
TABLES[5] = TABLES[4] | {"perjanjian_kinerja", "target_pk", "anggaran_pk", "rencana_aksi", "bukti", "program", "pagu", "realisasi_anggaran"}


def check_file(path: Path) -> int:
    """Refuse a file this app must not open (untouched) and return its schema version —
    after SQLite has played back the journal a power cut may have left beside it
    (:func:`app.models.sqlite.recovery.recover_and_check`): a cut is a normal state, not damage."""
    return recover_and_check(path)


def connect(path: Path, read_only: bool = False) -> pw.SqliteDatabase:
    if read_only:
        uri = sqlite_uri(Path(path).resolve())
        db = pw.SqliteDatabase(uri, uri=True, pragmas=(("foreign_keys", 1),), autoconnect=False)
    else:
        db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, autoconnect=False)
    db.connect()
    return db


def create_database(path: Path, fill: Callable[[pw.SqliteDatabase], None] | None = None) -> None:
    """Create a new database at the latest schema, filled by ``fill`` (for example with the
    Belawang sample). Built beside the target and renamed into place, so a crash leaves no
    half-made file under the real name. Refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise BerkasDitolak(f"Berkas {path} sudah ada; berkas yang ada tidak ditimpa.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BerkasDitolak(f"Folder {path.parent} tidak dapat dibuat: {alasan_os(exc)}.") from exc
    tmp = path.with_name(path.name + ".baru")
    for leftover in (tmp, Path(str(tmp) + "-journal")):
        if leftover.exists():
            leftover.unlink()
    try:
        db = connect(tmp)
    except pw.OperationalError as exc:
        raise BerkasDitolak(f"Basis data baru tidak dapat dibuat di {path.parent}: {alasan_sqlite(exc, tmp)}.") from exc
    try:
        with using(db):
            with db.atomic():
                db.create_tables(MODELS)
                seed_defaults(db)
                if fill is not None:
                    fill(db)
                db.pragma("application_id", APPLICATION_ID)
                db.pragma("user_version", SCHEMA_VERSION)
        db.close()
        os.replace(tmp, path)
    except BaseException:
        if not db.is_closed():
            db.close()
        if tmp.exists():
            tmp.unlink()
        raise
    log.info("database created: %s", path)


def safety_copy_path(path: Path, version: int) -> Path:
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.sebelum-skema{SCHEMA_VERSION}-dari{version}-{stamp}{path.suffix}")


def open_database(path: Path, read_only: bool = False) -> pw.SqliteDatabase:
    """Open an existing database of this app, migrating it to the latest schema (after a
    copy of the old file is put aside). Refuses other files, untouched."""
    path = Path(path)
    version = check_file(path)
    if version < SCHEMA_VERSION and read_only:
        raise BerkasDitolak(f"Berkas {path.name} perlu diperbarui ke skema {SCHEMA_VERSION}, "
                            "tetapi sedang dibuka hanya-baca.")
    if version < SCHEMA_VERSION:
        db = connect_checked(path, version)
        try:
            copy = safety_copy_path(path, version)
            try:
                shutil.copy2(path, copy)
            except OSError as exc:
                raise BerkasDitolak(
                    f"Salinan pengaman sebelum pembaruan skema tidak dapat dibuat ({alasan_os(exc)}); "
                    "berkas tidak diubah.") from exc
            log.info("schema %d of %s: copy kept at %s before the migration", version, path.name, copy.name)
            migrate_to_latest(db, version)
        except BaseException:
            db.close()
            raise
        return db
    return connect_checked(path, version, read_only)


def connect_checked(path: Path, version: int, read_only: bool = False) -> pw.SqliteDatabase:
    """Connect, then refuse a file whose header says ours but whose tables are not there
    (a forged or half-made file): at once, with a message, rather than "no such table"."""
    try:
        db = connect(path, read_only)
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        raise _unopenable(path, exc) from exc
    try:
        names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise _unopenable(path, exc) from exc
    try:
        require_tables(path.name, version, names)
    except BerkasDitolak:
        db.close()
        raise
    return db


def require_tables(name: str, version: int, names: set[str]) -> None:
    """Refuse a file whose header says ours (schema ``version``) but which lacks the tables
    of that version: not a complete Kinerja Kecamatan file (forged, or left half-made)."""
    missing = sorted(TABLES.get(version, frozenset()) - set(names))
    if missing:
        raise BerkasDitolak(
            f"Berkas {name} bertanda data Kinerja Kecamatan, tetapi bukan berkas Kinerja Kecamatan yang lengkap: "
            f"tabelnya tidak ada ({', '.join(missing[:4])}{', …' if len(missing) > 4 else ''}); berkas itu bukan "
            "buatan aplikasi ini atau belum selesai dibuat. Berkas itu tidak diubah; pakai cadangan yang baik.")


def _unopenable(path: Path, exc: BaseException) -> BerkasDitolak:
    cls = BerkasRusak if sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB) else BerkasDitolak
    return cls(f"Berkas {path.name} tidak dapat dibuka: {alasan_sqlite(exc, path)}. Berkas itu tidak diubah.")


def integrity_problems(db: pw.SqliteDatabase, quick: bool = False) -> list[str]:
    """SQLite's own check plus foreign keys; an empty list means the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in db.execute_sql(f"PRAGMA {pragma}").fetchall()]
        problems = [] if rows == ["ok"] else rows
        for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(f"Baris {rowid} di tabel {table} menunjuk ke {parent} yang tidak ada.")
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        problems = [f"SQLite tidak dapat membaca seluruh berkas ({alasan_sqlite(exc)})."]
    return problems
