"""The light reads of the start-up (plain sqlite3): the same tree as the store, and a
refusal (None: take the full path) for any file that is not sound and current."""

import sqlite3

from app.models import tree
from app.models.engine import SCHEMA_VERSION
from app.models.sqlite.light_read import light_read
from tests.helpers import make_v1_database


def test_preview_is_the_stores_tree_periods_and_name(sample_store, sample_path):
    p = light_read(sample_path)
    assert p is not None
    assert [x.id for x in p.periods] == [x.id for x in sample_store.periode_list()]
    assert p.periods[-1].tahun == sample_store.periode_list()[-1].tahun
    assert p.periode_id == sample_store.periode_list()[-1].id
    assert p.kecamatan == sample_store.kecamatan().nama == "Belawang"
    full = sample_store.tree(p.periode_id)
    assert tree.tree(sample_store.db.connection().execute, p.periode_id) == full

    def without_sasaran(nodes):
        return tuple(n._replace(sasaran=(), bawahan=without_sasaran(n.bawahan)) for n in nodes)

    assert p.roots == without_sasaran(full)  # the jabatan only: the rest comes with the store
    (camat,) = p.roots
    assert camat.nama == "Camat" and camat.bawahan[0].bawahan[0].sasaran == ()
    assert full[0].bawahan[0].bawahan[0].sasaran[0].indikator


def test_preview_keeps_a_chosen_period_and_ignores_an_unknown_one(sample_store, sample_path):
    first = sample_store.periode_list()[0].id
    assert light_read(sample_path, first).periode_id == first
    assert light_read(sample_path, 99999).periode_id == sample_store.periode_list()[-1].id


def test_preview_refuses_what_needs_the_full_path(tmp_path, sample_path):
    assert light_read(tmp_path / "tidak-ada.db") is None
    (tmp_path / "teks.db").write_text("bukan basis data")
    assert light_read(tmp_path / "teks.db") is None
    make_v1_database(tmp_path / "lama.db")
    assert light_read(tmp_path / "lama.db") is None  # to be migrated first
    newer = tmp_path / "baru.db"
    newer.write_bytes(sample_path.read_bytes())
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    assert light_read(newer) is None


def test_preview_never_writes(sample_path):
    before = sample_path.read_bytes()
    light_read(sample_path)
    assert sample_path.read_bytes() == before
