"""The decree's document format, edited beside the decree (issue 12): a preset chooser, the
title and header lines, the table's columns (printed or not, heading, order), the
numbering of fungsi, the place-and-date and note lines — and a live preview of the first
page of the lampiran, drawn again shortly after each edit.

Every edit is one undoable command (``SetFieldCommand`` of the decree's ``format`` field):
the store checks the whole format (app.models.format_dokumen) and refuses a bad one with
an Indonesian message; nothing is kept on the widgets that the store did not take."""

from __future__ import annotations

import dataclasses
import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models.format_dokumen import (BUTIR, KOLOM, LEBAR_BAKU, NAMA_KOLOM, PENOMORAN, PRESET, FormatDokumen, Kolom,
                                     nama_preset)
from ..models.errors import KinerjaError
from ..models.kinds import Jenis
from .commands import Document, SetFieldCommand
from .editor_base import _form
from .fields import LineField, TextField

SENDIRI = "(susunan sendiri)"
PREVIEW_DELAY_MS = 300


class FormatEditor(QGroupBox):
    """The format of one decree; :meth:`load` it with the decree (None: no decree)."""

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(self.tr("Bentuk dokumen lampiran"), parent)
        self.doc = doc
        self.keputusan = None  # KeputusanData
        self.periode_id: int | None = None
        self.preset = QComboBox()
        self.preset.addItems([*PRESET, SENDIRI])
        self.preset.activated.connect(self._preset_chosen)
        self.judul = TextField(lambda v: self._set(judul=tuple(x for x in v.splitlines() if x.strip())), 3)
        # one line or more ("LAMPIRAN" over "KEPUTUSAN CAMAT …"), printed as typed
        self.kepala = TextField(lambda v: self._set(kepala="\n".join(x.strip() for x in v.splitlines() if x.strip())), 2)
        self.kepala_baris = TextField(self._set_kepala_baris, 2)
        self.penomoran = QComboBox()
        for key, label in PENOMORAN.items():
            self.penomoran.addItem(label, key)
        self.penomoran.activated.connect(lambda _: self._set(penomoran_fungsi=self.penomoran.currentData()))
        self.butir = QComboBox()
        for key, label in BUTIR.items():
            self.butir.addItem(label, key)
        self.butir.activated.connect(lambda _: self._set(butir_penjelasan=self.butir.currentData()))
        self.identitas = QCheckBox(self.tr("Cetak JABATAN, TUGAS dan FUNGSI"))
        self.identitas.clicked.connect(lambda on: self._set(identitas=on))
        self.pemegang = QCheckBox(self.tr("Cetak NAMA pemegang jabatan (IKI)"))
        self.pemegang.clicked.connect(lambda on: self._set(pemegang=on))
        self.tempat_tanggal = LineField(lambda v: self._set(tempat_tanggal=v))
        self.catatan = LineField(lambda v: self._set(catatan=v))
        form = _form()
        form.addRow(self.tr("B&entuk baku:"), self.preset)
        form.addRow(self.tr("Baris judu&l (satu per baris):"), self.judul)
        form.addRow(self.tr("&Kepala lampiran (satu baris atau lebih):"), self.kepala)
        form.addRow(self.tr("Baris kepala (Label | isian):"), self.kepala_baris)
        form.addRow(self.tr("Penomoran &fungsi:"), self.penomoran)
        form.addRow(self.tr("B&utir penjelasan:"), self.butir)
        form.addRow("", self.identitas)
        form.addRow("", self.pemegang)
        form.addRow(self.tr("Tempat dan tanggal di atas tanda tangan:"), self.tempat_tanggal)
        form.addRow(self.tr("Catatan di bawah tabel:"), self.catatan)
        hint = QLabel(self.tr("Penanda: {nomor} {tahun} {tanggal} {lampiran} {sebutan} {tempat} {kecamatan} "
                              "{KECAMATAN} {kabupaten} {KABUPATEN} {jabatan} {JABATAN} {pemegang}"))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        form.addRow("", hint)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Kolom tabel (centang yang dicetak; judul dapat diubah):")))
        left.addWidget(self._columns_box())
        pratinjau_di_samping(self, left, self.tr("Pratinjau halaman pertama"))

    def _columns_box(self) -> QWidget:
        self.kolom = QTableWidget(len(KOLOM), 2)
        self.kolom.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Judul yang dicetak")])
        self.kolom.horizontalHeader().setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("M")
        self.kolom.horizontalHeader().resizeSection(0, em * 13)
        self.kolom.setWordWrap(False)
        self.kolom.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.kolom.itemChanged.connect(lambda _: self._commit_columns())
        up, down = QPushButton(self.tr("Naikka&n")), QPushButton(self.tr("T&urunkan"))
        up.clicked.connect(lambda: self.move_column(-1))
        down.clicked.connect(lambda: self.move_column(1))
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.kolom)
        buttons = QHBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        return box

    # ------------------------------------------------------------------ loading

    def load(self, keputusan, periode_id: int | None) -> None:
        self.keputusan, self.periode_id = keputusan, periode_id
        self.setEnabled(keputusan is not None)
        if keputusan is None:
            return
        fmt = keputusan.format
        self.preset.setCurrentText(nama_preset(fmt) or SENDIRI)
        self.judul.set_value("\n".join(fmt.judul))
        self.kepala.set_value(fmt.kepala)
        self.kepala_baris.set_value("\n".join(f"{a} | {b}" for a, b in fmt.kepala_baris))
        self.penomoran.setCurrentIndex(self.penomoran.findData(fmt.penomoran_fungsi))
        self.butir.setCurrentIndex(self.butir.findData(fmt.butir_penjelasan))
        self.identitas.setChecked(fmt.identitas)
        self.pemegang.setChecked(fmt.pemegang)
        self.tempat_tanggal.set_value(fmt.tempat_tanggal)
        self.catatan.set_value(fmt.catatan)
        self._fill_columns(fmt)
        self.timer.start()

    def _fill_columns(self, fmt: FormatDokumen) -> None:
        shown = {k.kunci: k for k in fmt.kolom}
        order = [k.kunci for k in fmt.kolom] + [k for k in KOLOM if k not in shown]
        self.kolom.blockSignals(True)
        for row, key in enumerate(order):
            name = QTableWidgetItem(NAMA_KOLOM[key])
            name.setData(Qt.ItemDataRole.UserRole, key)
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setCheckState(Qt.CheckState.Checked if key in shown else Qt.CheckState.Unchecked)
            self.kolom.setItem(row, 0, name)
            heading = QTableWidgetItem(shown[key].judul if key in shown else "")
            heading.setData(Qt.ItemDataRole.UserRole, shown[key].lebar if key in shown else LEBAR_BAKU[key])
            self.kolom.setItem(row, 1, heading)
        self.kolom.blockSignals(False)

    # ------------------------------------------------------------------ edits

    def _set(self, **changes) -> bool:
        if self.keputusan is None:
            return False
        fmt = dataclasses.replace(self.keputusan.format, **changes)
        if fmt == self.keputusan.format:
            return True
        done = self.doc.run(SetFieldCommand(self.doc, Jenis.KEPUTUSAN, self.keputusan.id, {"format": fmt}))
        if not done:  # refused: show what is stored
            self.load(self.keputusan, self.periode_id)
        return done

    def _preset_chosen(self, index: int) -> None:
        name = self.preset.itemText(index)
        if name in PRESET:
            self._set(**{f.name: getattr(PRESET[name], f.name) for f in dataclasses.fields(FormatDokumen)})

    def _set_kepala_baris(self, text: str) -> None:
        rows = []
        for line in text.splitlines():
            if line.strip():
                label, _, value = line.partition("|")
                rows.append((label.strip(), value.strip()))
        self._set(kepala_baris=tuple(rows))

    def _columns_from_table(self) -> tuple[Kolom, ...]:
        cols = []
        for row in range(self.kolom.rowCount()):
            name, heading = self.kolom.item(row, 0), self.kolom.item(row, 1)
            if name.checkState() == Qt.CheckState.Checked:
                key = name.data(Qt.ItemDataRole.UserRole)
                cols.append(Kolom(key, heading.text() or NAMA_KOLOM[key].upper(), heading.data(Qt.ItemDataRole.UserRole)))
        return tuple(cols)

    def _commit_columns(self) -> None:
        self._set(kolom=self._columns_from_table())

    def move_column(self, step: int) -> None:
        """Move the selected column up (-1) or down (+1) in the printed order."""
        if move_row(self.kolom, step):
            self._commit_columns()

    # ------------------------------------------------------------------ preview

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.keputusan is not None:
            self.timer.start()

    def draw_preview(self) -> None:
        """The first page of the lampiran as it prints now, as an image (only while shown:
        a hidden page draws when it is shown again; a closed window never)."""
        if self.keputusan is None or not self.isVisible():
            return
        try:
            pdf = preview_pdf(self.doc.store, self.periode_id, self.keputusan.id)
        except KinerjaError as exc:
            self.preview.setText(exc.pesan)
            return
        if pdf is None:
            self.preview.setText(self.tr("Belum ada lampiran untuk dipratinjau: isi nomor lampiran tiap jabatan."))
            return
        tampilkan_halaman(self.preview, pdf)
        self.preview_count += 1


