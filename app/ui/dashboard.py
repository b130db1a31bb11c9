"""The kecamatan dashboard: indicators per category band for the chosen year and the list
of those lacking targets or realisasi, computed in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..models import display
from ..models.capaian import RingkasanDasbor, ringkasan_dasbor
from ..models.kinds import Jenis
from .background import Background
from .commands import Document
from .editor_base import ChartSlot, EditorBase, _title
from .teks import plain


def hitung_ringkasan(store, periode_id: int, tahun: int, triwulan: int, bands, aturan: str) -> RingkasanDasbor:
    """The dashboard's figures (:func:`app.models.capaian.ringkasan_dasbor`), read in the
    background thread."""
    return ringkasan_dasbor(store.jabatan_all(periode_id, tahun), tahun, bands, aturan, triwulan,
                            store.target_triwulan(tahun))


class DashboardView(EditorBase):
    """The kecamatan at a glance for the chosen year: indicators per band, and the list of
    those that lack targets or realisasi. Computed in the background on a big file."""

    kind = Jenis.RINGKASAN
    item_selected = Signal(str, int)
    updated = Signal()

    def __init__(self, doc: Document, parent=None):
        super().__init__(doc, parent)
        self.background = Background(doc.store.path, None, self)
        self.background.ready.connect(self._show_result)
        self.background.failed.connect(lambda msg: self.summary.setText(self.tr("Ringkasan gagal dihitung: {0}").format(msg)))
        self.distribution: dict[str, int] = {}
        self._first = True
        self.title = _title()
        self.summary = plain(QLabel())  # may carry a message naming the user's data
        self.summary.setWordWrap(True)
        self.chart = ChartSlot()
        self.missing = QListWidget()
        self.missing.itemActivated.connect(self._activate)
        self.missing.itemDoubleClicked.connect(self._activate)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        box = QWidget()
        b = QVBoxLayout(box)
        b.setContentsMargins(0, 0, 0, 0)
        lab = QLabel(self.tr("Indikator yang &belum lengkap (klik dua kali untuk membuka):"))
        lab.setBuddy(self.missing)
        b.addWidget(lab)
        b.addWidget(self.missing)
        split.addWidget(box)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)

    def _activate(self, item: QListWidgetItem) -> None:
        self.item_selected.emit(Jenis.INDIKATOR, item.data(Qt.ItemDataRole.UserRole))

    def reload(self) -> None:
        ctx = self.ctx
        k = self.store.kecamatan()
        self.title.setText(self.tr("Ringkasan Kecamatan {0} — {1} s.d. TW {2}").format(
            k.nama, ctx.tahun, display.romawi_triwulan(ctx.triwulan)))
        self.summary.setText(self.tr("Menghitung…"))
        args = (ctx.periode.id, ctx.tahun, ctx.triwulan, ctx.bands, ctx.aturan)
        job = (lambda store: hitung_ringkasan(store, *args))
        if self._first:  # the very first one waits for the window's first paint
            self._first = False
            QTimer.singleShot(150, self, lambda: self.background.request(job))
        else:
            self.background.request(job)

    def _show_result(self, r: RingkasanDasbor) -> None:
        ctx = self.ctx
        self.distribution = r.sebaran
        self.missing.clear()
        for b in r.belum_lengkap:
            text = self.tr("{0} ({1}): belum ada {2}").format(b.nama or self.tr("(tanpa nama)"), b.jabatan, b.kurang)
            item = QListWidgetItem(text, self.missing)
            item.setData(Qt.ItemDataRole.UserRole, b.indikator_id)
        avg = display.teks_rata_rata(r.rata_rata)
        self.summary.setText(self.tr("{0} indikator; {1} dengan capaian terhitung (rata-rata {2}); {3} belum lengkap.")
                             .format(r.jumlah, r.terhitung, avg, len(r.belum_lengkap)))
        self.chart.show_chart(lambda charts: charts.sebaran_chart(r.sebaran, ctx.bands, ctx.tahun))
        self.updated.emit()
