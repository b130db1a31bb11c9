"""Printing from the window: real pages in the preview, built in the background."""

from io import BytesIO

from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication


def test_lampiran_preview_shows_the_real_pages(window, qtbot, tmp_path):
    dialog = window.open_print("lampiran", {}, modal=False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.built, timeout=20000) as got:
        pass
    pages = got.args[0]
    assert pages == 12 and dialog.document.pageCount() == 12
    assert dialog.save_button.isEnabled()
    out = tmp_path / "lampiran.pdf"
    dialog.save_to(out)
    reader = PdfReader(str(out))
    assert len(reader.pages) == 12
    assert "KASI PEMERINTAHAN" in reader.pages[0].extract_text()
    # print through a printer (here: Qt's own PDF printer) — every page goes out
    printed = tmp_path / "dicetak.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert dialog.print_document(printer)
    assert len(PdfReader(str(printed)).pages) == 12


def test_paper_change_rebuilds_on_f4(window, qtbot):
    dialog = window.open_print("matriks", {}, modal=False)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.built, timeout=20000).wait()
    with qtbot.waitSignal(dialog.built, timeout=20000):
        dialog.paper.setCurrentIndex(dialog.paper.findData("f4"))
    page = PdfReader(BytesIO(dialog.content)).pages[0]
    assert round(float(page.mediabox.width) * 25.4 / 72) == 330


def test_cancel_leaves_nothing(window, qtbot, monkeypatch):
    """The build is held at its start until the cancel is pressed: a cancel that does
    nothing lets the PDF be built (and the test fail), however fast the machine."""
    import threading

    from app.reports import render

    gate = threading.Event()
    real = render.build_bytes
    monkeypatch.setattr(render, "build_bytes", lambda *a, **k: gate.wait(10) and real(*a, **k))
    dialog = window.open_print("capaian", {"tahun": 2018, "triwulan": 4}, modal=False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.signals.cancelled], timeout=10000):
        dialog.cancel()
        gate.set()
    assert QThreadPool.globalInstance().waitForDone(10000)
    QApplication.processEvents()  # a build that went on anyway would deliver its pages now
    assert dialog.content == b"" and dialog.pages == 0 and not dialog.save_button.isEnabled()
    assert dialog.status.text() == "Dibatalkan." and not dialog.cancel_button.isEnabled()


def test_print_selected_jabatan(window, qtbot, sample_store, monkeypatch):
    from app.ui.print_preview import PrintPreviewDialog

    opened = []
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda self: opened.append(self) or 0)
    j = next(j for j in sample_store.jabatan_all(1) if j.nama == "Sekretaris Kecamatan")
    window.select_item("jabatan", j.id)
    window.act_print_one.trigger()
    dialog = opened[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pages > 0, timeout=20000)
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(dialog.content)).pages)
    assert "Sekretaris Kecamatan" in text and "KASI PEMERINTAHAN" not in text


def test_margins_and_scanned_images_from_the_preview(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from tests.helpers import png_rgba

    png = tmp_path / "ttd.png"
    png.write_bytes(png_rgba())
    dialog = window.open_print("lampiran", {"jabatan": "KASI PEMERINTAHAN"}, modal=False)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.built, timeout=20000).wait()
    assert not [i for p in PdfReader(BytesIO(dialog.content)).pages for i in p.images]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(png), ""))
    with qtbot.waitSignal(dialog.built, timeout=20000):
        dialog.ttd_button.click()
    assert len([i for p in PdfReader(BytesIO(dialog.content)).pages for i in p.images]) == 1
    assert dialog.options().margins_mm == (15, 15, 15, 15)


def test_a_failed_build_is_told_in_indonesian(window, qtbot, monkeypatch):
    from reportlab.platypus.doctemplate import LayoutError
    from PySide6.QtWidgets import QMessageBox

    from app.reports import render

    def broken(*a, **k):
        raise LayoutError("Flowable <Table@0x7F> with cell(0,0) containing 'NO' too large on page 2 in frame 'normal'")

    shown = []
    monkeypatch.setattr(render, "build_bytes", broken)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    dialog = window.open_print("lampiran", {}, modal=False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    message = shown[0]
    assert message == dialog.status.text()
    assert "PDF tidak dapat disusun" in message and "data Anda tidak berubah" in message
    for english in ("LayoutError", "Flowable", "too large", "frame", "Error"):
        assert english not in message
    assert not dialog.save_button.isEnabled()
