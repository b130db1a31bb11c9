"""The editors of the tree's two pages that are not one item of the hierarchy: the
kecamatan and its people, and the period's decree (with its lampiran numbers) and matrix
titles. Like every editor, each ``load()``s plain data and turns changes into commands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models.kinds import Jenis
from ..models.rules import check_nip, format_nip
from ..models.tanggal import teks_tanggal
from .commands import AddCommand, DeleteCommand, Document, SetFieldCommand, SetLampiranCommand
from .editor_base import EditorBase, _form, _scrolling, _title
from .fields import LineField
from .format_editor import FormatEditor
from .format_matriks_editor import FormatMatriksEditor
from .teks import literal, plain

AWALAN_CHOICES = [("(tanpa awalan)", ""), ("Plt.", "Plt."), ("Plh.", "Plh."), ("a.n.", "a.n.")]

# ----------------------------------------------------------------------------- kecamatan and people


class KecamatanEditor(EditorBase):
    kind = Jenis.KECAMATAN

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
            self.doc.run(DeleteCommand(self.doc, Jenis.PEGAWAI, item.data(Qt.ItemDataRole.UserRole), item.text()))

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
        self.doc.run(SetFieldCommand(self.doc, Jenis.PEGAWAI, item.data(Qt.ItemDataRole.UserRole), {name: value}))

    def add_person(self) -> None:
        self.doc.run(AddCommand(self.doc, Jenis.PEGAWAI, None, {"nama": self.tr("Pegawai baru")}))


# ----------------------------------------------------------------------------- decree and matrix


class DokumenEditor(EditorBase):
    """The decree of the period (number, date, signer, lampiran numbers) and the matrix's
    title lines."""

    kind = Jenis.KEPUTUSAN  # what it edits; the tree shows it as the page Jenis.DOKUMEN

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
        # typed as the office writes it ("01 Nopember 2021"), kept in that spelling; blank allowed
        self.tanggal = LineField(self._commit_tanggal)
        self.tanggal.setPlaceholderText(self.tr("misalnya 01 Nopember 2021 (kosong: belum bertanggal)"))
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

        mat = self._matrix_box()
        self.format_editor = FormatEditor(doc)
        self.matriks_format = FormatMatriksEditor(doc)
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
        lay.addWidget(self.format_editor)
        lay.addWidget(mat)
        lay.addWidget(self.matriks_format)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolling(inner))

    def _matrix_box(self) -> QGroupBox:
        """The period's matrix fields: name, title lines, the matrix's own date."""
        mat = QGroupBox(self.tr("Matriks Indikator Kinerja Eselon IV (periode)"))
        mform = _form()
        self.periode_fields: dict[str, LineField] = {}
        for name, label in (("nama", self.tr("Nama periode:")), ("matriks_judul", self.tr("Judul matriks:")),
                            ("matriks_tahun", self.tr("Tahun pada judul:"))):
            w = LineField(lambda v, n=name: self._commit_periode(n, v))
            mform.addRow(label, w)
            self.periode_fields[name] = w
        # the matrix's own date, typed and printed as the office writes it; blank: the decree's
        self.matriks_tanggal = LineField(self._commit_matriks_tanggal)
        self.matriks_tanggal.setPlaceholderText(self.tr("misalnya 01 Nopember 2021 (kosong: tanggal keputusan)"))
        mform.addRow(self.tr("Tanggal mat&riks:"), self.matriks_tanggal)
        mat.setLayout(mform)
        return mat

    def _commit_if(self, name: str, value) -> None:
        if self.item_id is not None and getattr(self.data, name) != value:
            self.commit({name: value})

    def _commit_tanggal(self, text: str) -> None:
        """The date as typed: read in the core, refused (and the stored one shown again)
        when it cannot be read — never changed silently."""
        text = " ".join(text.split())
        if self.item_id is not None and not self.commit({"tanggal": text or None, "tanggal_teks": text}):
            self.reload()

    def _commit_matriks_tanggal(self, text: str) -> None:
        """The matrix date as typed, kept in its spelling; refused (the stored one shown
        again) when it cannot be read."""
        text = " ".join(text.split())
        if not self.doc.run(SetFieldCommand(self.doc, Jenis.PERIODE, self.ctx.periode.id,
                                            {"matriks_tanggal": text or None, "matriks_tanggal_teks": text})):
            self.reload()

    def _commit_periode(self, name: str, value) -> None:
        self.doc.run(SetFieldCommand(self.doc, Jenis.PERIODE, self.ctx.periode.id, {name: value}))

    def create_decree(self) -> bool:
        """A decree for a period that has none (a new kecamatan): this year, no number or
        date yet, the head's holder as signer, to be completed in the form."""
        import datetime as dt

        k = self.store.kecamatan()
        head = next((j for j in self.store.jabatan_all(self.ctx.periode.id, realisasi=False)
                     if j.atasan_id is None), None)
        holder = head.pemegang if head and head.pemegang else None
        today = dt.date.today()
        # number and date stay blank until the decree is signed (printed blank, with a warning)
        fields = {
            "nomor": "", "tahun": today.year, "tanggal": None,
            "sebutan": f"SK Keputusan Camat {k.nama} Kabupaten {k.kabupaten}".replace("  ", " ").strip(),
            "ttd_jabatan": f"CAMAT {k.nama.upper()},".replace(" ,", ","), "ttd_nama": holder.nama if holder else "",
            "ttd_nip": holder.nip if holder else None, "ttd_pangkat": holder.pangkat if holder else None,
        }
        return self.doc.run(AddCommand(self.doc, Jenis.KEPUTUSAN, {"periode": self.ctx.periode.id}, fields))

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
        periode = self.store.periode(ctx.periode.id)
        for name, w in self.periode_fields.items():
            w.set_value(getattr(periode, name))
        self.matriks_tanggal.set_value(teks_tanggal(periode.matriks_tanggal, periode.matriks_tanggal_teks))
        self.new_decree.setVisible(not decrees)
        self.decree_box.setEnabled(bool(decrees))
        self.lampiran.setEnabled(bool(decrees))
        self.format_editor.load(decrees[-1] if decrees else None, ctx.periode.id)
        self.matriks_format.load(self.store.periode(ctx.periode.id))
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
        self.tanggal.set_value(k.tanggal_cetak)
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
