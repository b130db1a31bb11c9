"""The start-up, one path for every file: the lock, the light read of the file (after
opening the store first for a first run, a migration, a journal or damage), the window
built from it and shown, then the core loads and ``attach`` completes it; the quick check
runs in the background. What the user does meanwhile is kept."""

import subprocess
import sys

import pytest
from app.models.sqlite import auto_backup, backup
from app.models.sqlite.light_read import light_read
from app.models.store import Store
from app.ui.application import CoreLoader, start_window
from app.ui.main_window import MainWindow
from app.ui.tree_model import JabatanTreeModel
from tests.helpers import cut_sample, make_v1_database, table_rows


@pytest.fixture
def preview_window(qtbot, sample_path, settings):
    w = MainWindow(settings=settings, pratinjau=light_read(sample_path))
    qtbot.addWidget(w)
    yield w
    w.close()
    if w.store is not None:
        w.store.close()


def _first_indikator(store):
    (camat,) = store.tree(store.periode_list()[-1].id)
    return camat.bawahan[0].bawahan[0].sasaran[0].indikator[0]


def test_the_window_before_the_store_shows_the_tree_and_keeps_a_choice(preview_window, sample_path):
    w = preview_window
    assert w.store is None and w.doc is None
    assert "Belawang" in w.windowTitle()
    with Store.open(sample_path) as s:
        ind = _first_indikator(s)
        periode = s.periode_list()[-1]
        jab = s.tree(periode.id)[0].bawahan[1]
    assert w.periode_combo.currentData() == periode.id and w.tahun_combo.count() == len(periode.tahun)
    model = w.tree_model  # the real model from the first paint on, filled from the light read
    assert isinstance(model, JabatanTreeModel) and w.proxy.sourceModel() is model
    assert not w.find_source("indikator", ind.id).isValid()  # indicators come with the store
    assert w.find_source("jabatan", jab.id).isValid()
    assert not w.act_add_jabatan.isEnabled() and not w.periode_combo.isEnabled()
    assert not w.search.isClearButtonEnabled()  # its icon lookup is not paid at start
    assert w.act_undo.shortcut().toString() == "Ctrl+Z"  # the menus are complete at once
    w.search.setText("KASI PEMERINTAHAN")  # the search works on the light tree
    assert w.proxy.rowCount() >= 1 and w.search.isClearButtonEnabled()
    w.search.clear()
    assert w.select_item("jabatan", jab.id)
    assert w._pending == ("jabatan", jab.id) and w.kind is None

    store = Store.open(sample_path)
    w.attach(store)
    assert (w.kind, w.item_id) == ("jabatan", jab.id)
    assert w.stack.currentWidget() is w.editors["jabatan"]
    assert w.editors["jabatan"].fields["nama"].text() == jab.nama
    assert w.tree_model is model and model.find("indikator", ind.id).isValid()
    assert w.act_add_jabatan.isEnabled() and w.periode_combo.isEnabled()
    assert w.act_undo.shortcut().toString() == "Ctrl+Z" and w.act_delete.shortcut().toString() == "Ctrl+Del"
    # and it edits: an undoable command reaches the file
    before = store.counts()["jabatan"]
    w.select_item("jabatan", store.tree(w.periode.id)[0].id)
    w.add_jabatan()
    assert store.counts()["jabatan"] == before + 1
    w.act_undo.trigger()
    assert store.counts()["jabatan"] == before


def test_the_loader_opens_the_store_and_restores_the_last_item(qtbot, sample_path, settings):
    with Store.open(sample_path) as s:
        jab = s.tree(s.periode_list()[-1].id)[0].bawahan[1]
    settings.setValue("pilihan/jenis", "jabatan")
    settings.setValue("pilihan/id", jab.id)
    w = MainWindow(settings=settings, pratinjau=light_read(sample_path))
    qtbot.addWidget(w)
    loader = CoreLoader(w, sample_path, "Siti", read_only=False)
    with qtbot.waitSignal(w.attached, timeout=10000):
        loader.start()
        loader.start()  # a second start (the 0.3 s fallback) changes nothing
    try:
        assert w.store is not None and w.store.operator == "Siti" and not w.store.read_only
        assert (w.kind, w.item_id) == ("jabatan", jab.id)
        assert w.editors["jabatan"].fields["nama"].text() == jab.nama
    finally:
        w.close()
        w.store.close()


