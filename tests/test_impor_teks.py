"""Plain text pasted from a PDF, laid out otherwise than the reference (issue 12, point 4):
an invented kecamatan with a bare LAMPIRAN header, lettered fungsi, five columns (no
PENANGGUNG JAWAB), "-" bullets, cells broken by blank lines, a cell and a bullet on one
line, the matrix after the annex with three year columns and a decimal target. The reader
is not tuned to one document: this one is read whole, and prints in its own columns."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from app import cli
from app.models.impor import baca, tulis
from app.models.store import Store

TEKS = Path(__file__).parent / "fixtures" / "teks_karang_jaya.txt"


def test_another_text_layout_is_read_whole():
    r = baca(TEKS)
    assert r.tak_terpakai == []
    assert (r.kecamatan, r.kabupaten, r.periode_nama) == ("Karang Jaya", "Tanah Bumbu", "2022-2024")
    k = r.keputusan
    assert (k.nomor, str(k.tanggal), k.tanggal_teks) == ("800/45/KJ/2021", "2021-11-01", "01 Nopember 2021")
    (seksi,) = [j for j in r.jabatan if j.lampiran_nomor]
    assert seksi.fungsi[1] == "Penyiapan bahan pembinaan linmas;"
    rows = [(s.nomor, s.nama, [(i.nama, i.penjelasan, i.penanggung_jawab, i.sumber_data) for i in s.indikator])
            for s in seksi.sasaran]
    assert rows == [
        ("1.", "Terwujudnya ketertiban umum yang kondusif", [
            ("Jumlah pelanggaran perda yang ditangani",
             ["Mengukur penegakan peraturan daerah di wilayah kecamatan setiap tahun berjalan",
              "Formulasi: jumlah pelanggaran yang ditindaklanjuti"], "", "Laporan bulanan Satpol PP"),
            ("Persentase linmas yang terlatih",
             ["Menunjukkan kesiapan linmas menghadapi gangguan ketertiban",
              "Formulasi: linmas terlatih dibagi seluruh linmas x 100 %"], "", "Rekap pelatihan linmas")]),
        ("2.", "Meningkatnya rasa aman masyarakat", [
            ("Jumlah pos ronda aktif", ["Pos ronda yang aktif mencegah gangguan keamanan lingkungan",
                                        "Formulasi: pos ronda yang dilaporkan aktif oleh desa"], "", "Laporan desa")])]
    linmas = seksi.sasaran[0].indikator[1]
    assert linmas.target == {2022: Decimal("75.5"), 2023: Decimal("80"), 2024: Decimal("85")}
    assert (linmas.formulasi, linmas.jenis, linmas.sumber_data_matriks) == (
        "Linmas terlatih / Jumlah linmas x 100 %", "persentase", "Rekap pelatihan linmas")
    h = r.format_hints
    assert [c["kolom"] for c in h["kolom_lampiran"]] == ["no", "sasaran", "indikator", "penjelasan", "sd"]
    assert (h["fungsi_penomoran"], h["kepala_lampiran"], h["penjelasan_butir"]) == ("huruf_kurung", "LAMPIRAN\n{sebutan}", "-")


def test_another_text_layout_prints_in_its_own_columns(tmp_path):
    db = tmp_path / "kj.db"
    Store.create(db).close()
    with Store.open(db) as store:
        tulis.impor(store, baca(TEKS))
    out = tmp_path / "lampiran.pdf"
    assert cli.main(["print", "lampiran", "--db", str(db), "--out", str(out)]) == 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    for expected in ("INDIKATOR KINERJA INDIVIDU (IKI)", "SASARAN STRATEGIS", "ALASAN/PENJELASAN",
                     "a) Penyiapan bahan penegakan", "Laporan bulanan Satpol PP", "RINA MARLINA, S.STP"):
        assert expected in text, expected
    assert "PENANGGUNG JAWAB" not in text
