"""The penjelasan's bullet ("➢", "•", "-") and fungsi lettered "a)" or numbered "1)" are
format options (issue 12): each changes the printed lampiran as asked (read back with
pypdf), an unknown one is refused; an import that saw "-" and "a)" sets them, so the
printout looks like its source."""

from __future__ import annotations

import dataclasses

import pytest

from app import cli
from app.models.errors import InputTidakValid
from app.models.format_dokumen import IKU_BAKU, format_from_hints, periksa_format
from app.models.impor import baca, tulis
from app.models.store import Store
from tests.helpers import FIXTURES
from tests.helpers_cetak import lampiran_pdf, pdf_pages

JAB = "KASI PEMERINTAHAN"
FIRST = "Membantu Camat untuk jaminan terhadap capaian"


def _lines(store, **fmt) -> list[str]:
    (k,) = store.keputusan_list()
    store.update("keputusan", k.id, format=dataclasses.replace(IKU_BAKU, **fmt))
    return [line.strip() for line in "\n".join(pdf_pages(lampiran_pdf(store, jabatan=JAB))).splitlines()]


@pytest.mark.parametrize("butir", ["•", "-"])
def test_the_penjelasan_bullet_is_the_formats(sample_store, butir):
    lines = _lines(sample_store, butir_penjelasan=butir)
    assert any(line.startswith(f"{butir} {FIRST}") or line.startswith(f"{butir}{FIRST}") for line in lines), lines[:40]
    assert not any("➢" in line for line in lines)


def test_fungsi_lettered_with_a_bracket(sample_store):
    lines = _lines(sample_store, penomoran_fungsi="huruf_kurung")
    assert any(line.startswith("a) Mengkoordinir") for line in lines)
    assert any(line.startswith("e) Melaksanakan") for line in lines)
    assert not any(line.startswith(("a. Mengkoordinir", "1. Mengkoordinir")) for line in lines)
    assert any(line.startswith("1) Mengkoordinir") for line in _lines(sample_store, penomoran_fungsi="angka_kurung"))


def test_unknown_bullet_refused_and_hints_mapped():
    with pytest.raises(InputTidakValid, match="Butir penjelasan"):
        periksa_format(dataclasses.replace(IKU_BAKU, butir_penjelasan="<b>"))
    fmt = format_from_hints({"penomoran_fungsi": "a)", "butir_penjelasan": "–"})
    assert (fmt.penomoran_fungsi, fmt.butir_penjelasan) == ("huruf_kurung", "-")
    assert IKU_BAKU.butir_penjelasan == "➢"


def test_an_import_that_saw_dashes_and_a_bracket_prints_them(tmp_path):
    db = tmp_path / "kj.db"
    Store.create(db).close()
    with Store.open(db) as store:
        tulis.impor(store, baca(FIXTURES / "teks_karang_jaya.txt"))
        fmt = store.keputusan_list()[0].format
    assert (fmt.butir_penjelasan, fmt.penomoran_fungsi) == ("-", "huruf_kurung")
    out = tmp_path / "l.pdf"
    assert cli.main(["print", "lampiran", "--db", str(db), "--out", str(out)]) == 0
    lines = [line.strip() for line in "\n".join(pdf_pages(out.read_bytes())).splitlines()]
    assert any(line.startswith("a) Penyiapan bahan penegakan") for line in lines)
    assert any(line.startswith(("- Mengukur penegakan", "-Mengukur penegakan")) for line in lines), lines
    assert not any("➢" in line for line in lines)
