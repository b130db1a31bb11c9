"""Frozen-app care: resources found frozen and from source, logs, crash dialog, version."""

import logging
import subprocess
import sys
from pathlib import Path

from app import __version__
from app.paths import resource_dir

ROOT = Path(__file__).resolve().parents[1]


def test_resources_from_source_and_frozen(monkeypatch, tmp_path):
    assert (resource_dir() / "sampel" / "belawang.json").is_file()
    assert (resource_dir() / "fonts" / "DejaVuSansCondensed.ttf").is_file()
    assert (resource_dir() / "ikon" / "kinerja.ico").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_dir() == tmp_path / "resources"


def test_version_resource_comes_from_the_one_version(tmp_path):
    out = tmp_path / "v.txt"
    subprocess.run([sys.executable, str(ROOT / "installer" / "version_info.py"), str(out)], check=True,
                   capture_output=True)
    text = out.read_text(encoding="utf-8")
    major, minor, patch = (int(x) for x in __version__.split("."))
    assert f"filevers=({major}, {minor}, {patch}, 0)" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    nsi = (ROOT / "installer" / "windows" / "kinerja.nsi").read_text(encoding="utf-8")
    assert "${VERSION}" in nsi and "RequestExecutionLevel user" in nsi and 'MUI_LANGUAGE "Indonesian"' in nsi
    assert "Section /o \"un.Hapus data aplikasi\"" in nsi  # data kept unless ticked


def test_log_file_in_the_users_log_folder(tmp_path, monkeypatch):
    code = ("import logging, sys; from app.logsetup import setup_logging; p = setup_logging(); "
            "logging.getLogger('x').warning('halo log'); print(p)")
    env = {"KINERJA_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    log = Path(r.stdout.strip())
    assert log == tmp_path / "log" / "kinerja.log"
    assert "halo log" in log.read_text(encoding="utf-8")
    assert "halo log" in r.stderr  # a console exists here, so warnings also go there
    # a windowed exe has no stderr: logging must still work
    code2 = "import sys; sys.stderr = None; " + code
    r2 = subprocess.run([sys.executable, "-c", code2], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert Path(r2.stdout.strip()).read_text(encoding="utf-8").count("halo log") == 2


def test_crash_dialog_names_the_log_and_logs_the_error(qapp, tmp_path, monkeypatch, caplog):
    from PySide6.QtWidgets import QMessageBox

    from app.ui import application

    shown = {}

    def fake_exec(box):
        shown["text"] = box.text()
        shown["detail"] = box.detailedText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    old = sys.excepthook
    try:
        application.install_crash_handler(tmp_path / "kinerja.log")
        with caplog.at_level(logging.ERROR):
            try:
                raise RuntimeError("uji kesalahan")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert str(tmp_path / "kinerja.log") in shown["text"]
    assert "uji kesalahan" in shown["detail"]
    assert "uji kesalahan" in caplog.text
