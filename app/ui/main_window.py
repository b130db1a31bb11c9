"""The main window: the tree of jabatan on the left, the selected item on the right, the
data-quality warnings below. (Editing comes with the editors of issue 3.)"""

from __future__ import annotations

import html

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..models.data import IndikatorData, JabatanData, PeriodeData, SasaranData
from ..models.quality import periksa
from ..models.rules import format_angka, format_nip
from ..models.store import Store
from .tree_model import ID_ROLE, KIND_ROLE, JabatanTreeModel

e = html.escape


class MainWindow(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.kecamatan = store.kecamatan()
        self.setWindowTitle(f"{APP_NAME} — Kecamatan {self.kecamatan.nama}".rstrip(" —"))
        self.resize(1100, 720)

        self.periode_combo = QComboBox()
        self.periode_combo.setAccessibleName(self.tr("Periode"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari jabatan, sasaran atau indikator…"))
        self.search.setClearButtonEnabled(True)
        self.tree_model = JabatanTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.tree_model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Periode:"))
        label.setBuddy(self.periode_combo)
        row.addWidget(label)
        row.addWidget(self.periode_combo, 1)
        lay.addLayout(row)
        lay.addWidget(self.search)
        lay.addWidget(self.tree, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 720])
        self.setCentralWidget(self.splitter)

        self.warnings = QListWidget()
        dock = QDockWidget(self.tr("Mutu data"), self)
        dock.setObjectName("mutu_data")
        dock.setWidget(self.warnings)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)

        self._make_menus(dock)
        self.statusBar().showMessage(self.tr("Berkas data: {0}").format(store.path))

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(lambda text: self.tree.expandAll() if text else None)
        self.periode_combo.currentIndexChanged.connect(self._load_tree)
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        self.warnings.itemActivated.connect(self._select_warning)
        self.warnings.itemClicked.connect(self._select_warning)

        self._periode: list[PeriodeData] = store.periode_list()
        for p in self._periode:
            self.periode_combo.addItem(p.nama, p.id)
        self._load_warnings()

    # ------------------------------------------------------------------ building

    def _make_menus(self, dock: QDockWidget) -> None:
        berkas = self.menuBar().addMenu(self.tr("&Berkas"))
        keluar = QAction(self.tr("&Keluar"), self)
        keluar.setShortcut(QKeySequence.StandardKey.Quit)
        keluar.triggered.connect(self.close)
        berkas.addAction(keluar)
        lihat = self.menuBar().addMenu(self.tr("&Lihat"))
        cari = QAction(self.tr("&Cari"), self)
        cari.setShortcut(QKeySequence.StandardKey.Find)
        cari.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        lihat.addAction(cari)
        lihat.addAction(dock.toggleViewAction())
        bantuan = self.menuBar().addMenu(self.tr("Ban&tuan"))
        tentang = QAction(self.tr("&Tentang {0}").format(APP_NAME), self)
        tentang.triggered.connect(self._about)
        bantuan.addAction(tentang)

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("Tentang {0}").format(APP_NAME),
            self.tr("<b>{0}</b> versi {1}<p>Indikator kinerja kecamatan dan lampiran SK Camat, tanpa internet.</p>"
                    "<p>Berkas data: {2}</p><p>Cadangan: salin berkas itu (saat aplikasi tertutup) ke flashdisk; "
                    "satu berkas itu sudah lengkap.</p>").format(APP_NAME, __version__, e(str(self.store.path))),
        )

    # ------------------------------------------------------------------ behaviour

    @property
    def periode_id(self) -> int | None:
        return self.periode_combo.currentData()

    def _load_tree(self) -> None:
        if self.periode_id is None:
            return
        self.tree_model.set_tree(self.store.tree(self.periode_id))
        self.tree.expandToDepth(0)
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)

    def _load_warnings(self) -> None:
        self.warnings.clear()
        for w in periksa(self.store):
            item = QListWidgetItem(w.pesan)
            item.setData(KIND_ROLE, w.jenis_item)
            item.setData(ID_ROLE, w.item_id)
            self.warnings.addItem(item)

    def select_item(self, kind: str, item_id: int) -> bool:
        source = self.tree_model.find(kind, item_id)
        if not source.isValid():
            return False
        if self.search.text():
            self.search.clear()
        index = self.proxy.mapFromSource(source)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _select_warning(self, item: QListWidgetItem) -> None:
        self.select_item(item.data(KIND_ROLE), item.data(ID_ROLE))

    def _show_current(self, current, _previous=None) -> None:
        if not current.isValid() or self.periode_id is None:
            self.detail.clear()
            return
        kind, item_id = current.data(KIND_ROLE), current.data(ID_ROLE)
        if kind == "jabatan":
            self.detail.setHtml(self._jabatan_html(self.store.jabatan(item_id, self.periode_id)))
        elif kind == "sasaran":
            jab = self.store.jabatan(self.tree_model.node(self.proxy.mapToSource(current)).parent.id, self.periode_id)
            sas = next(s for s in jab.sasaran if s.id == item_id)
            self.detail.setHtml(self._sasaran_html(jab, sas))
        elif kind == "indikator":
            self.detail.setHtml(self._indikator_html(self.store.indikator(item_id)))

    # ------------------------------------------------------------------ HTML views

    def _jabatan_html(self, j: JabatanData) -> str:
        holder = "—"
        if j.pemegang:
            holder = e(j.pemegang.nama)
            if j.pemegang.nip:
                holder += f"<br>NIP. {e(format_nip(j.pemegang.nip))}"
        fungsi = "".join(f"<li>{e(f)}</li>" for f in j.fungsi) or "<li>—</li>"
        sasaran = "".join(
            f"<li>{e(s.nomor)} {e(s.nama)} <i>({len(s.indikator)} indikator)</i></li>" for s in j.sasaran
        ) or "<li>—</li>"
        return (f"<h2>{e(j.nama)}</h2><p><b>Eselon:</b> {e(j.eselon or '—')}<br><b>Pemegang:</b> {holder}</p>"
                f"<h3>Tugas</h3><p>{e(j.tugas) or '—'}</p><h3>Fungsi</h3><ol>{fungsi}</ol>"
                f"<h3>Sasaran</h3><ul>{sasaran}</ul>")

    def _sasaran_html(self, j: JabatanData, s: SasaranData) -> str:
        rows = "".join(f"<li>{e(i.nomor)} {e(i.nama) or '<i>(tanpa nama)</i>'}</li>" for i in s.indikator)
        matriks = f"<p><b>Di matriks:</b> {e(s.nama_matriks)}</p>" if s.nama_matriks else ""
        return (f"<h2>{e(s.nama)}</h2><p><b>Jabatan:</b> {e(j.nama)}<br><b>Nomor:</b> {e(s.nomor) or '—'}</p>"
                f"{matriks}<h3>Indikator</h3><ol>{rows or '<li>—</li>'}</ol>")

    def _indikator_html(self, i: IndikatorData) -> str:
        def line(label: str, value: str) -> str:
            return f"<tr><th align='left' valign='top'>{e(label)}</th><td>{e(value).replace(chr(10), '<br>') or '—'}</td></tr>"

        mark = "➢ " if i.penjelasan_berbutir else ""
        penjelasan = "".join(f"<p>{mark}{e(p)}</p>" for p in i.penjelasan) or "<p>—</p>"
        years = "".join(f"<th>{t.tahun}</th>" for t in i.target)
        values = "".join(f"<td align='right'>{e(format_angka(t.nilai) or t.teks)}</td>" for t in i.target)
        target = (f"<table border='1' cellpadding='4' cellspacing='0'><tr>{years}</tr><tr>{values}</tr></table>"
                  if i.target else "<p>Belum ada target.</p>")
        table = "".join([
            line("Nomor", i.nomor), line("Jenis", i.jenis), line("Polaritas", i.polaritas), line("Satuan", i.satuan),
            line("Penanggung jawab", i.penanggung_jawab), line("Sumber data", i.sumber_data),
            line("Formulasi (matriks)", i.formulasi),
            line("Nama di matriks", i.nama_matriks or ""), line("Sumber data di matriks", i.sumber_data_matriks or ""),
            line("Dicetak di", ", ".join(x for x, on in (("lampiran", i.di_lampiran), ("matriks", i.di_matriks)) if on)),
        ])
        return (f"<h2>{e(i.nama) or '<i>(indikator tanpa nama)</i>'}</h2><table cellpadding='3'>{table}</table>"
                f"<h3>Penjelasan</h3>{penjelasan}<h3>Target</h3>{target}")
