"""What is shown on screen and on paper comes from one place (app.models.display), and the
dashboard's figures from the core."""

import io
from decimal import Decimal as D

import pytest

from app.models import display
from app.models.capaian import Capaian, rata_rata, ringkasan_dasbor
from app.models.data import TargetData
from app.models.rules import ATURAN_NEGATIF, Band


def cap(target, realisasi, capaian, band=None):
    return Capaian(2018, 4, target, realisasi, capaian, band)


@pytest.mark.parametrize("c, text", [
    (cap(D(80), D(70), D("87.50"), Band("Baik", D(80))), "87,5 %"),
    (cap(None, D(70), None), "n/a"),  # a realisasi, no target: not computable
    (cap(D(0), D(70), None), "n/a"),  # target 0
    (cap(D(80), None, None), ""),  # nothing to compute yet
    (cap(None, None, None), ""),
])
def test_capaian_cell(c, text):
    assert display.teks_capaian(c) == text


def test_cells_and_names():
    assert display.teks_target(TargetData(2018, D("1234.5"))) == "1.234,5"
    assert display.teks_target(TargetData(2018, None, "Tersedia")) == "Tersedia"
    assert display.teks_target(None) == ""
    assert [display.nama_triwulan(q) for q in (1, 4)] == ["TW I", "TW IV"]
    assert display.sampai_triwulan(3) == "s.d. Triwulan III" and display.romawi_triwulan(2) == "II"
    assert display.label_indikator("1.2", "Nama") == "1.2 Nama" and display.label_indikator("", "Nama") == "Nama"
    assert display.label_indikator("", "", "(indikator tanpa nama)") == "(indikator tanpa nama)"
    assert display.pendek("  a   b  ", 10) == "a b" and display.pendek("abcdefghijk", 5) == "abcd…"
    assert display.lipat("Sangat Kurang", 8) == ["Sangat", "Kurang"]
    assert display.lipat("satu dua tiga empat lima", 9, 2) == ["satu dua", "tiga emp…"]
    assert display.warna_muda("#000000") == (0.55, 0.55, 0.55)
    assert display.warna_muda("#ffffff") == pytest.approx((1.0, 1.0, 1.0))


def test_rule_sentences_come_from_the_rule_table():
    for aturan, rumus in ATURAN_NEGATIF.items():
        assert display.rumus_capaian("negatif", aturan) == f"Polaritas negatif: capaian = {rumus}."
        assert rumus in display.cara_perhitungan(aturan)
    assert display.rumus_capaian("positif", "rasio") == "Capaian = realisasi / target × 100 %."
    assert display.rumus_tahunan("jumlah").startswith("Jumlah") and "terakhir" in display.rumus_tahunan("indeks")


def _with_realisasi(store):
    """Some realisasi of 2018: computable ones, one without target, one with target 0, and
    a text indicator with a text target."""
    inds = [i for j in store.jabatan_all(1) for s in j.sasaran for i in s.indikator]
    with_target = [i for i in inds if i.target_tahun(2018) and i.target_tahun(2018).nilai]
    for n, i in enumerate(with_target[:6]):
        store.set_realisasi(i.id, 2018, 4, nilai=i.target_tahun(2018).nilai * D(60 + 9 * n) / 100)
    no_target, zero, text = [i for i in inds if not i.target_tahun(2018)][:3]
    store.set_realisasi(no_target.id, 2018, 2, nilai=D(5))
    store.set_target(zero.id, 2018, D(0))
    store.set_realisasi(zero.id, 2018, 1, nilai=D(3))
    store.update("indikator", text.id, jenis="teks")
    store.set_target(text.id, 2018, None, "Tersedia")
    return no_target, zero, text


