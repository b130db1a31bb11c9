"""Backups and restores of a database file. No Qt.

- A backup is SQLite's online backup of the live file (consistent even while the app holds
  it open), written beside its destination under a temporary name, checked (integrity and
  equal row counts), flushed to disk and only then renamed into place: a pulled flash drive
  or a full disk leaves no half file under the real name and never touches the live data.
- Automatic backups and safety copies belong to their database: they are named after its
  file (``cadangan/<nama>-otomatis-<waktu>-<alasan>.db``, to the microsecond) and chosen and
  rotated among that file's own only, so two databases in one folder never mix. A name is
  never reused: an existing file is never replaced.
- A restore accepts only a database of this app, of a schema not newer than the app, that
  passes the integrity check. The current file is first recovered by SQLite if a power cut
  left a journal, then copied aside, then the new one is swapped in atomically over the
  real file (a symbolic link stays a link).
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from .berkas import journal_path, recover_journal, sqlite_uri
from .db import check_file
from .errors import BerkasDitolak, KinerjaError, alasan_os, alasan_sqlite
from .lock import real_path

BACKUP_DIR_NAME = "cadangan"
REASONS = ("harian", "keluar", "sebelum-pulih")
# after "<nama>-otomatis-": the time (microseconds since this version), a counter when two
# backups share a microsecond, the reason. Older versions wrote "kinerja-otomatis-<detik>-…"
# for every file; those are read as kinerja.db's, whose name they carry.
_AUTO_TAIL = r"-otomatis-(\d{8}-\d{6})(?:-(\d{6}))?(?:-(\d{1,3}))?-(harian|keluar|sebelum-pulih)\.db"
_LONG_NAME = 120  # bytes of a database's name kept in its backups' names (a file name has 255)


@dataclass(frozen=True)
class IsiCadangan:
    """What a database file holds, shown before a restore."""

    path: Path
    versi_skema: int
    kecamatan: str
    kabupaten: str
    periode: tuple[str, ...]
    jumlah: dict[str, int]
    perubahan_terakhir: str  # "" when the file has no history


def _oserror(exc: OSError, what: str) -> KinerjaError:
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


def describe(path: Path) -> IsiCadangan:
    """Check that ``path`` can be restored and say what it holds (reads only)."""
    path = Path(path)
    version = check_file(path)  # not SQLite / empty / another app's / newer: refused here
    try:
        con = _readonly(path)
    except sqlite3.Error as exc:
        raise BerkasDitolak(f"Berkas {path.name} tidak dapat dibuka: {alasan_sqlite(exc)}.") from exc
    try:
        problems = integrity(con)
        if problems:
            raise BerkasDitolak(f"Berkas {path.name} rusak (pemeriksaan keutuhan gagal: {problems[0]}). "
                                "Berkas itu tidak dipakai.")
        try:
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
    return IsiCadangan(path, version, k[0], k[1], periods, n, str(last)[:19])


def _temp_beside(dest: Path, tag: str) -> Path:
    """A temporary name in ``dest``'s folder, hidden, short enough for any file name."""
    return dest.with_name(f".{dest.name[:100]}.{tag}")


def _publish(tmp: Path, dest: Path, replace: bool) -> None:
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
        raise KinerjaError("Salinan cadangan tidak sama dengan data aslinya; cadangan dibatalkan. "
                           "Coba lagi, atau pilih tempat lain.")
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    return copy_counts


def backup(live: sqlite3.Connection | Path, dest: Path, replace: bool = True) -> dict[str, int]:
    """Write a checked copy of the live database to ``dest``; returns its row counts.
    ``replace=False`` never replaces an existing ``dest`` (FileExistsError)."""
    dest = Path(dest)
    own = not isinstance(live, sqlite3.Connection)
    tmp = _temp_beside(dest, "sementara")
    try:
        src = _readonly(Path(live)) if own else live
    except sqlite3.Error as exc:
        raise KinerjaError(f"Berkas {Path(live).name} tidak dapat dibaca: {alasan_sqlite(exc)}. "
                           "Data yang sedang dipakai tidak berubah.") from exc
    try:
        if not dest.parent.is_dir():
            raise KinerjaError(f"Folder {dest.parent} tidak ada (flashdisk dicabut?). Data yang sedang dipakai tidak berubah.")
        if tmp.exists():
            tmp.unlink()  # left by an earlier attempt that was cut short
        copy_counts = _checked_copy(src, tmp)
        _publish(tmp, dest, replace)
    except FileExistsError:
        if not replace:
            raise
        raise _oserror(FileExistsError(17, "ada"), f"Cadangan ke {dest} gagal") from None
    except sqlite3.Error as exc:
        raise KinerjaError(f"Cadangan ke {dest} gagal: {alasan_sqlite(exc)}. "
                           "Data yang sedang dipakai tidak berubah.") from exc
    except OSError as exc:
        raise _oserror(exc, f"Cadangan ke {dest} gagal") from exc
    finally:
        if own:
            src.close()
        _remove_quietly(tmp)
    return copy_counts


def _remove_quietly(path: Path) -> None:
    try:
        if path.exists():
            path.unlink()
    except OSError:
        pass


# --------------------------------------------------------------------------- automatic backups

def backup_folder(live_path: Path) -> Path:
    """``cadangan`` beside the real file (the same for every spelling of its path)."""
    return Path(real_path(live_path)).parent / BACKUP_DIR_NAME


