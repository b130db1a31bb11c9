"""The SAKIP documents (app/reports/pk.py, pengukuran.py, lkjip.py) built from hand-made
dataclasses and from the Belawang sample, read back with pypdf."""

import dataclasses
import datetime as dt
import re
from decimal import Decimal as D
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from app.models.capaian import hitung
from app.models.data import IndikatorData, RealisasiData, TargetData
from app.models.defaults import DEFAULT_KATEGORI
from app.models.display import cara_perhitungan
from app.models.laporan import Penandatangan
from app.models.rules import Band, capaian
from app.models.sakip import efisiensi, kategori_efisiensi, serapan
from app.models.sakip_data import (
    BarisAnggaran,
    BarisIKU,
    BarisPengukuran,
    CapaianTahunLalu,
    IndikatorPK,
    KegiatanPK,
    LkjipBab3,
    Pengukuran,
    PerjanjianKinerja,
    Pihak,
    ProgramPK,
    SasaranPK,
    rancangan_pk,
)
from app.reports.lkjip import build_lkjip
from app.reports.pengukuran import build_pengukuran
from app.reports.pk import build_pk

BANDS = tuple(Band(n, None if b is None else D(b), w) for b, n, w in DEFAULT_KATEGORI)
CAMAT = Pihak("MUHAMMAD HUSAINI, S.Sos, M.Si", "Camat Belawang", "197410181994031003", "Pembina Tk. I (IV/b)")
KASI = Pihak("AHMAD <b>FAUZI</b> & Co", "Kepala Seksi Pemerintahan Kecamatan Belawang", "198001012005011002",
             "Penata (III/c)")


def pages(builder, data, *args) -> tuple[list[str], PdfReader]:
    buf = BytesIO()
    n = builder(buf, data, *args)
    reader = PdfReader(BytesIO(buf.getvalue()))
    assert len(reader.pages) == n
    return [" ".join(p.extract_text().split()) for p in reader.pages], reader


def pk_data(**kw) -> PerjanjianKinerja:
    base = dict(
        tahun=2019, revisi=0, tingkat="kegiatan", instansi="Kecamatan Belawang Kabupaten Barito Kuala",
        jabatan="Kasi Pemerintahan", pihak_pertama=KASI, pihak_kedua=CAMAT, tempat="Belawang",
        tanggal=dt.date(2019, 1, 2),
        sasaran=(SasaranPK("1", "Meningkatnya kualitas administrasi desa", (
            IndikatorPK("", "Persentase desa tertib administrasi", "%", D(90)),
            IndikatorPK("", "Jumlah poskamling yang aktif", "unit", D(13)))),),
        program=(ProgramPK("7.01.02", "Penyelenggaraan Pemerintahan dan Pelayanan Publik", (
            KegiatanPK("7.01.02.2.01", "Koordinasi pemerintahan desa", D(25_000_000)),
            KegiatanPK("7.01.02.2.02", "Pembinaan administrasi desa", D(12_500_000)))),))
    base.update(kw)
    return PerjanjianKinerja(**base)


# ----------------------------------------------------------------------------- Perjanjian Kinerja

def test_pk_statement_lampiran_and_both_signers():
    texts, reader = pages(build_pk, pk_data())
    statement, lampiran = texts[0], texts[-1]
    assert statement.startswith("PERJANJIAN KINERJA TAHUN 2019 KECAMATAN BELAWANG KABUPATEN BARITO KUALA")
    assert "PERUBAHAN" not in statement
    assert "selanjutnya disebut PIHAK PERTAMA" in statement and "selanjutnya disebut PIHAK KEDUA" in statement
    assert "Pihak pertama berjanji akan mewujudkan target kinerja" in statement
    for t in (statement, lampiran):
        # both signers, escaped user text printed literally; PIHAK KEDUA's block at the left
        assert "AHMAD <b>FAUZI</b> & Co" in t and "MUHAMMAD HUSAINI, S.Sos, M.Si" in t
        assert "NIP. 19741018 199403 1 003" in t and "NIP. 19800101 200501 1 002" in t
        assert "Belawang, 2 Januari 2019" in t
        assert re.search(r"PIHAK KEDUA, PIHAK PERTAMA, CAMAT BELAWANG, KEPALA SEKSI", t)
    assert "NO SASARAN KEGIATAN INDIKATOR KINERJA TARGET" in lampiran
    assert "Persentase desa tertib administrasi 90 %" in lampiran and "13 unit" in lampiran
    assert "Rp 25.000.000" in lampiran and "JUMLAH Rp 37.500.000" in lampiran
    width, height = (float(x) for x in reader.pages[0].mediabox[2:])
    assert (round(width / mm), round(height / mm)) == (215, 330)  # F4 portrait by default


