"""Store writes: old values back for undo, deletions restorable exactly, bad input refused."""

import datetime as dt
from decimal import Decimal as D

import pytest

from app.models.errors import DataTidakDitemukan, InputTidakValid
from app.models.rules import Band
from tests.helpers import table_rows


def dump(path):
    """Every table's rows, but the history (which only ever grows)."""
    return table_rows(path, skip=("riwayat",))


def jab_by_name(store, nama):
    return next(j for j in store.jabatan_all(1) if j.nama == nama)


def test_update_returns_old_values(sample_store):
    j = jab_by_name(sample_store, "KASI PEMERINTAHAN")
    old = sample_store.update("jabatan", j.id, nama="Kasi Pemerintahan", eselon="IV.b").undo
    assert old == {"nama": "KASI PEMERINTAHAN", "eselon": "IV.a"}
    sample_store.update("jabatan", j.id, **old)
    assert sample_store.jabatan(j.id, 1).nama == "KASI PEMERINTAHAN"


def test_reporting_cycles_are_refused(sample_store):
    camat = jab_by_name(sample_store, "Camat")
    sek = jab_by_name(sample_store, "Sekretaris Kecamatan")
    with pytest.raises(InputTidakValid, match="atasan"):
        sample_store.update("jabatan", camat.id, atasan=sek.id)
    with pytest.raises(InputTidakValid):
        sample_store.update("jabatan", sek.id, atasan=sek.id)
    with pytest.raises(InputTidakValid, match="tidak ada lagi"):
        sample_store.update("jabatan", sek.id, pemegang=999)


@pytest.mark.parametrize("kind, fields, fragment", [
    ("keputusan", {"tahun": 18}, "Tahun"),
    ("keputusan", {"ttd_awalan": "Pj."}, "Awalan"),
    ("keputusan", {"tanggal": "01 Nopember"}, "tidak dapat dibaca"),  # a blank nomor is allowed (issue 12)
    ("pegawai", {"nama": ""}, "tidak boleh kosong"),
    ("sasaran", {"urutan_matriks": -1}, "bulat positif"),
    ("periode", {"matriks_tanggal": "30 Mei"}, "tanggal"),
])
def test_bad_fields_change_nothing(sample_store, sample_path, kind, fields, fragment):
    before = dump(sample_path)
    with pytest.raises(InputTidakValid) as err:
        sample_store.update(kind, 1, **fields)
    assert fragment in str(err.value)
    assert dump(sample_path) == before


def test_delete_and_restore_a_jabatan_exactly(sample_store, sample_path):
    before = dump(sample_path)
    sek = jab_by_name(sample_store, "Sekretaris Kecamatan")
    summary = sample_store.deletion_summary("jabatan", sek.id)
    assert summary == {"jabatan": 1, "fungsi": 3, "lampiran": 1, "sasaran": 2, "indikator": 3, "penjelasan": 7}
    tomb = sample_store.delete("jabatan", sek.id).undo
    after = dump(sample_path)
    assert len(after["indikator"]) == len(before["indikator"]) - 3
    # the two Kasubbag lost their atasan (SET NULL), they were not deleted
    assert len(after["jabatan"]) == len(before["jabatan"]) - 1
    sample_store.restore(tomb)
    assert dump(sample_path) == before


def test_delete_and_restore_indikator_with_realisasi(sample_store, sample_path):
    ind = jab_by_name(sample_store, "KASI KETENTRAMAN DAN KETERTIBAN").sasaran[0].indikator[1]
    sample_store.set_realisasi(ind.id, 2018, 1, nilai=D(12), catatan="ada")
    before = dump(sample_path)
    tomb = sample_store.delete("indikator", ind.id).undo
    assert tomb.count("target") == 5 and tomb.count("realisasi") == 1
    with pytest.raises(DataTidakDitemukan):
        sample_store.indikator(ind.id)
    sample_store.restore(tomb)
    assert dump(sample_path) == before


def test_delete_pegawai_restores_the_holder_link(sample_store, sample_path):
    before = dump(sample_path)
    tomb = sample_store.delete("pegawai", 1).undo
    assert jab_by_name(sample_store, "Camat").pemegang is None
    sample_store.restore(tomb)
    assert dump(sample_path) == before


def test_add_and_move(sample_store):
    sek = jab_by_name(sample_store, "Sekretaris Kecamatan")
    sid = sample_store.add("sasaran", {"jabatan": sek.id, "periode": 1}, nomor="3", nama="Sasaran <baru>").item_id
    iid = sample_store.add("indikator", {"sasaran": sid}, nama="Indikator baru", jenis="jumlah").item_id
    got = sample_store.jabatan(sek.id, 1)
    assert [s.nama for s in got.sasaran][-1] == "Sasaran <baru>"
    assert got.sasaran[-1].indikator[0].id == iid
    old_parent, old_index = sample_store.move("sasaran", sid, None, 0).undo
    assert old_index == 2
    assert sample_store.jabatan(sek.id, 1).sasaran[0].id == sid
    sample_store.move("sasaran", sid, old_parent, old_index)
    assert sample_store.jabatan(sek.id, 1).sasaran[-1].id == sid


