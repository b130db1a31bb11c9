"""Printing a chosen period (--periode) and the whole decree in one PDF (issue 12)."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from app.cli import main
from app.models.store import Store


def _text(path) -> list[str]:
    return [p.extract_text() for p in PdfReader(str(path)).pages]


@pytest.fixture
def with_empty_newest(sample_path):
    """The sample plus a newer, empty period (a new Renstra not filled in yet)."""
    from tests.test_periode import _add_empty_period

    _add_empty_period(sample_path, "Renstra 2026-2030")
    return sample_path


def test_without_periode_the_newest_period_with_data_is_printed_and_said(with_empty_newest, tmp_path, capsys):
    db = str(with_empty_newest)
    assert main(["print", "lampiran", "--db", db, "--out", str(tmp_path / "l.pdf")]) == 0
    out = capsys.readouterr().out
    assert "Periode: 2018-2022 (2018–2022) — periode terbaru yang berisi data" in out
    assert "Lampiran V." in _text(tmp_path / "l.pdf")[0]
    assert main(["print", "matriks", "--db", db, "--out", str(tmp_path / "m.pdf")]) == 0
    assert "Periode: 2018-2022" in capsys.readouterr().out
    first = _text(tmp_path / "m.pdf")[0]
    assert "TAHUN 2017-2022" in first and "2026" not in first
    assert main(["print", "capaian", "--db", db, "--tahun", "2019", "--out", str(tmp_path / "c.pdf")]) == 0
    assert "periode terbaru yang memuat tahun 2019 dan berisi data" in capsys.readouterr().out


@pytest.mark.parametrize("dokumen", ["lampiran", "matriks", "capaian", "sk"])
def test_every_print_command_takes_periode(with_empty_newest, tmp_path, capsys, dokumen):
    db, out = str(with_empty_newest), tmp_path / f"{dokumen}.pdf"
    extra = ["--tahun", "2020"] if dokumen == "capaian" else []
    assert main(["print", dokumen, "--db", db, "--periode", "2018 - 2022", "--out", str(out), *extra]) == 0
    said = capsys.readouterr().out
    assert "Periode: 2018-2022 (2018–2022)\n" in said and "terbaru" not in said
    # the empty period, by its name or its years: the matrix has its years; a decree is missing
    code = main(["print", dokumen, "--db", db, "--periode", "renstra 2026-2030", "--out", str(out), *extra])
    err = capsys.readouterr().err
    if dokumen == "matriks":
        assert code == 0
        assert re.search(r"2026\s+2027\s+2028\s+2029\s+2030", _text(out)[0])
    else:
        assert code == 2 and ("Belum ada Keputusan Camat" in err or "di luar periode" in err), err


def test_a_period_is_named_by_its_name_or_its_years(with_empty_newest):
    from app.models.laporan import periode_cetak

    with Store.open(with_empty_newest) as store:
        for teks in ("2018-2022", "  2018–2022 ", "2018/2022"):
            assert periode_cetak(store, teks) == (store.periode(1), False)
        newer = store.periode_list()[-1]
        for teks in ("Renstra 2026-2030", "renstra  2026-2030", "2026-2030"):
            assert periode_cetak(store, teks) == (newer, False)
        assert periode_cetak(store) == (store.periode(1), True)
        assert periode_cetak(store, tahun=2022) == (store.periode(1), True)
        assert periode_cetak(store, tahun=2027) == (newer, True)  # the only one with that year


@pytest.mark.parametrize("dokumen", ["lampiran", "matriks", "capaian", "sk"])
def test_an_unknown_periode_lists_the_periods_and_exits_2(with_empty_newest, tmp_path, capsys, dokumen):
    extra = ["--tahun", "2020"] if dokumen == "capaian" else []
    out = tmp_path / "x.pdf"
    assert main(["print", dokumen, "--db", str(with_empty_newest), "--periode", "2019-2023", "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert "Periode «2019-2023» tidak ada" in err
    assert "«2018-2022» (2018–2022), «Renstra 2026-2030» (2026–2030)" in err
    assert not out.exists()


def test_init_empty_with_periode(tmp_path, capsys):
    db = tmp_path / "k.db"
    assert main(["init", "--db", str(db), "--empty", "--periode", "2021-2026"]) == 0
    assert "Periode: 2021-2026 (2021–2026)" in capsys.readouterr().out
    with Store.open(db) as store:
        assert [(p.tahun_awal, p.tahun_akhir) for p in store.periode_list()] == [(2021, 2026)]
    for bad, pesan in (("2026-2021", "sebelum"), ("dua-tiga", "tahun empat angka"), ("2021", "misalnya 2021-2026"),
                       ("1800-1805", "1900 dan 2100")):
        assert main(["init", "--db", str(tmp_path / "b.db"), "--empty", "--periode", bad]) == 2
        assert pesan in capsys.readouterr().err
        assert not (tmp_path / "b.db").exists()
    assert main(["init", "--db", str(tmp_path / "c.db"), "--periode", "2021-2026"]) == 2
    assert "--empty" in capsys.readouterr().err and not (tmp_path / "c.db").exists()


def test_print_sk_every_lampiran_in_number_order_then_the_matrix(sample_path, tmp_path, capsys):
    with Store.open(sample_path) as store:
        (k,) = store.keputusan_list()
        assert [lp.nomor for lp in k.lampiran] == ["V", "VI", "VII", "VIII", "II", "III", "IV"]  # stored as in the reference
    out = tmp_path / "sk.pdf"
    assert main(["print", "sk", "--db", str(sample_path), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    pages = _text(out)
    assert f"{out}: {len(pages)} halaman" in said
    heads = [m.group(1) for p in pages for m in [re.match(r"Lampiran ([IVX]+)\b", p)] if m]
    assert heads == ["II", "III", "IV", "V", "VI", "VII", "VIII"]
    first_matrix = next(n for n, p in enumerate(pages) if "INDIKATOR KINERJA ESSELON IV" in p)
    last_lampiran = max(n for n, p in enumerate(pages) if re.match(r"Lampiran [IVX]+\b", p))
    assert first_matrix > last_lampiran
    assert "TAHUN 2017-2022" in pages[first_matrix]
    # as many pages as the lampiran and the matrix printed apart
    for dokumen in ("lampiran", "matriks"):
        assert main(["print", dokumen, "--db", str(sample_path), "--out", str(tmp_path / f"{dokumen}.pdf")]) == 0
    apart = sum(len(PdfReader(str(tmp_path / f"{d}.pdf")).pages) for d in ("lampiran", "matriks"))
    assert len(pages) == apart


def test_lampiran_numbers_sort_by_value():
    from app.models.laporan import urutan_nomor

    nomor = ["X", "IX", "IV", "II", "4a", "", "XIV", "3", "I"]
    assert sorted(nomor, key=urutan_nomor) == ["I", "II", "3", "IV", "IX", "X", "XIV", "", "4a"]


def test_the_whole_decree_from_the_print_menu_through_the_preview(window, qtbot, monkeypatch):
    from io import BytesIO

    from app.ui.print_preview import PrintPreviewDialog

    shown: list[PrintPreviewDialog] = []

    def exec_(self):
        with qtbot.waitSignal(self.built, timeout=20000):
            pass
        shown.append(self)
        return 0

    monkeypatch.setattr(PrintPreviewDialog, "exec", exec_)
    window.act_print_sk.trigger()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert "Seluruh lampiran SK" in dialog.windowTitle()
    pages = [p.extract_text() for p in PdfReader(BytesIO(dialog.content)).pages]
    heads = [m.group(1) for p in pages for m in [re.match(r"Lampiran ([IVX]+)\b", p)] if m]
    assert heads == ["II", "III", "IV", "V", "VI", "VII", "VIII"]
    assert "INDIKATOR KINERJA ESSELON IV" in pages[-2] or "INDIKATOR KINERJA ESSELON IV" in pages[-1]
