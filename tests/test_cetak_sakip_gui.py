"""Cetak → Rencana aksi… / Pengukuran kinerja… and the «Cetak…» button of the indicator's
rencana aksi tab (app/ui/cetak_sakip.py): the year, quarter and jabatan asked, then the
usual preview built in the background; the PDF (and the Word file) written and read back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from helpers_word import buka, teks_docx
from sakip_contoh import AKSI, KENDALA, POSKAMLING, SOLUSI, TAHUN, indikator, isi_sakip
from tests.helpers_cetak import pdf_pages

TRANTIB = "KASI KETENTRAMAN DAN KETERTIBAN"


def _cetak_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Cetak")


@pytest.fixture
def tangkap(monkeypatch):
    """The ask dialog answered by ``choose`` (its state recorded), the preview not shown modal."""
    from app.ui.cetak_sakip import CetakAksiDialog
    from app.ui.print_preview import PrintPreviewDialog

    asked, opened = [], []

    def answer(choose):
        def exec_(self):
            asked.append((self.dokumen.currentData(), self.tahun.currentData(), self.triwulan.currentData(),
                          self.jabatan.currentData(), self.triwulan.isEnabled()))
            return choose(self)
        monkeypatch.setattr(CetakAksiDialog, "exec", exec_)

    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda self: opened.append(self) or 0)
    return answer, asked, opened


def _simpan(qtbot, dialog, monkeypatch, folder, name) -> str:
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pages > 0, timeout=20000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / name), ""))
    dialog.save_button.click()
    written = (folder / f"{name}.pdf").read_bytes()
    assert written == dialog.content
    return " ".join(" ".join(pdf_pages(written)).split())


def test_pengukuran_from_the_print_menu_one_jabatan(window, qtbot, sample_store, tangkap, monkeypatch, tmp_path):
    isi_sakip(sample_store)
    answer, asked, opened = tangkap

    def choose(d):
        d.tahun.setCurrentIndex(d.tahun.findData(TAHUN))
        d.triwulan.setCurrentIndex(d.triwulan.findData(1))
        d.jabatan.setCurrentIndex(d.jabatan.findData(TRANTIB))
        return QDialog.DialogCode.Accepted

    answer(choose)
    action = next(a for a in _cetak_menu(window).actions() if a.text() == "&Pengukuran kinerja…")
    action.trigger()
    assert asked[0][0] == "pengukuran" and asked[0][3] is None and asked[0][4]  # all jabatan; quarter asked
    (dialog,) = opened
    assert "Pengukuran kinerja" in dialog.windowTitle() and TRANTIB in dialog.windowTitle()
    assert dialog.orientation.currentData() == "landscape"
    folder = tmp_path / "Kantor #2" / "Data Ümi"
    folder.mkdir(parents=True)
    text = _simpan(qtbot, dialog, monkeypatch, folder, "pengukuran")
    assert f"PENGUKURAN KINERJA TRIWULAN I TAHUN {TAHUN} {TRANTIB}" in text
    assert KENDALA in text and SOLUSI in text and "Mengetahui," in text
    assert text.count("PENGUKURAN KINERJA TRIWULAN") == 1  # that jabatan only
    # the preview's Word button: the same document as a .docx
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "pengukuran"), ""))
    dialog.word_button.click()
    qtbot.waitUntil((folder / "pengukuran.docx").exists, timeout=20000)  # built in the background
    word = teks_docx(buka((folder / "pengukuran.docx").read_bytes()))
    assert KENDALA in word and f"PENGUKURAN KINERJA TRIWULAN I TAHUN {TAHUN}" in word


def test_rencana_aksi_from_the_print_menu_every_jabatan(window, qtbot, sample_store, tangkap, monkeypatch, tmp_path):
    isi_sakip(sample_store)
    answer, asked, opened = tangkap
    window.tahun_combo.setCurrentIndex(window.tahun_combo.findData(TAHUN))
    answer(lambda d: QDialog.DialogCode.Accepted)
    window.act_print_aksi.trigger()
    assert asked == [("rencana-aksi", TAHUN, window.tw_combo.currentData(), None, False)]
    text = _simpan(qtbot, opened[0], monkeypatch, tmp_path, "ra")
    names = [j.nama.upper() for j in sample_store.jabatan_all(window.periode.id, realisasi=False)
             if any(s.indikator for s in j.sasaran)]
    assert text.count(f"RENCANA AKSI TAHUN {TAHUN}") == len(names) > 3
    assert all(n in text for n in names) and AKSI in text


def test_print_button_of_the_rencana_aksi_tab(window, qtbot, sample_store, tangkap, monkeypatch, tmp_path):
    isi_sakip(sample_store)
    answer, asked, opened = tangkap
    pos = indikator(sample_store, POSKAMLING)
    window.select_item("indikator", pos.id)
    ed = window.editors["indikator"]
    ed.tabs.setCurrentWidget(ed.aksi)
    tab = ed.aksi
    tab.year.setCurrentIndex(tab.year.findData(TAHUN))
    tab.view.setCurrentIndex(tab.model.index(1, 0))  # TW II

    def choose(d):
        d.dokumen.setCurrentIndex(d.dokumen.findData("pengukuran"))
        assert d.triwulan.isEnabled()
        return QDialog.DialogCode.Accepted

    answer(choose)
    tab.print_button.click()
    assert asked == [("rencana-aksi", TAHUN, 2, TRANTIB, False)]  # the tab's year and quarter, its jabatan
    text = _simpan(qtbot, opened[0], monkeypatch, tmp_path, "tw2")
    assert f"PENGUKURAN KINERJA TRIWULAN II TAHUN {TAHUN} {TRANTIB}" in text
    assert text.count("PENGUKURAN KINERJA TRIWULAN") == 1


def test_cancelled_prints_nothing(window, sample_store, tangkap):
    answer, asked, opened = tangkap
    answer(lambda d: QDialog.DialogCode.Rejected)
    window.act_print_pengukuran.trigger()
    assert len(asked) == 1 and opened == []


def test_the_signing_date_typed_prints_as_typed_and_a_bad_one_is_said(window, qtbot, sample_store, tangkap,
                                                                       monkeypatch, tmp_path):
    isi_sakip(sample_store)
    answer, asked, opened = tangkap
    seen = []

    def choose(d):
        d.tahun.setCurrentIndex(d.tahun.findData(TAHUN))
        d.jabatan.setCurrentIndex(d.jabatan.findData(TRANTIB))
        d.tanggal.setText("31 Pebruari 2021")
        d.accept()  # refused: the dialog says why and stays open
        seen.append((d.result(), d.pesan.isVisible() or not d.pesan.isHidden(), d.pesan.text()))
        d.tanggal.setText("01 Nopember 2021")
        return QDialog.DialogCode.Accepted

    answer(choose)
    action = next(a for a in _cetak_menu(window).actions() if a.text() == "&Pengukuran kinerja…")
    action.trigger()
    assert seen[0][0] != QDialog.DialogCode.Accepted and seen[0][1] and "Tanggal 31 tidak ada" in seen[0][2]
    (dialog,) = opened
    text = _simpan(qtbot, dialog, monkeypatch, tmp_path, "pengukuran")
    assert "Belawang, 01 Nopember 2021" in text
