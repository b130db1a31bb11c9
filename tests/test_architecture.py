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