def test_move_indikator_to_another_sasaran_and_back(sample_store):
    pm = jab_by_name(sample_store, "KASI PEMBERDAYAAN MASYARAKAT")
    ind = pm.sasaran[0].indikator[1]
    old_parent, old_index = sample_store.move("indikator", ind.id, {"sasaran": pm.sasaran[1].id}, 0).undo
    got = sample_store.jabatan(pm.id, 1)
    assert [i.id for i in got.sasaran[1].indikator][0] == ind.id
    assert len(got.sasaran[0].indikator) == 1
    sample_store.move("indikator", ind.id, old_parent, old_index)
    got = sample_store.jabatan(pm.id, 1)
    assert [i.id for i in got.sasaran[0].indikator] == [i.id for i in pm.sasaran[0].indikator]


def test_jabatan_can_change_atasan_by_move(sample_store):
    camat = jab_by_name(sample_store, "Camat")
    umpeg = jab_by_name(sample_store, "Kasubbag Umum dan Kepegawaian")
    sample_store.move("jabatan", umpeg.id, {"atasan": camat.id}, 0)
    (root,) = sample_store.tree(1)
    assert root.bawahan[0].nama == "Kasubbag Umum dan Kepegawaian"
    with pytest.raises(InputTidakValid):
        sample_store.move("jabatan", camat.id, {"atasan": umpeg.id}, 0)


def test_duplicate_indikator(sample_store):
    ind = jab_by_name(sample_store, "KASI KETENTRAMAN DAN KETERTIBAN").sasaran[0].indikator[0]
    new_id = sample_store.duplicate_indikator(ind.id).item_id
    s = jab_by_name(sample_store, "KASI KETENTRAMAN DAN KETERTIBAN").sasaran[0]
    assert [i.id for i in s.indikator][:2] == [ind.id, new_id]
    copy = s.indikator[1]
    assert copy.nama == ind.nama + " (salinan)"
    assert copy.penjelasan == ind.penjelasan
    assert [t.nilai for t in copy.target] == [t.nilai for t in ind.target]


def test_new_period_as_a_copy(sample_store):
    pid = sample_store.copy_periode(1, 2023, 2026).item_id
    p = sample_store.periode(pid)
    assert (p.nama, p.tahun) == ("2023-2026", (2023, 2024, 2025, 2026))
    old = [(s.nama, [(i.nama, i.penjelasan) for i in s.indikator]) for j in sample_store.jabatan_all(1) for s in j.sasaran]
    new = sample_store.jabatan_all(pid)
    assert [(s.nama, [(i.nama, i.penjelasan) for i in s.indikator]) for j in new for s in j.sasaran] == old
    assert all(not i.target for j in new for s in j.sasaran for i in s.indikator)
    with pytest.raises(InputTidakValid, match="sudah ada"):
        sample_store.copy_periode(1, 2023, 2026)
    with pytest.raises(InputTidakValid, match="sebelum"):
        sample_store.copy_periode(1, 2026, 2023, "x")


def test_lampiran_numbers(sample_store):
    camat = jab_by_name(sample_store, "Camat")
    assert sample_store.set_lampiran(1, camat.id, "I").undo == (None, None)
    lamp = {l.jabatan_id: l for l in sample_store.keputusan_list()[0].lampiran}
    assert lamp[camat.id].nomor == "I"
    assert sample_store.set_lampiran(1, camat.id, None).undo == ("I", None)
    assert camat.id not in {l.jabatan_id for l in sample_store.keputusan_list()[0].lampiran}


def test_signer_snapshot_is_kept_when_the_holder_changes(sample_store):
    sample_store.update("pegawai", 1, nama="PENGGANTI, S.STP")
    kep = sample_store.keputusan_list()[0]
    assert kep.ttd_nama == "MUHAMMAD HUSAINI, S.Sos, M.Si"


def test_kategori_and_settings(sample_store):
    bands = [Band("Tinggi", D(80), "#00aa00"), Band("Rendah", None, "#aa0000")]
    old = sample_store.set_kategori(bands).undo
    assert len(old) == 5 and sample_store.kategori() == tuple(bands)
    with pytest.raises(InputTidakValid):
        sample_store.set_kategori([Band("A", D(10))])
    assert sample_store.kategori() == tuple(bands)
    assert sample_store.set_pengaturan("aturan_negatif", "rasio").undo == "permenpan"
    with pytest.raises(InputTidakValid):
        sample_store.set_pengaturan("aturan_negatif", "lain")
    assert sample_store.pengaturan("aturan_negatif") == "rasio"


def test_keputusan_fields(sample_store):
    old = sample_store.update("keputusan", 1, tanggal=dt.date(2018, 6, 1), ttd_awalan="Plt.").undo
    assert old == {"tanggal": dt.date(2018, 5, 30), "ttd_awalan": ""}
    assert sample_store.keputusan_list()[0].ttd_awalan == "Plt."
