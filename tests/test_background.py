"""Failures of background jobs are never lost (issue 10, finding 13): an expected one is
shown where the user is, a bug reaches the log and the crash dialog with the worker's
traceback — without the job's owner connecting anything."""

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from app.models.errors import DataTidakDitemukan
from app.ui import application
from app.ui.background import Background

MESSAGE = "Indikator «<b>x</b>» sudah dihapus di jendela lain. Pilih indikator lain."


def _refuse(store):
    raise DataTidakDitemukan(MESSAGE)


def _bug_in_a_job(store):
    return {}["tidak ada"]  # a KeyError: a bug


@pytest.fixture
def crash_dialogs(monkeypatch, tmp_path):
    """The real crash handler, its dialog recorded instead of waiting for a click."""
    shown = []

    def fake_exec(box):
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    application.install_crash_handler(tmp_path / "kinerja.log")
    return shown


def test_an_expected_failure_shows_in_the_status_bar_unasked(window, qtbot):
    job = Background(window.store.path, _refuse, window)
    job.request()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == MESSAGE, timeout=5000)


def test_an_expected_failure_goes_to_the_panel_that_asked(window, qtbot):
    job = Background(window.store.path, _refuse, window)
    with qtbot.waitSignal(job.failed, timeout=5000) as told:
        job.request()
    assert told.args == [MESSAGE]
    assert window.statusBar().currentMessage() == ""  # the panel shows it, not the status bar


def test_a_bug_in_a_job_reaches_the_log_and_the_crash_dialog(window, qtbot, crash_dialogs, caplog, tmp_path):
    job = Background(window.store.path, _bug_in_a_job, window)
    with caplog.at_level(logging.ERROR):
        job.request()
        qtbot.waitUntil(lambda: bool(crash_dialogs), timeout=5000)
    text, detail = crash_dialogs[0]
    assert str(tmp_path / "kinerja.log") in text
    assert "KeyError" in detail and "_bug_in_a_job" in detail  # the worker's own traceback
    assert "_bug_in_a_job" in caplog.text
    assert window.statusBar().currentMessage() == ""


def test_a_bug_in_a_stale_job_is_reported_too(window, qtbot, crash_dialogs):
    started, release = threading.Event(), threading.Event()

    def slow_bug(store):
        started.set()
        release.wait(5)
        raise ValueError("uji latar")

    job = Background(window.store.path, slow_bug, window)
    job.request()
    assert started.wait(5)
    job.request(lambda store: store.counts())  # the first one is stale now
    release.set()
    qtbot.waitUntil(lambda: bool(crash_dialogs), timeout=5000)
    assert "uji latar" in crash_dialogs[0][1]


def test_a_bug_in_a_job_whose_owner_is_gone_is_logged(qtbot, sample_path, monkeypatch, caplog):
    from app import logsetup

    monkeypatch.setattr(logsetup, "setup_logging", lambda: None)  # the test's log: caplog
    started, release = threading.Event(), threading.Event()

    def slow_bug(store):
        started.set()
        release.wait(5)
        raise ValueError("uji tanpa pemilik")

    job = Background(sample_path, slow_bug)
    job.request()
    assert started.wait(5)
    with qtbot.waitSignal(job.destroyed, timeout=5000):  # the asking object is gone
        job.deleteLater()
    with caplog.at_level(logging.ERROR):
        release.set()
        assert QThreadPool.globalInstance().waitForDone(5000)
    assert "uji tanpa pemilik" in caplog.text and "slow_bug" in caplog.text


def test_the_core_failing_to_load_at_start_reaches_the_crash_dialog(qtbot, sample_path, tmp_path, monkeypatch,
                                                                    crash_dialogs):
    from PySide6.QtCore import QSettings

    import app.models
    from app.models.sqlite.light_read import light_read
    from app.ui.application import CoreLoader
    from app.ui.main_window import MainWindow

    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))  # not the way for a bug
    monkeypatch.delattr(app.models, "quality", raising=False)
    monkeypatch.setitem(sys.modules, "app.models.quality", None)  # its import fails: a broken install
    w = MainWindow(settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                   pratinjau=light_read(sample_path))
    qtbot.addWidget(w)
    w.show()
    loader = CoreLoader(w, sample_path, "Siti", read_only=False)
    with qtbot.waitSignal(loader.done, timeout=10000) as done:
        loader.start()
    assert done.args == [None] and not w.isVisible()
    assert told == [] and "ModuleNotFoundError" in crash_dialogs[0][1] and "app.models.quality" in crash_dialogs[0][1]