def backup_name(live_path: Path) -> str:
    """The database's name as its backups carry it: ``kinerja`` for ``kinerja.db`` (so the
    backups of older versions, all named ``kinerja-otomatis-…``, count as kinerja.db's),
    the whole name for another extension, shortened with a checksum when very long."""
    name = Path(real_path(live_path)).name
    stem = name[:-3] if name.lower().endswith(".db") else name
    if len(stem.encode("utf-8")) > _LONG_NAME:
        import hashlib

        digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]
        stem = stem.encode("utf-8")[:_LONG_NAME - 10].decode("utf-8", "ignore") + "~" + digest
    return stem


def _pattern(live_path: Path) -> re.Pattern:
    flags = re.IGNORECASE if sys.platform == "win32" else 0  # one file there, whatever the case
    return re.compile("^" + re.escape(backup_name(live_path)) + _AUTO_TAIL + "$", flags)


def auto_backups(folder: Path, of: Path | None = None) -> list[Path]:
    """The automatic backups (and safety copies) of the database ``of``, newest first;
    without ``of``, those of every database in ``folder``."""
    pattern = _pattern(of) if of is not None else re.compile(r"^.+" + _AUTO_TAIL + "$")
    try:
        found = [(pattern.match(p.name), p) for p in Path(folder).iterdir()]
    except OSError:
        return []
    found = [(m, p) for m, p in found if m]
    found.sort(key=lambda mp: (mp[0].group(1), mp[0].group(2) or "", int(mp[0].group(3) or 0)), reverse=True)
    return [p for _, p in found]


def _new_auto_copy(folder: Path, live_path: Path, reason: str, now: _dt.datetime | None, write) -> Path:
    """Write a new automatic backup of ``live_path`` with ``write(dest)`` (which must never
    replace an existing file) under a name no other file has; returns its path."""
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    for n in range(1000):
        dest = folder / f"{backup_name(live_path)}-otomatis-{stamp}{f'-{n}' if n else ''}-{reason}.db"
        try:
            write(dest)
            return dest
        except FileExistsError:
            continue
    raise KinerjaError(f"Terlalu banyak cadangan bernama sama di {folder}. Data yang sedang dipakai tidak berubah.")


def _make_folder(folder: Path, what: str) -> None:
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise _oserror(exc, what) from exc


def auto_backup(live: sqlite3.Connection | Path, live_path: Path, reason: str, keep: int = 10,
                now: _dt.datetime | None = None) -> Path:
    """A backup into the folder beside the database, keeping that database's newest ``keep``."""
    folder = backup_folder(live_path)
    _make_folder(folder, f"Folder cadangan {folder} tidak dapat dibuat")
    dest = _new_auto_copy(folder, live_path, reason, now, lambda d: backup(live, d, replace=False))
    for old in auto_backups(folder, live_path)[max(1, keep):]:
        _remove_quietly(old)
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


# --------------------------------------------------------------------------- restore

def _copy_bytes(src: Path, dest: Path) -> None:
    """A byte copy of ``src`` (a file SQLite cannot read) to ``dest``: written under a
    temporary name and flushed first, never replacing an existing file."""
    import shutil

    tmp = _temp_beside(dest, "sementara")
    try:
        shutil.copyfile(src, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        _publish(tmp, dest, replace=False)
    except FileExistsError:
        raise
    except OSError as exc:
        raise _oserror(exc, "Salinan pengaman tidak dapat dibuat") from exc
    finally:
        _remove_quietly(tmp)


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
            return _new_auto_copy(folder, real, "sebelum-pulih", now, lambda d: backup(real, d, replace=False))
        except KinerjaError:
            pass  # a damaged file cannot be copied through SQLite: keep its bytes instead
    safety = _new_auto_copy(folder, real, "sebelum-pulih", now, lambda d: _copy_bytes(real, d))
    if journal.exists():
        try:
            os.replace(journal, journal_path(safety))  # with its file: SQLite plays it back there
        except OSError as exc:
            raise _oserror(exc, "Berkas -journal tidak dapat dipindahkan ke salinan pengaman") from exc
    return safety


def restore(source: Path, live_path: Path, now: _dt.datetime | None = None) -> Path | None:
    """Replace the live database with ``source`` (the app must have closed it and hold the
    lock). The current file is kept as a safety copy, whose path is returned (None when
    there was no file). Through a symbolic link the real file is replaced."""
    source, live_path = Path(source), Path(live_path)
    describe(source)
    real = Path(real_path(live_path))
    if real.exists() and os.path.samefile(source, real):
        raise BerkasDitolak("Berkas cadangan itu adalah berkas data yang sedang dipakai.")
    folder = backup_folder(real)
    _make_folder(folder, "Salinan pengaman tidak dapat dibuat")
    safety = _keep_safety_copy(real, folder, now) if real.exists() else None
    if journal_path(real).exists():  # a journal without its file: it must not play into the new one
        raise BerkasDitolak(f"Ada berkas {journal_path(real).name} tanpa berkas datanya. Pindahkan berkas itu "
                            "ke tempat lain dulu, lalu pulihkan lagi. Tidak ada yang diubah.")
    incoming = _temp_beside(real, "pulih")
    try:
        backup(source, incoming)
        os.replace(incoming, real)
    except OSError as exc:
        raise _oserror(exc, "Pemulihan gagal") from exc
    finally:
        _remove_quietly(incoming)
    return safety
