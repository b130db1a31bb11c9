"""Data safety from the window: backup, restore shown before acting, history, one writer."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models.sqlite import auto_backup, backup
from app.models.sqlite.lock import Lock
from app.ui import application
from app.ui.main_window import MainWindow
from tests.helpers import damaged as _damaged


def open_for_gui(path, operator="Siti"):
    """The store under the one-writer lock, as the start-up opens it (the lock first)."""
    held = application.take_lock(path, operator)
    return application.open_first(path, operator, held is None), held


@pytest.fixture
def quiet(monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2] if len(a) > 2 else "")))
    return shown


def test_backup_from_the_menu(window, tmp_path, monkeypatch, quiet):
    target = tmp_path / "flashdisk" / "cadangan.db"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.safety.ask_backup() == target
    assert backup.describe(target).jumlah["indikator"] == 27
    assert quiet[-1][0] == "information" and "sudah diperiksa" in quiet[-1][1]


def test_restore_shows_the_backup_then_swaps(window, sample_store, tmp_path, quiet, qtbot):
    saved = tmp_path / "c.db"
    backup.backup(sample_store.db.connection(), saved)
    sample_store.update("kecamatan", 1, nama="Diubah sesudah cadangan")
    asked = []
    window.confirm = lambda title, text: asked.append(text) or True
    assert window.safety.ask_restore(saved)
    assert "Kecamatan: Belawang, Kabupaten Barito Kuala" in asked[0] and "27 indikator" in asked[0]
    assert window.store.kecamatan().nama == "Belawang"
    assert window.windowTitle().startswith("Kecamatan Belawang")
    assert len(auto_backup.auto_backups(auto_backup.backup_folder(window.store.path))) == 1  # the safety copy
    # a wrong file is refused with its message, and nothing changes
    text = tmp_path / "t.db"
    text.write_text("bukan")
    assert not window.safety.ask_restore(text)
    assert "bukan basis data SQLite" in quiet[-1][1]
    assert window.store.kecamatan().nama == "Belawang"


def test_history_window_lists_filters_exports_and_undeletes(window, sample_store, tmp_path, qtbot, monkeypatch):
    ind = sample_store.jabatan_all(1)[7].sasaran[0].indikator[1]
    window.select_item("indikator", ind.id)
    window.editors["indikator"].fields["satuan"].setText("pos")
    window.editors["indikator"].fields["satuan"].editingFinished.emit()
    monkeypatch.setattr(window, "confirm", lambda *a: True)
    window.act_delete.trigger()
    dialog = window.open_history()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 2).data() == "hapus" and dialog.model.index(1, 5).data() == "satuan"
    dialog.search.setText("satuan")
    assert dialog.model.rowCount() == 1
    dialog.search.clear()
    assert dialog.export_to(tmp_path / "r.csv") == 2
    dialog.table.selectRow(0)
    assert dialog.undelete.isEnabled()
    assert dialog.undelete_selected()
    assert sample_store.indikator(ind.id).satuan == "pos"
    assert (window.kind, window.item_id) == ("indikator", ind.id)


def test_second_copy_of_the_app_opens_read_only(sample_path, quiet, qtbot):
    first = Lock(sample_path, "Siti").acquire()
    try:
        store, lock = open_for_gui(sample_path)
        try:
            assert lock is None and store.read_only
            assert "Siti" in quiet[0][1] and "hanya dapat membaca" in quiet[0][1]
            w = MainWindow(store)
            qtbot.addWidget(w)
            assert "(hanya baca)" in w.windowTitle()
            shown = []
            w.show_error = shown.append
            w.select_item("kecamatan", 0)
            ed = w.editors["kecamatan"]
            ed.fields["nama"].setText("X")
            ed.fields["nama"].editingFinished.emit()
            assert shown and "hanya-baca" in shown[0]
            assert store.kecamatan().nama == "Belawang"
            w.close()
        finally:
            store.close()
    finally:
        first.release()
    store, lock = open_for_gui(sample_path)
    assert lock is not None and not store.read_only
    lock.release()
    store.close()


def test_damaged_file_at_start_offers_the_newest_good_backup(sample_path, tmp_path, monkeypatch, quiet, qtbot):
    """The quick check runs after the window shows; on damage it offers the newest good
    automatic backup, and the window continues on the restored file."""
    auto_backup.auto_backup(sample_path, sample_path, "harian")
    bad = _damaged(tmp_path, sample_path)
    sample_path.write_bytes(bad.read_bytes())
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    store, lock = open_for_gui(sample_path)
    w = MainWindow(store)
    qtbot.addWidget(w)
    try:
        w.check_file()
        qtbot.waitUntil(lambda: bool(quiet), timeout=10000)
        assert "Berkas data rusak" in asked[0] and "harian" in asked[0]
        assert quiet[0][0] == "information" and "dipulihkan" in quiet[0][1]
        assert w.store is not store
        assert w.store.integrity_problems() == []
        assert w.store.counts()["penjelasan"] == 59
    finally:
        w.close()
        lock.release()
        w.store.close()


def test_sound_file_at_start_asks_nothing(sample_path, monkeypatch, quiet, qtbot):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("nothing to ask"))
    store, lock = open_for_gui(sample_path)
    w = MainWindow(store)
    qtbot.addWidget(w)
    try:
        w.check_file()
        with qtbot.waitSignal(w.safety._file_check.ready, timeout=10000) as got:
            pass
        assert got.args[0] == ([], None) and w.store is store and quiet == []
    finally:
        w.close()
        lock.release()
        store.close()


def test_a_damaged_file_is_never_offered_another_databases_backup(sample_path, tmp_path, monkeypatch, quiet, qtbot):
    """Issue 10, finding 3: another database in the same folder has a daily backup; the
    damaged one has none, so none is offered (it used to be offered B's, and then held
    B's kecamatan)."""
    other = tmp_path / "kinerja.db"
    other.write_bytes(sample_path.read_bytes())
    auto_backup.auto_backup(other, other, "harian")
    sample_path.write_bytes(_damaged(tmp_path, sample_path).read_bytes())
    offered = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: offered.append(a[2]) or QMessageBox.StandardButton.No)
    store, lock = open_for_gui(sample_path)
    w = MainWindow(store)
    qtbot.addWidget(w)
    try:
        w.check_file()
        qtbot.waitUntil(lambda: bool(quiet or offered), timeout=10000)
        assert offered == [] and quiet[0][0] == "critical" and "Tidak ada cadangan otomatis yang baik" in quiet[0][1]
        assert w.store is store
    finally:
        w.close()
        lock.release()
        store.close()


