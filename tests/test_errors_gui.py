"""Disk full during an edit in the window: the "Disk penuh" message, no crash dialog,
nothing stored, the undo stack untouched, and the window goes on working."""

import sys

from PySide6.QtWidgets import QMessageBox

from app.ui.commands import SetFieldCommand
from tests.helpers import table_rows


def test_disk_full_edit_in_the_window(window, sample_store, sample_path, monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    crashes = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: crashes.append(a))
    before = table_rows(sample_path)
    pages = sample_store.db.execute_sql("PRAGMA page_count").fetchone()[0]
    sample_store.db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is full
    doc = window.doc
    assert not doc.run(SetFieldCommand(doc, "kecamatan", 1, {"nama": "x" * 200_000}))
    assert shown and shown[0][0] == "warning" and shown[0][1].startswith("Disk penuh")
    assert not crashes and doc.undo_stack.count() == 0
    assert table_rows(sample_path) == before
    sample_store.db.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed
    assert doc.run(SetFieldCommand(doc, "kecamatan", 1, {"nama": "Belawang Baru"}))
    assert sample_store.kecamatan().nama == "Belawang Baru" and doc.undo_stack.count() == 1
