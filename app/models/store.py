"""The store: one open file. Each operation owns its transaction and hands out plain
dataclasses; each write says what it changed (:class:`~app.models.changes.Changes`).

The window, the command line and the reports read and write the data through the store (its
reads: :mod:`.reads`; its writes: :mod:`.writes`). It speaks peewee's query builder and plain
SQL any engine runs; what only SQLite does is behind :mod:`.engine`. A write validates its input first
(``InputTidakValid`` with an Indonesian message, nothing stored) and commits at once: there
is no Save button to forget.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Callable, Iterator

import peewee as pw

from .anggaran_ops import AnggaranOps
from .aksi_ops import AksiOps, bukti_dari_tombstone
from .changes import Changes
from .database import engine_for
from .engine import Engine
from .errors import InputTidakValid
from .lkjip_ops import LkjipOps
from .kinds import Jenis
from .pk_ops import PkOps
from .reads import ReadOps
from .schema import MODELS, Riwayat, using
from .writes import KINDS, Tombstone, WriteOps, default_operator


class Store(ReadOps, WriteOps, AnggaranOps, PkOps, AksiOps, LkjipOps):
    """One open database file: its life cycle and transactions here, the reads in
    :mod:`app.models.reads`, the writes in :mod:`app.models.writes` and
    :mod:`app.models.structure`; the Perjanjian Kinerja in :mod:`app.models.pk_ops`."""

    def __init__(self, db: pw.Database, path: Path, operator: str | None = None, read_only: bool = False,
                 engine: Engine | None = None):
        self.db = db
        self.path = Path(path)
        self.engine = engine or engine_for(path)  # the SQLite-only part: app/models/engine.py
        self.operator = operator or default_operator()
        self.read_only = read_only

    # ------------------------------------------------------------------ life cycle

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False, operator: str | None = None) -> "Store":
        """Open a file; ``operator``: the name the history records for this session's
        writes (empty: the computer's user name)."""
        engine = engine_for(path)
        path = Path(path)
        return cls(engine.open(path, read_only), path, operator, read_only=read_only, engine=engine)

    @classmethod
    def create(cls, path: Path | str, sample: str | None = None, operator: str | None = None,
               periode: tuple[int, int] | None = None) -> "Store":
        """Create a new file, empty (one kecamatan to fill in, with the period ``periode``:
        first and last year; by default five years from this year) or from a built-in sample."""
        from .periode_ops import cek_tahun
        from .sample import fill_empty, fill_sample

        engine = engine_for(path)
        path = Path(path)
        fill: Callable[[pw.Database], None]
        if sample is None:
            years = None if periode is None else cek_tahun(*periode)

            def fill(db: pw.Database) -> None:
                fill_empty(db, years)
        else:
            def fill(db: pw.Database) -> None:
                fill_sample(db, sample)
        engine.create(path, fill)
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
        """One transaction; a failure of the file the engine reports (disk full, read-only,
        damaged: ``BerkasRusak``) becomes a message: nothing of the write was stored and the
        store goes on."""
        try:
            with using(self.db), self.db.atomic():
                yield
        except self.engine.errors as exc:
            failure = self.engine.failure(exc, self.path)
            if failure is None:
                raise
            raise failure from exc

    _read = _tx

    # ------------------------------------------------------------------ whole-file facts

    def schema_version(self) -> int:
        return self.engine.schema_version(self.db)

    def integrity_problems(self, quick: bool = False) -> list[str]:
        return self.engine.integrity_problems(self.db, quick=quick)

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
        if tomb.kind == Jenis.BUKTI:  # an evidence file goes back on its quarter (app.models.aksi_ops)
            return self.pulihkan_bukti(bukti_dari_tombstone(tomb))
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
