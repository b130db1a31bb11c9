"""The migration ladder of SQLite files: one function per step, from schema N to N + 1,
kept in code (a frozen app has no migration files to load by path).

Every step runs inside ``migrator.migration_context()``: it switches foreign keys off while a
table is rebuilt, otherwise rebuilding a parent table would delete its children through
ON DELETE CASCADE. The step and the new ``user_version`` commit together or not at all.
"""

from __future__ import annotations

import logging

from typing import TYPE_CHECKING

import peewee as pw

from ..defaults import seed_defaults
from ..engine import SCHEMA_VERSION
from ..errors import BerkasDitolak
from ..schema import SAKIP_MODELS, Kategori, Pengaturan, Riwayat, using

if TYPE_CHECKING:
    from playhouse.migrate import SqliteMigrator

log = logging.getLogger(__name__)


def migrate(*operations) -> None:
    """playhouse.migrate's, imported only when a file is migrated (not on every open)."""
    from playhouse.migrate import migrate as run

    run(*operations)


def _v1_to_v2(db: pw.SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Schema 2: periods get a name; the category bands and the data's settings become
    tables of their own (they were fixed in code in schema 1)."""
    migrate(migrator.add_column("periode", "nama", pw.TextField(null=True)))
    db.execute_sql("UPDATE periode SET nama = tahun_awal || '-' || tahun_akhir")
    migrate(migrator.add_not_null("periode", "nama"))  # rebuilds the parent table periode
    with using(db):
        db.create_tables([Kategori, Pengaturan])
    seed_defaults(db)


def _v2_to_v3(db: pw.SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Schema 3: the history of changes."""
    with using(db):
        db.create_tables([Riwayat])


def _v3_to_v4(db: pw.SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Schema 4: the document's format per decree and per period's matrix, the decree's
    date as the office spells it, and a decree date that may be left blank. Every existing
    decree gets the preset that prints exactly what it printed before."""
    from ..format_dokumen import IKU_BAKU

    for table, column in (("keputusan", "tanggal_teks"), ("keputusan", "format"), ("periode", "matriks_format")):
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" TEXT NOT NULL DEFAULT \'\'')
    migrate(migrator.drop_not_null("keputusan", "tanggal"))  # rebuilds the parent table keputusan
    db.execute_sql("UPDATE keputusan SET format = ?", (IKU_BAKU.ke_json(),))


def _v4_to_v5(db: pw.SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Schema 5: the SAKIP year — Perjanjian Kinerja with their content as signed (rows
    and budget lines: target_pk, anggaran_pk), rencana aksi, the quarterly measurement's
    obstacles, follow-up and evidence files, the budget, and the matrix date's spelling
    (``periode.matriks_tanggal_teks``). Only
    new tables and new columns with defaults: no table is rebuilt."""
    for table, column in (("realisasi", "kendala"), ("realisasi", "solusi"), ("periode", "matriks_tanggal_teks")):
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" TEXT NOT NULL DEFAULT \'\'')
    with using(db):
        db.create_tables(SAKIP_MODELS)


LADDER = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


def migrate_to_latest(db: pw.SqliteDatabase, version: int) -> int:
    if version >= SCHEMA_VERSION:
        return version
    from playhouse.migrate import SqliteMigrator

    migrator = SqliteMigrator(db)
    while version < SCHEMA_VERSION:
        step = LADDER[version]
        with migrator.migration_context():
            step(db, migrator)
            broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise BerkasDitolak(
                    f"Pembaruan skema {version} ke {version + 1} gagal: {len(broken)} baris "
                    "kehilangan induknya. Berkas tidak diubah."
                )
            db.pragma("user_version", version + 1)
        version += 1
        log.info("schema migrated to %d", version)
    return version
