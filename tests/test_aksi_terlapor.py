"""A quarter not reported yet (no realisasi of its own) shows blank in the rencana aksi and
the pengukuran — data, PDF, Word, the window's tab and its chart — never the earlier
quarters' figure measured against its target (app.models.capaian.hitung_triwulan)."""

import datetime as dt
import re
from decimal import Decimal as D
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.models.capaian import hitung, hitung_triwulan, triwulan_dilaporkan
from app.models.laporan_aksi import data_pengukuran, data_rencana_aksi
from app.reports.common import Options
from app.reports.pengukuran import build_pengukuran
from app.reports.rencana_aksi import build_rencana_aksi
from app.reports.word import build_docx
from helpers_word import buka, teks_docx

DESA = 17  # "Persentase Desa dengan Administrasi Desa yang Baik": persentase, KASI PEMERINTAHAN
KASI = "KASI PEMERINTAHAN"


@pytest.fixture
def tw1(sample_store):
    """Realisasi only in TW I (7 %), quarter targets 10/20/30/5."""
    s = sample_store
    s.set_realisasi(DESA, 2019, 1, nilai=D(7))
    for q, t in zip((1, 2, 3, 4), (10, 20, 30, 5)):
        s.set_rencana_aksi(DESA, 2019, q, D(t))
    s.set_pengukuran(DESA, 2019, 3, "Kendala tanpa realisasi", "")  # a row with only text is no report
    return s


def _ind(store):
    return next(i for j in store.jabatan_all(1, 2019) for s in j.sasaran for i in s.indikator if i.id == DESA)


def _pdf_text(builder, data) -> str:
    buf = BytesIO()
    builder(buf, data)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(buf.getvalue())).pages).split())


def test_core_rule_reported_quarters(tw1):
    ind = _ind(tw1)
    targets = tw1.target_triwulan(2019)[DESA]
    assert triwulan_dilaporkan(ind, 2019) == {1}
    assert hitung(ind, 2019, tw1.kategori(), "permenpan", 4, targets).capaian == D(140)  # the old figure
    c = hitung_triwulan(ind, 2019, tw1.kategori(), "permenpan", 4, targets)
    assert (c.target, c.realisasi, c.capaian, c.band) == (D(5), None, None, None)
    first = hitung_triwulan(ind, 2019, tw1.kategori(), "permenpan", 1, targets)
    assert (first.realisasi, first.capaian) == (D(7), D(70))


def test_rencana_aksi_data_and_pdf_blank_after_tw1(tw1):
    (ra,) = data_rencana_aksi(tw1, 2019, jabatan=KASI, tanggal=dt.date(2019, 1, 10))
    row = next(i for i in ra.indikator if i.indikator.startswith("Persentase Desa dengan Administrasi"))
    hasil = [a.hasil for a in row.triwulan]
    assert [h.realisasi for h in hasil] == [D(7), None, None, None]
    assert [h.capaian for h in hasil] == [D(70), None, None, None]
    assert [h.band for h in hasil][1:] == [None, None, None]
    text = _pdf_text(build_rencana_aksi, ra)
    assert "70 %" in text
    for wrong in ("35 %", "23,33 %", "140 %"):
        assert wrong not in text
    # the quarter rows end with their target: nothing after TW II's 20, TW III's 30, TW IV's 5
    assert re.search(r"I 10 7 70 % II 20 III 30 IV 5\b", text)


def test_pengukuran_pdf_and_word_blank_for_unreported_quarter(tw1):
    (pk,) = data_pengukuran(tw1, 2019, 4, jabatan=KASI, tanggal=dt.date(2020, 1, 5))
    row = next(b for b in pk.baris if b.indikator.startswith("Persentase Desa dengan Administrasi"))
    assert (row.hasil.target, row.hasil.realisasi, row.hasil.capaian, row.hasil.band) == (D(5), None, None, None)
    text = _pdf_text(build_pengukuran, pk)
    assert "140 %" not in text and "Persentase Desa dengan Administrasi Desa yang Baik % 100 5 -" not in text
    word = teks_docx(buka(build_docx("pengukuran", pk, Options())))
    assert "140 %" not in word and "Sangat Baik" not in word
    (early,) = data_pengukuran(tw1, 2019, 1, jabatan=KASI, tanggal=dt.date(2019, 4, 5))
    first = next(b for b in early.baris if b.indikator.startswith("Persentase Desa dengan Administrasi"))
    assert (first.hasil.realisasi, first.hasil.capaian) == (D(7), D(70))


def test_tab_and_chart_blank_for_unreported_quarters(window, qtbot, tw1):
    from PySide6.QtCore import Qt

    window.select_item("indikator", DESA)
    ed = window.editors["indikator"]
    ed.tabs.setCurrentWidget(ed.aksi)
    aksi = ed.aksi
    aksi.year.setCurrentIndex(aksi.year.findData(2019))
    m = aksi.model
    qtbot.waitUntil(lambda: m.index(0, m.COL_CAPAIAN).data() == "70 %")
    assert [m.index(r, m.COL_REALISASI).data() for r in range(4)] == ["7", "", "", ""]
    assert [m.index(r, m.COL_CAPAIAN).data() for r in range(4)] == ["70 %", "", "", ""]
    assert [m.index(r, m.COL_TARGET).data() for r in range(4)] == ["10", "20", "30", "5"]
    assert all(m.index(r, m.COL_CAPAIAN).data(Qt.ItemDataRole.BackgroundRole) is None for r in (1, 2, 3))
    (series,) = aksi.chart.chart().series()
    target, real = series.barSets()
    assert [target.at(i) for i in range(4)] == [10.0, 20.0, 30.0, 5.0]
    assert [real.at(i) for i in range(4)] == [7.0, 0.0, 0.0, 0.0]


