"""Store operations: dataclasses out, bad input refused with nothing stored."""

from decimal import Decimal as D

import pytest

from app.models.errors import DataTidakDitemukan, InputTidakValid
from app.models.store import Store


@pytest.fixture
def ind(sample_store):
    periode = sample_store.periode_list()[0]
    jab = sample_store.jabatan_all(periode.id)
    return next(i for j in jab for s in j.sasaran for i in s.indikator if i.nama.startswith("Persentase pemenuhan"))


def test_tree_follows_the_hierarchy(sample_store):
    periode = sample_store.periode_list()[0]
    (camat,) = sample_store.tree(periode.id)
    assert camat.nama == "Camat"
    assert [j.nama for j in camat.bawahan] == [
        "Sekretaris Kecamatan", "KASI PEMERINTAHAN", "KASI PEMBERDAYAAN MASYARAKAT",
        "KASI KESEJAHTERAAN RAKYAT DAN PELAYANAN", "KASI KETENTRAMAN DAN KETERTIBAN"]
    sek = camat.bawahan[0]
    assert [j.nama for j in sek.bawahan] == ["Kepala Sub Bagian Perencanaan, Keuangan dan Aset.", "Kasubbag Umum dan Kepegawaian"]
    assert sum(len(s.indikator) for s in sek.bawahan[0].sasaran) == 10


def test_tree_survives_a_reporting_cycle(sample_store):
    sample_store.db.execute_sql("UPDATE jabatan SET atasan_id = (SELECT id FROM jabatan WHERE nama='Sekretaris Kecamatan') WHERE nama='Camat'")
    roots = sample_store.tree(sample_store.periode_list()[0].id)
    seen = []

    def walk(n):
        seen.append(n.id)
        for k in n.bawahan:
            walk(k)

    for r in roots:
        walk(r)
    assert sorted(set(seen)) == sorted(j.id for j in sample_store.jabatan_all(1))


def test_targets_and_realisasi_round_trip(sample_store, ind):
    sample_store.set_target(ind.id, 2018, D("92.5"))
    sample_store.set_realisasi(ind.id, 2018, 1, nilai=D("88.25"), catatan="TW I")
    sample_store.set_realisasi(ind.id, 2018, 2, pembilang=D(45), penyebut=D(50))
    got = sample_store.indikator(ind.id)
    assert got.target_tahun(2018).nilai == D("92.5")
    assert [(r.triwulan, r.nilai, r.pembilang, r.penyebut, r.catatan) for r in got.realisasi] == [
        (1, D("88.25"), None, None, "TW I"), (2, None, D(45), D(50), "")]
    # clearing
    sample_store.set_realisasi(ind.id, 2018, 1)
    sample_store.set_target(ind.id, 2018, None)
    got = sample_store.indikator(ind.id)
    assert got.target_tahun(2018) is None
    assert [r.triwulan for r in got.realisasi] == [2]


def test_edit_survives_reopening(sample_path, ind):
    with Store.open(sample_path) as store:
        store.set_target(ind.id, 2022, D("97.32"))
        store.update("indikator", ind.id, nama="Nama <baru> & diperbaiki", polaritas="negatif")
    with Store.open(sample_path) as store:
        got = store.indikator(ind.id)
        assert got.target_tahun(2022).nilai == D("97.32")
        assert got.nama == "Nama <baru> & diperbaiki" and got.polaritas == "negatif"


@pytest.mark.parametrize("call, fragment", [
    (lambda s, i: s.set_realisasi(i, 2018, 5, nilai=D(1)), "Triwulan"),
    (lambda s, i: s.set_realisasi(i, 18, 1, nilai=D(1)), "Tahun"),
    (lambda s, i: s.set_realisasi(i, 2018, 1, pembilang=D(1), penyebut=D(-1)), "Penyebut"),
    (lambda s, i: s.set_target(i, 99999, D(1)), "Tahun"),
    (lambda s, i: s.update("indikator", i, jenis="rupiah"), "Jenis"),
    (lambda s, i: s.update("indikator", i, polaritas="naik"), "Polaritas"),
    (lambda s, i: s.update("indikator", i, nama=None), "teks"),
    (lambda s, i: s.update("indikator", i, nama="a\x00b"), "karakter"),
])
def test_bad_input_changes_nothing(sample_store, ind, call, fragment):
    before = sample_store.counts(), sample_store.indikator(ind.id)
    with pytest.raises(InputTidakValid) as err:
        call(sample_store, ind.id)
    assert fragment in str(err.value)
    assert (sample_store.counts(), sample_store.indikator(ind.id)) == before


def test_missing_items_are_reported_in_indonesian(sample_store):
    with pytest.raises(DataTidakDitemukan, match="tidak ada lagi"):
        sample_store.indikator(99999)
    with pytest.raises(DataTidakDitemukan):
        sample_store.set_target(99999, 2018, D(1))
    with pytest.raises(DataTidakDitemukan):
        sample_store.update("indikator", 99999, nama="x")
    with pytest.raises(DataTidakDitemukan):
        sample_store.jabatan(99999, 1)


def test_unknown_field_is_a_bug_not_user_input(sample_store, ind):
    with pytest.raises(ValueError):
        sample_store.update("indikator", ind.id, id=5)


def test_penjelasan_paragraphs_keep_their_order(sample_store, ind):
    sample_store.set_penjelasan(ind.id, ["Kedua", "Pertama", "Ketiga"])
    assert sample_store.indikator(ind.id).penjelasan == ("Kedua", "Pertama", "Ketiga")
    sample_store.set_penjelasan(ind.id, [])
    assert sample_store.indikator(ind.id).penjelasan == ()


def test_load_one_jabatan_uses_a_fixed_number_of_queries(sample_store):
    """No query per row: loading a jabatan costs the same number of queries whatever its size."""
    from playhouse.test_utils import count_queries

    with count_queries() as small:
        sample_store.jabatan(5, 1)  # 2 sasaran
    with count_queries() as big:
        sample_store.jabatan(3, 1)  # 4 sasaran, 10 indicators
    assert small.count == big.count <= 9


def test_jabatan_for_one_year_carries_that_years_realisasi(sample_store, ind):
    sample_store.set_realisasi(ind.id, 2018, 1, nilai=D(80))
    sample_store.set_realisasi(ind.id, 2019, 4, nilai=D(90))
    jab_id = next(j.id for j in sample_store.jabatan_all(1) for s in j.sasaran if s.id == ind.sasaran_id)

    def real(tahun):
        j = sample_store.jabatan(jab_id, 1, tahun)
        return [(r.tahun, r.triwulan) for s in j.sasaran for i in s.indikator if i.id == ind.id for r in i.realisasi]

    assert real(2019) == [(2019, 4)]
    assert real(None) == [(2018, 1), (2019, 4)]
    assert real(2020) == []


def test_operator_is_a_parameter_of_open_and_create(sample_path, tmp_path):
    from app.models.store import Store

    with Store.open(sample_path, operator="Siti (Perencanaan)") as store:
        store.update("kecamatan", 1, tempat="Marabahan")
        assert store.riwayat()[0].operator == "Siti (Perencanaan)"
    with Store.create(tmp_path / "baru.db", operator="Budi") as store:
        assert store.operator == "Budi"
    store, created = Store.open_or_create(tmp_path / "baru.db", operator="Ani")
    with store:
        assert (store.operator, created) == ("Ani", False)
