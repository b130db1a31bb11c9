"""A short print of the decree (`print sk`, `lampiran`, `matriks`) reads a sound, current
file without the store (app.models.baca_cetak over a plain read-only connection): the
very data the store's reads give — on the sample, on imported decrees, on odd stored
values —, the same printout, and the store's path for every file that needs it."""

from __future__ import annotations

import datetime as _dt
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from app import cli
from app.models import baca_cetak
from app.models.impor import baca, tulis
from app.models.laporan import data_lampiran, data_matriks, data_sk, periode_cetak
from app.models.schema.base import desimal
from app.models.sqlite.header import journal_path
from app.models.sqlite.light_read import baca_ringan
from app.models.store import Store
from tests.helpers import make_v1_database
from tests.helpers_cetak import pdf_pages
from tests.impor_contoh import empat_kolom_docx

TEKS = Path(__file__).parent / "fixtures" / "teks_karang_jaya.txt"


def _gathered(reader, nama=None):
    periode, bawaan = periode_cetak(reader, nama)
    pid = periode.id
    return (periode, bawaan, data_sk(reader, pid), data_lampiran(reader, pid), data_matriks(reader, pid),
            data_matriks(reader), reader.periode_berisi(), reader.periode_list(), reader.kecamatan(),
            reader.keputusan_list(), reader.jabatan_all(pid), reader.jabatan_all(pid, 2019),
            reader.periode_pembuka())


def _same_as_store(path: Path) -> None:
    with Store.open(path) as store:
        expected = _gathered(store)
        periods = store.periode_list()
        other = [_gathered(store, p.nama) for p in periods]
    assert baca_ringan(path, _gathered) == expected
    assert [baca_ringan(path, lambda r, n=p.nama: _gathered(r, n)) for p in periods] == other


def test_the_sample_reads_as_the_store_reads_it(sample_path):
    _same_as_store(sample_path)


def test_an_imported_text_decree_reads_as_the_store_reads_it(tmp_path):
    db = tmp_path / "kj.db"
    Store.create(db).close()
    with Store.open(db) as store:
        tulis.impor(store, baca(TEKS))
    _same_as_store(db)


def test_an_imported_word_decree_reads_as_the_store_reads_it(tmp_path):
    db = tmp_path / "empat.db"
    Store.create(db).close()
    with Store.open(db) as store:
        tulis.impor(store, baca(empat_kolom_docx(tmp_path / "empat.docx")))
    _same_as_store(db)


def test_odd_stored_values_read_as_peewee_reads_them(sample_path):
    """Values put there by another program: a date with a time, text in a number column, a
    number in a text column, a damaged date and decimal, a blank decree date."""
    con = sqlite3.connect(sample_path)
    with con:
        con.execute("UPDATE keputusan SET tanggal = '2018-05-30 00:00:00', nomor = 24, ttd_nip = 1234")
        con.execute("UPDATE periode SET matriks_tanggal = 'kemarin', matriks_judul = 7")
        con.execute("UPDATE sasaran SET urutan_matriks = 'dua' WHERE id = (SELECT MIN(id) FROM sasaran)")
        con.execute("UPDATE target SET nilai = 7.25 WHERE id = (SELECT MIN(id) FROM target)")
        con.execute("UPDATE jabatan SET eselon = X'4956' WHERE id = (SELECT MIN(id) FROM jabatan)")
    con.close()
    _same_as_store(sample_path)
    con = sqlite3.connect(sample_path)
    with con:
        con.execute("UPDATE keputusan SET tanggal = NULL, format = '{rusak'")
    con.close()
    _same_as_store(sample_path)


@pytest.mark.parametrize("value", [None, "12,5", "100", 7, 7.25, "abc", b"1", "1e3", ""])
def test_decimals_decode_as_the_stores(value):
    from app.models import indikator_sql  # the light read's (and the store's plain-SQL) decoder

    assert repr(indikator_sql.desimal(value)) == repr(desimal(value))


@pytest.mark.parametrize("value", [None, "", "2018-05-30", "2018-05-30 10:11:12", "2018-05-30T10:11:12Z",
                                   "30/05/2018", _dt.datetime(2020, 1, 2, 3, 4), _dt.date(2021, 2, 3), 5])
def test_dates_decode_as_peewees(value):
    import peewee as pw

    assert baca_cetak._tanggal(value) == pw.DateField().python_value(value)


def test_files_that_need_the_store_are_not_read_lightly(tmp_path, sample_path):
    old = tmp_path / "lama.db"
    make_v1_database(old)  # to migrate
    journal = tmp_path / "jurnal.db"
    shutil.copyfile(sample_path, journal)
    journal_path(journal).write_bytes(b"\0" * 512)  # a power cut to play back
    other = tmp_path / "lain.db"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.close()  # not ours
    for path in (old, journal, other, tmp_path / "tidak-ada.db", tmp_path):
        assert baca_ringan(path, lambda r: "ringan") is None


def test_a_failure_of_the_light_read_leaves_it_to_the_store(sample_path):
    def fails(reader):
        raise sqlite3.OperationalError("database is locked")

    assert baca_ringan(sample_path, fails) is None
    assert baca_ringan(sample_path, lambda r: r.kecamatan().nama) == "Belawang"


def _cetak(db, out, *args):
    return cli.main(["print", *args, "--db", str(db), "--out", str(out)])


@pytest.mark.parametrize("dokumen", ["sk", "lampiran", "matriks"])
def test_the_printout_is_the_stores(sample_path, tmp_path, monkeypatch, capsys, dokumen):
    """Byte for byte (ReportLab's invariant mode: no time stamp, a fixed document id)."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)
    assert _cetak(sample_path, tmp_path / "ringan.pdf", dokumen) == 0
    light = capsys.readouterr().out
    monkeypatch.setattr("app.models.sqlite.light_read.baca_ringan", lambda path, baca: None)
    assert _cetak(sample_path, tmp_path / "store.pdf", dokumen) == 0
    assert capsys.readouterr().out == light.replace("ringan.pdf", "store.pdf")
    light_pdf, store_pdf = (tmp_path / "ringan.pdf").read_bytes(), (tmp_path / "store.pdf").read_bytes()
    assert light_pdf == store_pdf and len(pdf_pages(light_pdf)) > 1


def test_print_sk_does_not_open_the_store(sample_path, tmp_path, monkeypatch):
    def no_store(*a, **kw):
        raise AssertionError("the store was opened")

    monkeypatch.setattr(Store, "open", no_store)
    assert _cetak(sample_path, tmp_path / "sk.pdf", "sk") == 0
    assert _cetak(sample_path, tmp_path / "m.pdf", "matriks", "--periode", "2018-2022") == 0


def test_what_the_light_read_cannot_say_the_store_says(tmp_path, capsys):
    """No decree, an unknown period: the store's messages, word for word."""
    db = tmp_path / "kosong.db"
    Store.create(db, periode=(2021, 2026)).close()
    assert _cetak(db, tmp_path / "sk.pdf", "sk") == 2
    assert "Belum ada Keputusan Camat untuk periode «2021-2026» (2021–2026)" in capsys.readouterr().err
    assert _cetak(db, tmp_path / "sk.pdf", "sk", "--periode", "1999-2000") == 2
    assert "Periode «1999-2000» tidak ada" in capsys.readouterr().err
    assert not (tmp_path / "sk.pdf").exists()
