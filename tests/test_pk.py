"""The Perjanjian Kinerja stored and printed (issue 13, item 1): the store's operations
(app/models/pk_ops.py), what prints from them (app/models/laporan_pk.py), `kinerja print pk`,
and the data-quality check "PK tanpa target"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from app.cli import main
from app.models.errors import InputTidakValid, KinerjaError
from app.models.kinds import Jenis
from app.models.laporan_pk import data_pk
from app.models.schema import PerjanjianKinerja, Program, Pagu, TargetPK, using
from app.reports import render

PK = Jenis.PERJANJIAN_KINERJA


def jab(store, nama):
    return next(j.id for j in store.jabatan_list() if j.nama == nama)


def teks_pdf(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages]


def cetak(store, **kw) -> list[str]:
    data = render.gather(store, "pk", **kw)
    return teks_pdf(render.build_bytes("pk", data, render.Options(paper="f4", orientation="portrait"))[0])


# ----------------------------------------------------------------------------- making a PK


def test_buat_pk_copies_the_iku_targets_and_both_parties(sample_store):
    s = sample_store
    kasi = jab(s, "KASI PEMERINTAHAN")
    ch = s.buat_pk(kasi, 2019)
    assert (PK, ch.item_id) in ch.created and sum(k == Jenis.TARGET_PK for k, _ in ch.created) == 2
    pk = s.pk(ch.item_id)
    assert (pk.tahun, pk.revisi, pk.kertas, pk.tempat) == (2019, 0, "f4", "Belawang")
    assert [t.nilai for t in pk.target] == [D(100), D(100)] and pk.target[0].target_iku == D(100)
    assert pk.pihak[1]["nama"] == "MUHAMMAD HUSAINI, S.Sos, M.Si" and pk.atasan_id == jab(s, "Camat")
    camat = s.pk(s.buat_pk(jab(s, "Camat"), 2019).item_id)
    assert camat.atasan_id is None and camat.pihak[1] == {"nama": "", "jabatan": "Bupati Barito Kuala", "nip": None,
                                                          "pangkat": None, "awalan": "", "jabatan2": ""}
    assert [r.aksi for r in s.riwayat(jenis=PK)] == ["tambah", "tambah"]
    # one PK per jabatan and year: a second is refused, nothing written
    with pytest.raises(InputTidakValid, match="sudah punya Perjanjian Kinerja tahun 2019.*PK Perubahan"):
        s.buat_pk(kasi, 2019)
    with pytest.raises(InputTidakValid, match="Tahun 2040 tidak termasuk periode"):
        s.buat_pk(kasi, 2040)
    with pytest.raises(InputTidakValid, match="Tahun «19» tidak masuk akal"):
        s.buat_pk(kasi, 19)
    with using(s.db):
        assert PerjanjianKinerja.select().count() == 2


def test_pk_perubahan_keeps_the_first_and_copies_the_latest(sample_store):
    s = sample_store
    kasi = jab(s, "KASI PEMERINTAHAN")
    first = s.buat_pk(kasi, 2019).item_id
    ind = s.pk(first).target[0].indikator_id
    s.set_target_pk(first, ind, "95,5")
    s.ubah_pk(first, p1_nama="AHMAD", tanggal="02 Januari 2019", tanggal_teks="02 Januari 2019")
    rev = s.buat_pk_perubahan(first).item_id
    s.set_target_pk(rev, ind, D(97))
    second = s.buat_pk_perubahan(first).item_id  # from any revision: the next after the latest
    assert [(p.revisi, p.id) for p in s.pk_list(kasi, 2019)] == [(0, first), (1, rev), (2, second)]
    assert s.pk(first).target[0].nilai == D("95.5") and s.pk(rev).target[0].nilai == D(97)
    assert s.pk(second).target[0].nilai == D(97) and s.pk(second).pihak[0]["nama"] == "AHMAD"
    assert s.pk(second).tanggal_cetak == "02 Januari 2019" and s.pk(second).nama_revisi == "PK Perubahan ke-2"


def test_edits_refuse_bad_input_and_undo_back(sample_store):
    s = sample_store
    pk_id = s.buat_pk(jab(s, "KASI PEMERINTAHAN"), 2019).item_id
    ind = s.pk(pk_id).target[1].indikator_id
    ch = s.set_target_pk(pk_id, ind, "1,004,422,800")
    assert ch.fields == {"target"} and s.pk(pk_id).target[1].nilai == D(1004422800)
    s.set_target_pk(pk_id, ind, *ch.undo)
    assert s.pk(pk_id).target[1].nilai == D(100)
    for bad, msg in (("12abc", "tidak dapat dibaca|bukan angka|Contoh"), ("9" * 20, "terlalu besar")):
        with pytest.raises(InputTidakValid, match=msg):
            s.set_target_pk(pk_id, ind, bad)
    with pytest.raises(KinerjaError, match="tidak ada pada Perjanjian Kinerja ini"):
        s.set_target_pk(pk_id, 1, D(5))
    s.set_target_pk(pk_id, ind, None, "Tersedia")  # a text target
    assert (s.pk(pk_id).target[1].nilai, s.pk(pk_id).target[1].teks) == (None, "Tersedia")
    with pytest.raises(InputTidakValid, match="Awalan penanda tangan"):
        s.ubah_pk(pk_id, p2_awalan="Pj.")
    with pytest.raises(InputTidakValid, match="Nama bulan «Bulan»"):
        s.ubah_pk(pk_id, tempat="X", tanggal="31 Bulan 2019")
    assert s.pk(pk_id).tempat == "Belawang"  # the refused write changed nothing
    with pytest.raises(InputTidakValid, match="Jabatan pihak kedua yang dipilih tidak ada lagi"):
        s.ubah_pk(pk_id, atasan=999)
    ch = s.ubah_pk(pk_id, p2_awalan="Plt.", p2_nip="  ", tempat="Kantor #2/Data Ümi", atasan=jab(s, "Sekretaris Kecamatan"))
    assert s.pk(pk_id).pihak[1]["nip"] is None and s.pk(pk_id).pihak[1]["awalan"] == "Plt."
    s.ubah_pk(pk_id, **ch.undo)
    back = s.pk(pk_id)
    assert back.pihak[1]["nip"] == "197410181994031003" and back.tempat == "Belawang" and back.atasan_id == jab(s, "Camat")
    assert {r.kolom for r in s.riwayat(jenis=PK, aksi="ubah")} >= {"p2_awalan", "p2_nip", "tempat"}


def test_hapus_pk_is_undone_and_can_be_restored_from_the_history(sample_store):
    s = sample_store
    pk_id = s.buat_pk(jab(s, "KASI PEMERINTAHAN"), 2019).item_id
    s.set_target_pk(pk_id, s.pk(pk_id).target[0].indikator_id, D(7))
    before = s.pk(pk_id)
    ch = s.hapus_pk(pk_id)
    assert (PK, pk_id) in ch.deleted and not s.pk_list(before.jabatan_id)
    s.restore(ch.undo)
    assert s.pk(pk_id) == before
    s.hapus_pk(pk_id)
    row = next(r for r in s.riwayat(jenis=PK, aksi="hapus"))
    assert row.label == "PK KASI PEMERINTAHAN 2019" and row.dapat_dipulihkan
    s.restore_from_history(row.id)
    assert s.pk(pk_id) == before


@pytest.mark.parametrize("kind, nama", [(Jenis.JABATAN, "KASI PEMERINTAHAN"), (Jenis.JABATAN, "Camat"),
                                        (Jenis.INDIKATOR, None), (Jenis.PERIODE, None)])
def test_deleting_what_a_pk_hangs_on_and_undoing_brings_the_pk_back(sample_store, kind, nama):
    """A jabatan, an indicator or a period deleted takes its PK rows into the tombstone
    (the Camat: the PKs of its staff lose their superior); undo puts every row back."""
    s = sample_store
    for j in s.jabatan_list():
        s.buat_pk(j.id, 2019)
    kasi = jab(s, "KASI PEMERINTAHAN")
    pk_id = s.pk_list(kasi)[0].id
    item = {Jenis.JABATAN: lambda: jab(s, nama), Jenis.INDIKATOR: lambda: s.pk(pk_id).target[0].indikator_id,
            Jenis.PERIODE: lambda: s.periode_list()[0].id}[kind]()
    with using(s.db):
        rows = lambda: (sorted(PerjanjianKinerja.select().tuples()), sorted(TargetPK.select().tuples()))  # noqa: E731
        before = rows()
    ch = s.delete(kind, item)
    with using(s.db):
        assert rows() != before
    s.restore(ch.undo)
    with using(s.db):
        assert rows() == before


# ----------------------------------------------------------------------------- printing


def test_print_pk_for_each_level_of_the_sample(sample_store):
    """Camat, Sekcam, Kasi, Kasubbag: the heading of the level, the year's targets of the
    matrix, both signers (the superior from the hierarchy, the Bupati without NIP)."""
    s = sample_store
    for j in s.jabatan_list():
        s.buat_pk(j.id, 2019)
    s.ubah_pk(s.pk_list(jab(s, "Camat"))[0].id, p2_nama="H. NOORMILIYANI AS, S.Sos")
    level = {"Camat": ("SASARAN STRATEGIS", "H. NOORMILIYANI AS", "BUPATI BARITO KUALA,"),
             "Sekretaris Kecamatan": ("SASARAN PROGRAM", "MUHAMMAD HUSAINI", "CAMAT BELAWANG,"),
             "KASI KETENTRAMAN DAN KETERTIBAN": ("SASARAN KEGIATAN", "MUHAMMAD HUSAINI", "CAMAT BELAWANG,"),
             "Kasubbag Umum dan Kepegawaian": ("SASARAN KEGIATAN", "", "SEKRETARIS KECAMATAN BELAWANG,")}
    for nama, (heading, kedua, jabatan_kedua) in level.items():
        texts = cetak(s, jabatan=nama, tahun=2019)
        assert texts[0].startswith("PERJANJIAN KINERJA TAHUN 2019")
        assert f"NO {heading} INDIKATOR KINERJA TARGET" in texts[-1]
        assert f"PIHAK KEDUA, PIHAK PERTAMA, {jabatan_kedua}" in texts[-1] and kedua in texts[-1]
    camat = cetak(s, jabatan="Camat", tahun=2019)
    assert camat[0].count("NIP.") == 1  # the Camat's; the Bupati has none
    trantib = cetak(s, jabatan="KASI KETENTRAMAN DAN KETERTIBAN", tahun=2019)[-1]
    assert "Jumlah penegakkan perda yang dilaksanakan 3" in trantib and "Jumlah poskamling yang aktif 13" in trantib
    semua = cetak(s, tahun=2019)
    assert sum(t.startswith("PERJANJIAN KINERJA TAHUN 2019") for t in semua) == 2 * len(s.jabatan_list())


def test_print_pk_revision_kept_and_printable(sample_store):
    s = sample_store
    kasi = jab(s, "KASI KETENTRAMAN DAN KETERTIBAN")
    first = s.buat_pk(kasi, 2019).item_id
    rev = s.buat_pk_perubahan(first).item_id
    ind = [t.indikator_id for t in s.pk(rev).target if "poskamling" in t.indikator][0]
    s.set_target_pk(rev, ind, D(15))
    latest = cetak(s, jabatan="KASI KETENTRAMAN DAN KETERTIBAN", tahun=2019)
    old = cetak(s, jabatan="KASI KETENTRAMAN DAN KETERTIBAN", tahun=2019, revisi=0)
    assert latest[0].startswith("PERJANJIAN KINERJA PERUBAHAN TAHUN 2019") and "poskamling yang aktif 15" in latest[-1]
    assert old[0].startswith("PERJANJIAN KINERJA TAHUN 2019") and "poskamling yang aktif 13" in old[-1]
    with pytest.raises(InputTidakValid, match="tidak punya revisi 5. Revisi yang ada: 0, 1"):
        data_pk(s, 2019, "KASI KETENTRAMAN DAN KETERTIBAN", revisi=5)


def test_print_pk_budget_block_and_escaped_text(sample_store):
    s = sample_store
    kasi = jab(s, "KASI PEMERINTAHAN")
    sasaran_id = s.jabatan(kasi, s.periode_list()[0].id).sasaran[0].id
    with s._tx():
        prog = Program.create(periode=1, tingkat="program", kode="7.01.02", nama="Penyelenggaraan <b>Pemerintahan</b>",
                              sasaran=sasaran_id)
        keg = Program.create(periode=1, induk=prog, tingkat="kegiatan", kode="7.01.02.2.01", nama="Koordinasi")
        sub = Program.create(periode=1, induk=keg, tingkat="subkegiatan", kode="7.01.02.2.01.01", nama="Sub")
        Pagu.create(program=sub, tahun=2019, nilai=D(25_000_000))
        Pagu.create(program=sub, tahun=2020, nilai=D(1))
    pk_id = s.buat_pk(kasi, 2019).item_id  # the budget of the year is taken when the PK is made
    s.ubah_pk(pk_id, p1_nama="AHMAD <b>FAUZI</b> & <img src=a>", p1_awalan="Plh.", p1_pangkat="Penata (III/c)",
              tanggal="02 Januari 2019", tanggal_teks="02 Januari 2019")
    texts = cetak(s, jabatan="KASI PEMERINTAHAN", tahun=2019)
    assert ("7.01.02 Penyelenggaraan <b>Pemerintahan</b> Rp 25.000.000 7.01.02.2.01 Koordinasi Rp 25.000.000"
            in texts[-1])
    assert "JUMLAH Rp 25.000.000" in texts[-1]
    assert "AHMAD <b>FAUZI</b> & <img src=a>" in texts[0] and "Jabatan : Plh. KASI PEMERINTAHAN" in texts[0]
    assert "Belawang, 02 Januari 2019" in texts[0] and "Penata (III/c)" in texts[0]


def test_print_pk_refuses_without_a_pk_and_says_how(sample_store):
    with pytest.raises(InputTidakValid, match="belum punya Perjanjian Kinerja tahun 2019.*«Buat PK»"):
        data_pk(sample_store, 2019, "kasi  pemerintahan")
    with pytest.raises(InputTidakValid, match="Belum ada Perjanjian Kinerja tahun 2019 untuk jabatan mana pun"):
        data_pk(sample_store, 2019)
    with pytest.raises(InputTidakValid, match="Jabatan «Lurah» tidak ada"):
        data_pk(sample_store, 2019, "Lurah")


def test_cli_print_pk_f4_portrait(sample_store, sample_path, tmp_path, capsys):
    sample_store.buat_pk(jab(sample_store, "KASI PEMERINTAHAN"), 2019)
    out = tmp_path / "Kantor #2" / "pk.pdf"
    out.parent.mkdir()
    assert main(["print", "pk", "--db", str(sample_path), "--tahun", "2019", "--jabatan", "Kasi Pemerintahan",
                 "--out", str(out)]) == 0
    reader = PdfReader(out)
    width, height = (float(x) for x in reader.pages[0].mediabox[2:])
    assert (round(width / mm), round(height / mm)) == (215, 330)
    assert "PERJANJIAN KINERJA TAHUN 2019" in reader.pages[0].extract_text()
    assert main(["print", "pk", "--db", str(sample_path), "--tahun", "2020", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "Belum ada Perjanjian Kinerja tahun 2020" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert main(["print", "pk", "--db", str(sample_path), "--tahun", "2019", "--paper", "a4",
                 "--out", str(tmp_path / "a4.pdf")]) == 0
    width, height = (float(x) for x in PdfReader(tmp_path / "a4.pdf").pages[0].mediabox[2:])
    assert (round(width / mm), round(height / mm)) == (210, 297)


def test_quality_pk_tanpa_target(sample_store):
    from app.models.quality import periksa

    s = sample_store
    kasi_id = s.buat_pk(jab(s, "KASI PEMERINTAHAN"), 2019).item_id
    sekcam_id = s.buat_pk(jab(s, "Sekretaris Kecamatan"), 2019).item_id
    found = [w for w in periksa(s) if w.kode == "pk_tanpa_target"]
    assert found and all(w.jenis_item == Jenis.JABATAN for w in found)
    assert {w.item_id for w in found} == {jab(s, "Sekretaris Kecamatan")}
    assert "PK Sekretaris Kecamatan 2019" in found[0].pesan and "belum punya target" in found[0].pesan
    ind = s.pk(kasi_id).target[0].indikator_id
    s.set_target_pk(kasi_id, ind, None)
    assert any(w.kode == "pk_tanpa_target" and w.item_id == jab(s, "KASI PEMERINTAHAN") for w in periksa(s))
    assert sekcam_id


def test_cli_print_pk_as_word_holds_every_jabatan_s_pk_on_f4(sample_store, sample_path, tmp_path):
    import docx

    for nama in ("Camat", "KASI PEMERINTAHAN"):
        sample_store.buat_pk(jab(sample_store, nama), 2019)
    out = tmp_path / "Kantor #2" / "pk Ümi.docx"
    out.parent.mkdir()
    assert main(["print", "pk", "--db", str(sample_path), "--tahun", "2019", "--out", str(out)]) == 0
    doc = docx.Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert text.count("PIHAK PERTAMA") >= 2 and "KASI PEMERINTAHAN" in text.upper() and "CAMAT" in text.upper()
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (215, 330)