def _printed_rows(pdf: bytes, width_fractions, left: float, width: float) -> list[list[str]]:
    """The printed capaian tables read back from the PDF, row by row in reading order: the
    texts of the TARGET, REALISASI, CAPAIAN and KATEGORI columns of each numbered row (by
    where each text is drawn)."""
    from pypdf import PdfReader

    edges = [left]
    for f in width_fractions:
        edges.append(edges[-1] + f * width)
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        chunks = []

        def visit(text, cm, tm, font, size, chunks=chunks):
            if text.strip():
                chunks.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5],
                               text.strip()))

        page.extract_text(visitor_text=visit)
        numbered = sorted((-y, x, t) for x, y, t in chunks if edges[0] <= x < edges[1] and t.isdigit())
        for minus_y, _, _ in numbered:
            cells = ["", "", "", ""]
            for x, y, t in chunks:
                col = next((c for c in range(4, 8) if edges[c] <= x < edges[c + 1]), None)
                if col is not None and abs(y + minus_y) < 2:
                    cells[col - 4] = f"{cells[col - 4]} {t}".strip()
            out.append(cells)
    return out


def test_the_screen_and_the_paper_show_the_same_texts(qtbot, sample_store):
    """The capaian grid of every indicator and the printed capaian report, for the same
    data: the same target, realisasi, capaian and category texts, row by row."""
    from reportlab.lib.units import mm

    from app.models.laporan import data_capaian
    from app.reports import capaian_report
    from app.reports.common import Options
    from app.ui.grids import TargetTableModel

    no_target, zero, text = _with_realisasi(sample_store)
    data = data_capaian(sample_store, 2018, 4)
    out, options = io.BytesIO(), Options()
    capaian_report.build_capaian(out, data, options)
    left = options.margins_mm[0] * mm
    width = options.pagesize[0] - (options.margins_mm[0] + options.margins_mm[1]) * mm
    printed = _printed_rows(out.getvalue(), capaian_report.COLS, left, width)

    model = TargetTableModel(lambda *a: True)
    col = data.periode.tahun.index(2018)
    on_screen = {}
    for r in (r for b in data.bagian for r in b.baris):
        model.set_data(r.indikator, data.periode, data.bands, data.aturan_negatif)
        on_screen[r.indikator.id] = [model.index(row, col).data() for row in range(4)]
    order = [r.indikator.id for b in data.bagian for r in b.baris]
    assert len(printed) == len(order)
    assert [on_screen[i] for i in order] == printed
    # the cases where the two used to differ, and a computed one
    assert on_screen[no_target.id][2] == "n/a" and on_screen[zero.id][2] == "n/a"
    assert on_screen[text.id][0] == "Tersedia"
    assert sum(s[2].endswith("%") for s in on_screen.values()) == 6


def test_dashboard_figures(sample_store):
    no_target, zero, text = _with_realisasi(sample_store)
    bands = sample_store.kategori()
    jabatan = sample_store.jabatan_all(1, 2018)
    r = ringkasan_dasbor(jabatan, 2018, bands, "permenpan", 4)
    inds = [i for j in jabatan for s in j.sasaran for i in s.indikator]
    assert r.jumlah == len(inds) and r.terhitung == 6
    assert sum(r.sebaran.values()) == r.jumlah and r.sebaran["n/a"] == r.jumlah - 6
    assert list(r.sebaran)[:-1] == [b.nama for b in bands]
    # realisasi 60 %, 69 %, ... 105 % of the target (all positive polarity in the sample)
    assert r.rata_rata == D("82.50")
    lacking = {b.indikator_id: b.kurang for b in r.belum_lengkap}
    assert lacking[no_target.id] == "target" and zero.id not in lacking
    assert all(k in ("target", "realisasi", "target dan realisasi") for k in lacking.values())
    assert ringkasan_dasbor(jabatan, 2018, bands, "permenpan", 1).terhitung == 0


def test_average_capaian():
    assert rata_rata([]) is None
    assert rata_rata([D("100.00"), D("50.01")]) == D("75.01")  # 75,005 rounds half up
    assert rata_rata([D("0.00")]) == D("0.00")


def test_chart_category_labels_wrap_instead_of_being_cut(qtbot, sample_store):
    from PySide6.QtCharts import QBarCategoryAxis

    from app.ui import charts

    bands = sample_store.kategori()
    chart = charts.sebaran_chart({b.nama: 1 for b in bands} | {"n/a": 2}, bands, 2018)
    (axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert "Sangat<br>Kurang" in axis.categories() and "Baik" in axis.categories()
