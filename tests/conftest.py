import os

# Before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KINERJA_DB", None)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.models.store import Store  # noqa: E402


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


@pytest.fixture
def settings(tmp_path):
    """The window's UI settings in a temporary ini (never the user's)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, sample_store, settings):
    """A main window on the sample, complete and shown, with its UI settings in a
    temporary ini. Closed before the store closes: nothing may outlive it."""
    from app.ui.main_window import MainWindow

    w = MainWindow(sample_store, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
