"""The rencana aksi and the quarterly measurement in Word (app/reports/word/aksi.py), from
the store's data of the Belawang sample: every word of the PDF in the .docx, header rows
repeating, the indicator's cells merged over its four quarters, landscape, every jabatan's
document from a new page."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from docx.oxml.ns import qn

from app.models.laporan_aksi import data_pengukuran, data_rencana_aksi
from app.reports.common import Options
from app.reports.pengukuran import build_pengukuran
from app.reports.rencana_aksi import build_rencana_aksi
from app.reports.word import build_docx
from helpers_word import baris_kepala, buka, halaman_mm, kurang, teks_docx
from sakip_contoh import AKSI, KENDALA, POSKAMLING, SOLUSI, TAHUN, isi_sakip

TRANTIB = "KASI KETENTRAMAN DAN KETERTIBAN"


def _pdf(builder, data) -> bytes:
    buf = BytesIO()
    builder(buf, data)
    return buf.getvalue()


def _halaman_baru(doc) -> int:
    return sum(1 for br in doc.element.body.iter(qn("w:br")) if br.get(qn("w:type")) == "page")


def test_rencana_aksi_docx_has_every_word_of_the_pdf(sample_store):
    isi_sakip(sample_store)
    (ra,) = data_rencana_aksi(sample_store, TAHUN, TRANTIB, tanggal=dt.date(2019, 1, 10))
    doc = buka(build_docx("rencana-aksi", ra, Options()))
    assert kurang(_pdf(build_rencana_aksi, ra), doc) == set()
    assert halaman_mm(doc) == (297, 210, "LANDSCAPE")
    text = teks_docx(doc)
    assert f"1. {AKSI}\n" in text and "2. Pembinaan TW 1" in text and "Belawang, 10 Januari 2019" in text
    assert "Jumlah anggaran rencana aksi: Rp 4.017.691.200" in text
    (table,) = [t for t in doc.tables if t.rows[0].cells[0].text == "NO"]
    assert baris_kepala(table) == [0] and table.rows[0].cells[7].text == "RENCANA AKSI"
    rows = [r for r in table.rows[1:] if r.cells[2].text.startswith(POSKAMLING)]
    assert [r.cells[5].text for r in rows] == ["I", "II", "III", "IV"]  # one indicator merged over its quarters
    assert [r.cells[6].text for r in rows] == ["3", "3", "3", "4"]
    assert rows[0].cells[10].text == "76,67 %"  # TW I: 2,3 against its own 3, not 17,69 % of the year's 13
    fill = rows[0].cells[10]._tc.tcPr.find(qn("w:shd"))
    assert fill is not None and fill.get(qn("w:fill")) != "FFFFFF"


def test_every_jabatan_s_rencana_aksi_and_pengukuran_each_from_a_new_page(sample_store):
    isi_sakip(sample_store)
    for dokumen, docs, builder in (("rencana-aksi", data_rencana_aksi(sample_store, TAHUN), build_rencana_aksi),
                                   ("pengukuran", data_pengukuran(sample_store, TAHUN, 1), build_pengukuran)):
        doc = buka(build_docx(dokumen, docs, Options(paper="f4")))
        assert len(docs) > 3 and _halaman_baru(doc) == len(docs) - 1
        assert halaman_mm(doc) == (330, 215, "LANDSCAPE")
        assert kurang(_pdf(builder, docs), doc) == set()
        assert all(baris_kepala(t) == [0] for t in doc.tables if t.rows[0].cells[0].text == "NO")
    text = teks_docx(doc)
    assert KENDALA in text and SOLUSI in text and text.count("Mengetahui,") == len(docs)
