"""Berkas → Impor dokumen…: the preview dialog (counts, tree, unplaced pieces), Impor as one
undoable step — undo removes everything imported, redo brings it back with the same ids —
and a file that cannot be read refused with a message."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.models.schema import Periode, using
from app.models.store import Store
from app.ui import impor_dialog
from app.ui.impor_dialog import ImporDialog
from tests.helpers import FIXTURES, table_rows
from tests.impor_contoh import belawang_docx

TEKS_LAIN = FIXTURES / "teks_karang_jaya.txt"


@pytest.fixture
def empty_window(qtbot, tmp_path, settings):
    from app.ui.main_window import MainWindow

    path = tmp_path / "kosong.db"
    store = Store.create(path)
    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w, path
    w.close()
    store.close()


def test_import_in_the_window_is_one_undoable_step(empty_window, qtbot, tmp_path, monkeypatch):
    window, path = empty_window
    source = belawang_docx(tmp_path / "belawang.docx")
    shown = []

    def accept(dialog):
        shown.append((dialog.tree.topLevelItemCount(), dialog.pieces.count(), dialog.pieces.item(0).text(),
                      dialog.periode.text()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImporDialog, "exec", accept)
    before = table_rows(path, skip=("riwayat",))
    job = impor_dialog.import_file(window, str(source))
    qtbot.waitUntil(lambda: window.undo_stack.undoText() == "Impor dokumen belawang.docx", timeout=10000)
    job.wait()
    assert shown == [(8, 1, "(tidak ada)", "2018-2022")]
    after = table_rows(path, skip=("riwayat",))
    assert len(after["indikator"]) == 27 and len(after["target"]) == 55
    assert window.periode_combo.currentText() == "2018-2022"
    assert window.undo_stack.undoText() == "Impor dokumen belawang.docx"
    assert window.statusBar().currentMessage() == "Diimpor dari belawang.docx."
    window.act_undo.trigger()
    assert table_rows(path, skip=("riwayat",)) == before  # everything imported is gone, the period as it was
    window.act_redo.trigger()
    assert table_rows(path, skip=("riwayat",)) == after


def test_preview_shows_unplaced_pieces_and_cancel_writes_nothing(empty_window, qtbot, tmp_path, monkeypatch):
    window, path = empty_window
    source = tmp_path / "karang_jaya.txt"  # a text with a date that cannot be read
    source.write_text(TEKS_LAIN.read_text(encoding="utf-8").replace("01 Nopember 2021", "31 Pebruari 2021"),
                      encoding="utf-8")
    seen = []

    def cancel(dialog):
        seen.append([dialog.pieces.item(i).text() for i in range(dialog.pieces.count())])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImporDialog, "exec", cancel)
    before = table_rows(path)
    impor_dialog.import_file(window, str(source)).wait()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert len(seen[0]) == 2 and seen[0][0].startswith("baris 4: 31 Pebruari 2021 — tanggal tidak dapat dibaca")
    assert table_rows(path) == before and window.undo_stack.count() == 0


def test_unreadable_file_refused_with_a_message(empty_window, qtbot, tmp_path, monkeypatch):
    window, path = empty_window
    bad = tmp_path / "lama.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    impor_dialog.import_file(window, str(bad))
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert len(errors) == 1 and "dokumen Word lama (.doc)" in errors[0] and window.undo_stack.count() == 0


def test_preview_warns_of_another_kecamatan(qtbot, sample_path, settings, monkeypatch):
    """The window's preview names both kecamatan before anything is written."""
    from app.ui.main_window import MainWindow

    store = Store.open(sample_path)
    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    seen = []

    def cancel(dialog):
        seen.append((dialog.warning.isVisibleTo(dialog), dialog.warning.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImporDialog, "exec", cancel)
    impor_dialog.import_file(w, str(TEKS_LAIN)).wait()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    visible, text = seen[0]
    assert visible and "Kecamatan Karang Jaya" in text and "milik Kecamatan Belawang" in text
    w.close()
    store.close()


def _read_held(monkeypatch):
    """Hold the read (``baca``) until the returned Event is set; the threads it ran in."""
    import threading

    import app.models.impor as impor

    real, go, threads = impor.baca, threading.Event(), []

    def held(path, periode=None):
        threads.append(threading.current_thread())
        assert go.wait(10)
        return real(path, periode)

    monkeypatch.setattr(impor, "baca", held)
    return go, threads


def test_batal_while_reading_shows_no_preview_and_changes_nothing(empty_window, qtbot, tmp_path, monkeypatch):
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    window, path = empty_window
    source = belawang_docx(tmp_path / "belawang.docx")
    go, threads = _read_held(monkeypatch)
    shown = []
    monkeypatch.setattr(ImporDialog, "exec", lambda dialog: shown.append(dialog) or QDialog.DialogCode.Accepted)
    before = table_rows(path)
    job = impor_dialog.import_file(window, str(source))
    progress = [w for w in window.findChildren(QProgressDialog) if w.labelText() == "Membaca dokumen…"]
    assert len(progress) == 1 and progress[0].windowModality() == Qt.WindowModality.WindowModal
    progress[0].findChild(QPushButton).click()  # «Batal», as the clerk presses it, while the read is held
    go.set()
    qtbot.waitUntil(lambda: "Impor dokumen dibatalkan" in window.statusBar().currentMessage(), timeout=10000)
    job.wait()
    assert threads and threads[0] is not threading.main_thread()
    assert shown == [] and table_rows(path) == before and window.undo_stack.count() == 0


def test_another_period_is_read_again_in_the_background(empty_window, qtbot, tmp_path, monkeypatch):
    """A period typed in the preview: a wrong one is refused (the preview comes back), a
    right one makes the document read again, off the GUI thread, into that period."""
    import threading

    window, path = empty_window
    source = belawang_docx(tmp_path / "belawang.docx")
    go, threads = _read_held(monkeypatch)
    go.set()
    errors, seen = [], []
    monkeypatch.setattr(window, "show_error", errors.append)
    typed = iter(["2023-2019", "2019-2023", None])

    def answer(dialog):
        seen.append(dialog.periode.text())
        text = next(typed)
        if text is not None:
            dialog.periode.setText(text)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImporDialog, "exec", answer)
    impor_dialog.import_file(window, str(source))
    qtbot.waitUntil(lambda: window.undo_stack.canUndo(), timeout=10000)
    assert seen == ["2018-2022", "2023-2019", "2019-2023"]  # the mistyped period shown again to correct it
    assert len(errors) == 1 and "Periode «2023-2019» tidak dikenal" in errors[0]
    assert len(threads) == 2 and threading.main_thread() not in threads
    assert window.periode_combo.currentText() == "2019-2023"
    with Store.open(path) as store, using(store.db):
        assert [(p.tahun_awal, p.tahun_akhir) for p in Periode.select()] == [(2019, 2023)]


