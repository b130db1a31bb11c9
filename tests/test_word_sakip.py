"""Word export of the SAKIP documents (PK, pengukuran, LKjIP) from hand-made dataclasses, as
tests/test_sakip_reports.py builds them: every word of the PDF in the .docx, the two-party
signature block, header rows repeating, merged cells, F4 portrait for the PK."""

import dataclasses
import datetime as dt
from decimal import Decimal as D
from io import BytesIO

from docx.oxml.ns import qn

from app.models.capaian import hitung
from app.models.data import RealisasiData
from app.models.display import cara_perhitungan
from app.models.laporan import Penandatangan
from app.models.rules import capaian
from app.models.sakip import efisiensi, kategori_efisiensi, serapan
from app.models.sakip_data import BarisAnggaran, BarisIKU, BarisPengukuran, CapaianTahunLalu, LkjipBab3, Pengukuran, Pihak
from app.reports.common import Options
from app.reports.lkjip import build_lkjip
from app.reports.pengukuran import build_pengukuran
from app.reports.pk import OPSI_PK, build_pk
from app.reports.word import build_docx
from helpers_word import baris_kepala, buka, halaman_mm, kurang, teks_docx
from test_sakip_reports import BANDS, CAMAT, ind, pk_data


def _pdf(builder, data, *args) -> bytes:
    buf = BytesIO()
    builder(buf, data, *args)
    return buf.getvalue()


def test_pk_docx_has_every_word_of_the_pdf_both_signers_f4_portrait():
    data = pk_data()
    doc = buka(build_docx("pk", data, OPSI_PK))
    assert kurang(_pdf(build_pk, data), doc) == set()
    assert halaman_mm(doc) == (215, 330, "PORTRAIT")
    text = teks_docx(doc)
    assert "AHMAD <b>FAUZI</b> & Co" in text and "NIP. 19800101 200501 1 002" in text
    assert "NIP. 19741018 199403 1 003" in text and text.count("PIHAK KEDUA,") == 2
    assert "Belawang, 2 Januari 2019" in text and "SASARAN KEGIATAN" in text
    sasaran, anggaran = (t for t in doc.tables if t.rows[0].cells[0].text == "NO")
    assert baris_kepala(sasaran) == [0] and baris_kepala(anggaran) == [0]
    # NO and the sasaran merged over the sasaran's two indicators; JUMLAH over two columns
    assert sasaran.rows[2].cells[1].text == "Meningkatnya kualitas administrasi desa"
    assert [c.text for c in sasaran.rows[2].cells[2:]] == ["Jumlah poskamling yang aktif", "13 unit"]
    jumlah = anggaran.rows[-1]._tr
    assert jumlah.tc_lst[1].tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "2"
    assert [c.text for c in anggaran.rows[-1].cells][-1] == "Rp 37.500.000"
    # the two-party block: PIHAK KEDUA left, PIHAK PERTAMA right, names side by side
    ttd = [t for t in doc.tables if t.rows[1].cells[0].text == "PIHAK KEDUA,"]
    assert len(ttd) == 2
    names = next(r for r in ttd[0].rows if "HUSAINI" in r.cells[0].text)
    assert [c.text for c in names.cells] == [CAMAT.nama, "AHMAD <b>FAUZI</b> & Co"]


def test_pk_revision_bupati_without_nip_and_no_program():
    bupati = Pihak("H. HASANUDIN MURAD", "Bupati Barito Kuala")
    data = pk_data(revisi=2, pihak_kedua=bupati, pihak_pertama=CAMAT, tingkat="strategis", program=())
    doc = buka(build_docx("pk", data, OPSI_PK))
    assert kurang(_pdf(build_pk, data), doc) == set()
    text = teks_docx(doc)
    assert "PERJANJIAN KINERJA PERUBAHAN KE-2 TAHUN 2019" in text and "SASARAN STRATEGIS" in text
    assert text.count("NIP.") == 2 and "ANGGARAN" not in text


