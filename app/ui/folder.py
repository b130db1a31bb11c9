"""Where the file dialogs open: the folder of the file the user chose last (kept in the
window's settings), else the home folder — a workbook exported is found again by the
import that follows, a PDF saved where the last one went."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings

KUNCI = "berkas/folder_terakhir"


def _settings(widget) -> QSettings | None:
    while widget is not None:
        found = getattr(widget, "settings", None)
        if isinstance(found, QSettings):
            return found
        widget = widget.parent()
    return None


def awal(widget, name: str = "") -> str:
    """The folder to open in (with ``name`` in it: a suggested file name)."""
    settings = _settings(widget)
    saved = settings.value(KUNCI) if settings is not None else None
    folder = Path(str(saved)) if saved and Path(str(saved)).is_dir() else Path.home()
    return str(folder / name) if name else str(folder)


def ingat(widget, path: str) -> None:
    """Remember the folder of ``path`` (a file just chosen)."""
    settings = _settings(widget)
    if path and settings is not None:
        settings.setValue(KUNCI, str(Path(path).parent))


def nama_berkas(*parts) -> str:
    """A file name from words ("kinerja", "2018-2022", "KASI PEMERINTAHAN", 2024): joined by
    "-", without the characters Windows refuses in a name."""
    text = "-".join(str(p).strip() for p in parts if p not in (None, ""))
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" .")[:120] or "kinerja"
