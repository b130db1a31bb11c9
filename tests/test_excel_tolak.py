"""Excel import: cells and rows that must be refused with their position (the review of
issue 14): numbers out of range, formulas without a stored result, dates in number
columns, rows of another jabatan in a per-jabatan workbook, duplicate rows and codes,
renamed sheets, workbooks of another database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.models.excel import ekspor, pratinjau, terapkan
from app.models.schema import Indikator, Jabatan, Program, Sasaran, Target, using
from tests.excel_contoh import isi_sakip
from tests.helpers import table_rows


@pytest.fixture
def penuh(sample_store):
    return sample_store, isi_sakip(sample_store)


def _col(ws, judul: str) -> str:
    from openpyxl.utils import get_column_letter

    return next(get_column_letter(c.column) for c in ws[1] if c.value == judul)


def _row(ws, ident: str) -> int:
    return next(c.row for c in ws["A"] if c.value == ident)


def _tolak(pr) -> dict[str, str]:
    return {t.pos.teks().split(" ")[0]: t.alasan for t in pr.tolak}


def _target_cell(store, ids, tmp_path, value, **kw):
    """Export, put ``value`` into the first indicator's Target 2019 cell; (path, cell ref)."""
    out = tmp_path / "a.xlsx"
    ekspor(store, out, **kw)
    wb = load_workbook(out)
    tg = wb["Target"]
    ref = f"{_col(tg, 'Target 2019')}{_row(tg, 't:%d' % ids['first'])}"
    tg[ref] = value
    wb.save(out)
    return out, f"Target!{ref}"


@pytest.mark.parametrize("value", [10 ** 20, 1e20, 1e300, -1e300, 10 ** 16, float("inf")])
def test_out_of_range_numbers_refused_with_position(penuh, tmp_path, value):
    store, ids = penuh
    out, where = _target_cell(store, ids, tmp_path, value)
    pr = pratinjau(store, out)
    assert where in _tolak(pr)
    assert "terlalu besar" in _tolak(pr)[where] or "bukan angka" in _tolak(pr)[where]
    assert pr.ubah == ()


def test_formula_without_stored_value_refused_not_read_as_blank(penuh, tmp_path):
    store, ids = penuh
    out, where = _target_cell(store, ids, tmp_path, "=50+5")
    pr = pratinjau(store, out)
    assert "rumus tanpa nilai tersimpan" in _tolak(pr)[where]
    assert pr.ubah == ()  # not «80 → (kosong)»


def test_date_in_a_number_cell_refused(penuh, tmp_path):
    store, ids = penuh
    out, where = _target_cell(store, ids, tmp_path, dt.datetime(2021, 5, 1))
    pr = pratinjau(store, out)
    assert "tanggal, bukan angka" in _tolak(pr)[where]
    assert pr.ubah == ()
