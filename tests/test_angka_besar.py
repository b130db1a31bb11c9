"""Issue 10, finding 7: a value beyond the documented range, stored by an older version or
put in the file with sqlite3, never crashes a computation, a document, a grid or a chart."""

import sqlite3
import subprocess
import sys
import textwrap
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app.cli import main
from app.models.capaian import hitung
from app.models.rules import format_angka
from app.models.store import Store

JABATAN = "KASI PEMBERDAYAAN MASYARAKAT"  # four indicators in the sample, targets for 2018
HUGE_28 = "1234567890123456789012345678"
ROOT = Path(__file__).resolve().parents[1]


def _indicators(path: Path) -> list[int]:
    with Store.open(path) as store:
        j = next(j for j in store.jabatan_all(1) if j.nama == JABATAN)
        return [i.id for s in j.sasaran for i in s.indikator]


@pytest.fixture
def huge_path(sample_path) -> Path:
    """The sample with huge values written by sqlite3 behind the app's back: 28 digits, 1e30
    (a REAL), a negative 28-digit value, 34 decimals, numerator/denominator, NaN, 10^999999999."""
    a, b, c, d = _indicators(sample_path)
    con = sqlite3.connect(sample_path)
    rows = [(a, 1, HUGE_28, None, None), (b, 1, "-9999999999999999999999999999", None, None), (b, 2, "5", None, None),
            (c, 1, None, "1e30", "0.0000000000000000000000000001"), (d, 1, "NaN", None, None),
            (d, 2, "33", None, None)]
    con.executemany("INSERT INTO realisasi (indikator_id, tahun, triwulan, nilai, pembilang, penyebut, catatan) "
                    "VALUES (?, 2018, ?, ?, ?, ?, '')", rows)
    con.execute("UPDATE target SET nilai = ? WHERE indikator_id = ? AND tahun = 2018", (1e30, b))
    con.execute("UPDATE target SET nilai = '0.1234567890123456789012345678901234' WHERE indikator_id = ? AND tahun = 2018", (d,))
    con.execute("UPDATE target SET nilai = '1e999999999' WHERE indikator_id = ? AND tahun = 2019", (a,))
    con.commit()
    con.close()
    return sample_path


def test_capaian_of_huge_stored_values_is_na_not_an_error(huge_path):
    a, b, c, d = _indicators(huge_path)
    with Store.open(huge_path) as store:
        bands = store.kategori()
        results = {i: hitung(store.indikator(i), 2018, bands) for i in (a, b, c, d)}
        assert hitung(store.indikator(a), 2019, bands).capaian is None
    assert results[a].realisasi == D(HUGE_28) and results[a].capaian is None and results[a].band is None
    assert results[b].target == D("1e30") and results[b].capaian is None
    assert results[c].realisasi is None  # a numerator beyond the range: n/a
    assert results[d].realisasi == 33 and results[d].capaian == D("26730.00")  # 34 decimals: still computed
    for r in results.values():
        for value in (r.target, r.realisasi):
            assert len(format_angka(value)) < 20


