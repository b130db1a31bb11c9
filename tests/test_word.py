"""Word (.docx) export of the decree's documents and the capaian report (issue 14): read back
with python-docx, every word of the PDF of the same data is there; real tables whose header
rows repeat, merged cells, the page of the Options, the font named with its fallback; user
text written literally; `kinerja print … --format docx` and the preview's Word button."""

import dataclasses
import io
import pytest
from docx.oxml.ns import qn

from app.cli import main
from app.models.errors import KinerjaError
from app.reports import render
from app.reports.common import Options
from app.reports.word import build_docx, pembuat_docx
from helpers_word import baris_kepala, buka, halaman_mm, kurang, teks_docx


def _both(store, dokumen, options=Options(), **params):
    data = render.gather(store, dokumen, **params)
    pdf, _ = render.build_bytes(dokumen, data, options)
    return data, pdf, buka(build_docx(dokumen, data, options))


def test_whole_sk_has_every_word_of_the_pdf_in_real_tables(sample_store):
    data, pdf, doc = _both(sample_store, "sk")
    assert kurang(pdf, doc) == set()
    assert halaman_mm(doc) == (297, 210, "LANDSCAPE")
    text = teks_docx(doc)
    assert "➢" in text and "NIP. " in text and data.lampiran.ttd.nama in text
    lampiran = [t for t in doc.tables if t.rows[0].cells[0].text == "NO"]
    assert len(lampiran) == len(data.lampiran.halaman)
    for t in lampiran:
        assert baris_kepala(t) == [0]
    matriks = doc.tables[-1]
    assert baris_kepala(matriks) == [0, 1]  # the target over one column per year, both rows repeat
    years = [str(y) for y in data.matriks.periode.tahun]
    assert [c.text for c in matriks.rows[1].cells][-len(years) - 1:-1] == years
    # the sasaran is one merged cell over its indicators' rows, as the PDF prints it once
    assert sum(1 for tc in doc.element.body.iter(qn("w:vMerge")) if tc.get(qn("w:val")) == "restart") > 10
    # the signature is never alone on a page: the last row keeps with it, as in the PDF
    for t in lampiran + [matriks]:
        last, before = ([p.pPr is not None and p.pPr.keepNext is not None for p in tr.iter(qn("w:p"))]
                        for tr in (t._tbl.tr_lst[-1], t._tbl.tr_lst[-2]))
        assert all(last) and not any(before)
    # every lampiran and the matrix start on a new page, in number order
    assert text.count("Lampiran ") >= len(data.lampiran.halaman)


def test_font_named_with_its_fallback_and_the_page_of_the_options(sample_store):
    options = Options(paper="f4", orientation="portrait", margins_mm=(25, 20, 18, 12))
    data, pdf, doc = _both(sample_store, "matriks", options)
    assert kurang(pdf, doc) == set()
    assert halaman_mm(doc) == (215, 330, "PORTRAIT")
    s = doc.sections[0]
    assert [round(m.mm) for m in (s.left_margin, s.right_margin, s.top_margin, s.bottom_margin)] == [25, 20, 18, 12]
    fonts = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == "DejaVu Sans Condensed"
    table = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml").blob
    assert b'w:name="DejaVu Sans Condensed"><w:altName w:val="Arial"/>' in table
    assert "Arial" in doc.core_properties.comments
    # F4 landscape: 330 × 215 mm
    _, _, wide = _both(sample_store, "lampiran", Options(paper="f4"), jabatan="KASI PEMERINTAHAN")
    assert halaman_mm(wide) == (330, 215, "LANDSCAPE")


def test_lampiran_fungsi_lettered_as_the_format_says(sample_store):
    from app.models.format_dokumen import PRESET

    data = render.gather(sample_store, "lampiran", jabatan="KASI PEMERINTAHAN")
    iki = dataclasses.replace(data.keputusan, format=PRESET["IKI, empat kolom"])
    data = dataclasses.replace(data, keputusan=iki)
    pdf, _ = render.build_bytes("lampiran", data, Options())
    doc = buka(build_docx("lampiran", data, Options()))
    assert kurang(pdf, doc) == set()
    text = teks_docx(doc)
    assert "a. " in text and "b. " in text and "NAMA" in text
    assert [c.text for c in doc.tables[-1].rows[0].cells] == ["SASARAN STRATEGIS", "INDIKATOR KINERJA INDIVIDU",
                                                               "ALASAN/PENJELASAN", "SUMBER DATA"]


def test_user_text_is_written_literally_and_control_characters_do_not_crash(sample_store):
    data = render.gather(sample_store, "lampiran", jabatan="KASI PEMERINTAHAN")
    page = data.halaman[0]
    long = "Panjang " * 375  # 3,000 characters
    odd = dataclasses.replace(page.jabatan, tugas="<b>x</b> & <img src=a>\x01\x1f tab\there\x0bbaris",
                              fungsi=(long, "biasa \x00 nol"))
    data = dataclasses.replace(data, halaman=(dataclasses.replace(page, jabatan=odd),))
    text = teks_docx(buka(build_docx("lampiran", data, Options())))
    assert "<b>x</b> & <img src=a> tab" in text and long.strip() in text and "biasa  nol" in text
    assert "\x01" not in text and "\x00" not in text


