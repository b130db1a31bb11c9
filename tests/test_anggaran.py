"""The budget in the store (app/models/anggaran_ops.py): programs, kegiatan, sub-kegiatan,
their codes, pagu per year and realisasi per quarter; undo of every write, history,
Indonesian refusals that change nothing."""

from decimal import Decimal as D

import pytest

from app.models.anggaran import pagu_baris, rata, realisasi_baris, serapan_baris
from app.models.errors import InputTidakValid
from app.models.kinds import Jenis
from app.models.schema import Program, Riwayat, using
from tests.helpers import table_rows


@pytest.fixture
def budget(sample_store):
    """Program 7.01.02 with a kegiatan and a sub-kegiatan, linked to the first sasaran."""
    s = sample_store
    pid = s.periode_pembuka()
    sasaran = next(x for j in s.jabatan_all(pid, realisasi=False) for x in j.sasaran).id
    prog = s.tambah_program(pid, None, "7.01.02", "Penyelenggaraan Pemerintahan dan Pelayanan Publik", sasaran).item_id
    keg = s.tambah_program(pid, prog, "7.01.02.2.01", "Koordinasi Penyelenggaraan Pemerintahan").item_id
    sub = s.tambah_program(pid, keg, "7.01.02.2.01.0001", "Rapat Koordinasi").item_id
    return s, pid, sasaran, prog, keg, sub


def test_lines_make_a_tree_with_levels_in_order(budget):
    s, pid, sasaran, prog, keg, sub = budget
    prog2 = s.tambah_program(pid, None, "7.01.03", "Pemberdayaan Masyarakat Desa dan Kelurahan").item_id
    tree = s.program_tree(pid)
    assert [p.id for p in tree] == [prog, prog2]
    assert [(d, p.tingkat, p.kode) for d, p in rata(tree)][:3] == [
        (0, "program", "7.01.02"), (1, "kegiatan", "7.01.02.2.01"), (2, "subkegiatan", "7.01.02.2.01.0001")]
    assert tree[0].sasaran_id == sasaran


def test_codes_are_checked_with_a_clear_message(budget, sample_path):
    s, pid, _, prog, keg, sub = budget
    before = table_rows(sample_path)
    for kode, words in (("7.01.03.1", "diawali kode induknya «7.01.02.»"), ("7,01", "angka yang dipisah titik"),
                        ("7.01.02", "sudah dipakai"), ("<b>x</b>", "tidak sah"), ("7.01.02.", "tidak sah")):
        with pytest.raises(InputTidakValid, match=words.replace(".", r"\.")):
            s.tambah_program(pid, prog, kode, "x") if kode != "7.01.02" else s.tambah_program(pid, None, kode, "x")
    with pytest.raises(InputTidakValid, match="Sub-kegiatan tidak dapat punya rincian"):
        s.tambah_program(pid, sub, "", "x")
    with pytest.raises(InputTidakValid, match="tidak boleh kosong"):
        s.ubah_program(prog, nama="  ")
    assert table_rows(sample_path) == before  # nothing half-written


def test_recoding_a_program_carries_its_kegiatan_and_undo_takes_it_back(budget):
    s, pid, _, prog, keg, sub = budget
    ch = s.ubah_program(prog, kode="7.01.05")
    assert ch.fields == {"kode"} and ch.undo == {"kode": "7.01.02"}
    assert [p.kode for _, p in rata(s.program_tree(pid))] == ["7.01.05", "7.01.05.2.01", "7.01.05.2.01.0001"]
    s.ubah_program(prog, **ch.undo)
    assert [p.kode for _, p in rata(s.program_tree(pid))] == ["7.01.02", "7.01.02.2.01", "7.01.02.2.01.0001"]


def test_moving_a_kegiatan_to_another_program_recodes_it_and_undoes(budget):
    s, pid, _, prog, keg, sub = budget
    prog2 = s.tambah_program(pid, None, "7.01.03", "Pemberdayaan").item_id
    ch = s.pindah_program(keg, 0, prog2)
    tree = s.program_tree(pid)
    assert tree[0].anak == () and tree[1].anak[0].kode == "7.01.03.2.01"
    assert tree[1].anak[0].anak[0].kode == "7.01.03.2.01.0001"
    s.pindah_program(keg, *ch.undo)
    assert s.program_tree(pid)[0].anak[0].kode == "7.01.02.2.01"
    with pytest.raises(InputTidakValid, match="Kegiatan hanya dapat dipindah ke bawah program"):
        s.pindah_program(keg, 0, None)
    # order among siblings
    prog3 = s.tambah_program(pid, None, "7.01.04", "Trantibum").item_id
    s.pindah_program(prog3, 0)
    assert [p.id for p in s.program_tree(pid)] == [prog3, prog, prog2]


def test_rupiah_as_typed_and_refusals(budget, sample_path):
    s, pid, _, prog, keg, sub = budget
    ch = s.set_pagu(prog, 2019, "Rp 1.004.422.800")
    assert ch.undo is None and ch.fields == {"pagu"}
    s.set_realisasi_anggaran(prog, 2019, 1, "1,004,422,800")
    s.set_realisasi_anggaran(prog, 2019, 2, D("0.50"))
    p = s.program_baris(prog, 2019)
    assert p.pagu == D(1004422800) and p.realisasi_triwulan() == {1: D(1004422800), 2: D("0.50")}
    before = table_rows(sample_path)
    for call, words in ((lambda: s.set_pagu(prog, 2019, "-5"), "tidak boleh negatif"),
                        (lambda: s.set_pagu(prog, 2019, "1.000.000.000.000.000"), "terlalu besar|paling besar"),
                        (lambda: s.set_pagu(prog, 2019, "sejuta"), "."),
                        (lambda: s.set_pagu(prog, 2030, "5"), "di luar periode"),
                        (lambda: s.set_realisasi_anggaran(prog, 2019, 5, "5"), "Triwulan harus")):
        with pytest.raises(InputTidakValid, match=words):
            call()
    assert table_rows(sample_path) == before
    assert s.set_pagu(prog, 2019, "").undo == D(1004422800)
    assert s.program_baris(prog, 2019).pagu is None


