"""The editors on the right of the main window. Each ``load()``s plain data from the store
and turns every change into an undoable command; none writes to the database itself.
Here: jabatan, sasaran, indikator (the hierarchy); the kecamatan and decree pages are in
:mod:`app.ui.page_editors`. A new editor: a subclass of ``EditorBase`` with its ``kind``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..models import display
from ..models.kinds import Jenis
from ..models.rules import format_nip
from .aksi_editor import AksiEditor
from .commands import AddCommand, Document, SetListCommand, SetRealisasiCommand, SetTargetCommand
from .editor_base import ChartSlot, EditorBase, _form, _scrolling, _title
from .fields import CheckField, ListField
from .grids import RealisasiTableModel, TargetTableModel
from .pk_editor import PkTab
from .page_editors import DokumenEditor, KecamatanEditor  # noqa: F401 - every editor is found here
from .teks import plain

JENIS_CHOICES = [("Persentase", "persentase"), ("Jumlah", "jumlah"), ("Indeks", "indeks"), ("Teks", "teks")]
POLARITAS_CHOICES = [("Positif (makin tinggi makin baik)", "positif"), ("Negatif (makin rendah makin baik)", "negatif")]
ESELON_CHOICES = [("", None), ("II.b", "II.b"), ("III.a", "III.a"), ("III.b", "III.b"), ("IV.a", "IV.a"),
                  ("IV.b", "IV.b"), ("Fungsional", "Fungsional")]

# ----------------------------------------------------------------------------- jabatan


class JabatanEditor(EditorBase):
    kind = Jenis.JABATAN

    def __init__(self, doc: Document, parent=None):
        super().__init__(doc, parent)
        self.title = _title()
        form = _form()
        self.line(form, "nama", self.tr("&Nama jabatan:"))
        self.choice(form, "eselon", self.tr("&Eselon:"), ESELON_CHOICES, editable=True)
        self.choice(form, "atasan", self.tr("&Atasan:"), [])
        self.choice(form, "pemegang", self.tr("&Pemegang:"), [])
        self.text(form, "tugas", self.tr("&Tugas:"), lines=4)
        self.fungsi = ListField(lambda items: self.item_id and self.doc.run(
            SetListCommand(self.doc, Jenis.FUNGSI, Jenis.JABATAN, self.item_id, items)), self.tr("fungsi"))
        lab = QLabel(self.tr("&Fungsi:"))
        lab.setBuddy(self.fungsi.list)
        form.addRow(lab, self.fungsi)
        self.chart = ChartSlot()
        inner = QWidget()
        inner.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(inner), self.tr("Data"))
        self.tabs.addTab(self.chart, self.tr("Grafik capaian"))
        self.pk_tab = PkTab(doc)
        self.tabs.addTab(self.pk_tab, self.tr("Perjanjian &Kinerja"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.tabs, 1)

    def reload(self) -> None:
        ctx = self.ctx
        j = self.store.jabatan(self.item_id, ctx.periode.id, ctx.tahun)
        others = [(x.nama or "(tanpa nama)", x.id) for x in self.store.jabatan_list() if x.id != j.id]
        self.fields["atasan"].set_choices([(self.tr("(tidak ada — pimpinan)"), None)] + others)
        people = [(f"{p.nama}" + (f" — NIP {format_nip(p.nip)}" if p.nip else ""), p.id) for p in self.store.pegawai_list()]
        self.fields["pemegang"].set_choices([(self.tr("(belum diisi)"), None)] + people)
        self.title.setText(j.nama or self.tr("(jabatan tanpa nama)"))
        self.fill(j)
        self.fields["atasan"].set_value(j.atasan_id)
        self.fields["pemegang"].set_value(j.pemegang.id if j.pemegang else None)
        self.fungsi.set_value(j.fungsi)
        quarters = self.store.target_triwulan(ctx.tahun, [i.id for s in j.sasaran for i in s.indikator])
        self.chart.show_chart(lambda charts: charts.jabatan_chart(j, ctx.tahun, ctx.bands, ctx.aturan, ctx.triwulan,
                                                                  quarters))
        self.data = j
        self.pk_tab.load(j.id, ctx)

    def flush(self) -> None:
        super().flush()
        self.pk_tab.flush()


# ----------------------------------------------------------------------------- sasaran


class SasaranEditor(EditorBase):
    kind = Jenis.SASARAN

    def __init__(self, doc: Document, parent=None):
        super().__init__(doc, parent)
        self.title = _title()
        form = _form()
        self.line(form, "nomor", self.tr("N&omor (seperti tercetak):"))
        self.text(form, "nama", self.tr("&Kinerja utama / sasaran:"), lines=3)
        self.line(form, "nama_matriks", self.tr("Nama di &matriks (kosong: sama):"), optional=True)
        self.urutan_matriks = QSpinBox()
        self.urutan_matriks.setRange(0, 999)
        self.urutan_matriks.setSpecialValueText(self.tr("tidak di matriks"))
        self.urutan_matriks.editingFinished.connect(self._urutan_changed)
        lab = QLabel(self.tr("&Urutan di matriks:"))
        lab.setBuddy(self.urutan_matriks)
        form.addRow(lab, self.urutan_matriks)
        self.indikator = QListWidget()
        self.indikator.setWordWrap(True)
        add = QPushButton(self.tr("Tambah &indikator"))
        add.clicked.connect(self.add_indikator)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Indikator:")))
        lay.addWidget(self.indikator, 1)
        lay.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

    def _urutan_changed(self) -> None:
        value = self.urutan_matriks.value() or None
        if self.item_id is not None and value != self.data.urutan_matriks:
            self.commit({"urutan_matriks": value})

    def add_indikator(self) -> None:
        if self.item_id is not None:
            self.doc.run(AddCommand(self.doc, Jenis.INDIKATOR, {"sasaran": self.item_id},
                                    {"nama": self.tr("Indikator baru")}))

    def reload(self) -> None:
        s = self.store.sasaran(self.item_id)
        self.data = s
        self.title.setText(s.nama or self.tr("(sasaran tanpa nama)"))
        self.fill(s)
        self.urutan_matriks.blockSignals(True)
        self.urutan_matriks.setValue(s.urutan_matriks or 0)
        self.urutan_matriks.blockSignals(False)
        self.indikator.clear()
        for i in s.indikator:
            QListWidgetItem(display.label_indikator(i.nomor, i.nama) or self.tr("(indikator tanpa nama)"), self.indikator)


# ----------------------------------------------------------------------------- indikator


class IndikatorEditor(EditorBase):
    kind = Jenis.INDIKATOR

    def __init__(self, doc: Document, parent=None):
        super().__init__(doc, parent)
        self.title = _title()
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(self._data_tab()), self.tr("Data"))
        self.tabs.addTab(self._penjelasan_tab(), self.tr("Penjelasan"))
        self.tabs.addTab(self._grids_tab(), self.tr("Target && realisasi"))
        self.aksi = AksiEditor(doc)
        self.tabs.addTab(self.aksi, self.tr("Rencana aksi && pengukuran"))
        charts = QSplitter(Qt.Orientation.Vertical)
        self.years_chart = ChartSlot()
        self.quarters_chart = ChartSlot()
        charts.addWidget(self.years_chart)
        charts.addWidget(self.quarters_chart)
        self.tabs.addTab(charts, self.tr("Grafik"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.tabs, 1)

    def _data_tab(self) -> QWidget:
        data = QWidget()
        form = _form()
        self.line(form, "nomor", self.tr("N&omor (seperti tercetak):"))
        self.text(form, "nama", self.tr("&Nama indikator:"))
        self.choice(form, "jenis", self.tr("&Jenis:"), JENIS_CHOICES)
        self.choice(form, "polaritas", self.tr("&Polaritas:"), POLARITAS_CHOICES)
        self.line(form, "satuan", self.tr("&Satuan:"))
        self.text(form, "formulasi", self.tr("&Formulasi (matriks):"))
        self.line(form, "label_pembilang", self.tr("Label pem&bilang (A):"))
        self.line(form, "label_penyebut", self.tr("Label pen&yebut (B):"))
        self.text(form, "penanggung_jawab", self.tr("Penanggung &jawab:"))
        self.text(form, "sumber_data", self.tr("Sumber &data (satu butir per baris):"), lines=4)
        self.line(form, "nama_matriks", self.tr("Nama di matriks (kosong: sama):"), optional=True)
        self.text(form, "sumber_data_matriks", self.tr("Sumber data di matriks:"))
        for name, label in (("di_lampiran", self.tr("Dicetak di lampiran")), ("di_matriks", self.tr("Dicetak di matriks Eselon IV"))):
            w = CheckField(label, self._committer(name))
            form.addRow("", w)
            self.fields[name] = w
        data.setLayout(form)
        return data

    def _penjelasan_tab(self) -> QWidget:
        pen = QWidget()
        pen_lay = QVBoxLayout(pen)
        self.penjelasan = ListField(lambda items: self.item_id and self.doc.run(
            SetListCommand(self.doc, Jenis.PENJELASAN, Jenis.INDIKATOR, self.item_id, items)), self.tr("paragraf"))
        w = CheckField(self.tr("Cetak tiap paragraf dengan tanda ➢"), self._committer("penjelasan_berbutir"))
        self.fields["penjelasan_berbutir"] = w
        pen_lay.addWidget(QLabel(self.tr("Penjelasan (makna indikator, alasan pemilihan, cara perhitungan), satu paragraf per baris:")))
        pen_lay.addWidget(self.penjelasan, 1)
        pen_lay.addWidget(w)
        return pen

    def _grids_tab(self) -> QWidget:
        self.target_model = TargetTableModel(self._set_target, self)
        self.target_view = QTableView()
        self.target_view.setModel(self.target_model)
        self.target_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.target_view.setMaximumHeight(self.target_view.verticalHeader().defaultSectionSize() * 5 + 8)
        self.realisasi_model = RealisasiTableModel(self._set_realisasi, self)
        self.realisasi_view = QTableView()
        self.realisasi_view.setModel(self.realisasi_model)
        self.realisasi_view.verticalHeader().setVisible(False)
        # fixed widths from the font: ResizeToContents would ask every cell on each change
        header = self.realisasi_view.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("M")
        for col, width in enumerate((5, 3, 7, 7, 7, 0, 10, 7, 9)):
            if width:
                header.resizeSection(col, int(em * width))
        header.setSectionResizeMode(RealisasiTableModel.COL_CATATAN, QHeaderView.ResizeMode.Stretch)
        for view in (self.target_view, self.realisasi_view):
            view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.message = plain(QLabel())  # the number's error names what was typed
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.target_model.message.connect(self.message.setText)
        self.realisasi_model.message.connect(self.message.setText)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        grids = QWidget()
        g = QVBoxLayout(grids)
        g.addWidget(QLabel(self.tr("&Target per tahun:")))
        g.itemAt(0).widget().setBuddy(self.target_view)
        g.addWidget(self.target_view)
        lab = QLabel(self.tr("&Realisasi per triwulan (nilai, atau pembilang dan penyebut):"))
        lab.setBuddy(self.realisasi_view)
        g.addWidget(lab)
        g.addWidget(self.realisasi_view, 1)
        g.addWidget(self.message)
        g.addWidget(self.rule)
        return grids

    def _set_target(self, tahun: int, nilai, teks: str) -> bool:
        return self.doc.run(SetTargetCommand(self.doc, self.item_id, tahun, nilai, teks))

    def _set_realisasi(self, tahun: int, triwulan: int, values: dict) -> bool:
        return self.doc.run(SetRealisasiCommand(self.doc, self.item_id, tahun, triwulan, values))

    def reload(self) -> None:
        ctx = self.ctx
        i = self.store.indikator(self.item_id)
        self.data = i
        self.title.setText(i.nama or self.tr("(indikator tanpa nama)"))
        self.fill(i)
        self.penjelasan.set_value(i.penjelasan)
        rencana = self.store.target_triwulan_indikator(i.id)  # a quarter against its rencana aksi target
        self.target_model.set_data(i, ctx.periode, ctx.bands, ctx.aturan, rencana)
        self.realisasi_model.set_data(i, ctx.periode, ctx.bands, ctx.aturan, rencana)
        self.aksi.load(i, ctx)
        # the sentences of the rule table (app.models.display), translated at run time
        # (scripts/terjemahan.py lists them: RULE_TEXTS)
        self.rule.setText(f"{self.tr(display.rumus_capaian(i.polaritas, ctx.aturan))} "
                          f"{self.tr(display.rumus_tahunan(i.jenis))}")
        self.years_chart.show_chart(lambda charts: charts.indikator_years_chart(i, ctx.periode, ctx.bands, ctx.aturan,
                                                                                rencana))
        self.quarters_chart.show_chart(lambda charts: charts.indikator_quarters_chart(i, ctx.tahun))