def test_impor_waits_for_another_period_when_the_named_one_would_be_refused(qtbot, sample_path, settings,
                                                                            monkeypatch, tmp_path):
    """(A clerk's trial: Impor stayed on under a warning that it would be refused.)"""
    from app.ui.main_window import MainWindow

    store = Store.open(sample_path)
    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    seen = []

    def look(dialog):
        seen.append((dialog.ok.isEnabled(), dialog.warning.text()))
        dialog.periode.setText("2023-2027")
        seen.append(dialog.ok.isEnabled())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImporDialog, "exec", look)
    impor_dialog.import_file(w, str(belawang_docx(tmp_path / "belawang.docx"))).wait()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert seen[0][0] is False and "«Periode tujuan»" in seen[0][1] and "sudah berisi data" in seen[0][1]
    assert seen[1] is True
    w.close()
    store.close()


def test_a_large_decree_is_written_and_undone_with_the_wait_cursor(empty_window, qtbot, tmp_path, monkeypatch):
    """(A clerk's trial: a 281-jabatan decree froze the window 2.5 s to import, 1.7 s to undo,
    without a word.) The wait cursor and a status line, on the GUI thread (no nested loop)."""
    import threading

    from PySide6.QtWidgets import QApplication

    import app.models.impor.tulis as tulis
    from app.ui.commands import ImporCommand

    window, path = empty_window
    monkeypatch.setattr(ImporCommand, "BESAR", 1)  # the sample's decree counts as large
    seen = []
    for name in ("impor", "batalkan", "ulangi"):
        real = getattr(tulis, name)
        monkeypatch.setattr(tulis, name, lambda *a, real=real: (seen.append((
            threading.current_thread() is threading.main_thread(), window.statusBar().currentMessage(),
            QApplication.overrideCursor() is not None)), real(*a))[-1])
    monkeypatch.setattr(ImporDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    before = table_rows(path, skip=("riwayat",))
    impor_dialog.import_file(window, str(belawang_docx(tmp_path / "belawang.docx")))
    qtbot.waitUntil(lambda: window.undo_stack.undoText() == "Impor dokumen belawang.docx", timeout=10000)
    after = table_rows(path, skip=("riwayat",))
    assert len(after["indikator"]) == 27
    window.act_undo.trigger()
    assert table_rows(path, skip=("riwayat",)) == before
    window.act_redo.trigger()
    assert table_rows(path, skip=("riwayat",)) == after
    assert seen == [(True, "Mengimpor…", True), (True, "Mengurungkan impor…", True), (True, "Mengulangi impor…", True)]


def test_impor_stays_on_for_the_documents_period_beside_a_chosen_empty_one(qtbot, tmp_path, settings, monkeypatch):
    """(Review: Impor was kept off where keeping the named period makes a new period beside
    the empty one the user chose, as the message itself says.)"""
    from app.ui.main_window import MainWindow

    store = Store.create(tmp_path / "baru.db", periode=(2024, 2028))
    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    seen = []
    monkeypatch.setattr(ImporDialog, "exec", lambda d: seen.append((d.periode.text(), d.ok.isEnabled())) or
                        QDialog.DialogCode.Accepted)
    impor_dialog.import_file(w, str(belawang_docx(tmp_path / "b.docx"))).wait()
    qtbot.waitUntil(lambda: w.undo_stack.canUndo(), timeout=10000)
    assert seen == [("2018-2022", True)]
    with using(store.db):
        assert sorted(p.nama for p in Periode.select()) == ["2018-2022", "2024-2028"]
    w.close()
    store.close()
