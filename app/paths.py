"""Every path the app uses, from one place.

Environment overrides (tests, portable use):
- ``KINERJA_DB``: the database file;
- ``KINERJA_DATA_DIR``: the folder of the per-user data (database, backups, logs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "KinerjaKecamatan"
DB_FILE_NAME = "kinerja.db"


def resource_dir() -> Path:
    """The ``resources/`` folder, both from source and in a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def data_dir() -> Path:
    """Per-user data folder: %LOCALAPPDATA%\\KinerjaKecamatan on Windows,
    ~/.local/share/KinerjaKecamatan on Linux."""
    override = os.environ.get("KINERJA_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    override = os.environ.get("KINERJA_DB")
    if override:
        return Path(override)
    return data_dir() / DB_FILE_NAME