def pratinjau_di_samping(editor, left, title: str) -> None:
    """The live preview of a format editor: a label beside its fields (``left``), redrawn by
    ``editor.draw_preview`` :data:`PREVIEW_DELAY_MS` after the last edit (``editor.timer``)."""
    editor.preview = QLabel(title)
    editor.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
    editor.preview.setMinimumWidth(editor.fontMetrics().horizontalAdvance("M") * 40)
    editor.preview_count = 0  # how many times the preview was drawn (tests, diagnostics)
    editor.timer = QTimer(editor, singleShot=True, interval=PREVIEW_DELAY_MS)
    editor.timer.timeout.connect(editor.draw_preview)
    row = QHBoxLayout(editor)
    row.addLayout(left, 1)
    row.addWidget(editor.preview, 1)


def tampilkan_halaman(label: QLabel, pdf: bytes) -> None:
    """The first page of ``pdf`` drawn into ``label`` at its width (the live previews of the
    lampiran's and the matrix's format editors)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(label)
    document.load(buffer)
    size = document.pagePointSize(0)
    width = max(200, label.width())
    image = document.render(0, QSize(width, int(width * size.height() / max(1.0, size.width()))))
    document.close()
    document.deleteLater()
    label.setPixmap(QPixmap.fromImage(image))


def move_row(table, step: int) -> bool:
    """Move the selected row of a column table (printed?, heading) up (-1) or down (+1);
    False when it cannot move. Shared by the lampiran's and the matrix's format editors."""
    row = table.currentRow()
    target = row + step
    if row < 0 or not 0 <= target < table.rowCount():
        return False
    table.blockSignals(True)
    for col in range(table.columnCount()):
        a, b = table.takeItem(row, col), table.takeItem(target, col)
        table.setItem(row, col, b)
        table.setItem(target, col, a)
    table.blockSignals(False)
    table.setCurrentCell(target, 0)
    return True


def preview_pdf(store, periode_id: int | None, keputusan_id: int) -> bytes | None:
    """The PDF of the first lampiran page set of the decree (one jabatan), or None."""
    from ..models.laporan import CetakLampiran, data_lampiran
    from ..reports.lampiran import build_lampiran

    data = data_lampiran(store, periode_id, keputusan_id=keputusan_id)
    if not data.halaman:
        return None
    buf = io.BytesIO()
    build_lampiran(buf, CetakLampiran(data.kecamatan, data.keputusan, data.halaman[:1], data.ttd))
    return buf.getvalue()