def _pengukuran(**kw) -> Pengukuran:
    i = ind(D(13), [RealisasiData(2019, 1, D("2.3"))])
    hasil = hitung(i, 2019, BANDS, sampai_triwulan=1, target_triwulan={1: D(3), 2: D(3), 3: D(3), 4: D(4)})
    long = "Kendala panjang " * 188  # 3,000 characters
    baris = (BarisPengukuran("Meningkatnya keamanan", "", "Jumlah poskamling yang aktif", "unit", D(13), hasil,
                             "Dua pos belum <aktif> & sepi\x07", "Pembinaan ulang oleh Kasi Trantib"),
             BarisPengukuran("Meningkatnya keamanan", "", "Jumlah ronda", "kali", D(13), hasil, long, ""))
    ttd = Penandatangan("", "KASI PEMERINTAHAN,", "", "PEJABAT CONTOH", None, "Penata (III/c)")
    base = dict(tahun=2019, triwulan=1, instansi="Kecamatan Belawang Kabupaten Barito Kuala",
                jabatan="Kasi Pemerintahan", baris=baris, ttd=ttd, mengetahui=CAMAT.penandatangan(), tempat="Belawang",
                tanggal=dt.date(2019, 4, 5), cara_perhitungan=cara_perhitungan("permenpan"))
    base.update(kw)
    return Pengukuran(**base)


def test_pengukuran_docx_kendala_solusi_band_and_mengetahui():
    data = _pengukuran()
    doc = buka(build_docx("pengukuran", data, Options()))
    assert kurang(_pdf(build_pengukuran, data), doc) == set()
    assert halaman_mm(doc) == (297, 210, "LANDSCAPE")
    table = doc.tables[0]
    assert baris_kepala(table) == [0] and table.rows[0].cells[5].text == "TARGET s.d. TW I"
    assert [c.text for c in table.rows[1].cells][4:9] == ["13", "3", "2,3", "76,67 %", "Baik"]
    assert table.rows[1].cells[9].text == "Dua pos belum <aktif> & sepi"  # the bell character dropped
    assert table.rows[2].cells[9].text == "Kendala panjang " * 188  # 3,000 characters, whole
    assert table.rows[1]._tr.tc_lst[7].tcPr.find(qn("w:shd")) is not None  # the band's colour
    text = teks_docx(doc)
    assert "Mengetahui," in text and "MUHAMMAD HUSAINI" in text and "Belawang, 5 April 2019" in text
    alone = buka(build_docx("pengukuran", dataclasses.replace(data, mengetahui=None, baris=()), Options()))
    assert "Belum ada indikator" in teks_docx(alone) and "HUSAINI" not in teks_docx(alone)


def _lkjip() -> LkjipBab3:
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
    return LkjipBab3(2019, "Kecamatan Belawang", 2022, (2017, 2018), (iku,), tuple(rows), cara_perhitungan("permenpan"))


def test_lkjip_docx_two_header_rows_spans_and_totals():
    data = _lkjip()
    doc = buka(build_docx("lkjip", data, Options(paper="f4")))
    assert kurang(_pdf(build_lkjip, data, Options(paper="f4")), doc) == set()
    assert halaman_mm(doc) == (330, 215, "LANDSCAPE")
    iku, anggaran = doc.tables
    assert baris_kepala(iku) == [0, 1] and baris_kepala(anggaran) == [0]
    spans = [tc.tcPr.find(qn("w:gridSpan")) for tc in iku.rows[0]._tr.tc_lst]
    assert [s.get(qn("w:val")) if s is not None else "1" for s in spans] == ["1", "1", "1", "1", "4", "2", "2"]
    assert [c.text for c in iku.rows[1].cells][4:] == ["TARGET", "REALISASI", "CAPAIAN", "KATEGORI", "2017", "2018",
                                                       "TARGET", "CAPAIAN"]
    assert [c.text for c in iku.rows[2].cells][4:] == ["90", "81", "90 %", "Baik", "60\n(66,67 %)",
                                                       "72\n(80 %)", "100", "81 %"]
    assert [c.text for c in anggaran.rows[-1].cells][2:6] == ["JUMLAH", "1.000.000", "800.005", "80 %"]
    assert "Pemberdayaan Masyarakat <Desa>" in teks_docx(doc)
