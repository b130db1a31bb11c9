import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.helpers import make_v1_database

ROOT = Path(__file__).resolve().parents[1]


def test_init_sample_then_check(tmp_path, capsys):
    db = tmp_path / "k.db"
    assert main(["init", "--db", str(db), "--sample", "belawang"]) == 0
    out = capsys.readouterr().out
    assert "8 jabatan, 15 sasaran, 27 indikator" in out
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Keutuhan: baik" in out
    assert "Kecamatan: Belawang, Kabupaten Barito Kuala" in out
    assert "Peringatan mutu data (26):" in out
    assert "tidak ada Lampiran I" in out


def test_init_empty(tmp_path, capsys):
    db = tmp_path / "k.db"
    assert main(["--db", str(db), "init", "--empty"]) == 0  # --db before the sub-command counts too
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "0 jabatan" in out and "(belum diisi)" in out


def test_init_refuses_to_overwrite(tmp_path, capsys):
    db = tmp_path / "k.db"
    db.write_text("data penting")
    assert main(["init", "--db", str(db)]) == 2
    assert "sudah ada" in capsys.readouterr().err
    assert db.read_text() == "data penting"


def test_check_refuses_wrong_files(tmp_path, capsys):
    text = tmp_path / "a.db"
    text.write_text("halo")
    assert main(["check", "--db", str(text)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kinerja: ") and "bukan basis data SQLite" in err
    assert main(["check", "--db", str(tmp_path / "nope.db")]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


def test_check_reports_damage_with_status_1(tmp_path, capsys):
    db = tmp_path / "k.db"
    assert main(["init", "--db", str(db)]) == 0
    con = sqlite3.connect(db)  # break a reference behind the app's back
    con.execute("PRAGMA foreign_keys=0")
    con.execute("UPDATE fungsi SET jabatan_id = 999 WHERE id = 1")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "RUSAK" in out and "fungsi" in out


def test_check_old_schema_does_not_migrate(tmp_path, capsys):
    db = tmp_path / "lama.db"
    make_v1_database(db)
    before = db.read_bytes()
    assert main(["check", "--db", str(db)]) == 0
    assert "Skema: 1" in capsys.readouterr().out
    assert db.read_bytes() == before


def test_default_database_is_created_in_the_data_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KINERJA_DATA_DIR", str(tmp_path / "appdata"))
    assert main(["init"]) == 0
    assert (tmp_path / "appdata" / "kinerja.db").exists()
    monkeypatch.setenv("KINERJA_DB", str(tmp_path / "lain.db"))
    assert main(["init", "--empty"]) == 0
    assert (tmp_path / "lain.db").exists()


def test_bad_arguments_exit_2_in_indonesian(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["init", "--sample", "jakarta"])
    assert exc.value.code == 2
    assert "kesalahan" in capsys.readouterr().err


def test_python_dash_m_app(tmp_path):
    env = dict(os.environ, KINERJA_DATA_DIR=str(tmp_path))
    r = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert r.returncode == 0 and "Kinerja Kecamatan" in r.stdout
    r = subprocess.run([sys.executable, "-m", "app", "check", "--db", str(tmp_path / "x.db")],
                       capture_output=True, text=True, cwd=ROOT, env=env)
    assert r.returncode == 2 and "tidak ditemukan" in r.stderr


def test_print_commands(tmp_path, capsys):
    from pypdf import PdfReader

    db = tmp_path / "k.db"
    assert main(["init", "--db", str(db)]) == 0
    out = tmp_path / "lampiran.pdf"
    assert main(["print", "lampiran", "--db", str(db), "--jabatan", "KASI PEMERINTAHAN", "--out", str(out)]) == 0
    assert "halaman" in capsys.readouterr().out
    assert "KASI PEMERINTAHAN" in PdfReader(str(out)).pages[0].extract_text()
    f4 = tmp_path / "matriks.pdf"
    assert main(["print", "matriks", "--db", str(db), "--paper", "f4", "--out", str(f4)]) == 0
    assert round(float(PdfReader(str(f4)).pages[0].mediabox.width) * 25.4 / 72) == 330
    cap = tmp_path / "capaian.pdf"
    assert main(["print", "capaian", "--db", str(db), "--tahun", "2019", "--triwulan", "2", "--out", str(cap)]) == 0
    assert "TAHUN 2019 S.D. TRIWULAN II" in PdfReader(str(cap)).pages[0].extract_text()
    capsys.readouterr()
    assert main(["print", "capaian", "--db", str(db), "--tahun", "2030", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "2030" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
    assert main(["print", "lampiran", "--db", str(db), "--out", str(tmp_path / "no" / "dir" / "x.pdf")]) == 2
    assert "tidak dapat ditulis" in capsys.readouterr().err
