import os

# Before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KINERJA_DB", None)

import sqlite3  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.models.sqlite.header import APPLICATION_ID  # noqa: E402
from app.models.store import Store  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
# A copy of ../shared/seeds/000_b8c477cb9f4f63a8.txt (the reference), so the suite runs anywhere;
# test_sample checks the copy against the original when shared/ is beside the clone.
REFERENCE = FIXTURES / "referensi_belawang.txt"
SHARED_REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_b8c477cb9f4f63a8.txt"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the real per-user data folder."""
    monkeypatch.setenv("KINERJA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KINERJA_DB", raising=False)


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "belawang.db"
    Store.create(path, sample="belawang").close()
    return path


@pytest.fixture
def sample_path(tmp_path, _sample_template) -> Path:
    """A fresh copy of the Belawang sample database."""
    path = tmp_path / "belawang.db"
    path.write_bytes(_sample_template.read_bytes())
    return path


@pytest.fixture
def sample_store(sample_path):
    with Store.open(sample_path) as store:
        yield store


def make_v1_database(path: Path) -> None:
    """A file exactly as schema version 1 left it (frozen SQL dump)."""
    con = sqlite3.connect(path)
    con.executescript((FIXTURES / "skema_v1.sql").read_text(encoding="utf-8"))
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()


def table_rows(path: Path, skip: tuple[str, ...] = ()) -> dict[str, list]:
    """Every row of every table of a database file (for before/after comparisons)."""
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
              if r[0] not in skip]
    out = {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    con.close()
    return out


@pytest.fixture
def window(qtbot, sample_store, tmp_path):
    """A main window on the sample (not shown), with its UI settings in a temporary ini."""
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow

    w = MainWindow(sample_store, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    yield w
    w.close()