def test_a_window_closed_while_loading_keeps_the_users_choice(qtbot, sample_path, settings):
    w = MainWindow(settings=settings, pratinjau=light_read(sample_path))
    qtbot.addWidget(w)
    w.select_item("ringkasan", 0)
    w.close()
    assert settings.value("pilihan/jenis") == "ringkasan"


def test_daily_backup_is_made_in_the_background(window, sample_path, qtbot):
    folder = auto_backup.backup_folder(sample_path)
    assert not auto_backup.auto_backups(folder)
    window.safety.automatic = True  # as the start-up sets it
    window.safety.after_attach()
    qtbot.waitUntil(lambda: len(auto_backup.auto_backups(folder)) == 1, timeout=10000)
    assert "harian" in auto_backup.auto_backups(folder)[0].name
    assert backup.describe(auto_backup.auto_backups(folder)[0]).jumlah["indikator"] == 27


def test_the_first_paint_needs_no_peewee():
    """The window's modules and the light read import neither peewee nor the store: the
    start-up shows the window before loading them (guard against a stray import)."""
    code = ("import sys; import app.ui.application, app.ui.main_window, app.models.sqlite.light_read, app.logsetup; "
            "print(sorted(m for m in ('peewee', 'app.models.store', 'app.models.data', 'dataclasses') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_the_first_paint_uses_qts_namespace_and_no_magic_numbers():
    """The design this start-up chose: the real tree model and the shortcuts are made
    before the first paint, so Qt's namespace (~90 enumerations, ≈ 13 ms) is loaded then
    — the price of one tree model and readable enums. What stays out is the core."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[1] / "app" / "ui"
    for path in ui.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "# noqa: B018" not in text, path  # no bare touch of Qt's namespace
        assert not re.search(r"setProperty\(\"(orientation|textFormat)\", \d", text), path
        assert "0x0100" not in text and "QStandardItemModel" not in text, path


def test_item_roles_are_qts_user_roles():
    from PySide6.QtCore import Qt

    from app.ui.tree_model import ID_ROLE, KIND_ROLE

    assert (KIND_ROLE, ID_ROLE) == (Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2)


def test_start_window_takes_the_light_path_and_completes(qtbot, sample_path, settings):
    window, lock = start_window(sample_path, settings)
    qtbot.addWidget(window)
    try:
        assert window.doc is None and lock is not None  # shown from the light read, the lock taken
        with qtbot.waitSignal(window.attached, timeout=10000):
            pass
        assert window.store is not None and not window.store.read_only
        assert window.kind == "ringkasan" and "Belawang" in window.windowTitle()
    finally:
        window.close()
        if window.store is not None:
            window.store.close()
        lock.release()


def test_start_window_on_a_file_in_use_reads_only(qtbot, sample_path, settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.models.sqlite.lock import Lock

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    other = Lock(sample_path, "Siti").acquire()
    try:
        window, lock = start_window(sample_path, settings)
        qtbot.addWidget(window)
        assert lock is None and "Siti" in told[0] and "(hanya baca)" in window.windowTitle()
        with qtbot.waitSignal(window.attached, timeout=10000):
            pass
        assert window.store.read_only
        window.close()
        window.store.close()
    finally:
        other.release()


def _lock_order(monkeypatch, path):
    """Records, each time the lock is taken, whether the file or its journal existed."""
    from app.models.sqlite.header import journal_path
    from app.models.sqlite.lock import Lock

    order = []
    real_acquire = Lock.acquire
    monkeypatch.setattr(Lock, "acquire", lambda self: order.append(
        (path.exists(), journal_path(path).exists())) or real_acquire(self))
    return order


def _completed(qtbot, window):
    """The window shown from the light read (not yet complete), then completed."""
    assert window.doc is None and window.isVisible()
    with qtbot.waitSignal(window.attached, timeout=10000):
        pass
    return window


def test_start_window_on_a_file_to_migrate_takes_the_same_path(qtbot, tmp_path, settings, monkeypatch):
    """Migrated under the lock before the window; the window is still built from the
    light read (made after the migration) and completed by the loader."""
    from PySide6.QtWidgets import QMessageBox

    from app.models.engine import SCHEMA_VERSION

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("a sound file: nothing to ask"))
    path = tmp_path / "lama.db"
    make_v1_database(path)
    order = _lock_order(monkeypatch, path)
    window, lock = start_window(path, settings)
    qtbot.addWidget(window)
    try:
        assert order == [(True, False)] and window.tree_model.rowCount() > 3  # the light read's jabatan
        _completed(qtbot, window)
        assert window.store.schema_version() == SCHEMA_VERSION and not window.store.read_only
    finally:
        window.close()
        window.store.close()
        lock.release()


def test_a_first_run_takes_the_lock_before_creating_the_file(qtbot, tmp_path, settings, monkeypatch):
    from app.ui import application

    monkeypatch.setattr(application.WelcomeDialog, "exec",
                        lambda self: (self._done(self.SAMPLE), application.QDialog.DialogCode.Accepted)[1])
    path = tmp_path / "baru" / "kinerja.db"
    order = _lock_order(monkeypatch, path)
    window, lock = start_window(path, settings)
    qtbot.addWidget(window)
    try:
        assert order == [(False, False)] and lock is not None
        assert "Belawang" in window.windowTitle()  # the light read of the file just created
        _completed(qtbot, window)
        assert window.store.counts()["indikator"] == 27
    finally:
        window.close()
        window.store.close()
        lock.release()


def test_a_first_run_given_up_leaves_no_lock_and_no_window(qtbot, tmp_path, settings, monkeypatch):
    from app.models.sqlite.lock import Lock
    from app.ui import application

    monkeypatch.setattr(application.WelcomeDialog, "exec", lambda self: application.QDialog.DialogCode.Rejected)
    path = tmp_path / "kinerja.db"
    assert start_window(path, settings) == 0
    assert not path.exists()
    Lock(path, "Siti").acquire().release()  # released


def test_a_damaged_page_is_found_in_the_background_after_the_window_shows(qtbot, sample_path, tmp_path, settings,
                                                                          monkeypatch):
    """The quick check is never made before the window: it runs once the store is
    attached, and offers the newest good automatic backup."""
    from PySide6.QtWidgets import QMessageBox

    from tests.helpers import damaged

    auto_backup.auto_backup(sample_path, sample_path, "harian")
    sample_path.write_bytes(damaged(tmp_path, sample_path).read_bytes())
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window, lock = start_window(sample_path, settings)
    qtbot.addWidget(window)
    try:
        assert asked == []
        _completed(qtbot, window)
        qtbot.waitUntil(lambda: bool(asked), timeout=10000)
        assert "Berkas data rusak" in asked[0] and "harian" in asked[0]
    finally:
        window.close()
        window.store.close()
        lock.release()


def test_a_file_that_turns_bad_while_loading_is_reported_and_the_window_closes(qtbot, sample_path, settings,
                                                                                monkeypatch):
    """The light read passed, then the file changed under the app (another program): the
    store refuses it, the user is told why, the window closes, nothing is written."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))
    w = MainWindow(settings=settings, pratinjau=light_read(sample_path))
    qtbot.addWidget(w)
    w.show()
    con = sqlite3.connect(sample_path)
    con.execute("PRAGMA application_id = 1234")  # now another application's file
    con.commit()
    con.close()
    before = sample_path.read_bytes()
    loader = CoreLoader(w, sample_path, "Siti", read_only=False)
    with qtbot.waitSignal(loader.done, timeout=10000) as done:
        loader.start()
    assert done.args == [None] and w.store is None and not w.isVisible()
    assert "aplikasi lain" in told[0]
    assert sample_path.read_bytes() == before


def test_a_window_closed_while_loading_opens_no_store(qtbot, sample_path, settings):
    w = MainWindow(settings=settings, pratinjau=light_read(sample_path))
    qtbot.addWidget(w)
    loader = CoreLoader(w, sample_path, "Siti", read_only=False)
    w.close()
    with qtbot.waitSignal(loader.done, timeout=10000) as done:
        loader.start()
    assert done.args == [None] and w.store is None and w.doc is None


def test_a_year_chosen_while_loading_is_kept(qtbot, sample_path, settings):
    settings.setValue("pilihan/tahun", 2020)
    w = MainWindow(settings=settings, pratinjau=light_read(sample_path))
    qtbot.addWidget(w)
    assert w.tahun_combo.currentData() == 2020  # the last session's year, before the store
    w.tahun_combo.setCurrentIndex(w.tahun_combo.findData(2019))
    store = Store.open(sample_path)
    try:
        w.attach(store)
        assert w.tahun_combo.currentData() == 2019
    finally:
        w.close()
        store.close()


def test_start_window_after_a_power_cut_recovers_under_the_lock(qtbot, sample_path, tmp_path, settings, monkeypatch):
    """A journal left by a cut: the light read steps aside, the lock is taken, then the
    store opens (SQLite plays the journal back), then the window from the light read."""
    from PySide6.QtWidgets import QMessageBox

    from app.models.sqlite.header import journal_path

    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail(a[2]))
    before = table_rows(sample_path)
    path = tmp_path / "Kantor #2" / "kinerja.db"
    path.parent.mkdir()
    cut_sample(sample_path, path, mid_commit=True)
    order = _lock_order(monkeypatch, path)
    window, lock = start_window(path, settings)
    qtbot.addWidget(window)
    try:
        assert order == [(True, True)]  # the lock was taken while the journal was still there
        _completed(qtbot, window)
        assert lock is not None and not window.store.read_only
        assert not journal_path(path).exists() and "Belawang" in window.windowTitle()
        assert window.store.counts()["penjelasan"] == len(before["penjelasan"])
    finally:
        window.close()
        window.store.close()
        lock.release()


