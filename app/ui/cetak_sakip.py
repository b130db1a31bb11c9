"""Cetak → Rencana aksi… / Pengukuran kinerja…, and the «Cetak…» button of the indicator's
rencana aksi tab: the year, the quarter (for the measurement) and the jabatan (or every
jabatan) asked first, then the window's usual print preview (:mod:`app.ui.window_printing`),
built in the background and saved as PDF or Word."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ..models import display
from ..models.errors import InputTidakValid
from .teks import plain

DOKUMEN = ("rencana-aksi", "pengukuran")


class CetakAksiDialog(QDialog):
    """What to print: the document, the year, the quarter (the measurement only), the
    jabatan or every jabatan (``None``)."""

    def __init__(self, periode, jabatan: list[str], dokumen: str, tahun: int | None, triwulan: int | None,
                 pilihan: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak rencana aksi / pengukuran kinerja"))
        self.dokumen = QComboBox()
        self.dokumen.addItem(self.tr("Rencana aksi satu tahun"), "rencana-aksi")
        self.dokumen.addItem(self.tr("Pengukuran kinerja satu triwulan"), "pengukuran")
        self.tahun = _combo([(str(y), y) for y in periode.tahun], tahun)
        self.triwulan = _combo([(display.nama_triwulan(q), q) for q in (1, 2, 3, 4)], triwulan or 4)
        self.jabatan = _combo([(self.tr("Semua jabatan (masing-masing dari halaman baru)"), None)]
                              + [(n, n) for n in jabatan], pilihan)
        self.dokumen.currentIndexChanged.connect(self._dokumen_changed)
        self.dokumen.setCurrentIndex(max(0, self.dokumen.findData(dokumen)))
        self._dokumen_changed()
        form = QFormLayout(self)
        form.addRow(plain(QLabel(self.tr("Periode {0}: rencana aksi (target, aksi dan anggaran per triwulan) atau "
                                         "pengukuran kinerja (realisasi, capaian, kendala, solusi) per jabatan.")
                                 .format(periode.nama))))
        form.addRow(self.tr("&Dokumen:"), self.dokumen)
        form.addRow(self.tr("&Tahun:"), self.tahun)
        form.addRow(self.tr("T&riwulan:"), self.triwulan)
        form.addRow(self.tr("&Jabatan:"), self.jabatan)
        self.tanggal = QLineEdit()
        self.tanggal.setPlaceholderText(self.tr("kosong: hari ini; untuk tahun/triwulan yang sudah lewat, tanggal "
                                                "dikosongkan untuk diisi tangan"))
        self.tanggal.setToolTip(self.tr("Tanggal di atas tanda tangan, mis. 01 Nopember 2021 (nama bulan dicetak "
                                        "seperti diketik)."))
        form.addRow(self.tr("Ta&nggal tanda tangan:"), self.tanggal)
        self.pesan = plain(QLabel())
        self.pesan.setStyleSheet("color: #b00020")
        self.pesan.setWordWrap(True)
        self.pesan.hide()
        form.addRow(self.pesan)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _dokumen_changed(self) -> None:
        self.triwulan.setEnabled(self.dokumen.currentData() == "pengukuran")

    def _tanggal(self):
        """The signing date typed (its spelling kept), or None; InputTidakValid when unreadable."""
        from ..models.tanggal import baca_tanggal

        text = self.tanggal.text().strip()
        return baca_tanggal(text) if text else None

    def accept(self) -> None:
        try:
            self._tanggal()
        except InputTidakValid as exc:  # said in the dialog, which stays open with what was typed
            self.pesan.setText(exc.pesan)
            self.pesan.show()
            self.tanggal.setFocus()
            return
        super().accept()

    def params(self) -> tuple[str, dict]:
        """The document and its parameters for :func:`app.reports.render.gather`."""
        dokumen = self.dokumen.currentData()
        params = {"tahun": self.tahun.currentData(), "jabatan": self.jabatan.currentData()}
        if dokumen == "pengukuran":
            params["triwulan"] = self.triwulan.currentData()
        tanggal = self._tanggal()
        if tanggal is not None:
            params["tanggal"] = tanggal
        return dokumen, params


def _combo(items: list[tuple[str, object]], chosen) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


def _jabatan(window) -> tuple[list[str], str | None]:
    """The jabatan that have indicators in the period shown, and the one of the item shown."""
    semua = window.store.jabatan_all(window.periode.id, realisasi=False)
    names = [j.nama for j in semua if any(s.indikator for s in j.sasaran)]
    current = window.structure.current_jabatan_id()
    shown = next((j.nama for j in semua if j.id == current), None)
    return names, shown if shown in names else None


def tanya_dan_cetak(window, dokumen: str, tahun: int | None = None, triwulan: int | None = None,
                    jabatan: str | None = "") -> object | None:
    """Ask what to print (``jabatan`` "" = the jabatan of the item shown), then open the
    preview; None when the user cancels or nothing can be printed."""
    names, shown = _jabatan(window)
    dialog = CetakAksiDialog(window.periode, names, dokumen, tahun or window.tahun_combo.currentData(),
                             triwulan or window.tw_combo.currentData(), shown if jabatan == "" else jabatan, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    dokumen, params = dialog.params()
    preview = window.printing.open_print(dokumen, params, modal=False)
    if preview is None:
        return None
    title = dialog.dokumen.currentText() if params["jabatan"] is None else f"{dialog.dokumen.currentText()} — {params['jabatan']}"
    preview.setWindowTitle(dialog.tr("Pratinjau cetak — {0}").format(title))
    preview.exec()
    return preview
