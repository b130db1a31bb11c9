"""The store: one open file. Each operation owns its transaction and hands out plain
dataclasses; each write says what it changed (:class:`~app.models.changes.Changes`).

The store is the only place that talks to peewee. A write validates its input first
(``InputTidakValid`` with an Indonesian message, nothing stored) and commits at once: there
is no Save button to forget.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Callable, Iterator

import peewee as pw

from . import db as dbmod
from .changes import Changes
from .errors import (
    SQLITE_BUSY,
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_IOERR,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    SQLITE_PERM,
    SQLITE_READONLY,
    BerkasRusak,
    InputTidakValid,
    KinerjaError,
    sqlite_codes,
)
from .reads import ReadOps
from .schema import MODELS, Riwayat, using
from .writes import KINDS, Tombstone, WriteOps, default_operator


class Store(ReadOps, WriteOps):
    """One open database file: its life cycle and transactions here, the reads in
    :mod:`app.models.reads`, the writes in :mod:`app.models.writes` and
    :mod:`app.models.structure`."""

    def __init__(self, db: pw.SqliteDatabase, path: Path, operator: str | None = None, read_only: bool = False):
        self.db = db
        self.path = Path(path)
        self.operator = operator or default_operator()
        self.read_only = read_only

    # ------------------------------------------------------------------ life cycle

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False, operator: str | None = None) -> "Store":
        """Open a file; ``operator``: the name the history records for this session's
        writes (empty: the computer's user name)."""
        path = Path(path)
        return cls(dbmod.open_database(path, read_only), path, operator, read_only=read_only)

    @classmethod
    def create(cls, path: Path | str, sample: str | None = None, operator: str | None = None) -> "Store":
        """Create a new file, empty (one kecamatan to fill in) or from a built-in sample."""
        from .sample import fill_empty, fill_sample

        path = Path(path)
        fill: Callable[[pw.SqliteDatabase], None]
        if sample is None:
            fill = fill_empty
        else:
            def fill(db: pw.SqliteDatabase) -> None:
                fill_sample(db, sample)
        dbmod.create_database(path, fill)
        return cls.open(path, operator=operator)

    @classmethod
    def open_or_create(cls, path: Path | str, sample: str = "belawang",
                       operator: str | None = None) -> tuple["Store", bool]:
        """Open ``path``, creating it from ``sample`` on first run. Returns (store, created)."""
        path = Path(path)
        if path.exists():
            return cls.open(path, operator=operator), False
        return cls.create(path, sample=sample, operator=operator), True

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[None]:
        """One transaction; a failure SQLite reports (by its result code, never its English
        text) becomes a message: nothing of the write was stored and the store goes on."""
        try:
            with using(self.db), self.db.atomic():
                yield
        except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
            message = _pesan_sqlite(exc, self.path)
            if message is None:
                raise
            cls = BerkasRusak if sqlite_codes(exc) & {SQLITE_CORRUPT, SQLITE_NOTADB} else KinerjaError
            raise cls(message) from exc

    _read = _tx

    # ------------------------------------------------------------------ whole-file facts

    def schema_version(self) -> int:
        return self.db.pragma("user_version")

    def integrity_problems(self, quick: bool = False) -> list[str]:
        return dbmod.integrity_problems(self.db, quick=quick)

    def counts(self) -> dict[str, int]:
        with self._read():
            return {m._meta.table_name: m.select().count() for m in MODELS}

    def restore_from_history(self, riwayat_id: int) -> Changes:
        """Bring back an item deleted earlier, as it was, from its history record (what came
        back: ``created``; the item itself: ``kind`` and ``item_id``)."""
        with self._read():
            row = Riwayat.get_or_none(Riwayat.id == riwayat_id)
        if row is None or row.aksi != "hapus" or not row.data:
            raise InputTidakValid("Catatan riwayat itu bukan penghapusan yang dapat dipulihkan.")
        tomb = Tombstone.from_json(row.data)
        model = KINDS[tomb.kind]
        with self._read():
            if model.select(model.id).where(model.id == tomb.item_id).exists():
                raise InputTidakValid(f"«{tomb.label}» sudah ada lagi di basis data.")
        try:
            return self.restore(tomb)
        except pw.IntegrityError as exc:
            raise InputTidakValid(
                f"«{tomb.label}» tidak dapat dipulihkan: induknya (jabatan, sasaran atau periode) sudah tidak ada. "
                "Pulihkan dulu induknya dari riwayat.") from exc


def _pesan_sqlite(exc: BaseException, path: Path) -> str | None:
    """The Indonesian message of a SQLite failure during a read or a write; None for an
    error that is not about the file (a constraint, a bug)."""
    codes = sqlite_codes(exc)
    if codes & {SQLITE_FULL, SQLITE_IOERR}:
        what = ("Disk penuh" if SQLITE_FULL in codes
                else "Berkas data tidak dapat ditulis (disk penuh, atau flashdisk dicabut?)")
        return (f"{what}: perubahan ini tidak tersimpan, data yang sudah tersimpan tetap utuh. "
                "Kosongkan ruang disk (hapus atau pindahkan berkas yang tidak perlu), lalu ulangi.")
    if codes & {SQLITE_READONLY, SQLITE_PERM}:
        return ("Data ini dibuka hanya-baca (dipakai program lain, atau foldernya hanya-baca); "
                "perubahan tidak disimpan.")
    if codes & {SQLITE_BUSY, SQLITE_LOCKED}:
        return ("Berkas data sedang dikunci program lain; perubahan tidak disimpan. "
                "Tutup program itu, lalu ulangi.")
    if codes & {SQLITE_CORRUPT, SQLITE_NOTADB}:
        return (f"Berkas data {path.name} rusak: sebagian isinya tidak dapat dibaca. "
                "Jangan mengubahnya lagi; pulihkan data dari cadangan terakhir yang baik.")
    return None
