"""Backups of a database file and what a backup holds. No Qt. (Automatic backups:
:mod:`.auto_backup`; restores: :mod:`.restore`.)

- A backup is SQLite's online backup of the live file (consistent even while the app holds
  it open), written beside its destination under a temporary name, checked (integrity and
  equal row counts), flushed to disk and only then renamed into place: a pulled flash drive
  or a full disk leaves no half file under the real name and never touches the live data.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from ..engine import DatabaseSummary
from ..errors import BerkasDitolak, BerkasRusak, KinerjaError, alasan_os
from .errors import alasan_sqlite, is_damage
from .header import sqlite_uri
from .recovery import recover_and_check

log = logging.getLogger(__name__)


def oserror(exc: OSError, what: str) -> KinerjaError:
    return KinerjaError(f"{what}: {alasan_os(exc)}. Data yang sedang dipakai tidak berubah.")


def _readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_uri(Path(path).resolve()), uri=True)


def counts(con: sqlite3.Connection) -> dict[str, int]:
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in sorted(tables)}


def integrity(con: sqlite3.Connection) -> list[str]:
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [alasan_sqlite(exc)]
    return [] if rows == ["ok"] else rows


def require_complete(con: sqlite3.Connection, name: str) -> None:
    """Refuse a file with our mark whose tables are not there (as opening it does)."""
    from .connect import require_tables

    version = con.execute("PRAGMA user_version").fetchone()[0]
    require_tables(name, version, {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")})


def describe(path: Path) -> DatabaseSummary:
    """Check that ``path`` can be restored and say what it holds (reads only)."""
    path = Path(path)
    version = recover_and_check(path)  # not SQLite / empty / another app's / newer: refused here
    try:
        con = _readonly(path)
    except sqlite3.Error as exc:
        raise BerkasDitolak(f"Berkas {path.name} tidak dapat dibuka: {alasan_sqlite(exc, path)}.") from exc
    try:
        problems = integrity(con)
        if problems:
            raise BerkasDitolak(f"Berkas {path.name} rusak (pemeriksaan keutuhan gagal: {problems[0]}). "
                                "Berkas itu tidak dipakai.")
        try:
            require_complete(con, path.name)
            k = con.execute("SELECT nama, kabupaten FROM kecamatan ORDER BY id LIMIT 1").fetchone() or ("", "")
            periods = tuple(r[0] for r in con.execute(
                "SELECT tahun_awal || '-' || tahun_akhir FROM periode ORDER BY tahun_awal"))
            n = counts(con)
            last = ""
            if "riwayat" in n:
                last = con.execute("SELECT max(waktu) FROM riwayat").fetchone()[0] or ""
        except sqlite3.DatabaseError as exc:
            raise BerkasDitolak(f"Berkas {path.name} rusak: {alasan_sqlite(exc)}. Berkas itu tidak dipakai.") from exc
    finally:
        con.close()
    return DatabaseSummary(path, version, k[0], k[1], periods, n, str(last)[:19])


def temp_beside(dest: Path, tag: str) -> Path:
    """A temporary name in ``dest``'s folder, hidden, short enough for any file name."""
    return dest.with_name(f".{dest.name[:100]}.{tag}")


def publish(tmp: Path, dest: Path, replace: bool) -> None:
    """Move the finished ``tmp`` to ``dest`` in one step. ``replace=False``: never replace
    an existing file (FileExistsError instead), whoever wrote it."""
    if replace:
        os.replace(tmp, dest)
        return
    try:
        os.link(tmp, dest)  # fails if dest exists: no window between the check and the move
    except FileExistsError:
        raise
    except OSError:  # no hard links there (a FAT flash drive)
        if os.path.lexists(dest):
            raise FileExistsError(17, "ada", str(dest)) from None
        os.replace(tmp, dest)
        return
    os.unlink(tmp)


class _SourceDamaged(Exception):
    """The copy failed its checks because the file it was made from is damaged."""


def _checked_copy(src: sqlite3.Connection, tmp: Path) -> dict[str, int]:
    """SQLite's backup of ``src`` into ``tmp``, checked and flushed; returns its row counts."""
    target = sqlite3.connect(tmp)
    try:
        src.backup(target)
        source_counts = counts(src)
        target.execute("PRAGMA journal_mode=delete")
        copy_counts = counts(target)
        problems = integrity(target)
    finally:
        target.close()
    if problems or copy_counts != source_counts:
        if integrity(src):  # the copy is as damaged as its source
            raise _SourceDamaged()
        raise KinerjaError("Salinan cadangan tidak sama dengan data aslinya; cadangan dibatalkan. "
                           "Coba lagi, atau pilih tempat lain.")
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    return copy_counts


def backup(live: sqlite3.Connection | Path, dest: Path, replace: bool = True,
           failed: str | None = None) -> dict[str, int]:
    """Write a checked copy of the live database to ``dest``; returns its row counts.
    ``replace=False`` never replaces an existing ``dest`` (FileExistsError). ``failed``:
    how a failure begins (a restore names the file it restores, not its temporary copy)."""
    dest = Path(dest)
    failed = failed or f"Cadangan ke {dest} gagal"
    own = not isinstance(live, sqlite3.Connection)
    tmp = temp_beside(dest, "sementara")
    try:
        src = _readonly(Path(live)) if own else live
    except sqlite3.Error as exc:
        raise KinerjaError(f"Berkas {Path(live).name} tidak dapat dibaca: {alasan_sqlite(exc, Path(live))}. "
                           "Data yang sedang dipakai tidak berubah.") from exc
    try:
        if not dest.parent.is_dir():
            raise KinerjaError(f"Folder {dest.parent} tidak ada (flashdisk dicabut?). Data yang sedang dipakai tidak berubah.")
        if own:
            require_complete(src, Path(live).name)
        if tmp.exists():
            tmp.unlink()  # left by an earlier attempt that was cut short
        copy_counts = _checked_copy(src, tmp)
        publish(tmp, dest, replace)
    except FileExistsError:
        if not replace:
            raise
        raise oserror(FileExistsError(17, "ada"), failed) from None
    except (sqlite3.Error, _SourceDamaged) as exc:
        if isinstance(exc, _SourceDamaged) or is_damage(exc):
            name = Path(live).name if own else "data"
            raise BerkasRusak(f"Berkas {name} rusak: sebagian isinya tidak dapat dibaca, jadi cadangannya tidak "
                              "dibuat. Pulihkan data dari cadangan terakhir yang baik.") from exc
        raise KinerjaError(f"{failed}: {alasan_sqlite(exc, tmp)}. "
                           "Data yang sedang dipakai tidak berubah.") from exc
    except OSError as exc:
        raise oserror(exc, failed) from exc
    finally:
        if own:
            src.close()
        remove_quietly(tmp)
    log.info("backup written and checked: %s (%d rows)", dest, sum(copy_counts.values()))
    return copy_counts


def remove_quietly(path: Path) -> None:
    try:
        if path.exists():
            path.unlink()
    except OSError:
        pass
