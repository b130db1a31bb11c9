"""The layers import one way (ui -> models, reports; reports -> models); the Qt-free\ncore stays Qt-free; the version lives in one place."""

import ast
import re
from pathlib import Path

import pytest

import app

APP = Path(app.__file__).parent


# Which of our packages each part may import (besides itself, the standard library and
# third-party packages): ui -> models, reports; reports -> models; models -> nothing of ours.
# The top-level modules (app/__init__, paths, logsetup, instance_mutex) hold no logic of a layer: anyone.
ALLOWED = {"models": set(), "reports": {"models"}, "ui": {"models", "reports"}}
TOP_LEVEL = {"app", "app.paths", "app.logsetup", "app.instance_mutex"}
QT = ("PySide6", "shiboken6")


def _imported(path: Path) -> list[tuple[int, str]]:
    """Every module an app file imports, in any form, as absolute names: ``import a.b``,
    ``from a import b`` (a, and a.b if b is a module), relative forms at any level
    (``from .. import ui`` is app.ui), and ``importlib.import_module("...")`` with a literal."""
    parts = list(path.relative_to(APP.parent).with_suffix("").parts)
    package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{a.name}") for a in node.names]
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in
              ("import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant)):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def _layer(module: str) -> str | None:
    bits = module.split(".")
    return bits[1] if len(bits) > 1 and bits[0] == "app" and bits[1] in ALLOWED else None


def _outside_layers(module: str) -> bool:
    """An app module that is not a layer's nor a top-level one (app.cli, app.__main__)."""
    bits = module.split(".")
    if bits[0] != "app" or len(bits) < 2 or bits[1] in ALLOWED or f"app.{bits[1]}" in TOP_LEVEL:
        return False
    return (APP / f"{bits[1]}.py").exists() or (APP / bits[1]).is_dir()  # else a name like APP_NAME


def test_imports_follow_the_layers():
    offenders = []
    for layer, allowed in ALLOWED.items():
        for path in (APP / layer).rglob("*.py"):
            for line, module in _imported(path):
                target = _layer(module)
                wrong_layer = target is not None and target != layer and target not in allowed
                if wrong_layer or _outside_layers(module) or (layer != "ui" and module.startswith(QT)):
                    offenders.append(f"{path.relative_to(APP)}:{line} imports {module}")
    assert offenders == []


@pytest.mark.parametrize("source, expected", [
    ("from .. import ui", "app.ui"), ("from ..ui import x", "app.ui"), ("import app.ui.tree", "app.ui.tree"),
    ("from app import ui", "app.ui"), ("from ... import x", None), ("importlib.import_module('app.ui')", "app.ui"),
    ("from ..reports import render", "app.reports"), ("from . import store", "app.models.store"),
    ("from .. import cli", "app.cli"),
])
def test_every_import_form_is_seen(tmp_path, monkeypatch, source, expected):
    """The checker itself: a file in app/models importing in each form is attributed right."""
    fake = APP / "models" / "_probe_for_test.py"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    names = [m for _, m in _imported(fake)]
    if expected is None:
        assert all(not n.startswith("app.ui") for n in names)
    else:
        assert any(n == expected or n.startswith(expected + ".") for n in names), names
        assert _layer(expected) not in (None, "models") or _outside_layers(expected) or expected.startswith("app.models")


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


# --------------------------------------------------------------------------- the SQLite seam
# What only SQLite does lives in app/models/sqlite/ (behind app/models/engine.py), so that a
# second engine (PostgreSQL) can be added beside it: elsewhere in app/, no sqlite3 module,
# no SQLite-only SQL or peewee class, no raw DB-API connection.
SEAM = APP / "models" / "sqlite"
SQLITE_MODULES = ("sqlite3", "_sqlite3", "playhouse.sqlite_ext", "playhouse.sqliteq", "playhouse.migrate")
SQLITE_WORDS = re.compile(r"\bPRAGMA\b|\bsqlite_master\b|\bsqlite_schema\b|\bsqlite_sequence\b", re.IGNORECASE)
SQLITE_NAMES = {"SqliteDatabase", "SqliteMigrator", "SqliteExtDatabase", "pragma", "connection"}


def _sqlite_only(path: Path) -> list[str]:
    """Where a file of app/ uses SQLite directly: an import of sqlite3 (any form), a string
    with SQLite-only SQL, peewee's SQLite classes, ``.pragma(...)`` or ``.connection()``."""
    found = [f"{line}: imports {m}" for line, m in _imported(path) if m.split(".")[0] in ("sqlite3", "_sqlite3")
             or any(m == s or m.startswith(s + ".") for s in SQLITE_MODULES)]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(owner.body[0].value) for owner in ast.walk(tree)
                  if isinstance(owner, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and owner.body and isinstance(owner.body[0], ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQLITE_WORDS.search(node.value):
            if id(node) not in docstrings:
                found.append(f"{node.lineno}: SQL {node.value[:40]!r}")
        elif isinstance(node, ast.Attribute) and node.attr in SQLITE_NAMES:
            found.append(f"{node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Name) and node.id in ("SqliteDatabase", "SqliteMigrator"):
            found.append(f"{node.lineno}: {node.id}")
    return found


def test_sqlite_stays_behind_its_seam():
    offenders = [f"{path.relative_to(APP)}:{where}" for path in APP.rglob("*.py")
                 if SEAM not in path.parents for where in _sqlite_only(path)]
    assert offenders == []


@pytest.mark.parametrize("source", [
    "import sqlite3", "from sqlite3 import connect", "import sqlite3 as s", "importlib.import_module('sqlite3')",
    "from playhouse.migrate import SqliteMigrator", "db.execute_sql('PRAGMA user_version')",
    "x = 'SELECT name FROM sqlite_master'", "db.pragma('user_version')", "db.connection().backup(other)",
    "pw.SqliteDatabase(path)",
])
def test_the_seam_check_sees_each_form(monkeypatch, source):
    """The checker itself: each way of reaching SQLite directly is caught (and a docstring
    that only talks about a PRAGMA is not)."""
    fake = APP / "models" / "_probe_for_test.py"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    assert _sqlite_only(fake)
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: '"""Reads PRAGMA user_version."""\n')
    assert _sqlite_only(fake) == []


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(APP.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_import_cycles():
    """No module of app/ reaches itself again through its imports, counting every form
    and imports inside functions too (db.py and migrations.py imported each other)."""
    modules = {_module_name(p): p for p in APP.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        deps = set()
        for _, imported in _imported(path):
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name and not name.startswith(imported + "."):
                deps.add(imported)
        graph[name] = deps
    cycles = []
    for start in graph:  # a depth-first search from each module back to itself
        stack, seen = [(start, (start,))], set()
        while stack:
            node, trail = stack.pop()
            for dep in graph[node]:
                if dep == start:
                    cycles.append(" -> ".join(trail + (start,)))
                elif dep not in seen:
                    seen.add(dep)
                    stack.append((dep, trail + (dep,)))
    assert cycles == []


MODULE_LINES, FUNCTION_LINES = 400, 60


def test_modules_and_functions_stay_small():
    """A module has one job and fits in a read (≤ 400 lines); a function fits on a screen
    (≤ 60 lines)."""
    too_long = []
    for path in APP.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > MODULE_LINES:
            too_long.append(f"{path.relative_to(APP)}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > FUNCTION_LINES:
                    too_long.append(f"{path.relative_to(APP)}:{node.lineno} {node.name}: {length} lines")
    assert too_long == []
