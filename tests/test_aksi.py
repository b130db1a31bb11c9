"""The rencana aksi, the quarterly measurement and the evidence files in the store
(app/models/aksi_ops.py), and the quarterly capaian against the quarter's target."""

from decimal import Decimal as D

import pytest

from app.models.capaian import hitung, ringkasan_dasbor
from app.models.errors import DataTidakDitemukan, InputTidakValid
from app.models.laporan import data_capaian
from app.models.schema import Bukti, Realisasi, RencanaAksi, Riwayat, using

POSKAMLING = 27  # "Jumlah poskamling yang aktif": jumlah, target 2019 = 13


def _rows(store, model):
    with using(store.db):
        return list(model.select().dicts())


def test_rencana_aksi_set_read_undo_and_history(sample_store):
    s = sample_store
    ch = s.set_rencana_aksi(POSKAMLING, 2019, 1, D("2.3"), "Patroli <b>malam</b> & pembinaan", D("1004422800"))
    assert ch.fields == {"rencana_aksi"} and ch.numbers
    assert ch.undo == {"target": None, "aksi": "", "anggaran": None}
    assert s.rencana_aksi(POSKAMLING, 2019) == [
        type(s.rencana_aksi(POSKAMLING, 2019)[0])(2019, 1, D("2.3"), "Patroli <b>malam</b> & pembinaan", D("1004422800"))]
    assert s.target_triwulan(2019) == {POSKAMLING: {1: D("2.3")}}
    with using(s.db):
        log = Riwayat.select().order_by(Riwayat.id.desc()).first()
    assert log.kolom == "rencana aksi 2019 TW I" and log.item_id == POSKAMLING
    # the aksi alone changes no figure
    assert not s.set_rencana_aksi(POSKAMLING, 2019, 1, D("2.3"), "lain", D("1004422800")).numbers
    # undo: back to nothing, the row gone
    s.set_rencana_aksi(POSKAMLING, 2019, 1, **ch.undo)
    assert _rows(s, RencanaAksi) == [] and s.target_triwulan(2019) == {}


@pytest.mark.parametrize("kw, pesan", [
    (dict(tahun=19, triwulan=1), "Tahun"),
    (dict(tahun=2019, triwulan=5), "Triwulan harus"),
    (dict(tahun=2019, triwulan=1, anggaran=D(-1)), "tidak boleh negatif"),
    (dict(tahun=2019, triwulan=1, target=D("1e30")), "di luar jangkauan"),
    (dict(tahun=2019, triwulan=1, aksi="a\x00b"), "tidak sah"),
])
def test_rencana_aksi_refuses_bad_input(sample_store, kw, pesan):
    with pytest.raises(InputTidakValid, match=pesan):
        sample_store.set_rencana_aksi(POSKAMLING, **kw)
    assert _rows(sample_store, RencanaAksi) == []


def test_rencana_aksi_of_missing_indicator(sample_store):
    with pytest.raises(DataTidakDitemukan):
        sample_store.set_rencana_aksi(99999, 2019, 1, D(1))


def test_quarter_capaian_uses_quarter_target(sample_store):
    """TW I of a yearly count of 13 with realisasi 2,3: 100 % against a TW I target of 2,3,
    not 17,69 % against the year's 13."""
    s = sample_store
    s.set_realisasi(POSKAMLING, 2019, 1, nilai=D("2.3"))
    before = data_capaian(s, 2019, 1)
    row = next(r for b in before.bagian for r in b.baris if r.indikator.id == POSKAMLING)
    assert row.capaian.capaian == D("17.69")
    s.set_rencana_aksi(POSKAMLING, 2019, 1, D("2.3"))
    after = data_capaian(s, 2019, 1)
    row = next(r for b in after.bagian for r in b.baris if r.indikator.id == POSKAMLING)
    assert row.capaian.target == D("2.3") and row.capaian.capaian == D(100)
    # the dashboard's figures take the same quarter target
    jab = s.jabatan_all(1, 2019)
    ind = next(i for j in jab for x in j.sasaran for i in x.indikator if i.id == POSKAMLING)
    assert hitung(ind, 2019, s.kategori(), "permenpan", 1, s.target_triwulan(2019)[POSKAMLING]).capaian == D(100)
    plain = ringkasan_dasbor(jab, 2019, s.kategori(), "permenpan", 1)
    withq = ringkasan_dasbor(jab, 2019, s.kategori(), "permenpan", 1, s.target_triwulan(2019))
    assert plain.rata_rata == D("17.69") and withq.rata_rata == D(100)


def test_pengukuran_beside_realisasi_keeps_value(sample_store):
    s = sample_store
    s.set_realisasi(POSKAMLING, 2019, 2, nilai=D(3), catatan="c")
    ch = s.set_pengukuran(POSKAMLING, 2019, 2, "Hujan <i>deras</i>", "Patroli dijadwal ulang")
    assert ch.fields == {"pengukuran"} and ch.undo == {"kendala": "", "solusi": ""}
    (r,) = _rows(s, Realisasi)
    assert (r["nilai"], r["catatan"], r["kendala"], r["solusi"]) == (D(3), "c", "Hujan <i>deras</i>", "Patroli dijadwal ulang")
    # clearing the realisasi keeps the kendala (the row stays, empty of figures)
    s.set_realisasi(POSKAMLING, 2019, 2)
    (r,) = _rows(s, Realisasi)
    assert r["nilai"] is None and r["kendala"] == "Hujan <i>deras</i>"
    assert s.pengukuran(POSKAMLING, 2019)[0].solusi == "Patroli dijadwal ulang"
    # undo of the kendala: nothing left, the row goes
    s.set_pengukuran(POSKAMLING, 2019, 2, **ch.undo)
    assert _rows(s, Realisasi) == []


