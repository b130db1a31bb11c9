"""The cheap table drawing (app/reports/tabel_cepat.py) writes the very page content
ReportLab's Table writes, and the LKjIP's shared cells (one paragraph per repeated sasaran,
unit, category) print in every row, even when a row is split over pages."""

import io

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from app.models.capaian import Capaian
from app.models.sakip_data import BarisIKU, LkjipBab3
from app.reports.common import Options, Para, Styles
from app.reports.lkjip import build_lkjip
from app.reports.tabel_cepat import FastTable, ParaBerulang
from tests.helpers_cetak import pdf_pages


def _contents(cls) -> list[bytes]:
    st = Styles(8.5)
    rows = [["kiri", "tengah", "kanan 1.234,56", Paragraph("paragraf <b>tebal</b> yang cukup panjang untuk dipatah", st.body)],
            ["dua\nbaris", "", "Ümi ➢ 5 %", "x"],
            ["", "tiga\nbaris\nsini", "(78 %)", ""],
            ["bawah", "tengah", "atas", "&lt;b&gt;"]]
    cmds = [("FONTNAME", (0, 0), (-1, -1), st.body.fontName), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("LEADING", (0, 0), (-1, -1), 10.4), ("ALIGN", (1, 0), (1, -1), "CENTER"),
            ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, 1), "TOP"),
            ("VALIGN", (0, 2), (-1, 2), "MIDDLE"), ("VALIGN", (0, 3), (-1, 3), "BOTTOM"),
            ("SPAN", (0, 3), (1, 3)), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("TEXTCOLOR", (2, 1), (2, 1), "red"), ("LEFTPADDING", (0, 0), (-1, -1), 3)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf)
    doc.build([cls(rows, colWidths=[30 * mm, 25 * mm, 35 * mm, 40 * mm], rowHeights=[None, None, 40, 30],
                   style=TableStyle(cmds)), cls([["lagi", "kiri"]] * 3)])
    return [p.get_contents().get_data() for p in PdfReader(buf).pages]


def test_fast_table_writes_what_reportlab_writes():
    fast, plain = _contents(FastTable), _contents(Table)
    assert fast == plain
    assert b"Tj" in fast[0]


def _shared(make) -> list[bytes]:
    st = Styles(8.5)
    rows = [[make(st, n), str(n)] for n in range(60)]  # over several pages
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build([FastTable(rows, colWidths=[30 * mm, 20 * mm], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))])
    return [p.get_contents().get_data() for p in PdfReader(buf).pages]


def test_a_shared_paragraph_draws_as_separate_ones():
    text = "Meningkatnya kualitas <b>pelayanan</b> &amp; administrasi kecamatan"
    one = {}
    shared = _shared(lambda st, n: one.setdefault("p", ParaBerulang(text, st.body)))
    separate = _shared(lambda st, n: Para(text, st.body))
    assert len(shared) > 1 and shared == separate


def _baris(n: int, sasaran: str) -> BarisIKU:
    hasil = Capaian(2022, 4, None, None, None, None)
    return BarisIKU(str(n), sasaran, f"Indikator {n}", "dokumen", hasil, (), None, None)


def test_lkjip_prints_a_shared_sasaran_in_every_row_even_split_over_pages():
    long = "Sasaran panjang <b>x</b> & <img src=a> " + "kata " * 700  # a row taller than a page
    rows = tuple(_baris(n, long if n <= 3 else "Sasaran pendek") for n in range(1, 7))
    data = LkjipBab3(2022, "Kecamatan Uji", 2022, (), rows, (), "")
    buf = io.BytesIO()
    pages = build_lkjip(buf, data, Options())
    text = " ".join(" ".join(pdf_pages(buf.getvalue())).split())
    assert pages > 3
    assert text.count("Sasaran panjang <b>x</b> & <img src=a>") == 3
    assert text.count("kata") == 3 * 700
    assert text.count("Sasaran pendek") == 3 and all(f"Indikator {n}" in text for n in range(1, 7))


def test_lkjip_figures_never_run_over_the_next_column():
    """Four earlier years of "222,27 (292,46 %)", a capaian of 1.234,56 %, a huge target:
    each plain figure fits its column (else it wraps as a paragraph); the unit and the
    headers are whole words."""
    from decimal import Decimal as D

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.models.sakip_data import CapaianTahunLalu
    from app.reports.lkjip import tabel_iku

    lalu = tuple(CapaianTahunLalu(y, D("222.27"), D("292.46")) for y in (2018, 2019, 2020, 2021))
    hasil = Capaian(2022, 4, D("999999999999999"), D("12345.67"), D("1234.56"), None)
    rows = (BarisIKU("1", "Sasaran", "Indikator", "dokumen", hasil, lalu, D(100), D("1234.56")),)
    data = LkjipBab3(2022, "Kecamatan Uji", 2022, (2018, 2019, 2020, 2021), rows, (), "")
    st = Styles(8.5)
    width = Options().pagesize[0] - 30 * mm
    table = tabel_iku(data, st, width, 500)
    for v, w in zip(table.rows[0].cells, table.layout.widths):
        if isinstance(v, str):
            assert max(stringWidth(t, st.body.fontName, st.size) for t in v.split("\n")) <= w - 6, v
    for head in table.header:
        for v, w in zip(head, table.layout.widths):
            if v and v.getPlainText() in ("SATUAN", "KATEGORI", "TARGET", "REALISASI", "CAPAIAN"):
                assert stringWidth(v.getPlainText(), st.head.fontName, st.size) <= w - 6
    buf = io.BytesIO()
    build_lkjip(buf, data, Options())
    text = " ".join(" ".join(pdf_pages(buf.getvalue())).split())
    assert text.count("222,27") == 4 and "999.999.999.999.999" in text.replace(" ", "")
