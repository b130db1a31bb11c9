"""Backups and restores of the one database file. No Qt.

- A backup is SQLite's online backup of the live file (consistent even while the app holds
  it open), written beside its destination under a temporary name, checked (integrity and
  equal row counts), flushed to disk and only then renamed into place: a pulled flash drive
  or a full disk leaves no half file under the real name and never touches the live data.
- A restore accepts only a database of this app, of a schema not newer than the app, that
  passes the integrity check; the current file is copied aside first, then the new one is
  swapped in atomically.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .berkas import sqlite_uri
from .db import check_file
from .errors import BerkasDitolak, KinerjaError

BACKUP_DIR_NAME = "cadangan"
AUTO_PATTERN = re.compile(r"^kinerja-otomatis-(\d{8}-\d{6})-(harian|keluar|sebelum-pulih)\.db$")


@dataclass(frozen=True)
class Ringkasan:
    """What a database file holds, shown before a restore."""

    path: Path
    versi_skema: int
    kecamatan: str
    kabupaten: str
    periode: tuple[str, ...]
    jumlah: dict[str, int]
    perubahan_terakhir: str  # "" when the file has no history


def _oserror(exc: OSError, what: str) -> KinerjaError:
    reason = {28: "disk atau flashdisk penuh", 30: "folder itu hanya-baca", 13: "tidak ada izin menulis di sana",
              5: "perangkat tidak dapat dibaca atau ditulis (flashdisk dicabut?)",
              2: "folder tujuan tidak ada (flashdisk dicabut?)"}.get(exc.errno or 0, exc.strerror or str(exc))
    return KinerjaError(f"{what}: {reason}. Data yang sedang dipakai tidak berubah.")


def _readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_uri(Path(path).resolve()), uri=True)


def counts(con: sqlite3.Connection) -> dict[str, int]:
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in sorted(tables)}


def integrity(con: sqlite3.Connection) -> list[str]:
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def describe(path: Path) -> Ringkasan:
    """Check that ``path`` can be restored and say what it holds (reads only)."""
    path = Path(path)
    version = check_file(path)  # not SQLite / empty / another app's / newer: refused here
    try:
        con = _readonly(path)
    except sqlite3.Error as exc:
        raise BerkasDitolak(f"Berkas {path.name} tidak dapat dibuka: {exc}.") from exc
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
            raise BerkasDitolak(f"Berkas {path.name} rusak: {exc}. Berkas itu tidak dipakai.") from exc
    finally:
        con.close()
    return Ringkasan(path, version, k[0], k[1], periods, n, str(last)[:19])


def backup(live: sqlite3.Connection | Path, dest: Path) -> dict[str, int]:
    """Write a checked copy of the live database to ``dest``; returns its row counts."""
    dest = Path(dest)
    own = not isinstance(live, sqlite3.Connection)
    src = _readonly(Path(live)) if own else live
    tmp = dest.with_name(f".{dest.name}.sementara")
    try:
        if not dest.parent.is_dir():
            raise KinerjaError(f"Folder {dest.parent} tidak ada (flashdisk dicabut?). Data yang sedang dipakai tidak berubah.")
        if tmp.exists():
            tmp.unlink()
        try:
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
            os.replace(tmp, dest)
        except sqlite3.Error as exc:
            if isinstance(exc, sqlite3.OperationalError) and "disk" in str(exc).lower():
                raise KinerjaError(f"Cadangan ke {dest.parent} gagal: disk atau flashdisk penuh. "
                                   "Data yang sedang dipakai tidak berubah.") from exc
            raise KinerjaError(f"Cadangan ke {dest} gagal: {exc}. Data yang sedang dipakai tidak berubah.") from exc
        except OSError as exc:
            raise _oserror(exc, f"Cadangan ke {dest} gagal") from exc
    finally:
        if own:
            src.close()
        try:
            if tmp.exists():
                tmp.unlink()
        except OSError:
            pass
    return copy_counts


def backup_folder(live_path: Path) -> Path:
    return Path(live_path).parent / BACKUP_DIR_NAME


def auto_backups(folder: Path) -> list[Path]:
    """The automatic backups in ``folder``, newest first."""
    if not Path(folder).is_dir():
        return []
    found = [p for p in Path(folder).iterdir() if AUTO_PATTERN.match(p.name)]
    return sorted(found, key=lambda p: AUTO_PATTERN.match(p.name).group(1), reverse=True)


def auto_backup(live: sqlite3.Connection | Path, live_path: Path, reason: str, keep: int = 10,
                now: _dt.datetime | None = None) -> Path:
    """A backup into the folder beside the database, keeping the newest ``keep``."""
    folder = backup_folder(live_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise _oserror(exc, f"Folder cadangan {folder} tidak dapat dibuat") from exc
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    dest = folder / f"kinerja-otomatis-{stamp}-{reason}.db"
    backup(live, dest)
    for old in auto_backups(folder)[max(1, keep):]:
        try:
            old.unlink()
        except OSError:
            pass
    return dest


def needs_daily_backup(live_path: Path, today: _dt.date | None = None) -> bool:
    today = today or _dt.date.today()
    newest = auto_backups(backup_folder(live_path))
    if not newest:
        return True
    stamp = AUTO_PATTERN.match(newest[0].name).group(1)
    # the date part by hand: strptime's first call costs the start-up milliseconds
    return _dt.date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8])) < today


def newest_good_backup(live_path: Path) -> Path | None:
    """The newest automatic backup that passes the checks (for a damaged live file)."""
    for p in auto_backups(backup_folder(live_path)):
        try:
            describe(p)
        except KinerjaError:
            continue
        return p
    return None


def restore(source: Path, live_path: Path, now: _dt.datetime | None = None) -> Path:
    """Replace the live database with ``source`` (the app must have closed it). The
    current file is kept as a safety copy, whose path is returned."""
    source, live_path = Path(source), Path(live_path)
    describe(source)
    if source.resolve() == live_path.resolve():
        raise BerkasDitolak("Berkas cadangan itu adalah berkas data yang sedang dipakai.")
    folder = backup_folder(live_path)
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    safety = folder / f"kinerja-otomatis-{stamp}-sebelum-pulih.db"
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise _oserror(exc, "Salinan pengaman tidak dapat dibuat") from exc
    if live_path.exists():
        try:
            backup(live_path, safety)
        except KinerjaError:
            # a damaged live file cannot be copied through SQLite: keep its bytes instead
            try:
                safety.write_bytes(live_path.read_bytes())
            except OSError as exc:
                raise _oserror(exc, "Salinan pengaman tidak dapat dibuat") from exc
    incoming = live_path.with_name(f".{live_path.name}.pulih")
    try:
        backup(source, incoming)
        # a journal left by the old file must not be played back into the new one
        journal = Path(str(live_path) + "-journal")
        if journal.exists():
            journal.unlink()
        os.replace(incoming, live_path)
    except OSError as exc:
        raise _oserror(exc, "Pemulihan gagal") from exc
    finally:
        if incoming.exists():
            incoming.unlink()
    return safety