@pytest.mark.parametrize("tingkat, heading", [("strategis", "SASARAN STRATEGIS"), ("program", "SASARAN PROGRAM"),
                                              ("kegiatan", "SASARAN KEGIATAN")])
def test_pk_heading_by_level(tingkat, heading):
    texts, _ = pages(build_pk, pk_data(tingkat=tingkat, program=()))
    assert f"NO {heading} INDIKATOR KINERJA TARGET" in texts[-1]
    assert "PROGRAM KEGIATAN ANGGARAN" not in texts[-1]  # no budget rows: no budget table


def test_pk_revision_is_labelled_and_the_first_stays_printable():
    first, revised = pk_data(), pk_data(revisi=1, sasaran=(SasaranPK("1", "Sasaran baru", (
        IndikatorPK("", "Indikator baru", "unit", D(15)),)),))
    old, _ = pages(build_pk, first)
    new, _ = pages(build_pk, revised)
    assert old[0].startswith("PERJANJIAN KINERJA TAHUN 2019") and "13 unit" in old[-1]
    assert new[0].startswith("PERJANJIAN KINERJA PERUBAHAN TAHUN 2019") and "15 unit" in new[-1]
    second, _ = pages(build_pk, pk_data(revisi=2))
    assert second[0].startswith("PERJANJIAN KINERJA PERUBAHAN KE-2 TAHUN 2019")


def test_pk_signer_variants_plt_an_and_bupati_without_nip():
    bupati = Pihak("H. NOORMILIYANI AS, S.Sos", "Bupati Barito Kuala")
    plt = dataclasses.replace(CAMAT, awalan="Plt.")
    texts, _ = pages(build_pk, pk_data(pihak_pertama=plt, pihak_kedua=bupati, tingkat="strategis"))
    t = texts[0]
    assert "Jabatan : Plt. Camat Belawang" in t and "BUPATI BARITO KUALA," in t and "Plt. CAMAT BELAWANG," in t
    assert t.count("NIP.") == 1 and "H. NOORMILIYANI AS, S.Sos" in t
    an = Pihak("DRS. SEKCAM", "Camat Belawang", None, None, "a.n.", "Sekretaris Kecamatan")
    t2 = pages(build_pk, pk_data(pihak_kedua=an))[0][0]
    assert "a.n. CAMAT BELAWANG, Sekretaris Kecamatan," in t2 and "Sekretaris Kecamatan a.n. Camat Belawang" in t2


def test_pk_table_runs_over_pages_with_its_header():
    many = tuple(SasaranPK(str(n), f"Sasaran nomor {n} " + "kata " * 20,
                           (IndikatorPK("", f"Indikator {n}", "unit", D(n)),)) for n in range(1, 81))
    texts, _ = pages(build_pk, pk_data(sasaran=many))
    assert len(texts) >= 4
    with_sasaran = [t for t in texts[1:] if "Indikator " in t]
    assert len(with_sasaran) >= 3
    assert all(t.count("NO SASARAN KEGIATAN INDIKATOR KINERJA TARGET") == 1 for t in with_sasaran)
    assert "Indikator 80" in " ".join(texts) and "PIHAK PERTAMA," in texts[-1]


@pytest.mark.parametrize("nama, heading, kedua, targets", [
    ("Camat", "SASARAN STRATEGIS", "Bupati Barito Kuala", []),
    ("Sekretaris Kecamatan", "SASARAN PROGRAM", "MUHAMMAD HUSAINI", []),
    ("KASI PEMERINTAHAN", "SASARAN KEGIATAN", "MUHAMMAD HUSAINI",
     ["Persentase Desa dengan Administrasi Desa yang Baik 100 %", "Jumlah peserta paskibraka yang terlatih 100"]),
])
def test_pk_from_the_belawang_sample(sample_store, nama, heading, kedua, targets):
    """A PK drafted from the sample: the level's heading, the superior from the hierarchy
    (Kasi → Camat, the Camat → the Bupati), the 2019 targets of the matrix."""
    periode = sample_store.periode_list()[0]
    semua = sample_store.jabatan_all(periode.id, 2019)
    j = next(x for x in semua if x.nama == nama)
    pk = rancangan_pk(j, semua, sample_store.kecamatan(), 2019, dt.date(2019, 1, 2))
    if not pk.pihak_pertama.nama:  # the sample names only the Camat: the clerk types the holder
        pk = dataclasses.replace(pk, pihak_pertama=dataclasses.replace(pk.pihak_pertama, nama="PEJABAT CONTOH"))
    texts, _ = pages(build_pk, pk)
    joined = " ".join(texts)
    assert f"NO {heading} INDIKATOR KINERJA TARGET" in texts[-1]
    assert kedua.upper() in joined.upper() and pk.pihak_pertama.nama in joined
    for t in targets:
        assert t in texts[-1]
    if nama == "Camat":
        assert texts[0].count("NIP.") == 1  # the Bupati signs without a NIP line


