"""A file of schema 4 (frozen dump made by the code of before issue 13) upgrades to schema 5
with every row of every table and every value, prints what it printed before, and gets the
tables of the SAKIP year, empty and usable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.models.engine import SCHEMA_VERSION
from app.models.store import Store
from tests.helpers import FIXTURES, column_rows, make_old_database
from tests.helpers_cetak import cetak_teks

SAKIP_TABLES = {"perjanjian_kinerja", "target_pk", "anggaran_pk", "rencana_aksi", "bukti", "program", "pagu", "realisasi_anggaran"}


def make_v4_database(path: Path) -> None:
    make_old_database(path, 4)


def _tables(con) -> list[str]:
    return [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]


def test_schema_4_file_upgrades_keeping_every_row(tmp_path):
    path = tmp_path / "lama.db"
    make_v4_database(path)
    con = sqlite3.connect(path)
    columns = {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')] for t in _tables(con)}
    con.close()
    assert not SAKIP_TABLES & set(columns)
    before = column_rows(path, columns)
    assert len(before["realisasi"]) == 3 and before["riwayat"] and before["keputusan"]

    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 5
        assert store.integrity_problems() == []

    assert column_rows(path, columns) == before  # every old column of every old row, unchanged
    con = sqlite3.connect(path)
    assert SAKIP_TABLES <= set(_tables(con))
    assert con.execute("SELECT kendala, solusi FROM realisasi").fetchall() == [("", "")] * 3
    assert all(con.execute(f'SELECT count(*) FROM "{t}"').fetchone() == (0,) for t in SAKIP_TABLES)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


def test_upgraded_file_prints_what_it_printed_before(tmp_path):
    path = tmp_path / "lama.db"
    make_v4_database(path)
    with Store.open(path) as store:
        assert cetak_teks(store) == (FIXTURES / "skema_v4_cetak_lama.txt").read_text(encoding="utf-8")


def test_a_new_file_and_an_upgraded_one_have_the_same_tables_and_columns(tmp_path):
    old, new = tmp_path / "lama.db", tmp_path / "baru.db"
    make_v4_database(old)
    with Store.open(old):
        pass
    with Store.create(new):
        pass

    def shape(p):
        con = sqlite3.connect(p)
        out = {t: sorted((r[1], r[2].upper(), r[3]) for r in con.execute(f'PRAGMA table_info("{t}")')) for t in _tables(con)}
        con.close()
        return out

    assert shape(old) == shape(new)
