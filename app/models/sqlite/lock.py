"""One writer per database file: an operating-system lock on ``<file>.lock`` (flock on
Linux, msvcrt on Windows), so a lock left by a crashed or killed app is released by the
system itself; the file's text says who holds it, for the message to the second user.

The lock is taken beside the *real* file: a symbolic link, ``a/../a/kinerja.db`` or (on
Windows) another case of the same name all lead to one lock, so two windows never write
one file through two spellings of its path."""

from __future__ import annotations

import datetime as _dt
import logging
import os
import sys
from pathlib import Path

from ..errors import BerkasTerkunci, alasan_os
from ..identity import computer_name
from .header import real_path

log = logging.getLogger(__name__)


def read_info(path: Path) -> dict:
    """Who holds the lock (``key=value`` lines; an older version wrote JSON)."""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, ValueError):
        return {}
    if text.startswith("{"):
        import json

        try:
            return json.loads(text)
        except ValueError:
            return {}
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def lock_path(db_path: Path) -> Path:
    """The lock file of a database, the same for every spelling of its path."""
    real = real_path(db_path)
    if sys.platform == "win32":
        real = os.path.normcase(real)  # Kinerja.DB and kinerja.db are one file there
    return Path(real + ".lock")


class Lock:
    def __init__(self, db_path: Path, operator: str = ""):
        self.path = lock_path(db_path)
        self.operator = operator
        self._fd: int | None = None

    def acquire(self) -> "Lock":
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            # a read-only folder: nobody else can write there either
            raise BerkasTerkunci(f"Berkas kunci {self.path} tidak dapat dibuat ({alasan_os(exc)}).") from exc
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            log.info("%s is held by another copy of the app: %s", self.path.name, self.holder())
            raise BerkasTerkunci(self._held_message()) from None
        info = {"pid": os.getpid(), "komputer": computer_name(), "operator": self.operator,
                "sejak": _dt.datetime.now().strftime("%d-%m-%Y %H:%M")}
        text = "".join(f"{k}={' '.join(str(v).split())}\n" for k, v in info.items())  # one line each
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text.encode("utf-8") + b" " * 64)  # room for the byte-range lock
        self._fd = fd
        return self

    def holder(self) -> dict:
        """Who holds the lock, as the holder wrote it (``operator``, ``komputer``, ``sejak``)."""
        return read_info(self.path)

    def _held_message(self) -> str:
        info = self.holder()
        who = info.get("operator") or "pengguna lain"
        where = info.get("komputer") or "komputer ini"
        since = f" sejak {info['sejak']}" if info.get("sejak") else ""
        return (f"Data ini sedang dibuka oleh {who} di {where}{since} (program Kinerja Kecamatan yang lain). "
                "Hanya satu program yang boleh mengubah data pada satu waktu: tutup program itu dulu.")

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows smoke test
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