# --------------------------------------------------------------------------- the signing date

NBSP = "\u00a0"


@pytest.mark.parametrize("tahun, triwulan, hari_ini, dated", [
    (2021, None, dt.date(2026, 11, 30), False),  # a past year's rencana aksi
    (2026, None, dt.date(2026, 11, 30), True),  # this year's
    (2027, None, dt.date(2026, 11, 30), True),  # next year's, prepared ahead
    (2021, 1, dt.date(2026, 11, 30), False),
    (2026, 3, dt.date(2026, 11, 30), True),  # TW III reported in the quarter after it
    (2026, 2, dt.date(2026, 11, 30), False),  # TW II: its reporting time is over
    (2026, 4, dt.date(2027, 1, 15), True),
])
def test_tanggal_ttd_today_only_for_a_current_document(tahun, triwulan, hari_ini, dated):
    from app.models.laporan_aksi import tanggal_ttd

    tgl, teks = tanggal_ttd(tahun, triwulan, None, hari_ini)
    if dated:
        assert (tgl, teks) == (hari_ini, "")
    else:
        assert tgl is None and teks.startswith(NBSP * 10) and teks.strip(NBSP) == ("" if triwulan == 4 else str(tahun))


def test_past_documents_not_dated_today_and_tanggal_as_typed(sample_path, tmp_path, capsys):
    from app.cli import main
    from app.models.store import Store
    from app.models.tanggal import baca_tanggal

    today = dt.date.today()
    ra = tmp_path / "ra.pdf"
    assert main(["--db", str(sample_path), "print", "rencana-aksi", "--tahun", "2019", "--jabatan", KASI,
                 "--out", str(ra)]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(ra).pages)
    assert re.search(r"Belawang,\s{20,}2019\n", text)  # a blank to write the day and month in
    assert str(today.year) not in text.replace("2018-2022", "")
    with Store.open(sample_path) as store:  # Word (the CLI's docx of a measurement: see the report)
        (data,) = data_pengukuran(store, 2019, 1, jabatan=KASI, tanggal=baca_tanggal("01 Nopember 2019"))
        past = data_pengukuran(store, 2019, 4, jabatan=KASI)[0]
    assert "Belawang, 01 Nopember 2019" in teks_docx(buka(build_docx("pengukuran", data, Options())))
    assert re.search(r"Belawang,\s{20,}\n", teks_docx(buka(build_docx("pengukuran", past, Options()))))
    out = tmp_path / "tw.pdf"
    assert main(["--db", str(sample_path), "print", "pengukuran", "--tahun", "2019", "--triwulan", "1",
                 "--jabatan", KASI, "--tanggal", "01 Nopember 2019", "--out", str(out)]) == 0
    assert "Belawang, 01 Nopember 2019" in " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    capsys.readouterr()
    bad = tmp_path / "bad.pdf"
    assert main(["--db", str(sample_path), "print", "rencana-aksi", "--tahun", "2019", "--tanggal", "31 Pebruari 2019",
                 "--out", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "--tanggal tidak dapat dibaca" in err and "Tanggal 31 tidak ada pada bulan Februari 2019" in err
    assert not bad.exists()


# --------------------------------------------------------------------------- long kendala

def test_long_kendala_gets_a_wide_column_and_fewer_pages(sample_store, monkeypatch):
    from app.reports import pengukuran as mod

    words = [f"kata{n}" for n in range(430)]  # 3,000 characters and more
    kendala = " ".join(words)
    assert len(kendala) >= 3000
    sample_store.set_pengukuran(DESA, 2019, 1, kendala, "Tindak lanjut <b>x</b> & <img src=a>")
    (pk,) = data_pengukuran(sample_store, 2019, 1, jabatan=KASI, tanggal=dt.date(2019, 4, 5))
    widths = mod.lebar_kolom(pk)
    assert abs(sum(widths) - 1) < 1e-9 and widths[9] > 1.8 * mod.COLS[9] and min(widths) >= 0.03
    buf = BytesIO()
    pages = build_pengukuran(buf, pk)
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(buf.getvalue())).pages)
    assert all(w in text.split() for w in words)  # every word kept (cells split across pages)
    monkeypatch.setattr(mod, "lebar_kolom", lambda data: mod.COLS)  # the narrow column of before
    narrow = build_pengukuran(BytesIO(), pk)
    assert pages < narrow
    # short texts keep the usual columns
    sample_store.set_pengukuran(DESA, 2019, 1, "Hujan", "Jadwal ulang")
    (short,) = data_pengukuran(sample_store, 2019, 1, jabatan=KASI, tanggal=dt.date(2019, 4, 5))
    monkeypatch.undo()
    assert mod.lebar_kolom(short) == mod.COLS


def test_long_kendala_gets_the_same_wide_column_in_word(sample_store):
    """The .docx of the measurement shares its width between the columns as the PDF does: a
    3,000-character kendala gets a wide column there too."""
    from docx.shared import Mm

    from app.reports import pengukuran as mod

    kendala = " ".join(f"kata{n}" for n in range(430))
    sample_store.set_pengukuran(DESA, 2019, 1, kendala, "Jadwal ulang")
    (pk,) = data_pengukuran(sample_store, 2019, 1, jabatan=KASI, tanggal=dt.date(2019, 4, 5))
    doc = buka(build_docx("pengukuran", [pk], Options()))
    (table,) = [t for t in doc.tables if any("KENDALA" in c.text.upper() for c in t.rows[0].cells)]
    grid = [col.width for col in table.columns]
    shares = [w / sum(grid) for w in grid]
    expected = mod.lebar_kolom(pk)
    assert expected != mod.COLS and all(abs(a - b) < 0.01 for a, b in zip(shares, expected))
    assert Mm(1) < grid[9]
