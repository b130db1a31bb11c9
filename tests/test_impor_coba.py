"""The trial of issue 12, as a new kecamatan would: its own Word annex laid out otherwise than
Belawang's (tests/impor_contoh.py, lima_kolom_docx) imported in the window (Berkas → Impor
dokumen…), one indicator name and one target corrected in the editors, the whole decree
printed; the database and the PDF checked."""

from __future__ import annotations

import sqlite3
from decimal import Decimal as D

import pytest
from PySide6.QtWidgets import QDialog
from pypdf import PdfReader

from app.models.store import Store
from app.reports import render
from app.ui import impor_dialog
from app.ui.impor_dialog import ImporDialog
from tests.impor_contoh import lima_kolom_docx


@pytest.fixture
def window(qtbot, tmp_path, settings):
    from app.ui.main_window import MainWindow

    store = Store.create(tmp_path / "sungai_raya.db")
    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    store.close()


def _indikator(path, nama) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id FROM indikator WHERE nama = ?", (nama,)).fetchone()[0]
    finally:
        con.close()


def test_new_kecamatan_imports_corrects_and_prints(window, qtbot, tmp_path, monkeypatch):
    source = lima_kolom_docx(tmp_path / "iku_sungai_raya.docx")
    previews = []

    def accept(dialog):
        previews.append((dialog.pieces.item(0).text(), dialog.warning.isVisibleTo(dialog)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImporDialog, "exec", accept)
    impor_dialog.import_file(window, str(source)).wait()
    qtbot.waitUntil(lambda: window.undo_stack.canUndo(), timeout=10000)
    assert previews == [("(tidak ada)", False)]
    store, pid = window.store, window.periode.id
    assert window.periode_combo.currentText() == "2024-2026"

    ind_id = _indikator(tmp_path / "sungai_raya.db", "Jumlah BUMDes aktif")
    window.select_item("indikator", ind_id)
    ed = window.editors["indikator"]
    nama = ed.fields["nama"]
    nama.setFocus()
    nama.selectAll()
    qtbot.keyClicks(nama, "Jumlah BUMDes yang aktif usahanya")
    window.tree.setFocus()  # leaving the field commits it
    qtbot.waitUntil(lambda: store.indikator(ind_id).nama == "Jumlah BUMDes yang aktif usahanya")
    ed.target_model.setData(ed.target_model.index(0, 1), "11")  # 2025: 10 -> 11
    assert store.indikator(ind_id).target_tahun(2025).nilai == D(11)

    out = tmp_path / "sk_sungai_raya.pdf"
    render.print_to_file(store, "sk", out, render.Options(), periode_id=pid)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    for expected in ("LAMPIRAN II KEPUTUSAN CAMAT SUNGAI RAYA", "INDIKATOR KINERJA UTAMA (IKU)",
                     "SASARAN STRATEGIS", "PENANGGUNG JAWAB", "a) Pembinaan lembaga kemasyarakatan;",
                     "• BUMDes yang melapor", "Jumlah BUMDes yang aktif usahanya", "Sungai Raya, 2 Januari 2024",
                     "H. BAHRUN NAJIB, S.Sos", "MATRIKS INDIKATOR KINERJA", "30,5"):
        assert expected in text, expected
    assert "SUMBER DATA" in text  # the matrix's column; the annex has none
    assert "➢" not in text and "a. Pembinaan" not in text and "Jumlah BUMDes aktif" not in text
