"""Plain text of an annex table without row numbers (an invented kecamatan, Teluk Baru):
the rows are told by the cells' layout — after a penjelasan come the penanggung jawab and
the sumber data; one block more before the next indicator is a new sasaran (best effort,
bulleted penjelasan only)."""

from __future__ import annotations

from app.models.impor import baca_teks_polos

TEKS = """LAMPIRAN
NOMOR : 100/3/TB/2023
TANGGAL : 5 Januari 2023

INDIKATOR KINERJA UTAMA
KECAMATAN TELUK BARU KABUPATEN KOTABARU

JABATAN : Kepala Seksi Kesejahteraan Sosial
TUGAS : Menyiapkan bahan pembinaan kesejahteraan sosial.
FUNGSI :
1. Penyiapan bahan pembinaan sosial;
2. Pelaporan.

SASARAN
STRATEGIS

INDIKATOR KINERJA

PENJELASAN

PENANGGUNG
JAWAB

SUMBER DATA

Meningkatnya
kesejahteraan sosial

masyarakat

Jumlah warga miskin
yang dibina

• Warga miskin yang mendapat pembinaan dari kecamatan
setiap tahun anggaran berjalan
• Formulasi: jumlah warga yang dibina

Kasi Kesos

Laporan
pembinaan

Persentase bantuan
tepat sasaran

• Bantuan yang diterima warga yang berhak menerimanya
• Formulasi: bantuan tepat / seluruh bantuan x 100 %

Kasi Kesos

Data DTKS,

desa

Meningkatnya peran
lembaga sosial

Jumlah lembaga sosial
aktif

• Lembaga sosial yang melapor kegiatannya

Sekcam

Laporan lembaga

Teluk Baru, 5 Januari 2023
CAMAT TELUK BARU,

ANDI SAPUTRA, S.STP
NIP. 19800101 200501 1 001
"""


def test_rows_without_numbers_are_read_from_the_layout():
    r = baca_teks_polos(TEKS)
    assert r.tak_terpakai == []
    (seksi,) = [j for j in r.jabatan if j.lampiran_nomor]
    rows = [(s.nomor, s.nama, [(i.nama, i.penjelasan, i.penanggung_jawab, i.sumber_data) for i in s.indikator])
            for s in seksi.sasaran]
    assert rows == [
        ("", "Meningkatnya kesejahteraan sosial masyarakat", [
            ("Jumlah warga miskin yang dibina",
             ["Warga miskin yang mendapat pembinaan dari kecamatan setiap tahun anggaran berjalan",
              "Formulasi: jumlah warga yang dibina"], "Kasi Kesos", "Laporan pembinaan"),
            ("Persentase bantuan tepat sasaran",
             ["Bantuan yang diterima warga yang berhak menerimanya",
              "Formulasi: bantuan tepat / seluruh bantuan x 100 %"], "Kasi Kesos", "Data DTKS, desa")]),
        ("", "Meningkatnya peran lembaga sosial", [
            ("Jumlah lembaga sosial aktif", ["Lembaga sosial yang melapor kegiatannya"], "Sekcam", "Laporan lembaga")])]
    assert r.keputusan.ttd.nama == "ANDI SAPUTRA, S.STP"
