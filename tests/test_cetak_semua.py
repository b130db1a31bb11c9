"""Every printed document (app/reports/render.DOCUMENTS), through the command line, as PDF
and as Word, on the Belawang sample filled with a SAKIP year (tests/sakip_contoh.py): exit
0 and the key texts in both, read back with pypdf and python-docx. A document added to
DOCUMENTS is covered here without more ado; one missing from KUNCI fails."""

from __future__ import annotations

import pytest

from app.cli import main
from app.models.store import Store
from app.reports.render import DOCUMENTS
from helpers_word import buka, teks_docx
from sakip_contoh import AKSI, KENDALA, POSKAMLING, PROGRAM, SOLUSI, TAHUN, isi_sakip
from tests.helpers_cetak import pdf_pages

# document → (extra arguments, texts both files must hold)
KUNCI = {
    "lampiran": ([], ["INDIKATOR KINERJA UTAMA", "KASI PEMERINTAHAN", POSKAMLING]),
    "matriks": ([], ["INDIKATOR KINERJA ESSELON IV", POSKAMLING]),
    "sk": ([], ["INDIKATOR KINERJA UTAMA", "INDIKATOR KINERJA ESSELON IV", POSKAMLING]),
    "capaian": (["--tahun", str(TAHUN), "--triwulan", "1"], ["LAPORAN CAPAIAN INDIKATOR KINERJA", POSKAMLING]),
    "lkjip": (["--tahun", str(TAHUN)], ["AKUNTABILITAS KINERJA", "7.01.02", PROGRAM]),
    "pk": (["--tahun", str(TAHUN)], [f"PERJANJIAN KINERJA TAHUN {TAHUN}", "PIHAK KEDUA", "SASARAN STRATEGIS",
                                     "SASARAN KEGIATAN", POSKAMLING, PROGRAM]),
    "rencana-aksi": (["--tahun", str(TAHUN)], [f"RENCANA AKSI TAHUN {TAHUN}", POSKAMLING, AKSI, "1.004.422.800"]),
    "pengukuran": (["--tahun", str(TAHUN), "--triwulan", "1"],
                   [f"PENGUKURAN KINERJA TRIWULAN I TAHUN {TAHUN}", POSKAMLING, KENDALA, SOLUSI, "Mengetahui,"]),
}
PER_JABATAN = ("pk", "rencana-aksi", "pengukuran")  # one document per jabatan, every jabatan's in the file


@pytest.fixture(scope="module")
def sakip_path(tmp_path_factory, _sample_template):
    path = tmp_path_factory.mktemp("sakip") / "belawang sakip.db"
    path.write_bytes(_sample_template.read_bytes())
    with Store.open(path) as store:
        isi_sakip(store)
        jabatan = [j.nama for j in store.jabatan_list()]
    return path, jabatan


def _satu(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("dokumen", DOCUMENTS)
def test_every_document_prints_as_pdf_and_as_word(dokumen, sakip_path, tmp_path, capsys):
    path, jabatan = sakip_path
    extra, keys = KUNCI[dokumen]
    out = tmp_path / "Kantor #2" / "Data Ümi"
    out.mkdir(parents=True)
    base = ["print", dokumen, "--db", str(path), *extra, "--out"]
    assert main([*base, str(out / f"{dokumen}.pdf")]) == 0, capsys.readouterr().err
    assert main([*base, str(out / f"{dokumen}.docx")]) == 0, capsys.readouterr().err
    pdf = _satu(" ".join(pdf_pages((out / f"{dokumen}.pdf").read_bytes())))
    word = _satu(teks_docx(buka((out / f"{dokumen}.docx").read_bytes())))
    if dokumen in PER_JABATAN:
        keys = keys + [j.upper() for j in jabatan]
    for key in keys:
        assert key in pdf, f"{dokumen}.pdf: {key!r}"
        assert key in word, f"{dokumen}.docx: {key!r}"
