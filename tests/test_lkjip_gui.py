"""Cetak → LKjIP (Bab III) in the window: the year asked (by default the last year with
realisasi), then the usual preview, built in the background, saved as PDF and read back."""

from decimal import Decimal as D
from io import BytesIO

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.helpers_cetak import pdf_pages


def _cetak_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Cetak")


def test_lkjip_from_the_print_menu(window, qtbot, sample_store, monkeypatch, tmp_path):
    from app.ui.lkjip_dialog import TahunLkjipDialog
    from app.ui.print_preview import PrintPreviewDialog

    ind = next(i for j in sample_store.jabatan_all(window.periode.id, realisasi=False) for s in j.sasaran
               for i in s.indikator if i.nama == "Persentase Desa dengan Administrasi Desa yang Baik")
    sample_store.set_realisasi(ind.id, 2019, 4, D(78))
    sample_store.set_realisasi(ind.id, 2020, 4, D(74))
    asked, opened = [], []

    def choose(self):
        asked.append((self.tahun.currentData(), [self.tahun.itemData(n) for n in range(self.tahun.count())]))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TahunLkjipDialog, "exec", choose)
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda self: opened.append(self) or 0)
    action = next(a for a in _cetak_menu(window).actions() if a.text() == "LKj&IP (Bab III)…")
    action.trigger()
    assert asked == [(2020, [2018, 2019, 2020, 2021, 2022])]  # the last year with realisasi
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert "LKjIP" in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.pages > 0, timeout=20000)
    assert dialog.save_button.isEnabled()
    folder = tmp_path / "Kantor #2" / "Data Ümi"
    folder.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "lkjip"), ""))
    dialog.save_button.click()
    written = (folder / "lkjip.pdf").read_bytes()
    assert written == dialog.content and len(PdfReader(BytesIO(written)).pages) == dialog.pages
    text = " ".join(" ".join(pdf_pages(written)).split())
    assert "BAB III AKUNTABILITAS KINERJA" in text and "TAHUN 2020" in text
    assert "Persentase Desa dengan Administrasi Desa yang Baik % 100 74 74 % Cukup" in text
    assert "78 (78 %)" in text


def test_lkjip_year_not_chosen_prints_nothing(window, monkeypatch):
    from app.ui.lkjip_dialog import TahunLkjipDialog
    from app.ui.print_preview import PrintPreviewDialog

    asked, opened = [], []
    window.tahun_combo.setCurrentIndex(window.tahun_combo.findData(2019))
    monkeypatch.setattr(TahunLkjipDialog, "exec",
                        lambda self: asked.append(self.tahun.currentData()) or QDialog.DialogCode.Rejected)
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda self: opened.append(self) or 0)
    window.act_print_lkjip.trigger()
    assert asked == [2019] and opened == []  # no realisasi yet: the year shown


def test_last_year_with_realisasi(sample_store):
    pid = sample_store.periode_pembuka()
    ind = next(i for j in sample_store.jabatan_all(pid, realisasi=False) for s in j.sasaran for i in s.indikator)
    assert sample_store.tahun_realisasi_terakhir(pid) is None
    sample_store.set_realisasi(ind.id, 2019, 2, D(5))
    sample_store.set_realisasi(ind.id, 2021, 1, pembilang=D(3))  # a numerator alone counts
    sample_store.set_realisasi(ind.id, 2022, 4, catatan="belum diukur")  # a note alone does not
    sample_store.set_realisasi(ind.id, 2030, 4, D(9))  # outside the period
    assert sample_store.tahun_realisasi_terakhir(pid) == 2021
    assert sample_store.tahun_realisasi_terakhir(pid + 999) is None
