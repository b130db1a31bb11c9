"""The LKjIP chapter III tables from the store (app/models/laporan_lkjip.py), printed by
`kinerja print lkjip` and read back."""

from decimal import Decimal as D

import pytest

from app.cli import main
from app.models.errors import InputTidakValid
from app.models.laporan_lkjip import data_lkjip
from app.models.sakip import efisiensi, serapan
from app.models.store import Store
from tests.helpers_cetak import pdf_pages


def _isi(store):
    """Program 7.01.02 (pagu per kegiatan) serving the sasaran of "Persentase Desa dengan
    Administrasi Desa yang Baik" (target 100 each year), realisasi 2018–2020."""
    pid = store.periode_pembuka()
    ind = next(i for j in store.jabatan_all(pid, realisasi=False) for s in j.sasaran for i in s.indikator
               if i.nama == "Persentase Desa dengan Administrasi Desa yang Baik")
    for tahun, nilai in ((2018, D(78)), (2019, D(106)), (2020, D(74))):
        store.set_realisasi(ind.id, tahun, 4, nilai)
    prog = store.tambah_program(pid, None, "7.01.02", "Penyelenggaraan Pemerintahan <b>& Pelayanan</b>", ind.sasaran_id).item_id
    keg = store.tambah_program(pid, prog, "7.01.02.2.01", "Koordinasi").item_id
    keg2 = store.tambah_program(pid, prog, "7.01.02.2.02", "Fasilitasi").item_id
    store.set_pagu(keg, 2020, "Rp 600.000.000")
    store.set_pagu(keg2, 2020, "400,000,000")
    store.set_realisasi_anggaran(keg, 2020, 1, "300.000.000")
    store.set_realisasi_anggaran(keg2, 2020, 4, "500.000.000")  # overspent: 110 % in all
    store.tambah_program(pid, None, "7.01.03", "Pemberdayaan Masyarakat")  # no figures, no sasaran
    return ind


def test_lkjip_data_for_a_year(sample_store):
    ind = _isi(sample_store)
    d = data_lkjip(sample_store, 2020)
    assert d.tahun_renstra == 2022 and d.tahun_pembanding == (2018, 2019)
    row = next(b for b in d.iku if b.indikator == ind.nama)
    assert (row.hasil.target, row.hasil.realisasi, row.hasil.capaian, row.hasil.band.nama) == (D(100), D(74), D("74.00"), "Cukup")
    assert [(c.tahun, c.realisasi, c.capaian) for c in row.tahun_lalu] == [(2018, D(78), D("78.00")), (2019, D(106), D("106.00"))]
    assert row.target_renstra == D(100) and row.capaian_renstra == D("74.00")
    prog, empty = d.anggaran
    assert (prog.kode, prog.pagu, prog.realisasi, prog.serapan) == ("7.01.02", D(10**9), D(8 * 10**8), D("80.00"))
    # the sasaran's capaian: the mean of its indicators that have one
    assert prog.capaian_kinerja is not None
    assert prog.efisiensi == efisiensi(prog.capaian_kinerja, serapan(prog.pagu, prog.realisasi))
    assert (empty.pagu, empty.serapan, empty.efisiensi, empty.kategori_efisiensi) == (None, None, None, "n/a")
    with pytest.raises(InputTidakValid, match="di luar periode"):
        data_lkjip(sample_store, 2030, sample_store.periode_pembuka())


def test_print_lkjip_from_the_command_line(sample_path, tmp_path, capsys):
    with Store.open(sample_path) as store:
        _isi(store)
    out = tmp_path / "Kantor #2" / "Data Ümi" / "lkjip.pdf"
    out.parent.mkdir(parents=True)
    assert main(["print", "lkjip", "--db", str(sample_path), "--tahun", "2020", "--out", str(out), "--paper", "f4"]) == 0
    assert "halaman" in capsys.readouterr().out
    text = " ".join(" ".join(pdf_pages(out.read_bytes())).split())
    assert "BAB III AKUNTABILITAS KINERJA" in text and "KECAMATAN BELAWANG KABUPATEN BARITO KUALA TAHUN 2020" in text
    assert "REALISASI (CAPAIAN) TAHUN SEBELUMNYA" in text and "RENSTRA (AKHIR 2022)" in text
    assert "Persentase Desa dengan Administrasi Desa yang Baik % 100 74 74 % Cukup 78 (78 %) 106 (106 %) 100 74 %" in text
    assert "7.01.02 Penyelenggaraan Pemerintahan <b>& Pelayanan</b> 1.000.000.000 800.000.000 80 %" in text
    assert "JUMLAH 1.000.000.000 800.000.000 80 %" in text


def test_print_lkjip_needs_a_year_in_the_period(sample_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["print", "lkjip", "--db", str(sample_path), "--tahun", "2031", "--out", str(out)]) != 0
    assert "2031" in capsys.readouterr().err and not out.exists()
