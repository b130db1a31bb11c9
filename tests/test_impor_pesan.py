"""Messages of the import and of printing (issue 12, point 5): an unreadable date names the
paragraph it is in; the preview shows a date as it will print ("01 Nopember 2021"); an
empty period printed says it is empty and what to do; the refusal to print a lampiran
names the period."""

from __future__ import annotations

from pathlib import Path

from app import cli
from app.models.impor import baca_teks_polos
from app.models.impor.ringkasan import ringkasan

TEKS = (Path(__file__).parent / "fixtures" / "teks_karang_jaya.txt").read_text(encoding="utf-8")


def _baris(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_an_unreadable_date_names_its_own_paragraph():
    text = TEKS.replace("01 Nopember 2021", "31 Pebruari 2021")
    r = baca_teks_polos(text, "kj.txt")
    bad = [(p.tempat, p.teks) for p in r.tak_terpakai if p.alasan == "tanggal tidak dapat dibaca"]
    assert bad == [(f"baris {_baris(text, 'TANGGAL :')}", "31 Pebruari 2021"),
                   (f"baris {_baris(text, 'Karang Jaya, 31')}", "31 Pebruari 2021")]


def test_the_preview_shows_the_date_as_it_will_print():
    lines = ringkasan(baca_teks_polos(TEKS, "kj.txt"))
    assert any("tanggal 01 Nopember 2021" in x for x in lines), lines[:5]
    assert not any("November" in x for x in lines)


def test_printing_an_empty_period_says_it_is_empty(tmp_path, capsys):
    db = tmp_path / "kosong.db"
    assert cli.main(["init", "--db", str(db), "--empty", "--periode", "2021-2026"]) == 0
    capsys.readouterr()
    assert cli.main(["print", "matriks", "--db", str(db), "--out", str(tmp_path / "m.pdf")]) == 0
    out = capsys.readouterr().out
    assert "2021-2026" in out and "masih kosong" in out and "kinerja import" in out
    assert "berisi data" not in out


def test_the_lampiran_refusal_names_the_period(tmp_path, capsys):
    db = tmp_path / "kosong.db"
    assert cli.main(["init", "--db", str(db), "--empty", "--periode", "2021-2026"]) == 0
    capsys.readouterr()
    assert cli.main(["print", "lampiran", "--db", str(db), "--out", str(tmp_path / "l.pdf")]) != 0
    err = capsys.readouterr().err
    assert "Belum ada Keputusan Camat untuk periode «2021-2026» (2021–2026)" in err
    assert "--periode" in err
