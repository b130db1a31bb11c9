"""Importing an existing decree (issue 12, point 4): a Word file made by these tests from
the sample imports back to the sample's exact rows; another layout (four columns, lettered
fungsi, a bare LAMPIRAN) with the right fields and format hints; the reference text gives
the whole sample; bad files refused; nothing half-imported; the command line."""

from __future__ import annotations

import io
import sqlite3

import pytest

from app import cli
from app.models.errors import KinerjaError
from app.models.impor import baca
from app.models.impor import tulis
from app.models.store import Store
from tests.helpers import REFERENCE, table_rows
from tests.impor_contoh import belawang_docx, empat_kolom_docx

SKIP = ("riwayat",)


@pytest.fixture(scope="module")
def docx_sampel(tmp_path_factory):
    return belawang_docx(tmp_path_factory.mktemp("impor") / "belawang.docx")


@pytest.fixture
def kosong(tmp_path):
    path = tmp_path / "kosong.db"
    Store.create(path).close()
    return path


def _isi(db):
    """Every row but the history's and the mark of the placeholder period an empty database
    was made with (the sample has neither)."""
    rows = table_rows(db, skip=SKIP)
    rows["pengaturan"] = [r for r in rows["pengaturan"] if r[0] != "periode_otomatis"]
    return rows


def _impor(db, source, periode=None):
    with Store.open(db) as store:
        return tulis.impor(store, baca(source, periode))


def test_word_file_of_the_sample_imports_back_to_the_sample(docx_sampel, kosong, sample_path):
    rencana = baca(docx_sampel)
    assert rencana.tak_terpakai == []
    assert rencana.jumlah() == {"jabatan": 8, "fungsi": 38, "lampiran": 7, "sasaran": 15, "indikator": 27,
                                "penjelasan": 59, "target": 55, "keputusan": 1}
    changes = _impor(kosong, docx_sampel)
    assert _isi(kosong) == table_rows(sample_path, skip=SKIP)  # every cell, targets, signer
    con = sqlite3.connect(kosong)
    assert con.execute("SELECT aksi, jenis, label FROM riwayat").fetchall() == [
        ("impor", "periode", "Impor belawang.docx: periode 2018-2022")]
    con.close()
    assert changes.tree and changes.numbers
    assert sorted({k for k, _ in changes.created}) == ["indikator", "jabatan", "keputusan", "pegawai", "sasaran"]
    assert len(changes.created) == 8 + 1 + 15 + 27 + 1


def test_format_hints_of_the_sample(docx_sampel):
    h = baca(docx_sampel).format_hints
    assert [c["kolom"] for c in h["kolom_lampiran"]] == ["no", "sasaran", "indikator", "penjelasan", "pj", "sd"]
    assert h["kolom_lampiran"][1]["judul"] == "KINERJA UTAMA"
    assert [c["kolom"] for c in h["kolom_matriks"]] == ["sasaran", "indikator", "formulasi", "target", "sd"]
    assert h["fungsi_penomoran"] == "angka" and h["penjelasan_butir"] == "➢"
    assert h["kepala_lampiran"] == "Lampiran {nomor}. {sebutan}"
    assert h["judul_lampiran"] == ["INDIKATOR KINERJA UTAMA", "KECAMATAN BELAWANG KABUPATEN BARITO KUALA"]
    assert h["judul_matriks"] == ["INDIKATOR KINERJA ESSELON IV", "TAHUN 2017-2022", "KECAMATAN BELAWANG"]