def test_a_second_window_through_a_link_reads_only(sample_path, tmp_path, quiet):
    """Issue 10, finding 5: a shortcut (symbolic link) to the same file meets the lock."""
    import os

    link = tmp_path / "desktop" / "kinerja.db"
    link.parent.mkdir()
    os.symlink(sample_path, link)
    first, first_lock = open_for_gui(sample_path, "Siti")
    try:
        second, second_lock = open_for_gui(link, "Budi")
        assert second_lock is None and second.read_only and "Siti" in quiet[0][1]
        second.close()
    finally:
        first_lock.release()
        first.close()


def test_the_number_of_automatic_backups_takes_effect_at_once(qtbot, sample_path, tmp_path, quiet):
    """Pengaturan → "Jumlah cadangan otomatis": the backup made on exit keeps the new
    number in this session already (it used to wait for a restart)."""
    from PySide6.QtCore import QSettings

    from app.ui.application import start_window
    from app.ui.settings_dialog import SettingsDialog

    folder = auto_backup.backup_folder(sample_path)
    for _ in range(3):
        auto_backup.auto_backup(sample_path, sample_path, "harian")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("cadangan/simpan", 10)
    window, lock = start_window(sample_path, settings)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.attached, timeout=10000):
            pass
        dialog = SettingsDialog(window.doc, window.settings, window)
        dialog.keep.setValue(1)
        dialog.accept()
        window.select_item("kecamatan", 0)
        nama = window.editors["kecamatan"].fields["nama"]
        nama.setText("Belawang Baru")
        nama.editingFinished.emit()
        window.close()
        kept = auto_backup.auto_backups(folder)
        assert len(kept) == 1 and "keluar" in kept[0].name
    finally:
        window.store.close()
        lock.release()
