"""The window's menus and their actions (``window.act_*``), and which of them are enabled
for the item shown. The actions only call the window's parts: structure edits, printing,
data safety."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from .. import APP_NAME
from . import impor_dialog

translate = QCoreApplication.translate
STRUCTURE_KINDS = ("jabatan", "sasaran", "indikator")


def _action(window, text: str, slot, shortcut=None, menu=None) -> QAction:
    act = QAction(text, window)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(slot)
    if menu is not None:
        menu.addAction(act)
    window.addAction(act)
    return act


def build(window) -> set[QAction]:
    """The menus on ``window``; returns the actions usable before the store is open."""
    mb = window.menuBar()
    ready = _berkas(window, mb.addMenu(translate("MainWindow", "&Berkas")))
    _edit(window, mb.addMenu(translate("MainWindow", "&Edit")))
    _cetak(window, mb.addMenu(translate("MainWindow", "&Cetak")))
    data = mb.addMenu(translate("MainWindow", "&Data"))
    window.act_anggaran = _action(window, translate("MainWindow", "&Anggaran (program, pagu, realisasi)…"),
                                  lambda: _anggaran(window), "Ctrl+Shift+A", data)
    ready |= _lihat(window, mb.addMenu(translate("MainWindow", "&Lihat")))
    bantuan = mb.addMenu(translate("MainWindow", "Ban&tuan"))
    ready.add(_action(window, translate("MainWindow", "Cara &mencadangkan data"), window.show_backup_help, None, bantuan))
    ready.add(_action(window, translate("MainWindow", "&Tentang {0}").format(APP_NAME), window.show_about, None, bantuan))
    window.tree.addAction(window.act_delete)
    return ready | {window.act_undo, window.act_redo}


def _berkas(window, menu) -> set[QAction]:
    s = window.structure
    window.act_new_period = _action(window, translate("MainWindow", "&Periode baru (salin periode ini)…"),
                                    s.new_period, None, menu)
    window.act_edit_period = _action(window, translate("MainWindow", "&Ubah periode…"), s.edit_period, None, menu)
    window.act_delete_period = _action(window, translate("MainWindow", "&Hapus periode…"), s.delete_period, None, menu)
    _action(window, translate("MainWindow", "&Impor dokumen…"), lambda: impor_dialog.ask_import(window), None, menu)
    _action(window, translate("MainWindow", "Ekspor ke E&xcel…"), lambda: _excel().ask_export(window), None, menu)
    _action(window, translate("MainWindow", "Impor &dari Excel…"), lambda: _excel().ask_import(window), None, menu)
    menu.addSeparator()
    _action(window, translate("MainWindow", "&Cadangkan data…"), lambda: window.safety.ask_backup(), "Ctrl+Shift+B", menu)
    _action(window, translate("MainWindow", "&Pulihkan dari cadangan…"), lambda: window.safety.ask_restore(), None, menu)
    _action(window, translate("MainWindow", "&Riwayat perubahan…"), window.open_history, "Ctrl+H", menu)
    folder = _action(window, translate("MainWindow", "Buka &folder data"), window.open_data_folder, None, menu)
    window.act_settings = _action(window, translate("MainWindow", "Pen&gaturan…"), window.open_settings,
                                  QKeySequence.StandardKey.Preferences, menu)
    menu.addSeparator()
    quit_ = _action(window, translate("MainWindow", "&Keluar"), window.close, QKeySequence.StandardKey.Quit, menu)
    return {folder, quit_}


def _excel():
    from . import excel_dialog  # not before the first paint (it needs the store)

    return excel_dialog


def _edit(window, menu) -> None:
    s = window.structure
    window.act_undo = window.undo_stack.createUndoAction(window, translate("MainWindow", "&Urungkan"))
    window.act_undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    window.act_redo = window.undo_stack.createRedoAction(window, translate("MainWindow", "Ula&ngi"))
    window.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    for a in (window.act_undo, window.act_redo):
        a.triggered.connect(lambda *_: None)
        menu.addAction(a)
        window.addAction(a)
    menu.addSeparator()
    window.act_add_jabatan = _action(window, translate("MainWindow", "Tambah &jabatan"), s.add_jabatan, "Ctrl+Shift+J", menu)
    window.act_add_sasaran = _action(window, translate("MainWindow", "Tambah &sasaran"), s.add_sasaran, "Ctrl+Shift+S", menu)
    window.act_add_indikator = _action(window, translate("MainWindow", "Tambah &indikator"), s.add_indikator,
                                       "Ctrl+Shift+I", menu)
    window.act_duplicate = _action(window, translate("MainWindow", "&Gandakan indikator"), s.duplicate_indikator,
                                   "Ctrl+D", menu)
    menu.addSeparator()
    window.act_up = _action(window, translate("MainWindow", "Pindah ke &atas"), lambda: s.move_current(-1), "Alt+Up", menu)
    window.act_down = _action(window, translate("MainWindow", "Pindah ke &bawah"), lambda: s.move_current(1), "Alt+Down",
                              menu)
    window.act_delete = _action(window, translate("MainWindow", "&Hapus…"), s.delete_current, "Ctrl+Del", menu)


def _cetak(window, menu) -> None:
    p = window.printing
    _action(window, translate("MainWindow", "&Lampiran Keputusan Camat (semua jabatan)…"),
            lambda: p.open_print("lampiran", {}), QKeySequence.StandardKey.Print, menu)
    window.act_print_one = _action(window, translate("MainWindow", "Lampiran &jabatan terpilih…"),
                                   p.print_current_lampiran, None, menu)
    _action(window, translate("MainWindow", "&Matriks Indikator Kinerja Eselon IV…"),
            lambda: p.open_print("matriks", {}), None, menu)
    window.act_print_sk = _action(window, translate("MainWindow", "&Seluruh lampiran SK (menurut nomor), lalu matriks…"),
                                  lambda: p.open_print("sk", {}), None, menu)
    _action(window, translate("MainWindow", "Laporan &capaian (tahun dan triwulan terpilih)…"),
            lambda: p.open_print("capaian", {"tahun": window.tahun_combo.currentData(),
                                             "triwulan": window.tw_combo.currentData()}), None, menu)
    window.act_print_lkjip = _action(window, translate("MainWindow", "LKj&IP (Bab III)…"), lambda: _lkjip(window), None, menu)
    window.act_print_aksi = _action(window, translate("MainWindow", "&Rencana aksi…"),
                                    lambda: _cetak_aksi(window, "rencana-aksi"), None, menu)
    window.act_print_pengukuran = _action(window, translate("MainWindow", "&Pengukuran kinerja…"),
                                          lambda: _cetak_aksi(window, "pengukuran"), None, menu)


def _lkjip(window) -> None:
    from .lkjip_dialog import print_lkjip

    print_lkjip(window)


def _cetak_aksi(window, dokumen: str) -> None:
    from .cetak_sakip import tanya_dan_cetak  # year, quarter, jabatan asked, then the preview

    tanya_dan_cetak(window, dokumen)


def _anggaran(window) -> None:
    from .anggaran_editor import open_for  # the budget editor (loads the core's budget rules)

    open_for(window)


def _lihat(window, menu) -> set[QAction]:
    find = _action(window, translate("MainWindow", "&Cari"), window.panel.focus_search, QKeySequence.StandardKey.Find, menu)
    window.act_quality = QAction(translate("MainWindow", "&Mutu data"), window)
    window.act_quality.setCheckable(True)
    window.act_quality.setChecked(True)
    window.act_quality.toggled.connect(window.quality_panel.setVisible)
    menu.addAction(window.act_quality)
    summary = _action(window, translate("MainWindow", "&Ringkasan kecamatan"), lambda: window.select_item("ringkasan", 0),
                      "Ctrl+1", menu)
    return {find, summary, window.act_quality}


def update(window, kind: str | None) -> None:
    """Enable what makes sense for the item shown."""
    window.act_add_sasaran.setEnabled(kind in STRUCTURE_KINDS)
    window.act_add_indikator.setEnabled(kind in ("sasaran", "indikator"))
    window.act_duplicate.setEnabled(kind == "indikator")
    for a in (window.act_up, window.act_down, window.act_delete):
        a.setEnabled(kind in STRUCTURE_KINDS)
