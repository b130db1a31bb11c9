"""Where an import goes (issue 12, points 3 and 4): only the placeholder period of a new
empty database (made without a choice of years) is re-dated to the document's; a period
the user chose keeps its years — the import is refused with a message that names both
periods, or goes where --periode says. A decree of another kecamatan is warned about in
the preview (the database's name is kept, and the warning says so)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli
from app.models.store import Store
from tests.helpers import FIXTURES, table_rows
from tests.impor_contoh import belawang_docx

KARANG_JAYA = FIXTURES / "teks_karang_jaya.txt"


@pytest.fixture(scope="module")
def docx_sampel(tmp_path_factory) -> Path:
    return belawang_docx(tmp_path_factory.mktemp("periode") / "belawang.docx")


def _pilihan(tmp_path) -> Path:
    db = tmp_path / "pilihan.db"
    assert cli.main(["init", "--db", str(db), "--empty", "--periode", "2021-2026"]) == 0
    return db


def _periode(db) -> list[tuple[str, int, int]]:
    with Store.open(db) as store:
        return [(p.nama, p.tahun_awal, p.tahun_akhir) for p in store.periode_list()]


def test_a_period_the_user_chose_is_not_redated(tmp_path, docx_sampel, capsys):
    db = _pilihan(tmp_path)
    before = table_rows(db)
    capsys.readouterr()
    assert cli.main(["import", str(docx_sampel), "--db", str(db), "--ya"]) != 0
    out, err = capsys.readouterr()
    assert "periode 2021-2026 (2021–2026) yang dipilih saat dibuat" in out + err
    assert "--periode 2021-2026" in err and "--periode 2018-2022" in err and "Data tidak diubah" in err
    assert table_rows(db) == before


def test_named_period_the_import_goes_there(tmp_path, docx_sampel, capsys):
    db = _pilihan(tmp_path)
    assert cli.main(["import", str(docx_sampel), "--db", str(db), "--ya", "--periode", "2021-2026"]) == 0
    assert _periode(db) == [("2021-2026", 2021, 2026)]  # filled, its years kept
    db2 = _pilihan(tmp_path / "dua")
    assert cli.main(["import", str(docx_sampel), "--db", str(db2), "--ya", "--periode", "2018-2022"]) == 0
    assert _periode(db2) == [("2018-2022", 2018, 2022), ("2021-2026", 2021, 2026)]  # a new one beside it


def test_the_automatic_placeholder_is_redated(tmp_path, docx_sampel):
    db = tmp_path / "otomatis.db"
    assert cli.main(["init", "--db", str(db), "--empty"]) == 0
    assert cli.main(["import", str(docx_sampel), "--db", str(db), "--ya"]) == 0
    assert _periode(db) == [("2018-2022", 2018, 2022)]


def test_a_decree_of_another_kecamatan_is_warned_about(sample_path, capsys):
    assert cli.main(["import", str(KARANG_JAYA), "--db", str(sample_path), "--ya"]) == 0
    out = capsys.readouterr().out
    assert "PERINGATAN" in out
    assert "Dokumen ini milik Kecamatan Karang Jaya, sedangkan basis data ini milik Kecamatan Belawang" in out
    with Store.open(sample_path) as store:
        assert store.kecamatan().nama == "Belawang"  # kept, as the warning said