def test_another_layout_four_columns_lettered_bare_lampiran(tmp_path, kosong):
    path = empat_kolom_docx(tmp_path / "sukamaju.docx")
    r = baca(path)
    assert (r.kecamatan, r.kabupaten, r.tempat, r.periode_nama) == ("Sukamaju", "Tanah Laut", "Sukamaju", "2021-2025")
    k = r.keputusan
    assert (k.nomor, k.tahun, str(k.tanggal)) == ("188.45/ 12 /KEP/2021", 2021, "2021-03-01")
    assert (k.ttd.awalan, k.ttd.jabatan, k.ttd.nama, k.ttd.pangkat, k.ttd.nip) == (
        "Plt.", "CAMAT SUKAMAJU,", "AHMAD FAUZI, S.IP", "Pembina (IV/a)", "197001011990031002")
    seksi = next(j for j in r.jabatan if j.nama == "Kepala Seksi Pelayanan Umum")
    assert seksi.fungsi == ["Penyiapan bahan pelayanan administrasi terpadu;", "Pelaksanaan pelayanan perizinan;",
                            "Pelaporan pelayanan."]
    assert (seksi.lampiran_nomor, seksi.lampiran_kepala) == ("I", "LAMPIRAN")
    assert [(s.nomor, s.nama, [i.nama for i in s.indikator]) for s in seksi.sasaran] == [
        ("", "Meningkatnya kualitas pelayanan", ["Indeks kepuasan masyarakat", "Persentase layanan selesai tepat waktu"]),
        ("", "Meningkatnya tertib administrasi", ["Jumlah arsip tertata"])]
    first = seksi.sasaran[0].indikator[0]
    assert first.penjelasan == ["Mengukur kepuasan penerima layanan", "Formulasi: nilai rata-rata survei"]
    assert (first.berbutir, first.penanggung_jawab, first.sumber_data) == (True, "", "Laporan SKM")
    h = r.format_hints
    assert [c["kolom"] for c in h["kolom_lampiran"]] == ["sasaran", "indikator", "penjelasan", "sd"]
    assert [c["judul"] for c in h["kolom_lampiran"]] == ["SASARAN STRATEGIS", "INDIKATOR KINERJA", "ALASAN/PENJELASAN",
                                                         "SUMBER DATA"]
    assert (h["fungsi_penomoran"], h["penjelasan_butir"], h["kepala_lampiran"]) == ("huruf", "-", "LAMPIRAN")
    assert h["judul_lampiran"] == ["INDIKATOR KINERJA INDIVIDU (IKI)", "KECAMATAN SUKAMAJU KABUPATEN TANAH LAUT"]
    assert h["tempat_tanggal_di_atas_ttd"] is True
    assert any("nomor lampiran disimpulkan I" in c for c in r.catatan)
    assert any("periode 2021-2025" in c for c in r.catatan)
    _impor(kosong, path)
    with Store.open(kosong) as store:
        assert [p.nama for p in store.periode_list()] == ["2021-2025"]  # the empty placeholder re-dated


