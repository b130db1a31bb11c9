"""Print preview: the real PDF pages (QtPdf), built off the GUI thread with a progress bar
and a cancel button; then print through the system dialog, save as PDF, or open in the
default PDF viewer."""

from __future__ import annotations

import logging
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, QSize, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..models.errors import KinerjaError
from ..reports import render
from ..reports.common import BuildCancelled, Options
from .folder import awal, ingat
from .teks import literal, plain

TITLES = {"lampiran": "Lampiran Keputusan Camat", "matriks": "Matriks Indikator Kinerja Eselon IV",
          "capaian": "Laporan capaian", "sk": "Seluruh lampiran SK dan matriks"}
TITLES["lkjip"] = "LKjIP Bab III (Akuntabilitas Kinerja)"


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(bytes, int)
    failed = Signal(str)
    cancelled = Signal()


class _BuildJob(QRunnable):
    """Builds a PDF from data already gathered (no store access in this thread)."""

    def __init__(self, dokumen: str, data, options: Options, signals: _Signals, stop: threading.Event):
        super().__init__()
        self.dokumen, self.data, self.options, self.signals, self.stop = dokumen, data, options, signals, stop

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:
            pass  # the preview was closed while the PDF was being built: nobody is waiting

    def _run(self) -> None:
        try:
            content, pages = render.build_bytes(self.dokumen, self.data, self.options,
                                                progress=lambda d, t: self.signals.progress.emit(d, t),
                                                cancelled=self.stop.is_set)
        except BuildCancelled:
            self.signals.cancelled.emit()
        except KinerjaError as exc:
            self.signals.failed.emit(literal(exc.pesan))
        except Exception as exc:  # a bug: shown in Indonesian, its traceback in the log
            self.signals.failed.emit(build_failure_message(exc))
        else:
            self.signals.done.emit(content, pages)


def build_failure_message(exc: BaseException) -> str:
    """A PDF that could not be built for a reason of ours: the user reads what happened and
    what to do (never the exception's English text); the traceback goes to the log."""
    from .. import logsetup

    path = logsetup.setup_logging()
    logging.getLogger(__name__).error("PDF tidak dapat disusun", exc_info=exc)
    return ("PDF tidak dapat disusun karena kesalahan pada program; data Anda tidak berubah. "
            f"Rinciannya dicatat di {path}. Coba ukuran kertas atau arah lain, lalu laporkan "
            "kejadian ini kepada pengelola aplikasi beserta berkas catatan itu.")


