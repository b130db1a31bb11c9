"""The file itself, before SQLite opens it: what marks a file as ours and the byte-level
checks of its header. Plain Python (no peewee, no Qt): the start-up uses it to decide, in
a few hundred microseconds, whether the window can be shown from a light read of the file
(:mod:`app.models.sqlite.light_read`) while the rest of the core loads."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from ..engine import SCHEMA_VERSION
from ..errors import BerkasDitolak, BerkasRusak, alasan_os

# 'KKEC' in ASCII: marks a file as ours (PRAGMA application_id).
APPLICATION_ID = 0x4B4B4543
SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    r"""A SQLite ``file:`` URI for ``path`` (opened with ``uri=True``), percent-encoded so
    that any legal file name works: ``#``, ``?``, ``%``, spaces, non-ASCII letters. (An
    unencoded ``#`` or ``?`` ends the path early: "Kantor #2/x.db" opened "Kantor ".)
    Windows: ``C:\x.db`` gives ``file:///C:/x.db``; a UNC path ``\\server\share\x.db``
    gives ``file:////server/share/x.db``, which SQLite passes on as the UNC path."""
    text = os.path.abspath(os.fspath(path)).replace(os.sep, "/")
    if not text.startswith("/"):
        text = "/" + text  # a drive letter
    return f"file://{quote(text, safe='/:')}?mode={mode}"


def real_path(path: Path) -> str:
    """The file's one true path: absolute, with symbolic links and ``..`` resolved (the
    file itself need not exist yet)."""
    return os.path.realpath(os.fspath(path))


def journal_path(path: Path) -> Path:
    """The rollback journal SQLite keeps beside ``path`` while a commit is being written."""
    return Path(os.fspath(path) + "-journal")


def _bita(n: int) -> str:
    """A byte count the Indonesian way: 1.937.408 bita."""
    return f"{n:,}".replace(",", ".") + " bita"


def require_regular_file(path: Path) -> None:
    """Refuse at once anything that is not a regular file — missing, a folder, a named
    pipe, a device (opening a pipe would wait forever) — before anything opens it."""
    import stat

    path = Path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise BerkasDitolak(f"Berkas tidak ditemukan: {path}") from None
    except OSError as exc:
        raise BerkasDitolak(f"Berkas {path} tidak dapat dibaca: {alasan_os(exc)}.") from exc
    if stat.S_ISDIR(mode):
        raise BerkasDitolak(f"{path} adalah folder, bukan berkas basis data.")
    if not stat.S_ISREG(mode):
        raise BerkasDitolak(f"{path} bukan berkas biasa (perangkat atau saluran sistem), jadi bukan basis data "
                            "Kinerja Kecamatan. Pilih berkas kinerja.db yang sebenarnya.")


def read_head(path: Path) -> bytes:
    require_regular_file(path)
    try:
        with open(path, "rb") as f:
            return f.read(100)
    except OSError as exc:
        raise BerkasDitolak(f"Berkas {path} tidak dapat dibaca: {alasan_os(exc)}.") from exc


def read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) of a file, refusing anything that is not a
    readable SQLite database. Only reads the file."""
    path = Path(path)
    head = read_head(path)
    if not head:
        raise BerkasDitolak(f"Berkas {path.name} kosong (0 bita): bukan basis data Kinerja Kecamatan.")
    if not head.startswith(SQLITE_MAGIC):
        raise BerkasDitolak(
            f"Berkas {path.name} bukan basis data SQLite, jadi bukan data Kinerja Kecamatan. "
            "Berkas itu tidak diubah."
        )
    if len(head) < 100:
        raise BerkasRusak(f"Berkas {path.name} terpotong: kepala basis datanya tidak lengkap.")
    user_version = int.from_bytes(head[60:64], "big")
    application_id = int.from_bytes(head[68:72], "big")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid_for = int.from_bytes(head[92:96], "big") == int.from_bytes(head[24:28], "big")
    size = path.stat().st_size
    if valid_for and pages and size < pages * page_size:
        raise BerkasRusak(
            f"Berkas {path.name} terpotong: seharusnya {_bita(pages * page_size)}, hanya {_bita(size)} "
            "(salinan tidak selesai, atau disk rusak?). Berkas itu tidak diubah; pakai cadangan terakhir yang baik.")
    return application_id, user_version


def check_file(path: Path) -> int:
    """Refuse a file this app must not open; return its schema version otherwise."""
    application_id, version = read_header(path)
    name = Path(path).name
    if application_id != APPLICATION_ID:
        raise BerkasDitolak(
            f"Berkas {name} adalah basis data SQLite milik aplikasi lain, bukan data "
            "Kinerja Kecamatan. Berkas itu tidak diubah."
        )
    if version > SCHEMA_VERSION:
        raise BerkasDitolak(
            f"Berkas {name} dibuat oleh versi Kinerja Kecamatan yang lebih baru (skema {version}; "
            f"aplikasi ini mengenal sampai skema {SCHEMA_VERSION}). Perbarui aplikasi untuk "
            "membukanya. Berkas itu tidak diubah."
        )
    if version < 1:
        raise BerkasDitolak(f"Berkas {name} belum selesai dibuat (versi skema 0). Berkas itu tidak diubah.")
    return version
