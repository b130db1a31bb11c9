"""The window's data safety, in one controller that the dialogs (:mod:`app.ui.safety`)
talk to instead of the window: backup to a chosen place, restore from a backup (swap and
reopen), bringing back a deleted item from the history, the quick check of the file in
the background with the offer of the newest good automatic backup, and the automatic
backups (daily, and on exit after changes — as many kept as Pengaturan says, read when
they are made, so a change there takes effect at once)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from .. import APP_NAME
from ..models.errors import KinerjaError
from ..models.kinds import POHON
from . import window_state
from .teks import literal

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def _engine(path: Path):
    """The file's engine (backups, restores): the SQLite-only part of the core."""
    from ..models.database import engine_for  # with the core, after the first paint

    return engine_for(path)


def recover_damaged(path: Path, problems: list[str], read_only: bool, parent=None) -> bool:
    """A damaged file: say so and offer the newest good automatic backup of this file;
    restore it when the user agrees (the caller holds the lock). True: restored."""
    from .safety import tanya_pulihkan

    engine = _engine(path)
    good = engine.newest_good_backup(path)
    if not tanya_pulihkan(path, problems, good, read_only, parent):
        return False
    engine.restore_from(good, path)
    log.info("restored %s from %s", path, good)
    return True


def _check(store):
    """SQLite's quick check of the file, and the backup to offer if it is damaged."""
    problems = store.integrity_problems(quick=True)
    return problems, (store.engine.newest_good_backup(store.path) if problems else None)


class DataSafety(QObject):
    def __init__(self, window, settings=None):
        super().__init__(window)
        self.window_ = window
        self.settings = settings
        self.automatic = False  # automatic backups (the app's start-up turns them on)
        self._file_check = None

    @property
    def store(self):
        return self.window_.store

    def confirm(self, title: str, text: str) -> bool:
        return self.window_.confirm(title, text)

    def status(self, message: str) -> None:
        self.window_.statusBar().showMessage(message, 10000)

    def backups_kept(self) -> int:
        return window_state.backups_kept(self.settings)

    # ------------------------------------------------------------------ dialogs

    def ask_backup(self):
        from . import safety

        return safety.ask_backup(self)

    def ask_restore(self, source: Path | None = None) -> bool:
        from . import safety

        return safety.ask_restore(self, source)

    def open_history(self):
        from .safety import RiwayatDialog

        dialog = RiwayatDialog(self, self.window_)
        dialog.show()
        return dialog

    def undelete(self, riwayat_id: int) -> bool:
        """Bring back a deleted item from the history (not an undo command: it stays)."""
        w = self.window_
        changes = w.doc.undelete(riwayat_id)  # the window follows its Changes (window_changes)
        if changes is None:
            return False  # the document said why
        if changes.kind in POHON:
            w.select_item(changes.kind, changes.item_id)
        return True

    # ------------------------------------------------------------------ restore

    def replace_database(self, source: Path) -> bool:
        """Restore ``source`` over the live file: close, swap (a safety copy is kept),
        reopen, show the restored data. The undo history of the old data is dropped."""
        from PySide6.QtWidgets import QMessageBox

        from ..models.store import Store

        w = self.window_
        w.flush_editor()
        path, operator = self.store.path, self.store.operator
        w.quality.wait()
        self.store.close()
        try:
            safety_copy = self.store.engine.restore_from(source, path)
        except KinerjaError as exc:
            w.reopen(Store.open(path, operator=operator))
            w.show_error(exc.pesan)
            return False
        log.info("restored %s from %s (safety copy %s)", path, source, safety_copy)
        w.reopen(Store.open(path, operator=operator))
        QMessageBox.information(w, translate("MainWindow", "Pulihkan dari cadangan"), literal(translate(
            "MainWindow", "Data dipulihkan dari {0}.\nData sebelumnya disimpan di {1}.").format(source, safety_copy)))
        return True

    # ------------------------------------------------------------------ after the store is attached

    def after_attach(self) -> None:
        """The quick check of the file and, once a day, the automatic backup — both in
        the background."""
        self.check_file()
        if not self.automatic or self.store.read_only:
            return
        if self.store.engine.needs_daily_backup(self.store.path):
            from .background import Background

            keep = self.backups_kept()
            job = Background(self.store.path, lambda st: st.engine.auto_backup(st.db, st.path, "harian", keep),
                             self.window_)
            job.failed.connect(lambda message: self.window_.statusBar().showMessage(message, 15000))
            job.request()

    def check_file(self) -> None:
        """SQLite's quick check of the whole file, in the background after the first paint
        (on a large file it takes longer than building the window). On damage the newest
        good automatic backup is offered."""
        from .background import Background

        self._file_check = Background(self.store.path, _check, self)
        self._file_check.ready.connect(self._file_checked)
        self._file_check.request()

    def _file_checked(self, result) -> None:
        from .safety import tanya_pulihkan

        problems, good = result
        if not problems or self.window_._closed:
            return
        log.warning("damaged file %s: %s", self.store.path, problems[0])
        if tanya_pulihkan(self.store.path, problems, good, self.store.read_only, self.window_):
            self.replace_database(good)

    def backup_on_close(self) -> None:
        """A backup on exit when something changed; a failure must not block closing."""
        w = self.window_
        if not self.automatic or w.doc is None or self.store.read_only or w.doc.last_change is None:
            return
        try:
            self.store.engine.auto_backup(self.store.db, self.store.path, "keluar", self.backups_kept())
        except KinerjaError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(w, APP_NAME, literal(exc.pesan))
