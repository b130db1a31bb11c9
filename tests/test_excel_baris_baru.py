"""Excel import (issue 14): rows a clerk adds without an id to the Target, Realisasi,
Rencana aksi and Anggaran sheets create what they name — a quarter's realisasi, a year's
budget, the targets of an indicator new in the same workbook — shown first in the preview
as new rows, then written as one undoable step; a row that names nothing, names two items,
a year outside the period, or would overwrite a filled value is refused with its position."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.models.excel import ekspor, pratinjau, terapkan
from app.models.excel.baru_angka import triwulan
from app.models.excel.tulis import batalkan
from app.models.schema import Indikator, Jabatan, Pagu, Realisasi, RencanaAksi, Sasaran, Target, using
from tests.excel_contoh import isi_sakip


@pytest.fixture
def penuh(sample_store, tmp_path):
    ids = isi_sakip(sample_store)
    out = tmp_path / "a.xlsx"
    ekspor(sample_store, out)
    with using(sample_store.db):
        ind = Indikator.get_by_id(ids["first"])
        jab = Jabatan.get_by_id(Sasaran.get_by_id(ind.sasaran_id).jabatan_id)
    return sample_store, ids, out, {"indikator": ind.nama, "jabatan": jab.nama, "satuan": ind.satuan}


def _tambah(path, sheet: str, cells: dict) -> int:
    """Append a row without an id to ``sheet``, its cells by heading; its row number."""
    wb = load_workbook(path)
    ws = wb[sheet]
    heads = {c.value: c.column for c in ws[1]}
    r = ws.max_row + 1
    for judul, value in cells.items():
        ws.cell(r, heads[judul], value)
    wb.save(path)
    return r


def _isi(path, sheet: str, ident: str, judul: str, value) -> int:
    """Put ``value`` into the cell under ``judul`` of the row whose id is ``ident``; its row."""
    wb = load_workbook(path)
    ws = wb[sheet]
    col = next(c.column for c in ws[1] if c.value == judul)
    row = next(c.row for c in ws["A"] if c.value == ident)
    ws.cell(row, col, value)
    wb.save(path)
    return row


def _alasan(pr) -> dict[int, str]:
    """Row number -> every reason given on that row."""
    out: dict[int, str] = {}
    for t in pr.tolak:
        out[t.pos.baris] = out.get(t.pos.baris, "") + " | " + t.alasan
    return out


def _tolak(pr) -> dict[str, str]:
    return {t.pos.teks().split(" ")[0]: t.alasan for t in pr.tolak}


def test_new_realisasi_row_creates_the_quarter_and_undo_takes_it_back(penuh):
    store, ids, out, first = penuh
    r = _tambah(out, "Realisasi", {"Jabatan": first["jabatan"], "Indikator": first["indikator"], "Tahun": 2020,
                                   "TW": "III", "Realisasi TW": 55, "Kendala": "Listrik padam & <b>hujan</b>"})
    pr = pratinjau(store, out)
    assert pr.tolak == () and pr.konflik == ()
    got = {(u.pos.lembar, u.pos.baris, u.pos.judul): (u.lama, u.baru) for u in pr.ubah}
    assert got == {("Realisasi", r, "Realisasi TW"): (None, Decimal(55)),
                   ("Realisasi", r, "Kendala"): (None, "Listrik padam & <b>hujan</b>")}
    assert all("(baris baru)" in u.label for u in pr.ubah)
    changes = terapkan(store, pr)
    with using(store.db):
        row = Realisasi.get(Realisasi.indikator == ids["first"], Realisasi.tahun == 2020, Realisasi.triwulan == 3)
        assert (row.nilai, row.kendala) == (Decimal(55), "Listrik padam & <b>hujan</b>")
    batalkan(store, changes.undo)
    with using(store.db):
        assert not Realisasi.select().where(Realisasi.indikator == ids["first"], Realisasi.tahun == 2020).exists()


def test_new_rencana_aksi_and_budget_rows(penuh):
    store, ids, out, first = penuh
    _tambah(out, "Rencana aksi", {"id": " ", "Indikator": first["indikator"], "Tahun": "2021", "TW": "TW 2",
                                  "Target triwulan": 20, "Rencana aksi": "Sosialisasi"})
    _tambah(out, "Anggaran", {"Kode": "7.01.01.2.01", "Tahun": 2021, "Pagu (Rp)": "1,004,422,800",
                              "Realisasi TW 1 (Rp)": 250000000})
    _tambah(out, "Anggaran", {"Program / kegiatan": "Program Penunjang", "Tahun": 2022, "Pagu (Rp)": 5})
    pr = pratinjau(store, out)
    assert pr.tolak == (), pr.tolak
    terapkan(store, pr)
    with using(store.db):
        ra = RencanaAksi.get(RencanaAksi.indikator == ids["first"], RencanaAksi.tahun == 2021, RencanaAksi.triwulan == 2)
        assert (ra.target, ra.aksi) == (Decimal(20), "Sosialisasi")
        assert Pagu.get(Pagu.program == ids["kegiatan"], Pagu.tahun == 2021).nilai == Decimal("1004422800")
        assert Pagu.get(Pagu.program == ids["program"], Pagu.tahun == 2022).nilai == Decimal(5)


def test_targets_of_an_indicator_new_in_the_same_workbook(penuh):
    store, ids, out, first = penuh
    _tambah(out, "Sasaran & Indikator", {"Jabatan": first["jabatan"], "Sasaran": "Sasaran baru dari Excel",
                                         "Indikator": "Indikator baru", "Satuan": "%"})
    _tambah(out, "Target", {"Jabatan": first["jabatan"], "Indikator": "Indikator baru", "Target 2019": 70,
                            "Target 2022": "85,5"})
    _tambah(out, "Realisasi", {"Jabatan": first["jabatan"], "Indikator": "Indikator baru", "Tahun": 2019, "TW": 1,
                               "Realisasi TW": 10})
    pr = pratinjau(store, out)
    assert pr.tolak == (), pr.tolak
    assert [b.tabel for b in pr.baru] == ["sasaran", "indikator"]
    terapkan(store, pr)
    with using(store.db):
        new = Indikator.get(Indikator.nama == "Indikator baru")
        assert sorted((t.tahun, t.nilai) for t in Target.select().where(Target.indikator == new.id)) == \
            [(2019, Decimal(70)), (2022, Decimal("85.5"))]
        assert Realisasi.get(Realisasi.indikator == new.id).nilai == Decimal(10)


def test_bad_new_rows_refused_with_their_position_and_nothing_written(penuh):
    store, ids, out, first = penuh
    who = {"Jabatan": first["jabatan"], "Indikator": first["indikator"]}
    rows = {
        "unknown": _tambah(out, "Realisasi", {"Jabatan": first["jabatan"], "Indikator": "Tidak ada", "Tahun": 2020,
                                              "TW": 1, "Realisasi TW": 1}),
        "year": _tambah(out, "Realisasi", {**who, "Tahun": 2031, "TW": 1, "Realisasi TW": 1}),
        "quarter": _tambah(out, "Realisasi", {**who, "Tahun": 2020, "TW": 5, "Realisasi TW": 1}),
        "filled": _tambah(out, "Realisasi", {**who, "Tahun": 2019, "TW": 1, "Realisasi TW": 41}),
        "bad": _tambah(out, "Realisasi", {**who, "Tahun": 2020, "TW": 4, "Realisasi TW": "abc"}),
        "code": _tambah(out, "Anggaran", {"Kode": "9.99", "Tahun": 2020, "Pagu (Rp)": 1}),
    }
    same = _tambah(out, "Realisasi", {**who, "Tahun": 2019, "TW": 1, "Realisasi TW": "40,5"})  # as stored: nothing
    pr = pratinjau(store, out)
    why = _alasan(pr)
    assert "«Tidak ada»" in why[rows["unknown"]] and "tidak ada di lembar Sasaran" in why[rows["unknown"]]
    assert "2031" in why[rows["year"]] and "di luar periode" in why[rows["year"]]
    assert "Kolom TW" in why[rows["quarter"]]
    assert "sudah berisi 40,5" in why[rows["filled"]]
    assert "bukan angka" in why[rows["bad"]] or "angka" in why[rows["bad"]]
    assert "«9.99»" in why[rows["code"]]
    assert same not in why and pr.ubah == ()
    assert all(t.pos.lembar in ("Realisasi", "Anggaran") for t in pr.tolak)
    cells = _tolak(pr)
    assert any(k.startswith("Realisasi!") and k[len("Realisasi!"):].rstrip("0123456789") for k in cells)


def test_two_indicators_of_one_name_are_not_guessed(penuh):
    store, ids, out, first = penuh
    with using(store.db):
        Indikator.update(nama=first["indikator"]).where(Indikator.id == ids["second"]).execute()
        both = Sasaran.get_by_id(Indikator.get_by_id(ids["second"]).sasaran_id).jabatan_id == \
            Sasaran.get_by_id(Indikator.get_by_id(ids["first"]).sasaran_id).jabatan_id
    ekspor(store, out)
    r = _tambah(out, "Realisasi", {"Jabatan": first["jabatan"] if both else None, "Indikator": first["indikator"],
                                   "Tahun": 2020, "TW": 1, "Realisasi TW": 1})
    pr = pratinjau(store, out)
    assert pr.ubah == ()
    assert "Ada 2 indikator bernama" in _alasan(pr)[r]


def test_per_jabatan_workbook_refuses_a_new_row_of_another_jabatan(penuh, tmp_path):
    store, ids, _out, first = penuh
    with using(store.db):
        other_ind = Indikator.select().join(Sasaran).join(Jabatan).where(Jabatan.nama != first["jabatan"]).first()
        other = Jabatan.get_by_id(Sasaran.get_by_id(other_ind.sasaran_id).jabatan_id).nama
    out = tmp_path / "kasi.xlsx"
    ekspor(store, out, jabatan=first["jabatan"])
    mine = _tambah(out, "Realisasi", {"Indikator": first["indikator"], "Tahun": 2020, "TW": 2, "Realisasi TW": 7})
    theirs = _tambah(out, "Realisasi", {"Jabatan": other, "Indikator": other_ind.nama,
                                        "Tahun": 2020, "TW": 2, "Realisasi TW": 7})
    unnamed = _tambah(out, "Realisasi", {"Indikator": other_ind.nama, "Tahun": 2020, "TW": 3, "Realisasi TW": 7})
    pr = pratinjau(store, out)
    assert [(u.pos.baris, u.baru) for u in pr.ubah] == [(mine, Decimal(7))]
    assert f"hanya untuk jabatan «{first['jabatan']}»" in _alasan(pr)[theirs]
    assert f"bukan indikator jabatan «{first['jabatan']}»" in _alasan(pr)[unnamed]


@pytest.mark.parametrize(("text", "q"), [(2, 2), ("2", 2), (3.0, 3), ("IV", 4), ("TW II", 2), ("tw 1", 1),
                                         ("Triwulan III", 3), ("5", None), ("", None), ("II.5", None), (True, None)])
def test_quarter_as_clerks_write_it(text, q):
    assert triwulan(text) == q


def test_blank_template_takes_targets_and_budget_typed_beside_new_items(tmp_path):
    from app.models.schema import Program
    from app.models.store import Store

    with Store.create(tmp_path / "a.db") as src:
        ekspor(src, tmp_path / "t.xlsx", kosong=True)
    path = tmp_path / "t.xlsx"
    _tambah(path, "Jabatan", {"Nama jabatan": "Camat"})
    _tambah(path, "Sasaran & Indikator", {"Jabatan": "Camat", "Sasaran": "Layanan prima", "Indikator": "Indeks kepuasan",
                                          "Jenis": "indeks"})
    _tambah(path, "Target", {"Jabatan": "Camat", "Indikator": "Indeks kepuasan", "Target 2026": 3.5})
    _tambah(path, "Program", {"Kode": "7.01", "Program / kegiatan / sub-kegiatan": "Program Penunjang"})
    _tambah(path, "Anggaran", {"Kode": "7.01", "Tahun": 2027, "Pagu (Rp)": 1004422800})
    with Store.create(tmp_path / "b.db") as dest:
        pr = pratinjau(dest, path)
        assert pr.tolak == (), pr.tolak
        terapkan(dest, pr)
        with using(dest.db):
            assert [(t.tahun, t.nilai) for t in Target.select()] == [(2026, Decimal("3.5"))]
            assert Pagu.get(Pagu.program == Program.get(Program.kode == "7.01").id).nilai == Decimal(1004422800)


def test_a_one_year_workbook_takes_no_new_row_of_another_year(penuh, tmp_path):
    """(The clerk's trial: a --tahun workbook knew nothing of 2021 and overwrote its values.)"""
    store, ids, _out, first = penuh
    with using(store.db):
        Realisasi.insert(indikator=ids["first"], tahun=2021, triwulan=1, nilai=Decimal(9)).execute()
        Pagu.insert(program=ids["program"], tahun=2021, nilai=Decimal(2000000)).execute()
    out = tmp_path / "2019.xlsx"
    ekspor(store, out, tahun=2019)
    r1 = _tambah(out, "Realisasi", {"Jabatan": first["jabatan"], "Indikator": first["indikator"], "Tahun": 2021,
                                    "TW": 1, "Realisasi TW": 99})
    r2 = _tambah(out, "Anggaran", {"Kode": "7.01.01", "Tahun": 2021, "Pagu (Rp)": 5})
    pr = pratinjau(store, out)
    assert pr.ubah == ()
    why = _alasan(pr)
    assert "untuk tahun 2019 saja" in why[r1] and "untuk tahun 2019 saja" in why[r2]


def test_odd_years_quarters_and_formulas_refused_with_a_reason(penuh):
    from openpyxl import load_workbook as lw

    store, ids, out, first = penuh
    who = {"Jabatan": first["jabatan"], "Indikator": first["indikator"]}
    rows = {"sup": _tambah(out, "Realisasi", {**who, "Tahun": "2020", "TW": "TW²", "Realisasi TW": 1}),
            "year": _tambah(out, "Realisasi", {**who, "Tahun": "Tahun 2020", "TW": 1, "Realisasi TW": 1}),
            "jab": _tambah(out, "Realisasi", {"Jabatan": "Kepala Tidak Ada", "Indikator": first["indikator"], "Tahun": 2020,
                                              "TW": 1, "Realisasi TW": 1}),
            "formula": _tambah(out, "Realisasi", {**who, "Tahun": 2020, "TW": 2, "Realisasi TW": "=1+2"}),
            "half": _tambah(out, "Realisasi", {**who, "Tahun": 2020, "TW": 3, "Realisasi TW": "abc",
                                               "Kendala": "tidak boleh masuk"})}
    assert lw(out)["Realisasi"][f"A{rows['formula']}"].value is None
    pr = pratinjau(store, out)
    why = _alasan(pr)
    assert "Kolom TW harus" in why[rows["sup"]]
    assert "«Tahun 2020» tidak dapat dibaca" in why[rows["year"]]
    assert "Jabatan «Kepala Tidak Ada» tidak ada" in why[rows["jab"]]
    assert "rumus tanpa nilai tersimpan" in why[rows["formula"]]
    assert "bukan angka" in why[rows["half"]] and "seluruh baris ini tidak diimpor" in why[rows["half"]]
    assert pr.ubah == ()


def test_one_cell_filled_differently_on_two_rows_takes_neither(penuh):
    store, ids, out, first = penuh
    row = _isi(out, "Realisasi", f"r:{ids['first']}:2019:4", "Realisasi TW", 9)
    new = _tambah(out, "Realisasi", {"Jabatan": first["jabatan"], "Indikator": first["indikator"], "Tahun": 2019,
                                     "TW": "IV", "Realisasi TW": 10})
    pr = pratinjau(store, out)
    assert [u for u in pr.ubah if u.alamat[1] == (ids["first"], 2019, 4)] == []
    why = _alasan(pr)
    assert "keduanya tidak diimpor" in why[row] and "keduanya tidak diimpor" in why[new]


def test_negative_rupiah_refused_in_rows_old_and_new(penuh):
    store, ids, out, _first = penuh
    row = _isi(out, "Anggaran", f"g:{ids['kegiatan']}:2019", "Realisasi TW 2 (Rp)", -5)
    new = _tambah(out, "Anggaran", {"Kode": "7.01.01", "Tahun": 2020, "Pagu (Rp)": -100})
    pr = pratinjau(store, out)
    why = _alasan(pr)
    assert "tidak boleh negatif" in why[row] and "tidak boleh negatif" in why[new]
    assert pr.ubah == ()


def test_a_budget_row_named_by_its_code_is_labelled(penuh):
    store, ids, out, _first = penuh
    _tambah(out, "Anggaran", {"Kode": "7.01.01", "Tahun": 2020, "Pagu (Rp)": 7})
    pr = pratinjau(store, out)
    assert [u.label for u in pr.ubah] == ["7.01.01 — 2020 (baris baru)"]


def test_a_recoded_program_takes_the_lines_under_it_along(penuh):
    """As the app's budget editor does: 7.01.01 → 7.01.09 makes 7.01.01.2.01 → 7.01.09.2.01,
    shown in the preview; a child the workbook re-codes itself is checked against the new code."""
    from app.models.schema import Program

    store, ids, out, _first = penuh
    row = _isi(out, "Program", f"p:{ids['program']}", "Kode", "7.01.09")
    pr = pratinjau(store, out)
    assert pr.tolak == ()
    assert sorted((u.pos.baris, u.lama, u.baru) for u in pr.ubah) == [(row, "7.01.01", "7.01.09"),
                                                                       (row + 1, "7.01.01.2.01", "7.01.09.2.01")]
    assert "(ikut kode induk)" in [u for u in pr.ubah if u.baru == "7.01.09.2.01"][0].label
    changes = terapkan(store, pr)
    with using(store.db):
        assert Program.get_by_id(ids["kegiatan"]).kode == "7.01.09.2.01"
    batalkan(store, changes.undo)
    _isi(out, "Program", f"p:{ids['kegiatan']}", "Kode", "7.01.09.2.05")
    pr = pratinjau(store, out)
    assert pr.tolak == () and sorted(u.baru for u in pr.ubah) == ["7.01.09", "7.01.09.2.05"]
    terapkan(store, pr)
    with using(store.db):
        assert [Program.get_by_id(i).kode for i in (ids["program"], ids["kegiatan"])] == ["7.01.09", "7.01.09.2.05"]


def _kode(store, ids) -> list[str]:
    from app.models.schema import Program

    with using(store.db):
        return [Program.get_by_id(i).kode for i in (ids["program"], ids["kegiatan"])]


def test_a_code_change_that_is_not_written_moves_nothing(penuh):
    """(Review: a code kept from the database, or in conflict, still re-coded the lines under it.)"""
    store, ids, out, _first = penuh
    store.ubah_program(ids["program"], kode="7.01.09")  # in the app after the export; the line under it follows
    _isi(out, "Program", f"p:{ids['program']}", "Program / kegiatan / sub-kegiatan", "Program Penunjang X")
    terapkan(store, pratinjau(store, out))
    assert _kode(store, ids) == ["7.01.09", "7.01.09.2.01"]
    store.ubah_program(ids["program"], kode="7.01.08")
    _isi(out, "Program", f"p:{ids['program']}", "Kode", "7.01.07")  # changed on both sides: a conflict
    pr = pratinjau(store, out)
    assert [k.buku for k in pr.konflik] == ["7.01.07"] and pr.kosong  # the line under it does not follow


def test_codes_are_checked_against_the_parents_final_code_in_any_row_order(penuh):
    store, ids, out, _first = penuh
    wb = load_workbook(out)
    ws = wb["Program"]
    rows = {c.value: c.row for c in ws["A"]}
    rp, rk = rows[f"p:{ids['program']}"], rows[f"p:{ids['kegiatan']}"]
    a, b = [c.value for c in ws[rp]], [c.value for c in ws[rk]]
    for n, (x, y) in enumerate(zip(a, b), start=1):  # sorted by the clerk: the kegiatan above its program
        ws.cell(rp, n, y)
        ws.cell(rk, n, x)
    wb.save(out)
    _isi(out, "Program", f"p:{ids['kegiatan']}", "Kode", "7.01.01.2.05")
    _isi(out, "Program", f"p:{ids['program']}", "Kode", "7.01.09")
    pr = pratinjau(store, out)
    assert [t.pos.baris for t in pr.tolak] == [rp] and "harus diawali kode induknya «7.01.09.»" in pr.tolak[0].alasan
    assert [(u.lama, u.baru) for u in pr.ubah if u.alamat[2] == "kode"] == [("7.01.01", "7.01.09"),
                                                                            ("7.01.01.2.01", "7.01.09.2.01")]
    terapkan(store, pr)
    assert _kode(store, ids) == ["7.01.09", "7.01.09.2.01"]


def test_each_imported_cell_is_in_the_history_with_its_place_and_values(penuh):
    """(A clerk's trial: the history kept only the counts of an import.)"""
    import json

    from app.models.schema import Riwayat

    store, ids, out, first = penuh
    r = _tambah(out, "Realisasi", {"Jabatan": first["jabatan"], "Indikator": first["indikator"], "Tahun": 2020,
                                   "TW": 2, "Realisasi TW": "1,004,422,800", "Kendala": "<b>x</b>"})
    _tambah(out, "Sasaran & Indikator", {"Jabatan": first["jabatan"], "Sasaran": "Sasaran baru", "Indikator": "Baru"})
    terapkan(store, pratinjau(store, out))
    with using(store.db):
        rows = list(Riwayat.select().order_by(Riwayat.id))
    mine = [(x.aksi, x.jenis, x.item_id, x.kolom, x.lama, json.loads(x.baru)) for x in rows
            if x.kolom.startswith(f"Realisasi!") and x.kolom.split(" ")[0].endswith(str(r))]
    assert sorted(mine, key=lambda m: m[3]) == [
        ("ubah", "indikator", ids["first"], f"Realisasi!I{r} (Realisasi TW)", None, {"$desimal": "1004422800"}),
        ("ubah", "indikator", ids["first"], f"Realisasi!P{r} (Kendala)", None, "<b>x</b>")], mine
    assert {(x.aksi, x.jenis, x.label) for x in rows if x.aksi == "tambah"} >= {("tambah", "indikator", "Baru")}
    assert rows[-1].aksi == "impor" and rows[-1].label == "Impor Excel a.xlsx"


def _program(store, ids, kode: str, nama: str):
    from app.models.schema import Program

    with using(store.db):
        p = Program.get_by_id(ids["program"])
        return Program.create(periode=p.periode_id, tingkat="program", kode=kode, nama=nama, urutan=9)


def _kode_kode(store) -> list[str]:
    from app.models.schema import Program

    with using(store.db):
        return sorted(r.kode for r in Program.select())


@pytest.mark.parametrize("case", ["two lines", "a new row", "a line that follows"])
def test_no_code_ends_up_used_twice(penuh, case):
    """(Review: two lines re-coded alike, a re-code and a new Program row of the same code, or
    a line following its parent onto a code in use, were all written.)"""
    store, ids, out, _first = penuh
    if case == "two lines":
        other = _program(store, ids, "7.01.02", "Lain")
        ekspor(store, out)
        _isi(out, "Program", f"p:{other.id}", "Kode", "7.01.05")
    elif case == "a new row":
        _tambah(out, "Program", {"Kode": "7.01.05", "Program / kegiatan / sub-kegiatan": "Baru"})
    else:
        _program(store, ids, "7.01.05.2.01", "Lepas")
        ekspor(store, out)
    row = _isi(out, "Program", f"p:{ids['program']}", "Kode", "7.01.05")
    pr = pratinjau(store, out)
    assert "akan dipakai dua kali" in _alasan(pr)[row]
    if not pr.kosong:
        terapkan(store, pr)
    codes = _kode_kode(store)
    assert len(codes) == len(set(codes)) and "7.01.01" in codes, codes


def test_a_new_row_is_read_whatever_columns_the_clerk_inserted_left(penuh):
    """(Review: a «No.» column inserted before the hidden id made new rows unread.)"""
    store, ids, out, first = penuh
    wb = load_workbook(out)
    ws = wb["Realisasi"]
    ws.insert_cols(1)
    for r in range(1, ws.max_row + 1):
        ws.cell(r, 1, "No." if r == 1 else r - 1)
    wb.save(out)
    _tambah(out, "Realisasi", {"No.": 99, "Jabatan": first["jabatan"], "Indikator": first["indikator"], "Tahun": 2020,
                               "TW": 3, "Realisasi TW": 55})
    pr = pratinjau(store, out)
    assert [u.baru for u in pr.ubah] == [Decimal(55)], _alasan(pr)
