"""The "Perjanjian Kinerja" tab of the jabatan editor: the PKs of the jabatan for a year and
their revisions, the buttons to make a PK (from the IKU targets of that year) or a PK
Perubahan, delete it and print it; the place, the date and both parties as they will be
signed; the targets, editable per PK. Every edit is an undo command (:mod:`.pk_commands`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models.angka import format_angka
from .commands import Document
from .fields import ChoiceField, LineField
from .pk_commands import BuatPkCommand, HapusPkCommand, PerbaruiPkCommand, TargetPkCommand, UbahPkCommand
from .teks import plain

AWALAN = [("—", ""), ("Plt.", "Plt."), ("Plh.", "Plh."), ("a.n.", "a.n.")]
_PIHAK = (("nama", "Nama:"), ("awalan", "Awalan:"), ("jabatan", "Jabatan:"), ("jabatan2", "Jabatan sendiri (a.n.):"),
          ("pangkat", "Pangkat:"), ("nip", "NIP (kosong: tanpa NIP):"))
_TARGET_COL = 3


class PkTab(QWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.jabatan_id: int | None = None
        self.ctx = None
        self.pk = None  # the PkData shown
        self.fields: dict[str, QWidget] = {}
        self._filling = False
        lay = QVBoxLayout(self)
        self.info = plain(QLabel())
        self.info.setWordWrap(True)
        lay.addLayout(self._top_row())
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self._parties_area())
        below = QWidget()
        grid_lay = QVBoxLayout(below)
        grid_lay.setContentsMargins(0, 0, 0, 0)
        grid_lay.addWidget(QLabel(self.tr("Isi PK seperti ditandatangani (diambil dari IKU saat PK dibuat; target "
                                          "dapat diubah di PK ini):")))
        self.grid = self._target_grid()
        grid_lay.addWidget(self.grid, 1)
        self.body.addWidget(below)
        # the grid takes the room (at 1280×800 the parties scroll; the splitter gives them more)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)
        line = self.fontMetrics().lineSpacing()
        self.body.setSizes([line * 7, line * 30])
        lay.addWidget(self.body, 1)

    def _parties_area(self) -> QScrollArea:
        """Place, date and both parties, scrolling in a few lines' height above the grid."""
        inner = QWidget()
        inner.setLayout(self._parties())
        inner.layout().setContentsMargins(0, 0, 4, 0)
        self.parties = QScrollArea()
        self.parties.setWidgetResizable(True)
        self.parties.setFrameShape(QScrollArea.Shape.NoFrame)
        self.parties.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parties.setWidget(inner)
        self.parties.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        return self.parties

    @property
    def store(self):
        return self.doc.store

    # ------------------------------------------------------------------ building

    def _top_row(self) -> QVBoxLayout:
        self.tahun = QComboBox()
        self.tahun.currentIndexChanged.connect(lambda _: self._refresh())
        self.daftar = QListWidget()
        self.daftar.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 8)  # a PK and its revision
        self.daftar.currentItemChanged.connect(self._chosen)
        self.buat = QPushButton(self.tr("&Buat PK"))
        self.perubahan = QPushButton(self.tr("Buat PK Pe&rubahan"))
        self.hapus = QPushButton(self.tr("Hapus P&K"))
        self.cetak = QPushButton(self.tr("&Cetak PK…"))
        self.perbarui = QPushButton(self.tr("Perbarui dari &IKU && anggaran…"))
        self.perbarui.setToolTip(self.tr("Ambil lagi sasaran, indikator dan anggaran PK ini dari IKU dan anggaran "
                                         "sekarang (target PK yang sudah ada tetap). PK tidak pernah berubah sendiri."))
        self.perbarui.clicked.connect(self.refresh_from_iku)
        self.buat.clicked.connect(self.make)
        self.perubahan.clicked.connect(self.revise)
        self.hapus.clicked.connect(self.delete)
        self.cetak.clicked.connect(self.print_pk)
        row = QHBoxLayout()
        lab = QLabel(self.tr("&Tahun:"))
        lab.setBuddy(self.tahun)
        row.addWidget(lab)
        row.addWidget(self.tahun)
        for b in (self.buat, self.perubahan, self.perbarui, self.hapus, self.cetak):
            row.addWidget(b)
        row.addWidget(self.info, 1)  # beside the buttons: the room below is the grid's
        top = QVBoxLayout()
        top.addLayout(row)
        top.addWidget(self.daftar)
        return top

    def _line(self, form: QFormLayout, name: str, label: str) -> LineField:
        w = LineField(lambda value, n=name: self.commit({n: value}))
        form.addRow(label, w)
        self.fields[name] = w
        return w

    def _parties(self) -> QVBoxLayout:
        place = QHBoxLayout()  # place and date on one line
        self.fields["tempat"] = tempat = LineField(lambda value: self.commit({"tempat": value}))
        self.tanggal = LineField(self._commit_tanggal)
        self.tanggal.setPlaceholderText(self.tr("misalnya 02 Januari 2019 (kosong: belum bertanggal)"))
        for text, w in ((self.tr("Tem&pat:"), tempat), (self.tr("Tan&ggal:"), self.tanggal)):
            lab = QLabel(text)
            lab.setBuddy(w)
            place.addWidget(lab)
            place.addWidget(w, 1)
        self.atasan = ChoiceField(self._commit_atasan)
        boxes = QHBoxLayout()
        for prefix, title in (("p1", self.tr("Pihak pertama (pemegang jabatan)")),
                              ("p2", self.tr("Pihak kedua (atasan langsung)"))):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            if prefix == "p2":
                form.addRow(self.tr("Diambil dari &jabatan:"), self.atasan)
            for name, label in _PIHAK:
                if name == "awalan":
                    w = ChoiceField(lambda value, n=f"{prefix}_awalan": self.commit({n: value}), AWALAN)
                    form.addRow(self.tr(label), w)
                    self.fields[f"{prefix}_awalan"] = w
                else:
                    self._line(form, f"{prefix}_{name}", self.tr(label))
            box = QGroupBox(title)
            box.setLayout(form)
            # both parties as wide: by their contents the holder's fields were a third narrower
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            box.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 22)
            boxes.addWidget(box, 1)
        out = QVBoxLayout()
        out.addLayout(place)
        out.addLayout(boxes)
        return out

    def _target_grid(self) -> QTableWidget:
        grid = QTableWidget(0, 5)
        grid.setHorizontalHeaderLabels([self.tr("Sasaran"), self.tr("Indikator"), self.tr("Target IKU"),
                                        self.tr("Target PK"), self.tr("Satuan")])
        grid.verticalHeader().hide()
        grid.setWordWrap(True)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        head = grid.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (2, 3, 4):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        grid.itemChanged.connect(self._target_changed)
        return grid

    # ------------------------------------------------------------------ showing

    def load(self, jabatan_id: int, ctx) -> None:
        """Show the PKs of a jabatan; the year stays as chosen (else the window's year)."""
        same = jabatan_id == self.jabatan_id
        self.jabatan_id, self.ctx = jabatan_id, ctx
        years = list(ctx.periode.tahun)
        keep = self.tahun.currentData() if same and self.tahun.currentData() in years else ctx.tahun
        self.tahun.blockSignals(True)
        self.tahun.clear()
        for y in years:
            self.tahun.addItem(str(y), y)
        self.tahun.setCurrentIndex(max(0, self.tahun.findData(keep)))
        self.tahun.blockSignals(False)
        if not same:
            self.pk = None
        self._refresh()

    def _refresh(self) -> None:
        tahun = self.tahun.currentData()
        pks = self.store.pk_list(self.jabatan_id, tahun) if tahun is not None else []
        wanted = self.pk.id if self.pk is not None and any(p.id == self.pk.id for p in pks) else None
        self.daftar.blockSignals(True)
        self.daftar.clear()
        for p in pks:
            item = QListWidgetItem(f"{p.nama_revisi} {p.tahun}" + (f" — {p.tanggal_cetak}" if p.tanggal else ""))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.daftar.addItem(item)
        self.daftar.blockSignals(False)
        if pks:
            ids = [p.id for p in pks]
            self.daftar.setCurrentRow(ids.index(wanted) if wanted else len(ids) - 1)
            self.show_pk(ids[self.daftar.currentRow()])
        else:
            self.pk = None
            self.info.setText(self.tr("Jabatan ini belum punya Perjanjian Kinerja tahun {0}. Klik «Buat PK»: "
                                      "targetnya diambil dari target IKU tahun itu.").format(tahun))
        self._enable()

    def _chosen(self, item, _previous=None) -> None:
        if item is not None:
            self.show_pk(item.data(Qt.ItemDataRole.UserRole))

    def show_pk(self, pk_id: int) -> None:
        """Fill the fields and the targets of one PK (selecting it in the list)."""
        pk = self.pk = self.store.pk(pk_id)
        # the same text for every revision (the list says which one is shown): a label whose text
        # changes lays out and repaints the whole tab (20 ms of the 16 ms a selection may take)
        self.info.setText(self.tr("Dicetak di kertas {0}.").format(pk.kertas.upper()))
        self.fields["tempat"].set_value(pk.tempat)
        self.tanggal.set_value(pk.tanggal_cetak)
        for prefix, pihak in zip(("p1", "p2"), pk.pihak):
            for name, value in pihak.items():
                self.fields[f"{prefix}_{name}"].set_value(value)
        choices = [(self.tr("(diketik — Bupati atau lainnya)"), None)]
        choices += [(j.nama or "(tanpa nama)", j.id) for j in self._jabatan() if j.id != self.jabatan_id]
        if choices != getattr(self, "_choices", None):
            self._choices = choices
            self.atasan.set_choices(choices)
        self.atasan.set_value(pk.atasan_id)
        self._fill_grid(pk)
        self._enable()

    def _jabatan(self):
        if getattr(self, "_jabatan_cache", None) is None or self._jabatan_cache[0] is not self.ctx:
            self._jabatan_cache = (self.ctx, self.store.jabatan_list())
        return self._jabatan_cache[1]

    def _fill_grid(self, pk) -> None:
        self._filling = True
        grid = self.grid
        wrapped = grid.rowCount() != len(pk.target)  # row heights follow the wrapped texts: only when they change
        grid.setRowCount(len(pk.target))
        for r, t in enumerate(pk.target):
            iku = t.target_iku_teks if t.target_iku is None else format_angka(t.target_iku)
            mine = t.teks if t.nilai is None else format_angka(t.nilai)
            for c, text in enumerate((t.sasaran, t.indikator, iku, mine, t.satuan)):
                item = grid.item(r, c)
                if item is None:  # flags once: setting them again costs a repaint of the cell each time
                    item = QTableWidgetItem()
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if c == _TARGET_COL else flags)
                    grid.setItem(r, c, item)
                if item.text() != text:
                    item.setText(text)
                    wrapped = wrapped or c < 2
            grid.item(r, 0).setData(Qt.ItemDataRole.UserRole, (t.id, t.jenis))
        if wrapped:
            grid.resizeRowsToContents()
        self._filling = False

    def _enable(self) -> None:
        has = self.pk is not None
        self.body.setVisible(has)
        for b in (self.perubahan, self.perbarui, self.hapus, self.cetak):
            b.setEnabled(has)
        self.buat.setEnabled(not has and self.tahun.currentData() is not None)

    # ------------------------------------------------------------------ edits

    def flush(self) -> None:
        """Commit what is typed but not yet committed (before the item changes)."""
        for w in [*self.fields.values(), self.tanggal]:
            w.flush()

    def commit(self, fields: dict) -> bool:
        if self.pk is None or self._filling:
            return False
        ok = self.doc.run(UbahPkCommand(self.doc, self.jabatan_id, self.pk.id, fields))
        self._status(ok)
        if not ok:
            self.show_pk(self.pk.id)  # the stored values again
        return ok

    def _status(self, ok: bool) -> None:
        """Once an edit is saved, the error an earlier refused edit left in the status bar
        goes (a message of something else stays)."""
        bar = getattr(self.window(), "statusBar", None)
        if bar is None:
            return
        if not ok:
            self._status_error = bar().currentMessage()
        elif getattr(self, "_status_error", None) and bar().currentMessage() == self._status_error:
            bar().clearMessage()
            self._status_error = None

    def _commit_tanggal(self, text: str | None) -> None:
        text = " ".join((text or "").split())
        self.commit({"tanggal": text or None, "tanggal_teks": text})

    def _commit_atasan(self, jabatan_id) -> None:
        if self.pk is None:
            return
        if jabatan_id is None:
            self.commit({"atasan": None})
        else:
            self.commit(self.store.pihak_dari_jabatan(jabatan_id))

    def _target_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.pk is None or item.column() != _TARGET_COL:
            return
        baris, jenis = self.grid.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        nilai, teks = (None, text) if jenis == "teks" else (text or None, "")
        ok = self.doc.run(TargetPkCommand(self.doc, self.jabatan_id, self.pk.id, None, nilai, teks, baris=baris))
        self._status(ok)
        if not ok:
            self.show_pk(self.pk.id)

    def make(self) -> None:
        tahun = self.tahun.currentData()
        if tahun is not None and self.jabatan_id is not None:
            self.doc.run(BuatPkCommand(self.doc, self.jabatan_id, tahun, self.ctx.periode.id))

    def revise(self) -> None:
        if self.pk is not None:
            cmd = BuatPkCommand(self.doc, self.jabatan_id, self.pk.tahun, self.pk.periode_id, dari=self.pk.id)
            if self.doc.run(cmd):
                self.pk = self.store.pk(cmd.pk_id)
                self._refresh()

    def refresh_from_iku(self) -> None:
        """"Perbarui dari IKU & anggaran": asked first, undoable (a PK never changes by itself)."""
        if self.pk is None:
            return
        ask = getattr(self.window(), "confirm", None)
        if ask is not None and not ask(self.tr("Perbarui PK"), self.tr(
                "Ambil lagi sasaran, indikator, satuan, program, kegiatan dan anggaran {0} {1} dari IKU dan anggaran "
                "sekarang? Target yang sudah ada di PK ini tetap. Dapat dibatalkan dengan Ctrl+Z.").format(
                    self.pk.nama_revisi, self.pk.tahun)):
            return
        self.doc.run(PerbaruiPkCommand(self.doc, self.jabatan_id, self.pk.id))

    def delete(self) -> None:
        if self.pk is None:
            return
        label = f"{self.pk.nama_revisi} {self.pk.tahun}"
        window = self.window()
        ask = getattr(window, "confirm", None)
        if ask is not None and not ask(self.tr("Hapus PK"), self.tr("Hapus {0} jabatan ini? Dapat dibatalkan dengan "
                                                                    "Ctrl+Z.").format(label)):
            return
        self.doc.run(HapusPkCommand(self.doc, self.jabatan_id, self.pk.id, label))

    def print_pk(self):
        """The print preview of the PK shown (F4 or A4 as stored, portrait)."""
        window = self.window()
        if self.pk is None or not hasattr(window, "open_print"):
            return None
        nama = next((j.nama for j in self._jabatan() if j.id == self.jabatan_id), "")
        dialog = window.open_print("pk", {"jabatan": nama, "tahun": self.pk.tahun, "revisi": self.pk.revisi}, modal=False)
        if dialog is None:
            return None
        dialog.setWindowTitle(self.tr("Pratinjau cetak — Perjanjian Kinerja"))
        for combo, value in ((dialog.paper, self.pk.kertas), (dialog.orientation, "portrait")):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        dialog.margin.setValue(20)
        dialog.start()
        dialog.open()
        return dialog
