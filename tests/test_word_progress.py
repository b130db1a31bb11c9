"""«Simpan sebagai Word…» in the print preview (issue 14, item 4): the .docx is built off the
GUI thread behind a progress dialog with «Batal»; cancelling leaves no file (and an older
file of that name as it was), the database untouched; a failure is told, no file left."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.ui.background import Background


@pytest.fixture
def preview(window, qtbot):
    dialog = window.open_print("lampiran", {}, modal=False)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.built, timeout=20000).wait()
    return dialog


def _db_hash(window) -> str:
    return hashlib.sha256(window.doc.store.path.read_bytes()).hexdigest()


def test_word_is_built_in_the_background_with_a_progress_dialog(window, preview, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "lampiran.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    preview.word_button.click()
    job = preview.word_job
    assert isinstance(job, Background) and job.progress_dialog.labelText() == "Menyusun dokumen Word…"
    assert not out.exists()  # not written in the GUI thread while the click is handled
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    assert out.read_bytes()[:2] == b"PK"
    assert str(out) in preview.status.text()


def test_cancelled_word_save_leaves_no_file_and_an_older_file_as_it_was(window, preview, qtbot, tmp_path):
    before = _db_hash(window)
    new, old = tmp_path / "baru.docx", tmp_path / "lama.docx"
    old.write_bytes(b"versi lama")
    for path in (new, old):
        job = window.printing.save_word(preview, path)
        job.progress_dialog.cancel()  # before the build's result reaches the GUI thread
        qtbot.waitUntil(lambda: job.stopped, timeout=20000)
        assert "dibatalkan" in preview.status.text()
    assert not new.exists()
    assert old.read_bytes() == b"versi lama"
    assert not list(tmp_path.glob(".*sementara"))
    assert _db_hash(window) == before


def test_word_save_to_a_missing_folder_is_told_and_writes_nothing(window, preview, qtbot, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    out = tmp_path / "tidak-ada" / "lampiran.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    preview.word_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert "Berkas Word tidak dapat ditulis" in told[0]
    assert not out.parent.exists()
    assert not preview.word_job.progress_dialog.isVisible()
