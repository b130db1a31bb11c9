from collections import Counter
from decimal import Decimal as D

from app.models.quality import periksa


def test_sample_warnings(sample_store):
    warnings = periksa(sample_store)
    kinds = Counter(w.kode for w in warnings)
    assert kinds["indikator_tanpa_nama"] == 1
    assert kinds["tanpa_penanggung_jawab"] == 1 and kinds["tanpa_sumber_data"] == 1
    assert kinds["target_persen_di_luar"] == 1
    assert kinds["nomor_lampiran_loncat"] == 1
    assert kinds["jumlah_dengan_rumus_persen"] == 5
    assert kinds["tanpa_target"] == 16  # every indicator that is in no matrix
    text = {w.kode: w.pesan for w in warnings}
    assert "Lampiran I" in text["nomor_lampiran_loncat"]
    assert "300 (2020)" in text["target_persen_di_luar"]
    assert "Indikator ke-2 pada sasaran «Meningkatnya pelayanan administrasi perkantoran» (Sekretaris Kecamatan)" in text["indikator_tanpa_nama"]
    # every warning names an item that exists
    for w in warnings:
        assert w.jenis_item in {"indikator", "sasaran", "jabatan", "keputusan", "periode"}
        assert w.item_id > 0


def test_fixing_the_data_removes_the_warning(sample_store):
    pmks = next(w for w in periksa(sample_store) if w.kode == "target_persen_di_luar")
    sample_store.update("indikator", pmks.item_id, jenis="jumlah")
    assert not [w for w in periksa(sample_store) if w.kode == "target_persen_di_luar"]


def test_partial_targets_and_percent_formula(sample_store):
    ind = next(w for w in periksa(sample_store) if w.kode == "indikator_tanpa_nama").item_id
    sample_store.set_target(ind, 2018, D(5))
    sample_store.update("indikator", ind, jenis="persentase", formulasi="A dibanding B")
    kinds = {w.kode: w.pesan for w in periksa(sample_store) if w.item_id == ind}
    assert "2019, 2020, 2021, 2022" in kinds["target_kurang"]
    assert "persen_tanpa_rumus_persen" in kinds


def test_duplicate_and_invalid_lampiran_numbers(sample_store):
    sample_store.db.execute_sql("UPDATE lampiran SET nomor='II' WHERE nomor='III'")
    sample_store.db.execute_sql("UPDATE lampiran SET nomor='7' WHERE nomor='VII'")
    kinds = {w.kode: w.pesan for w in periksa(sample_store)}
    assert "Lampiran II dipakai 2 kali" in kinds["nomor_lampiran_ganda"]
    assert "«7»" in kinds["nomor_lampiran_tidak_sah"]
    assert "I, III, VII" in kinds["nomor_lampiran_loncat"]


def test_year_without_any_target(sample_store):
    sample_store.db.execute_sql("UPDATE periode SET tahun_akhir = 2023")
    msgs = [w.pesan for w in periksa(sample_store) if w.kode == "tahun_tanpa_target"]
    assert msgs == ["Tahun 2023 pada periode 2018-2022 belum punya target satu pun."]
