"""The synthetic generator of the benchmarks builds any size (issue 10, finding 14)."""

import sqlite3

from app.models.sqlite import connect as dbmod
from bench import synthetic


def test_synthetic_builds_more_rows_than_one_statement_may_bind(tmp_path, monkeypatch):
    # 20,000 indicators overflow SQLite's 32,766 bound variables in one INSERT; here the
    # limit is lowered to SQLite's old 999 so that 150 indicators show the same failure fast.
    create = dbmod.create_database

    def limited(path, fill):
        def fill_limited(db):
            db.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
            fill(db)
        return create(path, fill_limited)

    monkeypatch.setattr(dbmod, "create_database", limited)
    monkeypatch.setattr(synthetic, "N_INDIKATOR", 150)
    path = synthetic.build(tmp_path / "s.db")
    con = sqlite3.connect(path)
    try:
        counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("indikator", "penjelasan", "target")]
        in_matrix = con.execute("SELECT count(*) FROM indikator WHERE di_matriks").fetchone()[0]
    finally:
        con.close()
    assert counts == [150, 450, 1500]
    assert in_matrix == 150