class PrintPreviewDialog(QDialog):
    built = Signal(int)  # pages, when a build has finished and is shown

    def __init__(self, store, dokumen: str, params: dict, parent=None):
        super().__init__(parent)
        self.store, self.dokumen, self.params = store, dokumen, dict(params)
        self.setWindowTitle(self.tr("Pratinjau cetak — {0}").format(TITLES.get(dokumen, dokumen)))
        self.resize(1100, 800)
        self.content: bytes = b""
        self.pages = 0
        self.stop = threading.Event()
        self.signals = _Signals(self)
        self.signals.progress.connect(self._progress)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)

        self.paper = QComboBox()
        self.paper.addItem("A4 (210 × 297 mm)", "a4")
        self.paper.addItem("F4 / Folio (215 × 330 mm)", "f4")
        self.paper.currentIndexChanged.connect(lambda _: self.start())
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Melintang (landscape)"), "landscape")
        self.orientation.addItem(self.tr("Tegak (portrait)"), "portrait")
        self.orientation.currentIndexChanged.connect(lambda _: self.start())
        self.margin = QSpinBox()
        self.margin.setRange(5, 40)
        self.margin.setValue(15)
        self.margin.setSuffix(" mm")
        self.margin.editingFinished.connect(self.start)
        self.images: dict[str, Path | None] = {"ttd": None, "cap": None}
        self.ttd_button = QPushButton(self.tr("Gambar &tanda tangan…"))
        self.cap_button = QPushButton(self.tr("Gambar ca&p…"))
        self.ttd_button.clicked.connect(lambda: self.choose_image("ttd"))
        self.cap_button.clicked.connect(lambda: self.choose_image("cap"))
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("Menyusun halaman… %p%"))
        self.cancel_button = QPushButton(self.tr("&Batalkan"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = plain(QLabel())
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.save_button = QPushButton(self.tr("&Simpan PDF…"))
        self.open_button = QPushButton(self.tr("Buka di &penampil PDF"))
        close = QPushButton(self.tr("&Tutup"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.ask_save)
        self.open_button.clicked.connect(self.open_external)
        close.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self._top_row())
        lay.addWidget(self.view, 1)
        lay.addLayout(self._bottom_row(close))
        self._buffer: QBuffer | None = None
        self._set_ready(False)

    def _top_row(self) -> QHBoxLayout:
        """Paper, orientation, margins, images; the progress and its cancel button."""
        top = QHBoxLayout()
        for label, w in ((self.tr("&Kertas:"), self.paper), (self.tr("&Arah:"), self.orientation),
                         (self.tr("&Margin:"), self.margin)):
            lab = QLabel(label)
            lab.setBuddy(w)
            top.addWidget(lab)
            top.addWidget(w)
        top.addWidget(self.ttd_button)
        top.addWidget(self.cap_button)
        top.addStretch(1)
        self.progress.setMinimumWidth(260)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        return top

    def _bottom_row(self, close: QPushButton) -> QHBoxLayout:
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for b in (self.print_button, self.save_button, self.open_button, close):
            bottom.addWidget(b)
        return bottom

    def options(self) -> Options:
        m = float(self.margin.value())
        return Options(paper=self.paper.currentData(), orientation=self.orientation.currentData(),
                       margins_mm=(m, m, m, m), ttd_gambar=self.images["ttd"], cap_gambar=self.images["cap"])

    def choose_image(self, which: str) -> None:
        """A scanned signature or stamp (PNG with transparency) over the signing space;
        choosing nothing removes it."""
        title = self.tr("Gambar tanda tangan") if which == "ttd" else self.tr("Gambar cap")
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("Gambar PNG (*.png)"))
        self.images[which] = Path(path) if path else None
        self.start()

    def start(self) -> bool:
        """Gather the data (a few queries, on this thread) and build the PDF in the pool."""
        self.stop.set()  # a build still running for older settings is abandoned
        self.stop = threading.Event()
        try:
            data = render.gather(self.store, self.dokumen, **self.params)
        except KinerjaError as exc:
            self._failed(literal(exc.pesan))
            return False
        self._set_ready(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Menyusun PDF…"))
        QThreadPool.globalInstance().start(_BuildJob(self.dokumen, data, self.options(), self.signals, self.stop))
        return True

    def cancel(self) -> None:
        self.stop.set()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _done(self, content: bytes, pages: int) -> None:
        if self.stop.is_set():
            return
        self.content, self.pages = content, pages
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("{0} halaman, {1} KB").format(pages, max(1, len(content) // 1024)))
        self._set_ready(True)
        self.built.emit(pages)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.status.setText(message)
        QMessageBox.warning(self, self.windowTitle(), literal(message))

    def _cancelled(self) -> None:
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Dibatalkan."))

    def _set_ready(self, ready: bool) -> None:
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(ready)

    # ------------------------------------------------------------------ output

    def save_to(self, path: Path) -> None:
        render.write_atomically(Path(path), self.content)

    def ask_save(self) -> None:
        name = f"{self.dokumen}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), awal(self, name), self.tr("Dokumen PDF (*.pdf)"))
        ingat(self, path)
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.save_to(Path(path))
        except KinerjaError as exc:
            QMessageBox.warning(self, self.tr("Simpan PDF"), literal(exc.pesan))
            return
        self.status.setText(self.tr("Disimpan: {0}").format(path))

    def open_external(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="kinerja-"))
        path = folder / f"{self.dokumen}.pdf"
        self.save_to(path)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.windowTitle(),
                                    literal(self.tr("Tidak ada penampil PDF yang terpasang. Berkasnya ada di:\n{0}").format(path)))

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print the real pages: through the system dialog, or to ``printer`` (tests)."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        return render_to_printer(self.document, printer)


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> bool:
    """Draw each page of ``document`` as an image at the printer's resolution."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), 300)
        first = True
        for n in range(document.pageCount()):
            size_pt = document.pagePointSize(n)
            size = QSize(int(size_pt.width() * dpi / 72), int(size_pt.height() * dpi / 72))
            image: QImage = document.render(n, size)
            if not first:
                printer.newPage()
            first = False
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                                                    Qt.TransformationMode.SmoothTransformation))
    finally:
        painter.end()
    return True