def test_lines_add_up_when_only_the_sub_kegiatan_have_figures(budget):
    s, pid, _, prog, keg, sub = budget
    keg2 = s.tambah_program(pid, prog, "7.01.02.2.02", "Kegiatan dua").item_id
    s.set_pagu(sub, 2019, "1.000.000")
    s.set_pagu(keg2, 2019, "3.000.000")
    s.set_realisasi_anggaran(sub, 2019, 1, "250.000")
    s.set_realisasi_anggaran(keg2, 2019, 3, "2.750.000")
    p = s.program_tree(pid, 2019)[0]
    assert pagu_baris(p) == D(4000000) and realisasi_baris(p) == D(3000000)
    assert realisasi_baris(p, 2) == D(250000)
    assert serapan_baris(p) == D("75.00")


def test_deleting_a_program_takes_its_kegiatan_and_undo_restores_everything(budget, sample_path):
    s, pid, _, prog, keg, sub = budget
    s.set_pagu(sub, 2019, "1.000")
    s.set_realisasi_anggaran(sub, 2019, 1, "500")
    before = table_rows(sample_path, skip=("riwayat",))
    text = s.ringkasan_hapus_program(prog)
    assert "1 kegiatan dan 1 sub-kegiatan" in text and "«7.01.02 Penyelenggaraan" in text
    ch = s.delete(Jenis.PROGRAM, prog)
    assert {(Jenis.PROGRAM, i) for i in (prog, keg, sub)} <= ch.deleted
    assert {k for k, _ in ch.deleted} == {Jenis.PROGRAM, Jenis.PAGU, Jenis.REALISASI_ANGGARAN}
    assert s.program_tree(pid) == ()
    s.restore(ch.undo)
    assert table_rows(sample_path, skip=("riwayat",)) == before
    with using(s.db):
        aksi = [r.aksi for r in Riwayat.select().where(Riwayat.jenis == "program").order_by(Riwayat.id)]
    assert aksi[-2:] == ["hapus", "pulihkan"] and aksi.count("tambah") == 3


def test_deleting_a_sasaran_linked_to_a_program_unlinks_and_undo_relinks(budget):
    """Failed before: the deletion record named the table "program", not a known kind."""
    s, pid, sasaran, prog, keg, sub = budget
    ch = s.delete(Jenis.SASARAN, sasaran)
    assert s.program_baris(prog).sasaran_id is None and (Jenis.PROGRAM, prog) in ch.updated
    s.restore(ch.undo)
    assert s.program_baris(prog).sasaran_id == sasaran


def test_a_deleted_program_comes_back_from_the_history(budget):
    s, pid, _, prog, keg, sub = budget
    s.delete(Jenis.PROGRAM, prog)
    with using(s.db):
        rid = Riwayat.select(Riwayat.id).where(Riwayat.aksi == "hapus", Riwayat.jenis == "program").scalar()
    s.restore_from_history(rid)
    assert [p.id for _, p in rata(s.program_tree(pid))] == [prog, keg, sub]


def test_link_to_a_sasaran_of_another_period_is_refused(budget):
    s, pid, _, prog, keg, sub = budget
    with pytest.raises(InputTidakValid, match="tidak ada lagi"):
        s.ubah_program(prog, sasaran=999999)
    ch = s.ubah_program(prog, sasaran=None, nama="<b>x</b> & <img src=a>")
    assert ch.fields == {"sasaran", "nama"}
    with using(s.db):
        assert Program.get_by_id(prog).nama == "<b>x</b> & <img src=a>"


def test_quality_check_points_out_the_budget_s_problems(budget):
    from app.models.quality import periksa

    s, pid, _, prog, keg, sub = budget
    prog2 = s.tambah_program(pid, None, "7.01.03", "Pemberdayaan").item_id
    s.set_realisasi_anggaran(prog2, 2019, 1, "5.000")  # no pagu
    s.set_pagu(prog, 2019, "1.000")
    s.set_pagu(keg, 2019, "900")  # the program's own pagu is not the sum of its kegiatan
    s.set_realisasi_anggaran(keg, 2019, 2, "950")  # above the kegiatan's pagu
    found = {(w.kode, w.item_id) for w in periksa(s) if w.jenis_item == Jenis.PROGRAM}
    assert found == {("program_tanpa_sasaran", prog2), ("realisasi_tanpa_pagu", prog2),
                     ("pagu_tidak_sama_rincian", prog), ("realisasi_melebihi_pagu", keg)}
    [msg] = [w.pesan for w in periksa(s) if w.kode == "realisasi_melebihi_pagu"]
    assert msg == ("Realisasi anggaran 2019 Kegiatan «7.01.02.2.01 Koordinasi Penyelenggaraan Pemerintahan» "
                   "(Rp 950) melebihi pagunya (Rp 900).")
