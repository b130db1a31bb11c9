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


def _kasi(store):
    with using(store.db):
        return Jabatan.get(Jabatan.nama == "KASI PEMERINTAHAN")


def test_per_jabatan_workbook_refuses_rows_of_other_jabatan_and_duplicates(penuh, tmp_path, sample_path):
    store, _ids = penuh
    kasi = _kasi(store)
    with using(store.db):
        own = Sasaran.select().where(Sasaran.jabatan == kasi.id).first()
        other = Sasaran.select().where(Sasaran.jabatan != kasi.id).first()
    out = tmp_path / "kasi.xlsx"
    ekspor(store, out, jabatan="KASI PEMERINTAHAN")
    wb = load_workbook(out)
    wb["Jabatan"].append([None, None, "Lurah Baru", "IV.a", None, "Tugas"])  # row 3
    si = wb["Sasaran & Indikator"]
    n = si.max_row
    new = [None, None, "KASI PEMERINTAHAN", "9", "Sasaran baru", None, None, "9.1", "Indikator baru", "persentase"]
    si.append([None, None, "Camat", "9", "Sasaran camat", None, None, "9.1", "Indikator camat"])  # n + 1
    si.append(new)  # n + 2
    si.append(list(new))  # n + 3: the same again
    pg = wb["Program"]
    m = pg.max_row
    pg.append([None, None, "program", "7.09.01", "Program lain", None, other.nama])  # m + 1: another jabatan's sasaran
    pg.append([None, None, "program", "7.09.02", "Program kasi", None, own.nama])  # m + 2
    wb.save(out)
    pr = pratinjau(store, out)
    where = _tolak(pr)
    by_row = {(t.pos.lembar, t.pos.baris): t.alasan for t in pr.tolak}
    assert "hanya untuk jabatan" in by_row[("Jabatan", 3)]
    assert "hanya untuk jabatan" in by_row[("Sasaran & Indikator", n + 1)]
    assert f"sama persis dengan baris baru {n + 2}" in by_row[("Sasaran & Indikator", n + 3)]
    assert ("Program", m + 1) in by_row and ("Program", m + 2) not in by_row
    assert sorted((b.tabel, b.label) for b in pr.baru) == [("indikator", "Indikator baru"), ("program", "Program kasi"),
                                                          ("sasaran", "Sasaran baru")]
    before = table_rows(sample_path, skip=("riwayat",))
    terapkan(store, pr)
    after = table_rows(sample_path, skip=("riwayat",))
    assert len(after["jabatan"]) == len(before["jabatan"])
    with using(store.db):
        assert Sasaran.get(Sasaran.nama == "Sasaran baru").jabatan_id == kasi.id
        assert not Sasaran.select().where(Sasaran.nama == "Sasaran camat").exists()
        assert Indikator.select().where(Indikator.nama == "Indikator baru").count() == 1


def test_program_code_checked_as_the_store_does(penuh, tmp_path):
    store, ids = penuh
    out = tmp_path / "a.xlsx"
    ekspor(store, out)
    wb = load_workbook(out)
    pg = wb["Program"]
    m = pg.max_row
    pg.append([None, None, "program", "7.01.01", "Dobel dengan basis data"])  # m + 1
    pg.append([None, None, "program", "7.01.09", "Baru"])  # m + 2
    pg.append([None, None, "program", "7.01.09", "Dobel di buku kerja"])  # m + 3
    pg.append([None, None, "program", "7 01 x", "Kode rusak"])  # m + 4
    pg.append([None, None, "kegiatan", "7.02.01.2.01", "Bukan di bawah induknya", "7.01.09"])  # m + 5
    pg.append([None, None, None, "7.01.09.2.01", "Tingkat dari induk", "7.01.09"])  # m + 6
    pg[f"{_col(pg, 'Kode')}{_row(pg, 'p:%d' % ids['kegiatan'])}"] = "7.01.09"  # an edit: not under its parent
    wb.save(out)
    pr = pratinjau(store, out)
    by_row = {(t.pos.lembar, t.pos.baris): t.alasan for t in pr.tolak}
    assert "«7.01.01» sudah dipakai di periode ini" in by_row[("Program", m + 1)]
    assert f"sudah dipakai di Program!baris {m + 2}" in by_row[("Program", m + 3)]
    assert "tidak sah" in by_row[("Program", m + 4)]
    assert "harus diawali kode induknya" in by_row[("Program", m + 5)]
    assert "harus diawali kode induknya" in by_row[("Program", _row(pg, "p:%d" % ids["kegiatan"]))]
    assert [(b.fields["kode"], b.fields["tingkat"]) for b in pr.baru] == [("7.01.09", "program"), ("7.01.09.2.01", "kegiatan")]
    terapkan(store, pr)
    with using(store.db):
        assert Program.select().where(Program.kode == "7.01.01").count() == 1