# ----------------------------------------------------------------------------- pengukuran

def ind(target, realisasi, jenis="jumlah"):
    return IndikatorData(1, 1, "", "x", 0, jenis, "positif", "unit", "", "", "", "", "", True, True, False, None,
                         None, (), (TargetData(2019, target),), tuple(realisasi))


def test_pengukuran_uses_the_quarter_target_and_prints_kendala_and_solusi():
    i = ind(D(13), [RealisasiData(2019, 1, D("2.3"))])
    hasil = hitung(i, 2019, BANDS, sampai_triwulan=1, target_triwulan={1: D(3), 2: D(3), 3: D(3), 4: D(4)})
    baris = (BarisPengukuran("Meningkatnya keamanan", "", "Jumlah poskamling yang aktif", "unit", D(13), hasil,
                             "Dua pos belum <aktif> & sepi", "Pembinaan ulang oleh Kasi Trantib"),)
    ttd = Penandatangan("", "KASI PEMERINTAHAN,", "", "PEJABAT CONTOH", None, "Penata (III/c)")
    camat = CAMAT.penandatangan()
    data = Pengukuran(2019, 1, "Kecamatan Belawang Kabupaten Barito Kuala", "Kasi Pemerintahan", baris, ttd, camat,
                      "Belawang", dt.date(2019, 4, 5), cara_perhitungan("permenpan"))
    [t], _ = pages(build_pengukuran, data)
    assert t.startswith("PENGUKURAN KINERJA TRIWULAN I TAHUN 2019 KASI PEMERINTAHAN")
    assert "TARGET s.d. TW I" in t and "REALISASI s.d. TW I" in t
    assert "13 3 2,3 76,67 % Baik" in t and "17,69" not in t
    assert "Dua pos belum <aktif> & sepi" in t and "Pembinaan ulang oleh Kasi Trantib" in t
    assert "Mengetahui," in t and "PEJABAT CONTOH" in t and "MUHAMMAD HUSAINI" in t and "Belawang, 5 April 2019" in t
    alone, _ = pages(build_pengukuran, dataclasses.replace(data, mengetahui=None, baris=()))
    assert "Belum ada indikator" in alone[0] and "MUHAMMAD HUSAINI" not in alone[0] and "PEJABAT CONTOH" in alone[0]


# ----------------------------------------------------------------------------- LKjIP chapter III

def test_lkjip_tables_with_serapan_efficiency_and_earlier_years():
    i = ind(D(90), [RealisasiData(2019, 4, D(81))], jenis="persentase")
    hasil = hitung(i, 2019, BANDS)
    iku = BarisIKU("1", "Meningkatnya kualitas administrasi desa", "Persentase desa tertib", "%", hasil,
                   (CapaianTahunLalu(2017, D(60), D("66.67")), CapaianTahunLalu(2018, D(72), D("80.00"))),
                   D(100), capaian(D(100), D(81)))
    rows = []
    for kode, nama, pagu, real, cap in (("7.01.02", "Penyelenggaraan Pemerintahan", D(1_000_000), D(800_000), hasil.capaian),
                                        ("7.01.03", "Pemberdayaan Masyarakat <Desa>", D(0), D(5), D(95))):
        s = serapan(pagu, real)
        e = efisiensi(cap, s)
        rows.append(BarisAnggaran(kode, nama, pagu, real, s, cap, e, kategori_efisiensi(e)))
    data = LkjipBab3(2019, "Kecamatan Belawang", 2022, (2017, 2018), (iku,), tuple(rows), cara_perhitungan("permenpan"))
    t = " ".join(pages(build_lkjip, data)[0])
    assert "BAB III AKUNTABILITAS KINERJA" in t and "RENSTRA (AKHIR 2022)" in t
    assert "90 81 90 % Baik 60 (66,67 %) 72 (80 %) 100 81 %" in t  # earlier years: realisasi (capaian)
    assert "1.000.000 800.000 80 % 90 % 10 Efisien" in t
    assert "Pemberdayaan Masyarakat <Desa>" in t and "0 5 n/a 95 % n/a n/a" in t
    assert "JUMLAH 1.000.000 800.005 80 %" in t
    assert "Efisiensi = capaian kinerja − serapan anggaran" in t
