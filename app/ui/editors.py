"""The editors on the right of the main window. Each ``load()``s plain data from the store
and turns every change into an undoable command; none writes to the database itself."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..models.rules import check_nip, format_nip
from .commands import (
    AddCommand,
    DeleteCommand,
    Document,
    SetFieldCommand,
    SetLampiranCommand,
    SetListCommand,
    SetRealisasiCommand,
    SetTargetCommand,
)
from .fields import CheckField, LineField, ListField
from .grids import RealisasiTableModel, TargetTableModel
from .teks import literal, plain

JENIS_CHOICES = [("Persentase", "persentase"), ("Jumlah", "jumlah"), ("Indeks", "indeks"), ("Teks", "teks")]
POLARITAS_CHOICES = [("Positif (makin tinggi makin baik)", "positif"), ("Negatif (makin rendah makin baik)", "negatif")]
ESELON_CHOICES = [("", None), ("II.b", "II.b"), ("III.a", "III.a"), ("III.b", "III.b"), ("IV.a", "IV.a"),
                  ("IV.b", "IV.b"), ("Fungsional", "Fungsional")]
AWALAN_CHOICES = [("(tanpa awalan)", ""), ("Plt.", "Plt."), ("Plh.", "Plh."), ("a.n.", "a.n.")]


from .editor_base import ChartSlot, EditorBase, ViewContext, _form, _scrolling, _title  # noqa: F401

# ----------------------------------------------------------------------------- jabatan


class JabatanEditor(EditorBase):
    kind = "jabatan"

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
            SetListCommand(self.doc, "fungsi", "jabatan", self.item_id, items)), self.tr("fungsi"))
        lab = QLabel(self.tr("&Fungsi:"))
        lab.setBuddy(self.fungsi.list)
        form.addRow(lab, self.fungsi)
        self.chart = ChartSlot()
        inner = QWidget()
        inner.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(inner), self.tr("Data"))
        self.tabs.addTab(self.chart, self.tr("Grafik capaian"))
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
        self.chart.show_chart(lambda charts: charts.jabatan_chart(j, ctx.tahun, ctx.bands, ctx.aturan, ctx.triwulan))
        self.data = j


# ----------------------------------------------------------------------------- sasaran


class SasaranEditor(EditorBase):
    kind = "sasaran"

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
            self.doc.run(AddCommand(self.doc, "indikator", {"sasaran": self.item_id},
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
            QListWidgetItem(f"{i.nomor} {i.nama}".strip() or self.tr("(indikator tanpa nama)"), self.indikator)


# ----------------------------------------------------------------------------- indikator


class IndikatorEditor(EditorBase):
    kind = "indikator"

    def __init__(self, doc: Document, parent=None):
        super().__init__(doc, parent)
        self.title = _title()
        self.tabs = QTabWidget()

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
        self.tabs.addTab(_scrolling(data), self.tr("Data"))

        pen = QWidget()
        pen_lay = QVBoxLayout(pen)
        self.penjelasan = ListField(lambda items: self.item_id and self.doc.run(
            SetListCommand(self.doc, "penjelasan", "indikator", self.item_id, items)), self.tr("paragraf"))
        w = CheckField(self.tr("Cetak tiap paragraf dengan tanda ➢"), self._committer("penjelasan_berbutir"))
        self.fields["penjelasan_berbutir"] = w
        pen_lay.addWidget(QLabel(self.tr("Penjelasan (makna indikator, alasan pemilihan, cara perhitungan), satu paragraf per baris:")))
        pen_lay.addWidget(self.penjelasan, 1)
        pen_lay.addWidget(w)
        self.tabs.addTab(pen, self.tr("Penjelasan"))

        grids = QWidget()
        g = QVBoxLayout(grids)
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
        g.addWidget(QLabel(self.tr("&Target per tahun:")))
        g.itemAt(0).widget().setBuddy(self.target_view)
        g.addWidget(self.target_view)
        lab = QLabel(self.tr("&Realisasi per triwulan (nilai, atau pembilang dan penyebut):"))
        lab.setBuddy(self.realisasi_view)
        g.addWidget(lab)
        g.addWidget(self.realisasi_view, 1)
        g.addWidget(self.message)
        g.addWidget(self.rule)
        self.tabs.addTab(grids, self.tr("Target && realisasi"))

        charts = QSplitter(Qt.Orientation.Vertical)
        self.years_chart = ChartSlot()
        self.quarters_chart = ChartSlot()
        charts.addWidget(self.years_chart)
        charts.addWidget(self.quarters_chart)
        self.tabs.addTab(charts, self.tr("Grafik"))

        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.tabs, 1)

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
        self.target_model.set_data(i, ctx.periode, ctx.bands, ctx.aturan)
        self.realisasi_model.set_data(i, ctx.periode, ctx.bands, ctx.aturan)
        rule = {
            "positif": self.tr("Capaian = realisasi / target × 100 %."),
            "negatif": self.tr("Polaritas negatif: capaian = (2 × target − realisasi) / target × 100 %.")
            if ctx.aturan == "permenpan" else self.tr("Polaritas negatif: capaian = target / realisasi × 100 %."),
        }[i.polaritas]
        roll = {"jumlah": self.tr("Jumlah: realisasi tahunan = jumlah triwulan."),
                "teks": self.tr("Indikator teks tidak dihitung capaiannya.")}.get(
            i.jenis, self.tr("Persentase/indeks: realisasi tahunan = triwulan terakhir yang terisi."))
        self.rule.setText(f"{rule} {roll}")
        self.years_chart.show_chart(lambda charts: charts.indikator_years_chart(i, ctx.periode, ctx.bands, ctx.aturan))
        self.quarters_chart.show_chart(lambda charts: charts.indikator_quarters_chart(i, ctx.tahun))


# ----------------------------------------------------------------------------- kecamatan and people


class KecamatanEditor(EditorBase):
    kind = "kecamatan"

    COLS = (("nama", "Nama (dengan gelar)"), ("nip", "NIP"), ("pangkat", "Pangkat/golongan"))

    def __init__(self, doc: Document, parent=None):
        super().__init__(doc, parent)
        self.title = _title()
        self.title.setText(self.tr("Kecamatan dan pegawai"))
        form = _form()
        self.line(form, "nama", self.tr("&Nama kecamatan:"))
        self.line(form, "kabupaten", self.tr("&Kabupaten:"))
        self.line(form, "tempat", self.tr("&Tempat pada tanda tangan:"))
        self.people = QTableWidget(0, len(self.COLS))
        self.people.setHorizontalHeaderLabels([self.tr(c[1]) for c in self.COLS])
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        header.resizeSection(1, em * 14)
        header.resizeSection(2, em * 14)
        self.people.setWordWrap(False)
        self.people.itemChanged.connect(self._person_changed)
        self.nip_warnings = plain(QLabel())
        self.nip_warnings.setStyleSheet("color: #8a6d00")
        self.nip_warnings.setWordWrap(True)
        add = QPushButton(self.tr("Tambah &pegawai"))
        add.clicked.connect(self.add_person)
        self.remove = QPushButton(self.tr("&Hapus pegawai…"))
        self.remove.clicked.connect(self.remove_person)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(form)
        lab = QLabel(self.tr("Pe&gawai (pemegang jabatan dan penanda tangan):"))
        lab.setBuddy(self.people)
        lay.addWidget(lab)
        lay.addWidget(self.people, 1)
        lay.addWidget(self.nip_warnings)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove)
        row.addStretch(1)
        lay.addLayout(row)

    def remove_person(self) -> None:
        item = self.people.item(self.people.currentRow(), 0)
        if item is None:
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Hapus pegawai"),
            literal(self.tr("Hapus {0}? Jabatan yang dipegangnya menjadi kosong; keputusan yang sudah ditandatanganinya "
                            "tidak berubah. Dapat diurungkan dengan Ctrl+Z.").format(item.text())))
        if answer == QMessageBox.StandardButton.Yes:
            self.doc.run(DeleteCommand(self.doc, "pegawai", item.data(Qt.ItemDataRole.UserRole), item.text()))

    def reload(self) -> None:
        k = self.store.kecamatan()
        self.item_id = k.id
        self.fill(k)
        self.people.blockSignals(True)
        people = self.store.pegawai_list()
        self.people.setRowCount(len(people))
        warnings = []
        for row, p in enumerate(people):
            for col, (name, _) in enumerate(self.COLS):
                value = getattr(p, name) or ""
                item = QTableWidgetItem(format_nip(value) if name == "nip" else value)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.people.setItem(row, col, item)
            warnings += [f"{p.nama}: {w}" for w in check_nip(p.nip)]
        self.people.blockSignals(False)
        self.nip_warnings.setText("\n".join(warnings))

    def _person_changed(self, item: QTableWidgetItem) -> None:
        name = self.COLS[item.column()][0]
        value = item.text().strip()
        if name == "nip":
            value = "".join(ch for ch in value if ch.isdigit()) or (value or None)
        elif name == "pangkat":
            value = value or None
        self.doc.run(SetFieldCommand(self.doc, "pegawai", item.data(Qt.ItemDataRole.UserRole), {name: value}))

    def add_person(self) -> None:
        self.doc.run(AddCommand(self.doc, "pegawai", None, {"nama": self.tr("Pegawai baru")}))


# ----------------------------------------------------------------------------- decree and matrix


class DokumenEditor(EditorBase):
    """The decree of the period (number, date, signer, lampiran numbers) and the matrix's
    title lines."""

    kind = "keputusan"

    def __init__(self, doc: Document, parent=None):
        super().__init__(doc, parent)
        self.title = _title()
        self.title.setText(self.tr("Keputusan Camat dan matriks"))
        kep = QGroupBox(self.tr("Keputusan"))
        form = _form()
        self.line(form, "nomor", self.tr("&Nomor:"))
        self.tahun = QSpinBox()
        self.tahun.setRange(1900, 2200)
        self.tahun.editingFinished.connect(lambda: self._commit_if("tahun", self.tahun.value()))
        form.addRow(self.tr("&Tahun:"), self.tahun)
        self.tanggal = QDateEdit()
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat("d MMMM yyyy")
        self.tanggal.editingFinished.connect(lambda: self._commit_if("tanggal", self.tanggal.date().toPython()))
        form.addRow(self.tr("Tan&ggal:"), self.tanggal)
        self.line(form, "sebutan", self.tr("&Sebutan pada kepala lampiran:"))
        self.choice(form, "ttd_awalan", self.tr("&Awalan penanda tangan:"), AWALAN_CHOICES)
        self.line(form, "ttd_jabatan", self.tr("&Jabatan penanda tangan:"))
        self.line(form, "ttd_jabatan2", self.tr("Baris kedua (setelah a.n.):"))
        self.line(form, "ttd_nama", self.tr("Na&ma penanda tangan:"))
        self.line(form, "ttd_nip", self.tr("N&IP:"), optional=True)
        self.line(form, "ttd_pangkat", self.tr("&Pangkat/golongan:"), optional=True)
        self.from_holder = QPushButton(self.tr("Isi dari pemegang jabatan Camat"))
        self.from_holder.clicked.connect(self.fill_signer_from_holder)
        form.addRow("", self.from_holder)
        kep.setLayout(form)

        self.lampiran = QTableWidget(0, 2)
        self.lampiran.setHorizontalHeaderLabels([self.tr("Jabatan"), self.tr("Nomor lampiran")])
        self.lampiran.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lampiran.itemChanged.connect(self._lampiran_changed)

        mat = QGroupBox(self.tr("Matriks Indikator Kinerja Eselon IV (periode)"))
        mform = _form()
        self.periode_fields: dict[str, LineField] = {}
        for name, label in (("nama", self.tr("Nama periode:")), ("matriks_judul", self.tr("Judul matriks:")),
                            ("matriks_tahun", self.tr("Tahun pada judul:"))):
            w = LineField(lambda v, n=name: self._commit_periode(n, v))
            mform.addRow(label, w)
            self.periode_fields[name] = w
        mat.setLayout(mform)

        self.decree_box = kep
        self.new_decree = QPushButton(self.tr("&Buat Keputusan Camat untuk periode ini"))
        self.new_decree.clicked.connect(self.create_decree)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(self.title)
        lay.addWidget(self.new_decree, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(kep)
        lay.addWidget(QLabel(self.tr("Nomor lampiran tiap jabatan (kosong: tanpa lampiran):")))
        lay.addWidget(self.lampiran)
        lay.addWidget(mat)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolling(inner))

    def _commit_if(self, name: str, value) -> None:
        if self.item_id is not None and getattr(self.data, name) != value:
            self.commit({name: value})

    def _commit_periode(self, name: str, value) -> None:
        self.doc.run(SetFieldCommand(self.doc, "periode", self.ctx.periode.id, {name: value}))

    def create_decree(self) -> bool:
        """A decree for a period that has none (a new kecamatan): today's date, the head's
        holder as signer, to be completed in the form."""
        import datetime as dt

        k = self.store.kecamatan()
        head = next((j for j in self.store.jabatan_all(self.ctx.periode.id, realisasi=False)
                     if j.atasan_id is None), None)
        holder = head.pemegang if head and head.pemegang else None
        today = dt.date.today()
        fields = {
            "nomor": "1", "tahun": today.year, "tanggal": today,
            "sebutan": f"SK Keputusan Camat {k.nama} Kabupaten {k.kabupaten}".replace("  ", " ").strip(),
            "ttd_jabatan": f"CAMAT {k.nama.upper()},".replace(" ,", ","), "ttd_nama": holder.nama if holder else "",
            "ttd_nip": holder.nip if holder else None, "ttd_pangkat": holder.pangkat if holder else None,
        }
        return self.doc.run(AddCommand(self.doc, "keputusan", {"periode": self.ctx.periode.id}, fields))

    def fill_signer_from_holder(self) -> None:
        camat = next((j for j in self.store.jabatan_all(self.ctx.periode.id) if j.atasan_id is None and j.pemegang), None)
        if camat is None:
            self.doc.error.emit(self.tr("Pemegang jabatan pimpinan belum diisi."))
            return
        p = camat.pemegang
        self.commit({"ttd_nama": p.nama, "ttd_nip": p.nip, "ttd_pangkat": p.pangkat})

    def reload(self) -> None:
        ctx = self.ctx
        decrees = self.store.keputusan_list(ctx.periode.id)
        for name, w in self.periode_fields.items():
            w.set_value(getattr(self.store.periode(ctx.periode.id), name))
        self.new_decree.setVisible(not decrees)
        self.decree_box.setEnabled(bool(decrees))
        self.lampiran.setEnabled(bool(decrees))
        if not decrees:
            self.item_id = None
            self.data = None
            self.lampiran.setRowCount(0)
            return
        k = decrees[-1]
        self.item_id, self.data = k.id, k
        self.fill(k)
        for w, value in ((self.tahun, k.tahun),):
            w.blockSignals(True)
            w.setValue(value)
            w.blockSignals(False)
        self.tanggal.blockSignals(True)
        self.tanggal.setDate(QDate(k.tanggal.year, k.tanggal.month, k.tanggal.day))
        self.tanggal.blockSignals(False)
        numbers = {l.jabatan_id: l.nomor for l in k.lampiran}
        jab = self.store.jabatan_list()
        self.lampiran.blockSignals(True)
        self.lampiran.setRowCount(len(jab))
        for row, j in enumerate(jab):
            name = QTableWidgetItem(j.nama)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.lampiran.setItem(row, 0, name)
            num = QTableWidgetItem(numbers.get(j.id, ""))
            num.setData(Qt.ItemDataRole.UserRole, j.id)
            self.lampiran.setItem(row, 1, num)
        self.lampiran.blockSignals(False)

    def _lampiran_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 1 or self.item_id is None:
            return
        nomor = item.text().strip() or None
        kepala = next((l.kepala for l in self.data.lampiran if l.jabatan_id == item.data(Qt.ItemDataRole.UserRole)), None)
        self.doc.run(SetLampiranCommand(self.doc, self.item_id, item.data(Qt.ItemDataRole.UserRole), nomor, kepala))


