"""The Qt-free core stays Qt-free; the version lives in one place."""

import ast
import re
from pathlib import Path

import pytest

import app

APP = Path(app.__file__).parent


@pytest.mark.parametrize("package", ["models", "reports"])
def test_core_has_no_qt(package):
    offenders = []
    for path in (APP / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                module = node.module or ""
                # "from ..ui import x" (level 2 from app/models) reaches app.ui
                names = [f"app.{module}" if node.level == 2 else module]
            if any(n.startswith(("PySide6", "shiboken6", "app.ui")) for n in names):
                offenders.append(str(path.relative_to(APP)))
    assert offenders == []


def test_version_in_one_place():
    pyproject = (APP.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = { attr = "app.__version__" }' in pyproject
    assert re.fullmatch(r"\d+\.\d+\.\d+", app.__version__)


def test_qt_binding_keeps_none_alive(qapp):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and the
    app crashes ("none_dealloc") after a few thousand edits; we pin a version without it."""
    import sys

    from PySide6.QtCharts import QChart
    from PySide6.QtWidgets import QLabel

    label, chart = QLabel(), QChart()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        chart.setTitle("y")
    assert sys.getrefcount(None) >= before
