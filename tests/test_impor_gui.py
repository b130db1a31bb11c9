"""Berkas → Impor dokumen…: the preview dialog (counts, tree, unplaced pieces), Impor as one
undoable step — undo removes everything imported, redo brings it back with the same ids —
and a file that cannot be read refused with a message."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

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


def test_import_in_the_window_is_one_undoable_step(empty_window, tmp_path, monkeypatch):
    window, path = empty_window
    source = belawang_docx(tmp_path / "belawang.docx")
    shown = []

    def accept(dialog):
        shown.append((dialog.tree.topLevelItemCount(), dialog.pieces.count(), dialog.pieces.item(0).text(),
                      dialog.periode.text()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImporDialog, "exec", accept)
    before = table_rows(path, skip=("riwayat",))
    assert impor_dialog.import_file(window, str(source))
    assert shown == [(8, 1, "(tidak ada)", "2018-2022")]
    after = table_rows(path, skip=("riwayat",))
    assert len(after["indikator"]) == 27 and len(after["target"]) == 55
    assert window.periode_combo.currentText() == "2018-2022"
    assert window.undo_stack.undoText() == "Impor dokumen belawang.docx"
    window.act_undo.trigger()
    assert table_rows(path, skip=("riwayat",)) == before  # everything imported is gone, the period as it was
    window.act_redo.trigger()
    assert table_rows(path, skip=("riwayat",)) == after


def test_preview_shows_unplaced_pieces_and_cancel_writes_nothing(empty_window, tmp_path, monkeypatch):
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
    assert not impor_dialog.import_file(window, str(source))
    assert len(seen[0]) == 2 and seen[0][0].startswith("baris 4: 31 Pebruari 2021 — tanggal tidak dapat dibaca")
    assert table_rows(path) == before and window.undo_stack.count() == 0


def test_unreadable_file_refused_with_a_message(empty_window, tmp_path, monkeypatch):
    window, path = empty_window
    bad = tmp_path / "lama.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    assert not impor_dialog.import_file(window, str(bad))
    assert "dokumen Word lama (.doc)" in errors[0] and window.undo_stack.count() == 0


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
    assert not impor_dialog.import_file(w, str(TEKS_LAIN))
    visible, text = seen[0]
    assert visible and "Kecamatan Karang Jaya" in text and "milik Kecamatan Belawang" in text
    w.close()
    store.close()
