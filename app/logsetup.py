"""Logging: a rotating file in the user's log folder; a console handler only when there is
a console (a windowed Windows exe has no sys.stderr)."""

from __future__ import annotations

import logging
import logging.handlers
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
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
