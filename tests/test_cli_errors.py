"""The command line on odd files and failures: exit codes as documented (0 ok, 1 damaged,
2 refused or failed, 3 a program error), Indonesian messages, nothing hangs, and ``check``
changes nothing."""

import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app import cli
from app.cli import main
from app.models.engine import SCHEMA_VERSION
from app.models.sqlite.header import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = ("Traceback", "malformed", "Permission", "exists", "directory", "no such", "database", "rollback")


def _indonesian(err: str) -> str:
    assert err.startswith("kinerja: ") and not any(w in err for w in ENGLISH), err
    return err


@pytest.fixture
def pipe(tmp_path):
    """A named pipe, and a guard that unblocks (and records) a reader waiting on it, so a
    hang fails the test instead of stopping the suite."""
    path = tmp_path / "pipa.db"
    os.mkfifo(path)
    hung, stop = [], threading.Event()

    def unblock():
        while not stop.wait(3):
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
                hung.append(True)
            except OSError:
                pass  # nobody waiting

    guard = threading.Thread(target=unblock, daemon=True)
    guard.start()
    yield path, hung
    stop.set()
    guard.join()


def fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


def test_a_program_error_exits_3_not_1(sample_path, monkeypatch, capsys):
    def bug(args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setitem(cli.COMMANDS, "check", bug)
    assert main(["check", "--db", str(sample_path)]) == 3
    err = capsys.readouterr().err
    assert "ZeroDivisionError" in err  # the traceback, for the developer
    assert err.strip().splitlines()[-1].startswith("kinerja: kesalahan program")


def test_a_damaged_page_prints_a_message_and_exits_1(sample_path, tmp_path, capsys):
    con = sqlite3.connect(sample_path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'indikator'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(sample_path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * 64)
    out = tmp_path / "x.pdf"
    assert main(["print", "lampiran", "--db", str(sample_path), "--out", str(out)]) == 1
    assert "rusak" in _indonesian(capsys.readouterr().err) and not out.exists()
    assert main(["check", "--db", str(sample_path)]) == 1


def test_a_cut_short_file_is_damaged_and_said_in_good_indonesian(sample_path, capsys):
    os.truncate(sample_path, sample_path.stat().st_size // 2)
    assert main(["check", "--db", str(sample_path)]) == 1
    err = _indonesian(capsys.readouterr().err)
    assert "terpotong" in err and " bita, hanya " in err and "bita. hanya" not in err


def test_our_id_without_tables_is_refused_at_once(tmp_path, capsys):
    path = tmp_path / "palsu.db"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    con.close()
    before = fingerprint(path)
    for argv in (["check"], ["print", "matriks", "--out", str(tmp_path / "m.pdf")]):
        assert main([*argv, "--db", str(path)]) == 2
        assert "tabelnya tidak ada" in _indonesian(capsys.readouterr().err)
    assert fingerprint(path) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes: POSIX")
def test_a_pipe_or_a_device_is_refused_at_once(tmp_path, sample_path, capsys, pipe):
    pipe, hung = pipe
    for bad in (pipe, Path("/dev/zero")):
        for argv in (["check", "--db", str(bad)], ["restore", str(bad), "--db", str(sample_path)],
                     ["restore", str(sample_path), "--db", str(bad)],
                     ["backup", "--db", str(bad), "--out", str(tmp_path / "c.db")],
                     ["print", "matriks", "--db", str(bad), "--out", str(tmp_path / "m.pdf")]):
            assert main(argv) == 2 and not hung, argv
            assert "bukan berkas biasa" in _indonesian(capsys.readouterr().err)


def test_reasons_of_the_system_are_indonesian(tmp_path, capsys):
    a_file = tmp_path / "berkas.txt"
    a_file.write_text("x")
    assert main(["init", "--db", str(a_file / "kinerja.db")]) == 2
    assert "sudah ada" in _indonesian(capsys.readouterr().err)  # was "File exists"
    assert main(["init", "--db", str(a_file / "sub" / "kinerja.db")]) == 2
    assert "bukan folder" in _indonesian(capsys.readouterr().err)  # was "Not a directory"


def test_a_pdf_that_cannot_be_written_says_why_in_indonesian(sample_path, tmp_path, capsys):
    folder = tmp_path / "Kantor #2"
    folder.mkdir()
    assert main(["print", "matriks", "--db", str(sample_path), "--out", str(folder)]) == 2
    assert "sebuah folder" in _indonesian(capsys.readouterr().err)  # was "Is a directory"


def test_the_lock_message_does_not_speak_of_a_window(sample_path):
    from app.models.errors import BerkasTerkunci
    from app.models.sqlite.lock import Lock

    held = Lock(sample_path, "Siti").acquire()
    try:
        with pytest.raises(BerkasTerkunci) as info:
            Lock(sample_path, "Ani").acquire()
    finally:
        held.release()
    assert "Siti" in info.value.pesan and "jendela" not in info.value.pesan


def test_restore_while_the_app_has_the_file_speaks_of_the_app_not_this_window(sample_path, tmp_path, capsys):
    from app.models.sqlite import backup
    from app.models.sqlite.lock import Lock

    saved = tmp_path / "cadangan.db"
    backup.backup(sample_path, saved)
    held = Lock(sample_path, "Siti").acquire()
    try:
        assert main(["restore", str(saved), "--db", str(sample_path)]) == 2
    finally:
        held.release()
    err = _indonesian(capsys.readouterr().err)
    assert "Siti" in err and "jendela" not in err and "Tutup aplikasi itu" in err


@pytest.mark.parametrize("wal", [True, False])
def test_check_changes_nothing(sample_path, capsys, wal):
    if wal:
        con = sqlite3.connect(sample_path)
        assert con.execute("PRAGMA journal_mode = wal").fetchone() == ("wal",)
        con.close()
    before = fingerprint(sample_path)
    assert main(["check", "--db", str(sample_path)]) == 0
    assert "Keutuhan: baik" in capsys.readouterr().out
    assert fingerprint(sample_path) == before
    con = sqlite3.connect(sample_path)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal" if wal else "delete",)
    con.close()


def test_check_into_a_closed_pipe_ends_quietly(sample_path, tmp_path):
    """``kinerja check | head -1``: the reader is gone before the output is written."""
    env = dict(os.environ, KINERJA_DATA_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "app", "check", "--db", str(sample_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    proc.stdout.close()  # as head does after its line
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and b"Traceback" not in err and b"BrokenPipe" not in err, err


@pytest.mark.parametrize("command", [["check"], ["backup", "--out", "x.db"], ["restore", "x.db"], ["init"]])
def test_a_postgresql_address_is_refused_by_every_command(command, tmp_path, capsys, monkeypatch):
    """Not yet supported: said in Indonesian (exit 2), and nothing is made of the address."""
    monkeypatch.chdir(tmp_path)
    assert main(["--db", "postgresql://kinerja@server/kabupaten", *command]) == 2
    assert "PostgreSQL" in _indonesian(capsys.readouterr().err) and list(tmp_path.iterdir()) == []
