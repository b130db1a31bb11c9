"""Logging: a file in the user's log folder, rotated at start when it has grown past 1 MB
(``kinerja.log.1`` … ``.3``, the names of logging's RotatingFileHandler, whose import costs
the start-up milliseconds); a console handler only when there is a console (a windowed
Windows exe has no sys.stderr)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from .paths import APP_DIR_NAME

_configured: Path | None = None


def log_dir() -> Path:
    override = os.environ.get("KINERJA_DATA_DIR")
    if override:
        return Path(override) / "log"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_DIR_NAME, appauthor=False))


def rotate(path: Path, limit: int = 1_000_000, keep: int = 3) -> None:
    """kinerja.log -> .1 -> .2 -> .3 (the oldest dropped) when the log is over ``limit``."""
    try:
        if path.stat().st_size < limit:
            return
        for n in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # a missing or busy log is not worth stopping for


def setup_logging() -> Path:
    """Configure logging once; returns the log file's path."""
    global _configured
    if _configured is not None:
        return _configured
    path = log_dir() / "kinerja.log"
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError:
        pass  # no log folder: the app still runs
    if sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        console.setFormatter(fmt)
        root.addHandler(console)
    _configured = path
    return path
