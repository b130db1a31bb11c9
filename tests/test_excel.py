"""Excel out and in (issue 14): a workbook exported and imported into an empty database
gives the same data; cells edited with openpyxl come back as exactly those changes, first in
the preview, then in the database, as one undoable step; a per-jabatan workbook touches
nothing else; a cell changed on both sides is a conflict; bad cells are refused with their
position; the capaian formula means what the app computes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.models import capaian as cp
from app.models.excel import ekspor, pratinjau, terapkan
from app.models.excel.tulis import batalkan, ulangi
from app.models.schema import (Fungsi, Indikator, Jabatan, Pagu, Penjelasan, Program, Realisasi, RealisasiAnggaran,
                               RencanaAksi, Sasaran, Target, using)
from app.models.store import Store
from tests.excel_contoh import ANEH, isi_sakip
from tests.helpers import table_rows


@pytest.fixture
def penuh(sample_store):
    ids = isi_sakip(sample_store)
    return sample_store, ids


def _col(ws, judul: str) -> str:
    from openpyxl.utils import get_column_letter

    return next(get_column_letter(c.column) for c in ws[1] if c.value == judul)


def _row(ws, ident: str) -> int:
    return next(c.row for c in ws["A"] if c.value == ident)


def _isi(store) -> dict[str, list]:
    """The data a workbook carries, by names rather than ids (two databases compare)."""
    with using(store.db):
        jab = {j.id: j.nama for j in Jabatan.select()}
        sas = {s.id: (jab[s.jabatan_id], s.nama) for s in Sasaran.select()}
        ind = {i.id: (*sas[i.sasaran_id], i.nama, i.urutan) for i in Indikator.select()}
        prog = {p.id: p.kode for p in Program.select()}
        return {
            "jabatan": sorted((j.nama, j.eselon, j.tugas, jab.get(j.atasan_id)) for j in Jabatan.select()),
            "fungsi": sorted((jab[f.jabatan_id], f.urutan, f.teks) for f in Fungsi.select()),
            "sasaran": sorted((jab[s.jabatan_id], s.nomor, s.nama, s.nama_matriks or "", s.urutan, s.urutan_matriks or 0)
                              for s in Sasaran.select()),
            "indikator": sorted((ind[i.id], i.nomor, i.jenis, i.polaritas, i.satuan, i.formulasi, i.label_pembilang,
                                 i.label_penyebut, i.penanggung_jawab, i.sumber_data, i.penjelasan_berbutir,
                                 i.di_lampiran, i.di_matriks, i.nama_matriks or "", i.sumber_data_matriks or "")
                                for i in Indikator.select()),
            "penjelasan": sorted((ind[p.indikator_id], p.urutan, p.teks) for p in Penjelasan.select()),
            "target": sorted((ind[t.indikator_id], t.tahun, t.nilai, t.teks) for t in Target.select()),
            "realisasi": sorted((ind[r.indikator_id], r.tahun, r.triwulan, r.nilai, r.pembilang, r.penyebut, r.catatan,
                                 r.kendala, r.solusi) for r in Realisasi.select()),
            "rencana_aksi": sorted((ind[r.indikator_id], r.tahun, r.triwulan, r.target, r.aksi, r.anggaran)
                                   for r in RencanaAksi.select()),
            "program": sorted((p.tingkat, p.kode, p.nama, prog.get(p.induk_id), sas.get(p.sasaran_id)) for p in Program.select()),
            "pagu": sorted((prog[p.program_id], p.tahun, p.nilai) for p in Pagu.select()),
            "realisasi_anggaran": sorted((prog[r.program_id], r.tahun, r.triwulan, r.nilai) for r in RealisasiAnggaran.select()),
        }


def test_export_then_import_into_an_empty_database_gives_the_same_data(penuh, tmp_path):
    store, _ids = penuh
    out = tmp_path / "semua.xlsx"
    ekspor(store, out)
    with Store.create(tmp_path / "kosong.db") as empty:
        pr = pratinjau(empty, out)
        assert pr.asing and pr.periode_baru is not None and pr.periode_baru.ganti
        assert not pr.tolak and not pr.konflik
        terapkan(empty, pr)
        got = _isi(empty)
    want = _isi(store)
    for table in want:
        assert got[table] == want[table], table
    assert len(want["realisasi"]) == 4 and len(want["program"]) == 2


def test_unchanged_workbook_changes_nothing(penuh, tmp_path):
    store, _ids = penuh
    out = tmp_path / "a.xlsx"
    ekspor(store, out)
    pr = pratinjau(store, out)
    assert pr.kosong and not pr.tolak and not pr.konflik and pr.dibiarkan == 0


def test_edited_cells_are_exactly_the_preview_and_then_the_database(penuh, tmp_path, sample_path):
    store, ids = penuh
    out = tmp_path / "a.xlsx"
    ekspor(store, out)
    wb = load_workbook(out)
    real, ang, si = wb["Realisasi"], wb["Anggaran"], wb["Sasaran & Indikator"]
    f, s = ids["first"], ids["second"]
    r1, r3 = _row(real, f"r:{f}:2019:1"), _row(real, f"r:{s}:2019:3")
    real[f"{_col(real, 'Realisasi TW')}{r3}"] = "Rp 1.004.422.800"
    real[f"{_col(real, 'Kendala')}{r1}"] = "Listrik padam"
    ag = _row(ang, f"g:{ids['kegiatan']}:2019")
    ang[f"{_col(ang, 'Pagu (Rp)')}{ag}"] = "1,004,422,800"
    si_row = next(c.row for c in si["A"] if str(c.value).endswith(f"/i:{f}"))
    si[f"{_col(si, 'Satuan')}{si_row}"] = "persen"
    wb.save(out)
    before = table_rows(sample_path, skip=("riwayat",))
    pr = pratinjau(store, out)
    got = {(u.alamat, u.lama, u.baru) for u in pr.ubah}
    names = (" ".join(f"{real[f'D{r}'].value or ''} — 2019 {tw}".split()).removeprefix("— ") for r, tw in ((r1, "TW I"), (r3, "TW III")))
    assert {u.label for u in pr.ubah if u.alamat[0] == "realisasi"} == set(names)  # the item, its year and quarter
    assert got == {
        (("realisasi", (s, 2019, 3), "nilai"), None, Decimal("1004422800")),
        (("realisasi", (f, 2019, 1), "kendala"), "Hujan & banjir", "Listrik padam"),
        (("anggaran", (ids["kegiatan"], 2019), "pagu"), Decimal("100000000"), Decimal("1004422800")),
        (("indikator", f, "satuan"), "%", "persen"),
    }
    assert {u.pos.teks().split(" ")[0] for u in pr.ubah} >= {f"Realisasi!{_col(real, 'Kendala')}{r1}"}
    assert table_rows(sample_path, skip=("riwayat",)) == before  # the preview wrote nothing
    changes = terapkan(store, pr)
    with using(store.db):
        assert Realisasi.get(indikator=s, tahun=2019, triwulan=3).nilai == Decimal("1004422800")
        assert Realisasi.get(indikator=f, tahun=2019, triwulan=1).kendala == "Listrik padam"
        assert Pagu.get(program=ids["kegiatan"], tahun=2019).nilai == Decimal("1004422800")
        assert Indikator.get_by_id(f).satuan == "persen"
    after = table_rows(sample_path, skip=("riwayat",))
    changed = {t for t in after if after[t] != before[t]}
    assert changed == {"realisasi", "pagu", "indikator"}
    riwayat = table_rows(sample_path)["riwayat"]
    assert [r for r in riwayat if r[3] == "impor"][-1][6] == "Impor Excel a.xlsx"
    undone = batalkan(store, changes.undo)
    assert table_rows(sample_path, skip=("riwayat",)) == before
    ulangi(store, undone.undo)
    assert table_rows(sample_path, skip=("riwayat",)) == after


def test_per_jabatan_workbook_merges_without_touching_others(penuh, tmp_path, sample_path):
    store, ids = penuh
    with using(store.db):
        sas = Sasaran.get_by_id(Indikator.get_by_id(ids["first"]).sasaran_id)
        nama = Jabatan.get_by_id(sas.jabatan_id).nama
    out = tmp_path / "kasi.xlsx"
    counts = ekspor(store, out, jabatan=nama, tahun=2019)
    wb = load_workbook(out)
    assert {wb["Jabatan"][f"C{r}"].value for r in range(2, wb["Jabatan"].max_row + 1)} == {nama}
    assert counts["Realisasi"] % 4 == 0
    real = wb["Realisasi"]
    r = _row(real, f"r:{ids['first']}:2019:4")
    real[f"{_col(real, 'Realisasi TW')}{r}"] = 77
    wb.save(out)
    other = store.jabatan_list()[-1].id
    store.update("jabatan", other, tugas="Diubah di kantor")  # another jabatan changed meanwhile
    before = table_rows(sample_path, skip=("riwayat",))
    pr = pratinjau(store, out)
    assert [(u.alamat, u.baru) for u in pr.ubah] == [(("realisasi", (ids["first"], 2019, 4), "nilai"), Decimal(77))]
    terapkan(store, pr)
    after = table_rows(sample_path, skip=("riwayat",))
    assert {t for t in after if after[t] != before[t]} == {"realisasi"}
    assert len(after["realisasi"]) == len(before["realisasi"]) + 1


def test_a_cell_changed_on_both_sides_is_a_conflict(penuh, tmp_path):
    store, ids = penuh
    out = tmp_path / "a.xlsx"
    ekspor(store, out)
    wb = load_workbook(out)
    tg = wb["Target"]
    r = _row(tg, f"t:{ids['first']}")
    tg[f"{_col(tg, 'Target 2019')}{r}"] = 90
    wb.save(out)
    store.set_target(ids["first"], 2019, Decimal(85))  # the office changed it too
    store.set_target(ids["second"], 2019, Decimal(13))  # only the office: kept
    pr = pratinjau(store, out)
    assert [(k.alamat, k.db, k.buku) for k in pr.konflik] == [(("target", (ids["first"], 2019), "nilai"), Decimal(85), Decimal(90))]
    assert pr.ubah == () and pr.dibiarkan == 1
    assert pr.konflik[0].pos.teks() == f"Target!{_col(tg, 'Target 2019')}{r} (Target 2019)"


def test_bad_cells_refused_with_their_position(penuh, tmp_path, sample_path):
    store, ids = penuh
    out = tmp_path / "a.xlsx"
    ekspor(store, out)
    wb = load_workbook(out)
    real = wb["Realisasi"]
    col = _col(real, "Realisasi TW")
    rows = [_row(real, f"r:{ids['first']}:2019:{q}") for q in (1, 2, 3, 4)]
    real[f"{col}{rows[0]}"] = "abc"
    real[f"{col}{rows[1]}"] = "1,2,3"
    real[f"{col}{rows[2]}"] = 10 ** 16
    real[f"{col}{rows[3]}"] = "Rp 1.004.422.800"
    wb.save(out)
    with using(store.db):
        Indikator.delete().where(Indikator.id == ids["second"]).execute()  # deleted since the export
    pr = pratinjau(store, out)
    where = {t.pos.teks().split(" ")[0]: t.alasan for t in pr.tolak}
    assert "bukan angka" in where[f"Realisasi!{col}{rows[0]}"]
    assert "bukan angka" in where[f"Realisasi!{col}{rows[1]}"]
    assert "terlalu besar" in where[f"Realisasi!{col}{rows[2]}"]
    deleted = [t for t in pr.tolak if "sudah tidak ada" in t.alasan]
    assert deleted and all(t.pos.kolom == "" for t in deleted)
    assert [(u.alamat, u.baru) for u in pr.ubah] == [(("realisasi", (ids["first"], 2019, 4), "nilai"), Decimal("1004422800"))]


def test_capaian_formula_means_what_the_app_computes(penuh, tmp_path):
    store, ids = penuh
    out = tmp_path / "a.xlsx"
    ekspor(store, out, tahun=2019)
    ws = load_workbook(out)["Realisasi"]
    c = {k: _col(ws, t) for k, t in (("t", "Target s.d. TW (saat ekspor)"), ("n", "Realisasi TW"), ("a", "Pembilang"),
                                      ("b", "Penyebut"), ("x", "Realisasi TW (terhitung)"), ("y", "Realisasi s.d. TW"),
                                      ("z", "Capaian s.d. TW (%)"))}
    r = _row(ws, f"r:{ids['first']}:2019:2")  # persentase: the last filled quarter; TW II is 3/4
    assert ws[f"{c['x']}{r}"].value == (f'=IF(ISNUMBER({c["n"]}{r}),{c["n"]}{r},IF(AND(ISNUMBER({c["a"]}{r}),'
                                        f'ISNUMBER({c["b"]}{r}),{c["b"]}{r}<>0),{c["a"]}{r}/{c["b"]}{r}*100,""))')
    rng = f"{c['x']}{r - 1}:{c['x']}{r}"
    assert ws[f"{c['y']}{r}"].value == f'=IF(COUNT({rng})=0,"",LOOKUP(9.99E+307,{rng}))'
    t, y = f"{c['t']}{r}", f"{c['y']}{r}"
    assert ws[f"{c['z']}{r}"].value == f'=IF(AND(ISNUMBER({t}),ISNUMBER({y}),{t}<>0),ROUND({y}/{t}*100,2),"")'
    # the formula's meaning: the last quarter's value (3 / 4 × 100 = 75) over the target (80), rounded to 0,01
    target = Decimal(ws[t].value)
    meaning = (Decimal(3) / Decimal(4) * 100 / target * 100).quantize(Decimal("0.01"))
    ind = store.jabatan_many([j.id for j in store.jabatan_list()], store.periode_list()[0].id)
    found = [i for j in ind for s in j.sasaran for i in s.indikator if i.id == ids["first"]][0]
    assert cp.hitung(found, 2019, [], sampai_triwulan=2).capaian == meaning
    r2 = _row(ws, f"r:{ids['second']}:2019:2")  # jumlah: summed; against the rencana aksi's quarter target (3 + 3)
    rng2 = f"{c['x']}{r2 - 1}:{c['x']}{r2}"
    assert ws[f"{c['y']}{r2}"].value == f'=IF(COUNT({rng2})=0,"",SUM({rng2}))'
    assert ws[f"{c['t']}{r2}"].value == 6
    assert ws.freeze_panes == "C2" and ws.column_dimensions["A"].hidden and ws.column_dimensions["B"].hidden
    assert ws[f"{c['n']}1"].font.b and ws[f"{c['z']}{r}"].number_format == "#,##0.00"
    checks = {dv.type: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert f"{c['n']}2:{c['n']}{ws.max_row}" in checks["decimal"]
    assert load_workbook(out)["_kinerja"].sheet_state == "hidden"


def test_blank_template_creates_a_new_kecamatan(tmp_path):
    with Store.create(tmp_path / "a.db") as src:
        ekspor(src, tmp_path / "templat.xlsx", kosong=True)
    wb = load_workbook(tmp_path / "templat.xlsx")
    assert all(ws.max_row == 1 for ws in wb.worksheets if ws.title != "_kinerja")
    wb["Jabatan"].append([None, None, "Camat", "II.b", None, "Memimpin", "Fungsi satu\nFungsi dua"])
    wb["Sasaran & Indikator"].append([None, None, "Camat", "1", "Meningkatnya layanan", None, 3, None,
                                      "Indeks kepuasan", "indeks", None, "indeks", ANEH])
    wb["Sasaran & Indikator"].append([None, None, "Lurah", "1", "X"])
    wb.save(tmp_path / "templat.xlsx")
    with Store.create(tmp_path / "b.db") as dest:
        pr = pratinjau(dest, tmp_path / "templat.xlsx")
        assert [b.tabel for b in pr.baru] == ["jabatan", "sasaran", "indikator"]
        assert len(pr.tolak) == 1 and "Lurah" in pr.tolak[0].alasan and pr.tolak[0].pos.baris == 3
        terapkan(dest, pr)
        with using(dest.db):
            ind = Indikator.get()
            assert (ind.nama, ind.jenis, ind.formulasi, ind.polaritas) == ("Indeks kepuasan", "indeks", ANEH, "positif")
            assert Sasaran.get().urutan_matriks == 3
            assert [f.teks for f in Fungsi.select().order_by(Fungsi.urutan)] == ["Fungsi satu", "Fungsi dua"]


def test_not_a_workbook_refused_in_indonesian(sample_store, tmp_path):
    bad = tmp_path / "bukan.xlsx"
    bad.write_text("halo")
    from app.models.errors import InputTidakValid

    with pytest.raises(InputTidakValid, match="bukan buku kerja Excel"):
        pratinjau(sample_store, bad)


def test_cli_export_and_import_with_preview(penuh, tmp_path, sample_path, capsys, monkeypatch):
    from app.cli import EXIT_DITOLAK, EXIT_OK, main

    store, ids = penuh
    store.close()
    out = tmp_path / "Kantor #2" / "Data Ümi.xlsx"
    out.parent.mkdir()
    assert main(["--db", str(sample_path), "export", "xlsx", "--out", str(out), "--tahun", "2019"]) == EXIT_OK
    assert "Realisasi" in capsys.readouterr().out
    wb = load_workbook(out)
    real = wb["Realisasi"]
    r = _row(real, f"r:{ids['first']}:2019:3")
    real[f"{_col(real, 'Realisasi TW')}{r}"] = "1,004,422,800"
    wb.save(out)
    before = table_rows(sample_path, skip=("riwayat",))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--db", str(sample_path), "import", str(out)]) == EXIT_DITOLAK
    text = capsys.readouterr()
    assert f"Realisasi!{_col(real, 'Realisasi TW')}{r}" in text.out and "→ 1.004.422.800" in text.out
    assert "--ya" in text.err and table_rows(sample_path, skip=("riwayat",)) == before
    assert main(["--db", str(sample_path), "import", str(out), "--ya"]) == EXIT_OK
    assert "1 isian diubah" in capsys.readouterr().out
    assert table_rows(sample_path, skip=("riwayat",)) != before


def test_cli_export_unknown_jabatan_refused(sample_path, tmp_path, capsys):
    from app.cli import EXIT_DITOLAK, main

    assert main(["--db", str(sample_path), "export", "xlsx", "--out", str(tmp_path / "a.xlsx"), "--jabatan", "Lurah"]) == EXIT_DITOLAK
    assert "Jabatan «Lurah» tidak ada" in capsys.readouterr().err
    assert not (tmp_path / "a.xlsx").exists()