def test_set_realisasi_undo_keeps_kendala(sample_store):
    s = sample_store
    s.set_pengukuran(POSKAMLING, 2019, 3, "k", "s")
    ch = s.set_realisasi(POSKAMLING, 2019, 3, nilai=D(4))
    assert ch.undo == {"nilai": None, "pembilang": None, "penyebut": None, "catatan": ""}
    s.set_realisasi(POSKAMLING, 2019, 3, **ch.undo)
    (r,) = _rows(s, Realisasi)
    assert r["nilai"] is None and (r["kendala"], r["solusi"]) == ("k", "s")


def test_bukti_add_list_read_delete_restore(sample_store, tmp_path):
    s = sample_store
    folder = tmp_path / "Kantor #2" / "Data Ümi"
    folder.mkdir(parents=True)
    f = folder / "foto patroli.jpg"
    f.write_bytes(b"\xff\xd8" + bytes(range(256)) * 10)
    ch = s.tambah_bukti(POSKAMLING, 2019, 1, f)
    assert ch.fields == {"bukti"} and isinstance(ch.undo, int)
    (b,) = s.bukti_list(POSKAMLING)
    assert (b.nama, b.ukuran, b.tahun, b.triwulan) == ("foto patroli.jpg", 2562, 2019, 1)
    assert s.isi_bukti(b.id) == f.read_bytes()
    # an empty realisasi row carries it; no figure appears
    (r,) = _rows(s, Realisasi)
    assert r["nilai"] is None
    gone = s.hapus_bukti(b.id)
    assert s.bukti_list(POSKAMLING) == [] and _rows(s, Realisasi) == []
    back = s.pulihkan_bukti(gone.undo)
    assert back.undo == b.id and s.isi_bukti(b.id) == f.read_bytes()
    with using(s.db):
        kolom = [r.kolom for r in Riwayat.select().where(Riwayat.kolom.startswith("bukti"))]
    assert kolom == ["bukti 2019 TW I"] * 3


def test_bukti_refuses_missing_empty_and_too_big(sample_store, tmp_path, monkeypatch):
    s = sample_store
    with pytest.raises(InputTidakValid, match="tidak ditemukan"):
        s.tambah_bukti(POSKAMLING, 2019, 1, tmp_path / "tidak-ada.pdf")
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InputTidakValid, match="kosong"):
        s.tambah_bukti(POSKAMLING, 2019, 1, empty)
    import app.models.aksi_ops as aksi_ops

    monkeypatch.setattr(aksi_ops, "BATAS_BUKTI", 100)
    big = tmp_path / "besar.pdf"
    big.write_bytes(b"x" * 101)
    with pytest.raises(InputTidakValid, match=r"terlalu besar \(101 B\); batasnya 100 B"):
        s.tambah_bukti(POSKAMLING, 2019, 1, big)
    assert _rows(s, Bukti) == [] and _rows(s, Realisasi) == []


def test_delete_indicator_with_rencana_aksi_and_bukti_restores(sample_store, tmp_path):
    """Deleting an indicator takes its rencana aksi and evidence into the tombstone (bytes
    included) and the restore puts them back; from the history too."""
    s = sample_store
    f = tmp_path / "bukti.pdf"
    f.write_bytes(b"%PDF-1.4 isi")
    s.set_rencana_aksi(POSKAMLING, 2019, 1, D(3), "aksi")
    s.tambah_bukti(POSKAMLING, 2019, 1, f)
    ch = s.delete("indikator", POSKAMLING)
    assert _rows(s, RencanaAksi) == [] and _rows(s, Bukti) == []
    s.restore(ch.undo)
    assert s.rencana_aksi(POSKAMLING)[0].aksi == "aksi"
    assert s.isi_bukti(s.bukti_list(POSKAMLING)[0].id) == b"%PDF-1.4 isi"
    s.delete("indikator", POSKAMLING)
    hapus = s.riwayat(aksi="hapus")[0]
    s.restore_from_history(hapus.id)
    assert s.isi_bukti(s.bukti_list(POSKAMLING)[0].id) == b"%PDF-1.4 isi"


def test_quality_quarter_targets_and_missing_evidence(sample_store, tmp_path):
    from app.models.quality import periksa

    s = sample_store
    s.set_rencana_aksi(POSKAMLING, 2019, 1, D(3))
    s.set_rencana_aksi(POSKAMLING, 2019, 2, D(4))
    s.set_realisasi(POSKAMLING, 2019, 1, nilai=D(2))
    found = [w for w in periksa(s) if w.kode == "target_triwulan_tidak_cocok"]
    assert len(found) == 1 and found[0].item_id == POSKAMLING
    assert "Jumlah target triwulan (7) tidak sama dengan target tahunan (13)" in found[0].pesan
    s.set_rencana_aksi(POSKAMLING, 2019, 3, D(6))
    assert not [w for w in periksa(s) if w.kode == "target_triwulan_tidak_cocok"]
    assert not [w for w in periksa(s) if w.kode == "realisasi_tanpa_bukti"]  # off by default
    s.set_pengaturan("bukti_wajib", "1")
    (w,) = [w for w in periksa(s) if w.kode == "realisasi_tanpa_bukti"]
    assert "realisasi 2019 TW I belum punya berkas bukti" in w.pesan
    f = tmp_path / "b.pdf"
    f.write_bytes(b"x")
    s.tambah_bukti(POSKAMLING, 2019, 1, f)
    assert not [w for w in periksa(s) if w.kode == "realisasi_tanpa_bukti"]