def test_an_imported_layout_prints_like_its_source(tmp_path, kosong):
    """The format the importer saw becomes the decree's format: four columns with the
    source's headings (no NO, no PENANGGUNG JAWAB), the IKI title, a bare LAMPIRAN header,
    lettered fungsi, the place and date above the signer."""
    from pypdf import PdfReader

    _impor(kosong, empat_kolom_docx(tmp_path / "sukamaju.docx"))
    out = tmp_path / "lampiran.pdf"
    assert cli.main(["print", "lampiran", "--db", str(kosong), "--out", str(out)]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    for expected in ("INDIKATOR KINERJA INDIVIDU (IKI)", "SASARAN STRATEGIS", "ALASAN/PENJELASAN", "SUMBER DATA",
                     "a. Penyiapan bahan pelayanan administrasi terpadu;", "c. Pelaporan pelayanan.",
                     "AHMAD FAUZI, S.IP"):
        assert expected in text, expected
    for absent in ("PENANGGUNG JAWAB", "INDIKATOR KINERJA UTAMA", "1. Penyiapan"):
        assert absent not in text, absent
    sk = tmp_path / "sk.pdf"  # the whole decree: its lampiran, and no empty matrix page
    assert cli.main(["print", "sk", "--db", str(kosong), "--out", str(sk)]) == 0
    assert "ESELON IV" not in " ".join(page.extract_text() for page in PdfReader(sk).pages)


def test_reference_text_gives_the_sample(kosong, sample_path):
    """The reference text as pasted from its PDF (cells run into each other, blank lines inside
    cells, two cells on one line, a word broken without a hyphen) rebuilds the sample's
    tables: every cell of every table, the targets, the signer; nothing left unplaced."""
    r = baca(REFERENCE)
    assert r.tak_terpakai == []
    assert r.jumlah() == {"jabatan": 8, "fungsi": 38, "lampiran": 7, "sasaran": 15, "indikator": 27,
                          "penjelasan": 59, "target": 55, "keputusan": 1}
    _impor(kosong, REFERENCE)
    assert _isi(kosong) == table_rows(sample_path, skip=SKIP)


@pytest.mark.parametrize("name, data, words", [
    ("kosong.docx", b"", "kosong"),
    ("lama.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Word lama (.doc)"),
    ("rusak.docx", b"PK\x03\x04" + b"\x00rusak" * 50, "rusak"),
    ("gambar.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "bukan dokumen Word"),
    ("laporan.pdf", b"%PDF-1.4\n...", "PDF"),
    ("surat.txt", "Surat biasa tanpa lampiran.\n".encode(), "tidak ditemukan lampiran"),
])
def test_bad_files_refused_with_a_message(tmp_path, kosong, capsys, name, data, words):
    bad = tmp_path / name
    bad.write_bytes(data)
    with pytest.raises(KinerjaError, match=words.replace("(", r"\(").replace(")", r"\)")):
        baca(bad)
    before = table_rows(kosong)
    assert cli.main(["import", str(bad), "--db", str(kosong), "--ya"]) == cli.EXIT_DITOLAK
    assert words in capsys.readouterr().err
    assert table_rows(kosong) == before


def test_nothing_half_imported_when_the_write_fails(docx_sampel, kosong, monkeypatch):
    before = table_rows(kosong)
    calls = []
    original = tulis._Writer._indikator

    def failing(self, *args):
        calls.append(1)
        if len(calls) == 12:
            raise OSError(28, "No space left on device")
        return original(self, *args)

    monkeypatch.setattr(tulis._Writer, "_indikator", failing)
    with pytest.raises(OSError):
        _impor(kosong, docx_sampel)
    assert len(calls) == 12
    assert table_rows(kosong) == before
    monkeypatch.setattr(tulis._Writer, "_indikator", original)
    _impor(kosong, docx_sampel)  # and the same import goes through afterwards


def test_a_jabatan_named_twice_is_one_jabatan(tmp_path, kosong):
    path = belawang_docx(tmp_path / "dua.docx", kali=2, nama_sama=True)
    r = baca(path)
    assert r.jumlah()["jabatan"] == 8 and r.jumlah()["sasaran"] == 30 and r.jumlah()["lampiran"] == 7
    assert sum("muncul lagi di Lampiran" in c for c in r.catatan) == 7
    _impor(kosong, path)  # was a program error: the same jabatan twice in one decree
    with Store.open(kosong) as store:
        assert store.counts()["lampiran"] == 7 and store.counts()["sasaran"] == 30


def test_undo_and_redo_in_the_core(docx_sampel, kosong):
    before = table_rows(kosong, skip=SKIP)
    changes = _impor(kosong, docx_sampel)
    after = table_rows(kosong, skip=SKIP)
    with Store.open(kosong) as store:
        gone = tulis.batalkan(store, changes.undo)
        assert table_rows(kosong, skip=SKIP) == before
        tulis.ulangi(store, gone.undo)
    assert table_rows(kosong, skip=SKIP) == after  # the same rows, the same ids


def test_a_period_with_data_is_refused_a_new_one_is_imported(docx_sampel, sample_path):
    before = table_rows(sample_path)
    with pytest.raises(KinerjaError, match="Periode 2018-2022 sudah ada"):
        _impor(sample_path, docx_sampel)
    assert table_rows(sample_path) == before
    r = baca(docx_sampel, (2023, 2027))
    assert sum(1 for p in r.tak_terpakai if "di luar periode 2023-2027" in p.alasan) == 55  # targets of 2018-2022
    _impor(sample_path, docx_sampel, (2023, 2027))
    with Store.open(sample_path) as store:
        assert [p.nama for p in store.periode_list()] == ["2018-2022", "2023-2027"]
        assert store.counts()["jabatan"] == 8  # the jabatan of the same names are used, not doubled
        assert store.counts()["sasaran"] == 30


def test_cli_asks_first_and_refuses_without_a_terminal(docx_sampel, kosong, capsys, monkeypatch):
    before = table_rows(kosong)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["import", str(docx_sampel), "--db", str(kosong)]) == cli.EXIT_DITOLAK
    out, err = capsys.readouterr()
    assert "Akan dibuat: 8 jabatan" in out and "Tidak dapat ditempatkan: tidak ada" in out
    assert "tidak ada terminal" in err and table_rows(kosong) == before
    monkeypatch.setattr("sys.stdin", type("Tty", (io.StringIO,), {"isatty": lambda self: True})("t\n"))
    assert cli.main(["import", str(docx_sampel), "--db", str(kosong)]) == cli.EXIT_DITOLAK
    assert "dibatalkan" in capsys.readouterr().err and table_rows(kosong) == before
    assert cli.main(["import", str(docx_sampel), "--db", str(kosong), "--periode", "2022-2018", "--ya"]) == cli.EXIT_DITOLAK
    assert "Periode «2022-2018» tidak dikenal" in capsys.readouterr().err
    assert cli.main(["import", str(docx_sampel), "--db", str(kosong), "--ya"]) == cli.EXIT_OK
    assert "Diimpor ke" in capsys.readouterr().out
    with Store.open(kosong) as store:
        assert store.counts()["indikator"] == 27


def _ganti_teks(path, old: str, new: str) -> None:
    """Replace a text in every paragraph of a Word file (body and table cells)."""
    import docx

    d = docx.Document(str(path))
    paragraphs = list(d.paragraphs) + [p for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    for p in paragraphs:
        if old in p.text:
            p.text = p.text.replace(old, new)
    d.save(str(path))


def test_an_imported_date_keeps_the_offices_spelling_and_a_missing_one_is_not_invented(tmp_path, kosong):
    from pypdf import PdfReader

    path = empat_kolom_docx(tmp_path / "sukamaju.docx")
    _ganti_teks(path, "1 Maret 2021", "01 Nopember 2021")
    r = baca(path)
    assert (str(r.keputusan.tanggal), r.keputusan.tanggal_teks) == ("2021-11-01", "01 Nopember 2021")
    _impor(kosong, path)
    out = tmp_path / "l.pdf"
    assert cli.main(["print", "lampiran", "--db", str(kosong), "--out", str(out)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "01 Nopember 2021" in text and "November" not in text

    tanpa = empat_kolom_docx(tmp_path / "tanpa-tanggal.docx")
    _ganti_teks(tanpa, "Tanggal : 1 Maret 2021", "Tanggal :")
    _ganti_teks(tanpa, "Sukamaju, 1 Maret 2021", "Sukamaju,")
    r = baca(tanpa)
    assert r.keputusan.tanggal is None and any("Tanggal keputusan tidak ditemukan" in c for c in r.catatan)

    _ganti_teks(tanpa, "188.45/ 12 /KEP/2021", "800/15/KEC-SM/2021")  # no "Tahun": the year is in the number
    r = baca(tanpa)
    assert (r.keputusan.tanggal, r.keputusan.tahun) == (None, 2021)  # never this year instead


def test_an_annex_with_a_formula_column_is_not_taken_for_the_matrix(tmp_path, kosong):
    """A jabatan's annex whose explanation column is headed FORMULASI (no year columns) is
    that jabatan's annex: its indicators are placed, the column keeps its heading in print."""
    from pypdf import PdfReader

    path = empat_kolom_docx(tmp_path / "formulasi.docx")
    _ganti_teks(path, "ALASAN/PENJELASAN", "FORMULASI PERHITUNGAN")
    r = baca(path)
    seksi = next(j for j in r.jabatan if j.nama == "Kepala Seksi Pelayanan Umum")
    assert [i.nama for s in seksi.sasaran for i in s.indikator] == [
        "Indeks kepuasan masyarakat", "Persentase layanan selesai tepat waktu", "Jumlah arsip tertata"]
    assert seksi.sasaran[0].indikator[0].penjelasan == ["Mengukur kepuasan penerima layanan",
                                                         "Formulasi: nilai rata-rata survei"]
    _impor(kosong, path)
    out = tmp_path / "l.pdf"
    assert cli.main(["print", "lampiran", "--db", str(kosong), "--out", str(out)]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "FORMULASI PERHITUNGAN" in text and "Jumlah arsip tertata" in text