def test_print_capaian_with_huge_values_gives_a_sane_pdf(huge_path, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "capaian.pdf"
    assert main(["--db", str(huge_path), "print", "capaian", "--tahun", "2018", "--out", str(out)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "1,23 × 10²⁷" in text and "1 × 10³⁰" in text  # realisasi and target as stored
    assert HUGE_28 not in text.replace(".", "")


@pytest.fixture
def huge_window(qtbot, huge_path, tmp_path):
    from app.ui.main_window import MainWindow

    store = Store.open(huge_path)
    w = MainWindow(store, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    yield w
    w.close()
    store.close()


def test_target_tab_shows_huge_values_without_an_error(huge_window, qtbot, huge_path):
    a, b, _, _ = _indicators(huge_path)
    with qtbot.capture_exceptions() as errors:
        huge_window.select_item("indikator", a)
        ed = huge_window.editors["indikator"]
        ed.tabs.setCurrentIndex(2)
        model = ed.target_model
        shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
        huge_window.grab()  # paints every cell
        huge_window.select_item("indikator", b)
        rm = ed.realisasi_model
        quarters = [rm.index(r, c).data() for r in range(rm.rowCount()) for c in range(rm.columnCount())]
        huge_window.grab()
    assert errors == []
    assert shown[model.ROW_REALISASI][0] == "1,23 × 10²⁷" and shown[model.ROW_CAPAIAN][0] == "n/a"
    assert shown[model.ROW_TARGET][1] == "1 × 10⁹⁹⁹⁹⁹⁹⁹⁹⁹"
    assert "-1 × 10²⁸" in quarters
    # the huge value, committed unchanged from its cell, is refused with the range; a correct one stored
    huge_window.select_item("indikator", a)
    cell = model.index(model.ROW_TARGET, 1)
    assert not model.setData(cell, cell.data())
    assert "di luar batas" in ed.message.text()
    assert model.setData(cell, "Rp 1.004.422.800")
    with Store.open(huge_path, read_only=True) as store:
        assert store.indikator(a).target_tahun(2019).nilai == D("1004422800")
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


CHARTS = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from app.models.store import Store
    from app.ui.main_window import MainWindow

    app = QApplication([])
    errors = []
    sys.excepthook = lambda *exc: errors.append(exc[1])  # where the crash handler would be called
    store = Store.open(sys.argv[1])
    w = MainWindow(store, QSettings(sys.argv[2], QSettings.Format.IniFormat))
    w.show()
    w.select_item("jabatan", int(sys.argv[3]))
    w.editors["jabatan"].tabs.setCurrentIndex(1)
    bars = w.editors["jabatan"].chart.chart().series()[0].barSets()
    w.grab()
    for ind in sys.argv[4:]:
        w.select_item("indikator", int(ind))
        w.editors["indikator"].tabs.setCurrentIndex(3)
        w.grab()
    app.processEvents()
    print("bars", len(bars), "errors", len(errors), [repr(e) for e in errors])
    w.close()
    store.close()
""")


def test_charts_of_huge_values_neither_crash_nor_raise(huge_path, tmp_path):
    """A subprocess: the old code died here with SIGSEGV, which would take pytest with it."""
    with Store.open(huge_path) as store:
        jabatan = next(j for j in store.jabatan_all(1) if j.nama == JABATAN).id
    env = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "KINERJA_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-c", CHARTS, str(huge_path), str(tmp_path / "ui.ini"), str(jabatan),
                           *map(str, _indicators(huge_path))], capture_output=True, text=True, timeout=120, env=env,
                          cwd=tmp_path)
    assert proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr[-2000:]}"  # the old code: -11 (SIGSEGV)
    assert "errors 0 []" in proc.stdout, proc.stdout + proc.stderr[-2000:]


def test_text_that_is_no_number_reads_as_na_and_prints(sample_path, tmp_path):
    """A cell holding text ('abc', put there by another program) reads as NaN: the capaian is
    n/a and every document prints."""
    a = _indicators(sample_path)[0]
    con = sqlite3.connect(sample_path)
    con.execute("INSERT INTO realisasi (indikator_id, tahun, triwulan, nilai, catatan) VALUES (?, 2018, 1, 'abc', '')",
                (a,))
    con.execute("UPDATE target SET nilai = 'sembilan puluh' WHERE indikator_id = ? AND tahun = 2018", (a,))
    con.commit()
    con.close()
    for doc, extra in (("capaian", ["--tahun", "2018"]), ("lampiran", []), ("matriks", [])):
        assert main(["print", doc, "--db", str(sample_path), "--out", str(tmp_path / f"{doc}.pdf"), *extra]) == 0
    assert main(["check", "--db", str(sample_path)]) == 0
    with Store.open(sample_path) as store:
        from app.models.quality import periksa

        assert any(w.kode == "angka_tak_wajar" for w in periksa(store))
