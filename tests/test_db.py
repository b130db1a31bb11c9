"""Opening files: pragmas, wrong files refused untouched, migration keeps every row."""

import hashlib
import os
import sqlite3

import pytest

from app.models.database import engine_for
from app.models.engine import SCHEMA_VERSION, EngineNotSupported
from app.models.errors import BerkasDitolak
from app.models.sqlite import header
from app.models.sqlite.header import APPLICATION_ID
from app.models.store import Store
from tests.helpers import make_v1_database


def fingerprint(path):
    st = os.stat(path)
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_size, st.st_mtime_ns


def test_new_file_has_our_pragmas(sample_path):
    con = sqlite3.connect(sample_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    with Store.open(sample_path) as store:
        assert store.db.pragma("foreign_keys") == 1
        assert store.db.pragma("synchronous") == 2  # FULL
        assert store.db.pragma("journal_mode") == "delete"
    assert not sample_path.with_name(sample_path.name + "-wal").exists()


def test_foreign_keys_are_enforced(sample_store):
    import peewee as pw
    with pytest.raises(pw.IntegrityError):
        sample_store.db.execute_sql("INSERT INTO fungsi (jabatan_id, urutan, teks) VALUES (9999, 1, 'x')")


def _refused(path, fragment):
    before = fingerprint(path)
    with pytest.raises(BerkasDitolak) as err:
        Store.open(path)
    assert fragment in str(err.value)
    assert fingerprint(path) == before
    assert not path.with_name(path.name + "-journal").exists()
    return str(err.value)


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "catatan.db"
    path.write_text("ini bukan basis data\n" * 20, encoding="utf-8")
    _refused(path, "bukan basis data SQLite")


def test_empty_file_is_refused_untouched(tmp_path):
    path = tmp_path / "kosong.db"
    path.write_bytes(b"")
    _refused(path, "kosong")


def test_other_applications_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "lain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('milik aplikasi lain')")
    con.commit()
    con.close()
    _refused(path, "milik aplikasi lain")


def test_newer_schema_is_refused_untouched(sample_path):
    con = sqlite3.connect(sample_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    message = _refused(sample_path, "versi Kinerja Kecamatan yang lebih baru")
    assert f"skema {SCHEMA_VERSION + 1}" in message


def test_truncated_header_is_refused(tmp_path, sample_path):
    path = tmp_path / "potong.db"
    path.write_bytes(sample_path.read_bytes()[:50])
    _refused(path, "terpotong")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(BerkasDitolak, match="tidak ditemukan"):
        Store.open(tmp_path / "tidak-ada.db")
    with pytest.raises(BerkasDitolak, match="folder"):
        Store.open(tmp_path)


def test_create_never_overwrites(sample_path):
    before = fingerprint(sample_path)
    with pytest.raises(BerkasDitolak, match="sudah ada"):
        Store.create(sample_path, sample="belawang")
    assert fingerprint(sample_path) == before


def test_failed_create_leaves_nothing(tmp_path, monkeypatch):
    from app.models import sample as sample_mod

    def boom(db, name):
        raise RuntimeError("power cut")

    monkeypatch.setattr(sample_mod, "fill_sample", boom)
    target = tmp_path / "baru.db"
    with pytest.raises(RuntimeError):
        Store.create(target, sample="belawang")
    assert list(tmp_path.iterdir()) == []


def test_empty_database(tmp_path):
    with Store.create(tmp_path / "kosong.db") as store:
        counts = store.counts()
        assert counts["kecamatan"] == 1 and counts["periode"] == 1
        assert counts["jabatan"] == 0 and counts["indikator"] == 0
        assert counts["kategori"] == 5
        assert store.pengaturan("aturan_negatif") == "permenpan"


def _all_rows(path, tables):
    con = sqlite3.connect(path)
    out = {t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    con.close()
    return out


def test_version_1_file_migrates_with_all_its_rows(tmp_path):
    path = tmp_path / "lama.db"
    make_v1_database(path)
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    con.close()
    before = _all_rows(path, tables)
    assert sum(len(v) for v in before.values()) > 200
    assert before["realisasi"] and before["keputusan"] and before["lampiran"]

    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.integrity_problems() == []
        (periode,) = store.periode_list()
        assert periode.nama == "2018-2022"
        assert len(store.kategori()) == 5
        assert store.pengaturan("aturan_negatif") == "permenpan"

    after = _all_rows(path, tables)
    for table in tables:
        if table == "periode":
            # same rows, new columns at the end of each: nama (schema 2), matriks_format (4),
            # matriks_tanggal_teks (5)
            assert [row[:-3] for row in after[table]] == before[table]
            assert [row[-3:] for row in after[table]] == [("2018-2022", "", "")]
        elif table in ("keputusan", "realisasi"):  # tanggal_teks, format (4); kendala, solusi (5)
            assert [row[:-2] for row in after[table]] == before[table]
            assert all(row[-2:] == ("", "") for row in after[table]) or table == "keputusan"
        else:
            assert after[table] == before[table], table
    # the old file was put aside, byte for byte the version-1 file
    copies = list(tmp_path.glob("lama.sebelum-skema*.db"))
    assert len(copies) == 1
    assert header.read_header(copies[0]) == (APPLICATION_ID, 1)


def test_migration_without_fk_guard_would_lose_rows(tmp_path):
    """The trap the migration context guards against is real: rebuilding the parent table
    periode with foreign keys on deletes its decrees and lampiran."""
    import peewee as pw
    from playhouse.migrate import SqliteMigrator, migrate

    path = tmp_path / "lama.db"
    make_v1_database(path)
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrator = SqliteMigrator(db)
    migrate(migrator.add_column("periode", "nama", pw.TextField(null=True)))
    db.execute_sql("UPDATE periode SET nama = 'x'")
    with db.atomic():
        migrate(migrator.add_not_null("periode", "nama"))
    left = db.execute_sql("SELECT count(*) FROM keputusan").fetchone()[0]
    db.close()
    assert left == 0


def test_failed_migration_changes_nothing(tmp_path, monkeypatch):
    from app.models.sqlite import migrations

    path = tmp_path / "lama.db"
    make_v1_database(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def broken(db, migrator):
        db.execute_sql("DELETE FROM keputusan")
        raise RuntimeError("disk full")

    monkeypatch.setitem(migrations.LADDER, 1, broken)
    with pytest.raises(RuntimeError):
        Store.open(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("address", ["postgresql://kinerja@server/kabupaten", "POSTGRES://server/db"])
def test_a_postgresql_address_is_refused_in_indonesian(address, tmp_path):
    """The second engine is planned, not built: a PostgreSQL address gets a clear message
    (and is never taken for a file name), also as a path and through the store."""
    from pathlib import Path

    for target in (address, Path(address)):
        with pytest.raises(EngineNotSupported, match="PostgreSQL .* belum didukung"):
            engine_for(target)
    with pytest.raises(EngineNotSupported):
        Store.open(address)
    assert engine_for(tmp_path / "postgresql.db").name == "sqlite"  # a file may be called so


def test_the_sqlite_engine_logs_what_it_does_to_files(tmp_path, sample_path, caplog):
    """Backups written, a restore and a migration leave a line in the log."""
    import logging

    engine = engine_for(sample_path)
    caplog.set_level(logging.INFO, logger="app.models.sqlite")
    engine.backup_to(sample_path, tmp_path / "salinan.db")
    engine.restore_from(tmp_path / "salinan.db", sample_path)
    make_v1_database(tmp_path / "lama.db")
    Store.open(tmp_path / "lama.db").close()
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "backup written" in text and "restored" in text and "schema migrated to 3" in text

