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
        assert w.jenis_item in {"indikator", "sasaran", "jabatan", "keputusan", "periode", "kecamatan"}
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


def test_text_the_font_cannot_draw_is_listed_by_item_and_field(sample_store):
    assert not [w for w in periksa(sample_store) if w.kode in ("teks_tak_tercetak", "teks_kanan_ke_kiri")]
    j = next(j for j in sample_store.jabatan_all(1) if j.nama == "KASI PEMERINTAHAN")
    ind = j.sasaran[0].indikator[0]
    sample_store.update("indikator", ind.id, formulasi="Jumlah 中文 dokumen / 100 ✅")
    sample_store.set_list("fungsi", j.id, ["Koordinasi 👍🏽 kegiatan", "Pelayanan biasa"])
    sample_store.update("sasaran", j.sasaran[1].id, nama="Meningkatnya layanan مرحبا")
    sample_store.set_target(ind.id, 2019, None, teks="שלום")
    found = [w for w in periksa(sample_store) if w.kode in ("teks_tak_tercetak", "teks_kanan_ke_kiri")]
    by_item = {(w.kode, w.jenis_item, w.item_id): w.pesan for w in found}
    assert len(found) == 4
    glyphs = by_item[("teks_tak_tercetak", "indikator", ind.id)]
    assert f"«{ind.nama}» (KASI PEMERINTAHAN), isian formulasi" in glyphs
    assert "«中» (U+4E2D), «文» (U+6587), «✅» (U+2705)" in glyphs and "kotak kosong" in glyphs
    fungsi = by_item[("teks_tak_tercetak", "jabatan", j.id)]
    assert "Jabatan «KASI PEMERINTAHAN», isian fungsi ke-1" in fungsi and "«👍» (U+1F44D)" in fungsi
    rtl = by_item[("teks_kanan_ke_kiri", "sasaran", j.sasaran[1].id)]
    assert "isian nama" in rtl and "«م» (U+0645)" in rtl and "kanan-ke-kiri" in rtl
    assert "isian target 2019" in by_item[("teks_kanan_ke_kiri", "indikator", ind.id)]


def test_font_coverage_is_read_from_the_printing_font_once():
    from app.models.quality import karakter_cetak, tak_tercetak

    covered = karakter_cetak()
    assert {ord("A"), ord("é"), 0x27A2} <= covered and 0x4E2D not in covered  # ➢ yes, 中 no
    assert tak_tercetak("Café ➢ Ümi — 1.004.422.800 Rp\n\t") == []
    assert karakter_cetak() is covered  # cached: the font files are read once


def test_invisible_bidi_controls_listed_and_dropped_from_word(sample_store):
    """U+202E typed into a field reverses the text in Word (the PDF ignores it): the check
    names it (by code point only: the character itself would reverse the message), and the
    Word writer drops it like a control character."""
    from app.reports.word.dasar import bersih

    j = next(j for j in sample_store.jabatan_all(1) if j.nama == "KASI PEMERINTAHAN")
    ind = j.sasaran[0].indikator[0]
    sample_store.update("indikator", ind.id, nama="Persentase \u202edesa\u202c baik")
    sample_store.set_list("fungsi", j.id, ["Koordinasi \u2067kegiatan\u2069", "Pelayanan biasa"])
    found = {(w.jenis_item, w.item_id): w.pesan for w in periksa(sample_store) if w.kode == "teks_kendali_arah"}
    assert set(found) == {("indikator", ind.id), ("jabatan", j.id)}
    assert "isian nama" in found[("indikator", ind.id)] and "U+202E, U+202C" in found[("indikator", ind.id)]
    assert "U+2067, U+2069" in found[("jabatan", j.id)]
    assert not any(ch in m for m in found.values() for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    every = "".join(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
    assert bersih(f"a{every}b\u200dc") == "ab\u200dc"  # a joiner is no override: kept
