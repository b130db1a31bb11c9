"""The period's matrix format, edited beside the period's matrix fields (issue 12): title
lines, the printed columns with their headings and order, the place-and-date line, the
signer under the matrix or none — with a live preview of the matrix's first page.

Every edit is one undoable command (``SetFieldCommand`` of the period's ``matriks_format``):
the store checks the whole format (app.models.format_matriks) and refuses a bad one with an
Indonesian message; the widgets then show what is stored again."""

from __future__ import annotations

import dataclasses
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models.format_matriks import (
    MATRIKS_BAKU,
    JUDUL_KOLOM_BAKU,
    KOLOM_MATRIKS,
    NAMA_KOLOM_MATRIKS,
    FormatMatriks,
    KolomMatriks,
    matriks_dari_json,
)
from ..models.errors import KinerjaError
from ..models.kinds import Jenis
from .commands import Document, SetFieldCommand
from .editor_base import _form
from .fields import LineField, TextField
from .format_editor import move_row, pratinjau_di_samping, tampilkan_halaman


class FormatMatriksEditor(QGroupBox):
    """The matrix format of one period; :meth:`load` it with the period (None: none)."""

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(self.tr("Bentuk matriks"), parent)
        self.doc = doc
        self.periode_id: int | None = None
        self.format: FormatMatriks = MATRIKS_BAKU
        self.judul = TextField(lambda v: self._set(judul=tuple(x for x in v.splitlines() if x.strip())), 3)
        self.tempat_tanggal = LineField(lambda v: self._set(tempat_tanggal=v))
        self.tanda_tangan = QCheckBox(self.tr("Cetak tanda tangan di bawah matriks"))
        self.tanda_tangan.clicked.connect(lambda on: self._set(tanda_tangan=on))
        self.baku = QPushButton(self.tr("Kembalikan ke bentuk &baku"))
        self.baku.clicked.connect(lambda: self._set(**{f.name: getattr(MATRIKS_BAKU, f.name)
                                                      for f in dataclasses.fields(FormatMatriks)}))
        form = _form()
        form.addRow(self.tr("Baris judul matriks (satu per baris):"), self.judul)
        form.addRow(self.tr("Tempat dan tanggal di atas tanda tangan:"), self.tempat_tanggal)
        form.addRow("", self.tanda_tangan)
        hint = QLabel(self.tr("Penanda: {judul} {tahun} {tahun_awal} {tahun_akhir} {kecamatan} {KECAMATAN} "
                              "{kabupaten} {KABUPATEN} {tempat} {tanggal}"))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.kolom = QTableWidget(len(KOLOM_MATRIKS), 2)
        self.kolom.setHorizontalHeaderLabels([self.tr("Kolom matriks"), self.tr("Judul yang dicetak")])
        self.kolom.horizontalHeader().setStretchLastSection(True)
        self.kolom.horizontalHeader().resizeSection(0, self.fontMetrics().horizontalAdvance("M") * 13)
        self.kolom.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.kolom.itemChanged.connect(lambda _: self._set(kolom=self._columns_from_table()))
        up, down = QPushButton(self.tr("Naikkan kolom")), QPushButton(self.tr("Turunkan kolom"))
        up.clicked.connect(lambda: self.move_column(-1))
        down.clicked.connect(lambda: self.move_column(1))
        buttons = QHBoxLayout()
        for b in (up, down, self.baku):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.kolom)
        left.addLayout(buttons)
        pratinjau_di_samping(self, left, self.tr("Pratinjau halaman pertama matriks"))

    def load(self, periode) -> None:
        """Show the stored format of ``periode`` (a PeriodeData, or None)."""
        self.periode_id = periode.id if periode is not None else None
        self.setEnabled(periode is not None)
        self.format = matriks_dari_json(periode.matriks_format if periode is not None else "")
        self.judul.set_value("\n".join(self.format.judul))
        self.tempat_tanggal.set_value(self.format.tempat_tanggal)
        self.tanda_tangan.setChecked(self.format.tanda_tangan)
        shown = {k.kunci: k for k in self.format.kolom}
        order = [k.kunci for k in self.format.kolom] + [k for k in KOLOM_MATRIKS if k not in shown]
        self.kolom.blockSignals(True)
        for row, key in enumerate(order):
            name = QTableWidgetItem(NAMA_KOLOM_MATRIKS[key])
            name.setData(Qt.ItemDataRole.UserRole, key)
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setCheckState(Qt.CheckState.Checked if key in shown else Qt.CheckState.Unchecked)
            self.kolom.setItem(row, 0, name)
            self.kolom.setItem(row, 1, QTableWidgetItem(shown[key].judul if key in shown else ""))
        self.kolom.blockSignals(False)
        self.timer.start()

    def _set(self, **changes) -> bool:
        if self.periode_id is None:
            return False
        fmt = dataclasses.replace(self.format, **changes)
        if fmt == self.format:
            return True
        done = self.doc.run(SetFieldCommand(self.doc, Jenis.PERIODE, self.periode_id, {"matriks_format": fmt}))
        if done:
            self.format = fmt
        self.load(self.doc.store.periode(self.periode_id))
        return done

    def _columns_from_table(self) -> tuple[KolomMatriks, ...]:
        cols = []
        for row in range(self.kolom.rowCount()):
            name, heading = self.kolom.item(row, 0), self.kolom.item(row, 1)
            if name.checkState() == Qt.CheckState.Checked:
                key = name.data(Qt.ItemDataRole.UserRole)
                cols.append(KolomMatriks(key, heading.text() or JUDUL_KOLOM_BAKU[key]))
        return tuple(cols)

    def move_column(self, step: int) -> None:
        """Move the selected column up (-1) or down (+1) in the printed order."""
        if move_row(self.kolom, step):
            self._set(kolom=self._columns_from_table())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.periode_id is not None:
            self.timer.start()

    def draw_preview(self) -> None:
        """The matrix's first page as it prints now (only while shown)."""
        if self.periode_id is None or not self.isVisible():
            return
        try:
            pdf = preview_matriks_pdf(self.doc.store, self.periode_id)
        except KinerjaError as exc:
            self.preview.setText(exc.pesan)
            return
        if pdf is None:
            self.preview.setText(self.tr("Belum ada indikator di matriks untuk dipratinjau."))
            return
        tampilkan_halaman(self.preview, pdf)
        self.preview_count += 1


def preview_matriks_pdf(store, periode_id: int) -> bytes | None:
    """The PDF of the period's matrix (its first page is shown), or None when it has no rows."""
    from ..models.laporan import data_matriks
    from ..reports.matriks import build_matriks

    data = data_matriks(store, periode_id)
    if not data.baris:
        return None
    buf = io.BytesIO()
    build_matriks(buf, data)
    return buf.getvalue()
