"""A file of schema 3 (frozen dump made by the code of before issue 12) upgrades to
schema 4 with every row of every table, and its decree keeps the look it printed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.models.engine import SCHEMA_VERSION
from app.models.format_dokumen import IKU_BAKU
from app.models.store import Store
from tests.helpers import FIXTURES, column_rows, make_old_database
from tests.helpers_cetak import cetak_teks


def make_v3_database(path: Path) -> None:
    make_old_database(path, 3)


def _columns(con, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


def test_schema_3_file_upgrades_keeping_every_row(tmp_path):
    path = tmp_path / "lama.db"
    make_v3_database(path)
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    columns = {t: _columns(con, t) for t in tables}
    con.close()
    before = column_rows(path, columns)
    assert before["realisasi"] and before["riwayat"] and before["lampiran"] and before["keputusan"]
    assert sum(len(v) for v in before.values()) > 200

    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 4
        assert store.integrity_problems() == []
        (k,) = store.keputusan_list()
        assert k.format == IKU_BAKU
        assert k.tanggal_cetak == "30 Mei 2018"

    assert column_rows(path, columns) == before
    con = sqlite3.connect(path)
    assert con.execute("SELECT DISTINCT format FROM keputusan").fetchall() == [(IKU_BAKU.ke_json(),)]
    assert con.execute("SELECT count(*) FROM keputusan WHERE tanggal_teks = ''").fetchone() == (1,)
    assert "tanggal" in _columns(con, "keputusan")
    notnull = {r[1]: r[3] for r in con.execute('PRAGMA table_info("keputusan")')}
    assert notnull["tanggal"] == 0  # a decree date may now be left blank
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index' AND name NOT LIKE 'sqlite_%'")}
    con.close()
    assert {"keputusan_periode_id", "lampiran_keputusan_id"} <= indexes


def test_upgraded_file_prints_what_it_printed_before(tmp_path):
    path = tmp_path / "lama.db"
    make_v3_database(path)
    with Store.open(path) as store:
        assert cetak_teks(store) == (FIXTURES / "skema_v3_cetak_lama.txt").read_text(encoding="utf-8")