def test_workbook_of_another_database_from_the_same_sample_is_foreign(penuh, tmp_path, _sample_template):
    from app.models.errors import InputTidakValid
    from app.models.excel import identitas
    from app.models.store import Store

    store, ids = penuh
    out, _where = _target_cell(store, ids, tmp_path, 55)
    other_path = tmp_path / "lain.db"
    other_path.write_bytes(_sample_template.read_bytes())  # the same sample: the same ids and names
    with Store.open(other_path) as other:
        before = table_rows(other_path)
        with pytest.raises(InputTidakValid, match="diekspor dari basis data lain"):
            pratinjau(other, out)
        assert table_rows(other_path) == before  # nothing written, no identity made by a preview
        ekspor(other, tmp_path / "b.xlsx")
        meta = load_workbook(out)["_kinerja"]
        assert meta["A10"].value == "basis_data"
        with other._read():
            assert identitas.baca() and identitas.baca() != meta["B10"].value
        wb = load_workbook(out)
        wb["_kinerja"]["B10"] = None  # a workbook of the older version: guessed from the ids and names, as before
        wb.save(tmp_path / "lama.xlsx")
        assert not pratinjau(other, tmp_path / "lama.xlsx").asing
    pr = pratinjau(store, out)  # its own database: one change
    assert not pr.asing and [(u.alamat[2], u.baru) for u in pr.ubah] == [("nilai", Decimal(55))]


def test_cli_export_gives_the_database_its_identity(sample_path, tmp_path):
    from app.cli import EXIT_OK, main

    for name in ("a.xlsx", "b.xlsx"):
        assert main(["--db", str(sample_path), "export", "xlsx", "--out", str(tmp_path / name)]) == EXIT_OK
    a, b = (load_workbook(tmp_path / n)["_kinerja"]["B10"].value for n in ("a.xlsx", "b.xlsx"))
    assert a and a == b and len(a) == 36


def test_bad_jenis_says_the_row_is_not_imported(penuh, tmp_path):
    store, _ids = penuh
    out = tmp_path / "a.xlsx"
    ekspor(store, out)
    wb = load_workbook(out)
    si = wb["Sasaran & Indikator"]
    si.append([None, None, "Camat", "9", "Sasaran baru", None, None, "9.1", "Indikator baru", "persen"])
    r = si.max_row
    wb.save(out)
    pr = pratinjau(store, out)
    by_cell = {(t.pos.lembar, f"{t.pos.kolom}{t.pos.baris}"): t.alasan for t in pr.tolak}
    assert "seluruh baris ini tidak diimpor" in by_cell[("Sasaran & Indikator", f"{_col(si, 'Jenis')}{r}")]
    assert pr.baru == ()


def test_renamed_sheet_reported_not_silently_ignored(penuh, tmp_path, capsys):
    from app.models.excel.ringkasan import ringkasan

    store, ids = penuh
    out, _where = _target_cell(store, ids, tmp_path, 55)
    wb = load_workbook(out)
    wb["Target"].title = "Target (2)"
    wb.save(out)
    pr = pratinjau(store, out)
    text = "\n".join(ringkasan(pr))
    assert "Lembar «Target (2)» tidak dikenal" in text and "Lembar «Target» tidak ada" in text
    assert pr.ubah == () and len(pr.tolak) == 2
