"""A signed Perjanjian Kinerja stays as signed (review of issue 13): its rows and its budget
lines are snapshots taken when it is made, copied into a PK Perubahan, taken again only by
"Perbarui dari IKU & anggaran"; the program's own pagu counted by the LKjIP's rule; the
kecamatan named once in a post; the place and a blank date above PIHAK PERTAMA; the
data-quality warnings of a PK without a date or a party's name."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.models.laporan_lkjip import data_lkjip
from app.models.laporan_pk import data_pk
from app.models.schema import AnggaranPK, PerjanjianKinerja, TargetPK, using
from tests.test_pk import cetak, jab


def _budget(s, kasi_sasaran: int):
    """A program linked to the sasaran with its own pagu 500 juta, a kegiatan of 200 juta, a
    kegiatan without a pagu whose sub-kegiatan has 30 juta."""
    periode = s.periode_list()[0].id
    prog = s.tambah_program(periode, None, "7.01.02", "Penyelenggaraan Pemerintahan", kasi_sasaran).item_id
    keg = s.tambah_program(periode, prog, "7.01.02.2.01", "Koordinasi").item_id
    keg2 = s.tambah_program(periode, prog, "7.01.02.2.02", "Fasilitasi").item_id
    sub = s.tambah_program(periode, keg2, "7.01.02.2.02.01", "Sub").item_id
    s.set_pagu(prog, 2021, D(500_000_000))
    s.set_pagu(keg, 2021, D(200_000_000))
    s.set_pagu(sub, 2021, D(30_000_000))
    return prog, keg


def test_a_signed_pk_does_not_follow_later_edits_of_the_iku_or_the_budget(sample_store):
    s = sample_store
    kasi = jab(s, "KASI PEMERINTAHAN")
    periode = s.periode_list()[0].id
    sasaran = s.jabatan(kasi, periode).sasaran
    prog, keg = _budget(s, sasaran[0].id)
    pk_id = s.buat_pk(kasi, 2021).item_id
    before = cetak(s, jabatan="KASI PEMERINTAHAN", tahun=2021)
    assert "Persentase Desa dengan Administrasi Desa yang Baik" in before[-1] and "Rp 200.000.000" in before[-1]
    first, second = sasaran[0].indikator[0].id, sasaran[1].indikator[0].id
    s.update("indikator", first, nama="Nama baru IKU", satuan="desa")
    s.update("sasaran", sasaran[0].id, nama="Sasaran baru")
    s.set_target(first, 2021, D(7))
    s.set_pagu(keg, 2021, D(1))
    s.ubah_program(prog, nama="Program baru")
    s.delete("indikator", second)
    assert cetak(s, jabatan="KASI PEMERINTAHAN", tahun=2021) == before  # the signed document, unchanged
    with using(s.db):
        assert TargetPK.select().where(TargetPK.pk == pk_id).count() == 2  # the deleted IKU's row stays
    # a PK Perubahan copies the PK as signed, not the IKU now
    rev = s.buat_pk_perubahan(pk_id).item_id
    assert [t.indikator for t in s.pk(rev).target] == [t.indikator for t in s.pk(pk_id).target]
    assert s.pk(rev).program == s.pk(pk_id).program
    # only on request: "Perbarui dari IKU & anggaran", undone back to the PK as it was
    old = s.pk(rev)
    ch = s.perbarui_pk(rev)
    new = s.pk(rev)
    assert ch.fields == {"isi"} and [t.indikator for t in new.target] == ["Nama baru IKU"]
    assert new.target[0].satuan == "desa" and new.target[0].sasaran == "Sasaran baru"
    assert new.target[0].nilai == old.target[0].nilai  # the PK's own target kept
    assert new.program[0].nama == "Program baru" and new.program[0].kegiatan[0].anggaran == D(1)
    assert any(r.kolom.startswith("isi") for r in s.riwayat(jenis="perjanjian_kinerja", aksi="ubah"))
    s.ganti_isi_pk(rev, ch.undo)
    assert s.pk(rev) == old
    gone = s.hapus_pk(rev)  # the budget lines go with the PK into the tombstone, and come back
    with using(s.db):
        assert AnggaranPK.select().where(AnggaranPK.pk == rev).count() == 0
    s.restore(gone.undo)
    assert s.pk(rev) == old and old.program
    assert cetak(s, jabatan="KASI PEMERINTAHAN", tahun=2021, revisi=0) == before


def test_a_row_whose_iku_indicator_was_deleted_keeps_an_editable_target(sample_store):
    s = sample_store
    kasi = jab(s, "KASI PEMERINTAHAN")
    pk_id = s.buat_pk(kasi, 2021).item_id
    row = s.pk(pk_id).target[0]
    s.delete("indikator", row.indikator_id)
    kept = s.pk(pk_id).target[0]
    assert kept.indikator_id is None and kept.indikator == row.indikator
    ch = s.set_target_pk(pk_id, None, "42", baris=kept.id)
    assert s.pk(pk_id).target[0].nilai == D(42) and ch.undo == (row.nilai, row.teks)


def test_the_program_s_own_pagu_is_on_the_pk_as_in_the_lkjip(sample_store):
    """One rule, app.models.anggaran.pagu_baris: a line's own figure, else the sum of its
    lines. The PK's program line and JUMLAH show what the LKjIP's 3.2 shows."""
    s = sample_store
    kasi = jab(s, "KASI PEMERINTAHAN")
    _budget(s, s.jabatan(kasi, s.periode_list()[0].id).sasaran[0].id)
    s.buat_pk(kasi, 2021)
    lkjip = data_lkjip(s, 2021)
    assert [b.pagu for b in lkjip.anggaran] == [D(500_000_000)]
    text = cetak(s, jabatan="KASI PEMERINTAHAN", tahun=2021)[-1]
    assert "JUMLAH Rp 500.000.000" in text
    assert "7.01.02 Penyelenggaraan Pemerintahan Rp 500.000.000 7.01.02.2.01 Koordinasi Rp 200.000.000" in text
    [pk] = data_pk(s, 2021, "KASI PEMERINTAHAN")
    assert [p.jumlah for p in pk.program] == [D(500_000_000)]
    assert [k.anggaran for k in pk.program[0].kegiatan] == [D(200_000_000), D(30_000_000)]
    assert pk.jumlah_anggaran == lkjip.jumlah_pagu


def test_no_post_names_the_kecamatan_twice(sample_store):
    s = sample_store
    for j in s.jabatan_list():
        s.buat_pk(j.id, 2021)
    posts = {}
    for j in s.jabatan_list():
        pk = s.pk(s.pk_list(j.id, 2021)[0].id)
        posts[j.nama] = (pk.pihak[0]["jabatan"], pk.pihak[1]["jabatan"])
        texts = cetak(s, jabatan=j.nama, tahun=2021)  # the statement, and the signature blocks of the lampiran
        for text in (texts[0], texts[-1][texts[-1].index("PIHAK KEDUA,"):]):
            assert "kecamatan kecamatan" not in text.casefold() and "belawang belawang" not in text.casefold()
    assert posts["Sekretaris Kecamatan"][0] == "Sekretaris Kecamatan Belawang"
    assert posts["Kasubbag Umum dan Kepegawaian"][1] == "Sekretaris Kecamatan Belawang"
    assert posts["Camat"][0] == "Camat Belawang"
    assert posts["KASI PEMERINTAHAN"][0] == "KASI PEMERINTAHAN Kecamatan Belawang"
    text = cetak(s, jabatan="Kasubbag Umum dan Kepegawaian", tahun=2021)
    assert "Jabatan : Sekretaris Kecamatan Belawang" in text[0]
    assert "PIHAK KEDUA, PIHAK PERTAMA, SEKRETARIS KECAMATAN BELAWANG," in text[-1]


@pytest.mark.parametrize("nama, kepala, post", [
    ("Kasi Pemerintahan Kecamatan Belawang", False, "Kasi Pemerintahan Kecamatan Belawang"),
    ("Camat  Belawang", True, "Camat Belawang"),
    ("Kepala Kecamatan", True, "Kepala Kecamatan Belawang"),
    ("Sekretaris Kecamatan (Plt)", False, "Sekretaris Kecamatan (Plt)"),
    ("Lurah", False, "Lurah Kecamatan Belawang"),
])
def test_jabatan_di_kecamatan(nama, kepala, post):
    from app.models.sakip_data import jabatan_di_kecamatan

    assert jabatan_di_kecamatan(nama, "Belawang", kepala) == post


def test_a_pk_without_a_date_has_the_place_and_room_for_the_date(sample_store):
    s = sample_store
    pk_id = s.buat_pk(jab(s, "KASI PEMERINTAHAN"), 2021).item_id
    texts = cetak(s, jabatan="KASI PEMERINTAHAN", tahun=2021)
    for page in (texts[0], texts[-1]):
        assert "Belawang, 2021 PIHAK KEDUA, PIHAK PERTAMA," in page
    [pk] = data_pk(s, 2021, "KASI PEMERINTAHAN")
    assert pk.tempat_tanggal.startswith("Belawang,\u00a0\u00a0") and pk.tempat_tanggal.endswith("\u00a02021")
    s.ubah_pk(pk_id, tanggal="01 Nopember 2021", tanggal_teks="01 Nopember 2021")
    assert "Belawang, 01 Nopember 2021 PIHAK KEDUA" in cetak(s, jabatan="KASI PEMERINTAHAN", tahun=2021)[0]


def test_quality_warns_of_a_pk_without_a_date_or_a_party_s_name(sample_store):
    from app.models.quality import periksa

    s = sample_store
    kasi, camat = jab(s, "KASI PEMERINTAHAN"), jab(s, "Camat")
    kasi_pk = s.buat_pk(kasi, 2021).item_id
    s.buat_pk(camat, 2021)  # the Bupati's name is typed by hand: blank until then; the sample's Kasi has no holder
    found = {(w.kode, w.item_id): w for w in periksa(s) if w.kode in ("pk_tanpa_tanggal", "pk_tanpa_nama")}
    assert set(found) == {("pk_tanpa_tanggal", kasi), ("pk_tanpa_tanggal", camat), ("pk_tanpa_nama", camat),
                          ("pk_tanpa_nama", kasi)}
    assert "nama pihak pertama masih kosong" in found["pk_tanpa_nama", kasi].pesan
    assert all(w.jenis_item == "jabatan" for w in found.values())
    assert "PK Camat 2021" in found["pk_tanpa_nama", camat].pesan and "pihak kedua" in found["pk_tanpa_nama", camat].pesan
    assert "tanggal" in found["pk_tanpa_tanggal", kasi].pesan
    s.ubah_pk(kasi_pk, tanggal="01 Nopember 2021", tanggal_teks="01 Nopember 2021", p1_nama="AHMAD")
    found = {(w.kode, w.item_id) for w in periksa(s) if w.kode in ("pk_tanpa_tanggal", "pk_tanpa_nama")}
    assert not {("pk_tanpa_tanggal", kasi), ("pk_tanpa_nama", kasi)} & found
    s.ubah_pk(kasi_pk, p1_nama="   ")  # spaces are no name
    assert ("pk_tanpa_nama", kasi) in {(w.kode, w.item_id) for w in periksa(s)}
    with using(s.db):
        assert PerjanjianKinerja.select().count() == 2


def test_the_word_pk_has_the_pdf_s_budget_rows_and_its_undated_place_line(sample_store, tmp_path):
    """The .docx of a PK shows the program's own figure and the kegiatan below it, as the
    PDF does, and without a date the place and the year with room to write (never today)."""
    import docx

    from app.reports import render
    from app.reports.word import pembuat_docx
    from tests.test_pk import teks_pdf

    s = sample_store
    kasi = jab(s, "KASI PEMERINTAHAN")
    _budget(s, s.jabatan(kasi, s.periode_list()[0].id).sasaran[0].id)
    s.buat_pk(kasi, 2021)
    data = render.gather(s, "pk", "KASI PEMERINTAHAN", 2021)
    out = tmp_path / "pk.docx"
    out.write_bytes(pembuat_docx("pk")(data, render.Options(paper="f4", orientation="portrait")))
    doc = docx.Document(str(out))
    (table,) = [t for t in doc.tables if [c.text for c in t.rows[0].cells] == ["NO", "PROGRAM", "KEGIATAN", "ANGGARAN"]]
    budget = [[c.text for c in r.cells] for r in table.rows]
    assert ["1", "7.01.02 Penyelenggaraan Pemerintahan", "", "Rp 500.000.000"] in budget
    assert any(r[2] == "7.01.02.2.01 Koordinasi" and r[3] == "Rp 200.000.000" for r in budget)
    words = " ".join(p.text for t in doc.tables for r in t.rows for p in r.cells[0].paragraphs + r.cells[-1].paragraphs)
    words += " ".join(p.text for p in doc.paragraphs)
    assert "Belawang,\u00a0" in words and "2021" in words
    pdf = " ".join(teks_pdf(render.build_bytes("pk", data, render.Options(paper="f4", orientation="portrait"))[0]))
    assert "Rp 500.000.000" in pdf
