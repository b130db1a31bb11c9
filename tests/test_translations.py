"""The catalogues: complete, up to date, and actually used."""

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TR = ROOT / "resources" / "terjemahan"
sys.path.insert(0, str(ROOT / "scripts"))
import terjemahan  # noqa: E402


def test_every_ui_string_has_english():
    assert terjemahan.untranslated(terjemahan.extract()) == []


@pytest.mark.parametrize("name", ["app_en", "qtbase_id"])
def test_compiled_catalogues_are_up_to_date(tmp_path, name):
    qm = tmp_path / f"{name}.qm"
    subprocess.run([str(terjemahan.BIN / "pyside6-lrelease"), str(TR / f"{name}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    assert filecmp.cmp(qm, TR / f"{name}.qm", shallow=False), "run scripts/terjemahan.py"


def test_english_catalogue_is_selectable(qtbot, qapp, sample_store):
    from app.ui.application import install_translations
    from app.ui.main_window import MainWindow

    translators = install_translations(qapp, "en")
    try:
        w = MainWindow(sample_store)
        qtbot.addWidget(w)
        menus = [a.text() for a in w.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&Print", "&Data", "&View", "&Help"]
        assert w.tree.model().index(0, 0).data() == "Sub-district overview"
        w.close()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        install_translations(qapp, "id")