def test_start_window_on_a_file_still_damaged_offers_its_newest_good_backup(qtbot, sample_path, settings,
                                                                            monkeypatch):
    """Cut short with no journal to play back: damaged. The newest good automatic backup
    is offered, restored, and the window opens on it."""
    import os

    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail(a[2]))
    auto_backup.auto_backup(sample_path, sample_path, "harian")
    os.truncate(sample_path, sample_path.stat().st_size // 2)
    window, lock = start_window(sample_path, settings)
    qtbot.addWidget(window)
    try:
        assert "terpotong" in asked[0] and "cadangan" in asked[0]
        _completed(qtbot, window)
        assert window.store is not None and not window.store.read_only
        assert window.store.counts()["indikator"] == 27 and window.store.integrity_problems() == []
    finally:
        window.close()
        window.store.close()
        lock.release()


def test_the_app_sets_up_its_log_once_the_window_is_complete(qtbot, sample_path, settings, monkeypatch):
    from app import logsetup

    set_up = []
    monkeypatch.setattr(logsetup, "setup_logging", lambda: set_up.append(True))
    window, lock = start_window(sample_path, settings, set_up_logging=True)
    qtbot.addWidget(window)
    try:
        assert set_up == []  # nothing of it before the first paint
        _completed(qtbot, window)
        qtbot.waitUntil(lambda: set_up == [True], timeout=5000)
    finally:
        window.close()
        window.store.close()
        lock.release()