def test_capaian_report_has_every_figure_the_chart_and_the_footer(sample_store):
    from app.models import display

    from decimal import Decimal as D

    inds = [i for j in sample_store.jabatan_all(sample_store.periode_pembuka(), 2018) for s in j.sasaran
            for i in s.indikator if i.target_tahun(2018) and i.target_tahun(2018).nilai]
    for n, i in enumerate(inds[:30]):
        sample_store.set_realisasi(i.id, 2018, 4, nilai=i.target_tahun(2018).nilai * D(40 + 3 * n) / 100)
    data, pdf, doc = _both(sample_store, "capaian", tahun=2018)
    text = teks_docx(doc)
    for bagian in data.bagian:
        assert f"JABATAN : {bagian.jabatan.nama}" in text
        for r in bagian.baris:
            for t in (r.indikator.nama, display.teks_realisasi(r.capaian), display.teks_capaian(r.capaian),
                      display.teks_kategori(r.capaian)):
                assert t in text
    # left out: the page numbers (Word counts its own pages) and the PDF chart's axis and cut
    # labels (in Word the chart is a picture)
    assert {w for w in kurang(pdf, doc) if not (w.isdigit() or w.endswith("…") or w == "(%)")} == set()
    assert len(doc.inline_shapes) >= 1  # the chart, a picture
    assert all(baris_kepala(t) == [0] for t in doc.tables)
    assert data.rumus_negatif in text and "Halaman" in text


def test_a_document_without_a_word_builder_is_refused_in_indonesian():
    with pytest.raises(KinerjaError, match="belum dapat disimpan sebagai Word"):
        pembuat_docx("surat-tugas")  # every document of render.DOCUMENTS has one (tests/test_cetak_semua.py)


def test_cli_print_sk_docx(sample_path, tmp_path, capsys):
    out = tmp_path / "Kantor #2" / "sk Ümi.docx"
    out.parent.mkdir()
    assert main(["--db", str(sample_path), "print", "sk", "--format", "docx", "--out", str(out), "--paper", "f4"]) == 0
    assert "dokumen Word" in capsys.readouterr().out
    doc = buka(out.read_bytes())
    assert halaman_mm(doc) == (330, 215, "LANDSCAPE") and "INDIKATOR KINERJA UTAMA" in teks_docx(doc)
    assert [p.name for p in out.parent.iterdir()] == ["sk Ümi.docx"]  # written atomically: no temporary file left
    # the suffix alone chooses Word; a PDF stays the default
    assert main(["--db", str(sample_path), "print", "matriks", "--out", str(tmp_path / "m.docx")]) == 0
    assert buka((tmp_path / "m.docx").read_bytes()).tables
    assert main(["--db", str(sample_path), "print", "matriks", "--out", str(tmp_path / "m.pdf")]) == 0
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


def test_cli_refuses_a_format_that_is_not_the_file_suffix(sample_path, tmp_path, capsys):
    out = tmp_path / "sk.pdf"
    assert main(["--db", str(sample_path), "print", "sk", "--format", "docx", "--out", str(out)]) == 2
    assert "--format docx tetapi berkas --out berakhiran .pdf" in capsys.readouterr().err
    assert not out.exists()


def test_cli_docx_to_a_missing_folder_says_so(sample_path, tmp_path, capsys):
    out = tmp_path / "tidak-ada" / "sk.docx"
    assert main(["--db", str(sample_path), "print", "sk", "--format", "docx", "--out", str(out)]) == 2
    assert "Berkas Word tidak dapat ditulis" in capsys.readouterr().err


def test_preview_saves_the_document_as_word(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    dialog = window.open_print("lampiran", {}, modal=False)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.built, timeout=20000).wait()
    dialog.paper.setCurrentIndex(dialog.paper.findData("f4"))
    out = tmp_path / "lampiran"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert not dialog.word_button.isHidden() and dialog.word_button.text() == "Simpan sebagai &Word…"
    dialog.word_button.click()
    qtbot.waitUntil((tmp_path / "lampiran.docx").exists, timeout=20000)  # built in the background
    doc = buka((tmp_path / "lampiran.docx").read_bytes())
    assert halaman_mm(doc) == (330, 215, "LANDSCAPE")
    assert "KASI PEMERINTAHAN" in teks_docx(doc).upper()
    assert str(tmp_path / "lampiran.docx") in dialog.status.text()


def test_docx_is_a_zip_word_opens(sample_store):
    import zipfile

    content = build_docx("matriks", render.gather(sample_store, "matriks"), Options())
    names = zipfile.ZipFile(io.BytesIO(content)).namelist()
    assert "word/document.xml" in names and "word/fontTable.xml" in names
