"""The printed documents, opened and read back."""

import datetime as dt
import re
import struct
import zlib
from decimal import Decimal as D
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.models.errors import InputTidakValid
from app.models.laporan import data_capaian, data_lampiran, data_matriks
from app.models.sample import load_sample
from app.reports import render
from app.reports.common import BuildCancelled, Options
from app.reports.lampiran import build_lampiran
from tests.helpers import png_rgba as _png_rgba

MM = 72 / 25.4


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf(dokumen, data, options=Options()):
    content, pages = render.build_bytes(dokumen, data, options)
    reader = PdfReader(BytesIO(content))
    assert len(reader.pages) == pages
    return reader


def page_texts(reader):
    return [squash(p.extract_text()) for p in reader.pages]


@pytest.fixture(scope="module")
def sample():
    return load_sample("belawang")


def test_every_lampiran_carries_all_its_content(sample_store, sample):
    data = data_lampiran(sample_store)
    reader = pdf("lampiran", data)
    texts = page_texts(reader)
    # split the pages into lampiran: each starts with its header line
    starts = [n for n, t in enumerate(texts) if squash("INDIKATOR KINERJA UTAMA") in t and "JABATAN:" in t]
    assert len(starts) == 7
    by_code = {j["kode"]: j for j in sample["jabatan"]}
    for n, lamp in enumerate(sample["keputusan"]["lampiran"]):
        text = "".join(texts[starts[n]: starts[n + 1] if n + 1 < len(starts) else None])
        j = by_code[lamp["jabatan"]]
        kepala = lamp["kepala"] or f"Lampiran {lamp['nomor']}. SK Keputusan Camat Belawang Kabupaten Barito Kuala"
        expected = [kepala, "Nomor : 24 Tahun 2018", "Tanggal : 30 Mei 2018", "KECAMATAN BELAWANG KABUPATEN BARITO KUALA",
                    "JABATAN : " + j["nama"], j["tugas"], *[f"{i}. {f}" for i, f in enumerate(j["fungsi"], 1)],
                    "CAMAT BELAWANG,", "MUHAMMAD HUSAINI, S.Sos, M.Si", "NIP. 19741018 199403 1 003"]
        for s in j["sasaran"]:
            expected += [s["nomor"], s["nama"]]
            for ind in s["indikator"]:
                if ind.get("di_lampiran", True):
                    expected += [f"{ind.get('nomor', '')} {ind['nama']}", *ind["penjelasan"], ind["penanggung_jawab"],
                                 ind["sumber_data"]]
        missing = [e for e in expected if squash(e) not in text]
        assert missing == [], (lamp["nomor"], missing)
        assert text.count(squash("MUHAMMAD HUSAINI, S.Sos, M.Si")) == 1
    # matrix-only indicators are not in any lampiran
    assert squash("Persentase jumlah PMKS") not in "".join(texts)
    # the bullet glyph is really there (the font has it)
    assert "➢" in reader.pages[0].extract_text()


def test_lampiran_header_row_on_every_page_and_signature_never_alone(sample_store):
    reader = pdf("lampiran", data_lampiran(sample_store))
    for n, t in enumerate(page_texts(reader)):
        assert squash("NO KINERJA UTAMA INDIKATOR KINERJA UTAMA") in t, n
        if "MUHAMMAD" in t:  # the signature page has at least one data row above it
            assert t.index(squash("PENANGGUNG JAWAB SUMBER DATA")) < t.index("CAMATBELAWANG,")
            between = t[t.index(squash("PENANGGUNG JAWAB SUMBER DATA")) + 25: t.index("CAMATBELAWANG,")]
            assert len(between) > 20, n


def test_one_jabatan_only(sample_store):
    reader = pdf("lampiran", data_lampiran(sample_store, jabatan="  kasi   trantib ".replace("trantib", "KETENTRAMAN DAN KETERTIBAN")))
    text = "".join(page_texts(reader))
    assert "KASIKETENTRAMANDANKETERTIBAN" in text and "KASIPEMERINTAHAN" not in text
    with pytest.raises(InputTidakValid, match="Tidak ada lampiran"):
        data_lampiran(sample_store, jabatan="Lurah")


def test_matrix_carries_every_indicator_with_its_targets(sample_store, sample):
    reader = pdf("matriks", data_matriks(sample_store))
    text = "".join(page_texts(reader))
    assert text.startswith(squash("INDIKATOR KINERJA ESSELON IV TAHUN 2017-2022 KECAMATAN BELAWANG"))
    rows = 0
    for j in sample["jabatan"]:
        for s in j["sasaran"]:
            if s.get("urutan_matriks"):
                assert squash(s.get("nama_matriks", s["nama"])) in text
            for ind in s["indikator"]:
                m = ind.get("matriks")
                if m:
                    rows += 1
                    row = [m.get("nama", ind["nama"]), m["formulasi"], " ".join(m["target"]), m["sumber_data"]]
                    assert squash(" ".join(row)) in text, row
    assert rows == 11
    assert squash("Belawang, 30 Mei 2018") in text and squash("MUHAMMAD HUSAINI, S.Sos, M.Si") in text
    for t in page_texts(reader):
        assert squash("TARGET 2018 2019 2020 2021 2022") in t or squash("TARGET SUMBER DATA 2018 2019") in t or "2018201920202021" in t


def test_markup_characters_print_literally(sample_store):
    j = next(j for j in sample_store.jabatan_all(1) if j.nama == "KASI PEMERINTAHAN")
    evil = "Kasi <b>Pem</b> & Co &copy; <font size=40>x</font> <img src='/etc/passwd'/> a<b"
    sample_store.update("jabatan", j.id, nama=evil, tugas="Tugas & <tanggung> jawab")
    sample_store.update("indikator", j.sasaran[0].indikator[0].id, sumber_data="PT Maju&Jaya <Tbk>")
    sample_store.set_list("penjelasan", j.sasaran[0].indikator[0].id, ["x<y & y>z", "&amp; tetap &amp;"])
    reader = pdf("lampiran", data_lampiran(sample_store, jabatan=evil))
    raw = " ".join(p.extract_text() for p in reader.pages)
    for literal in (evil, "Tugas & <tanggung> jawab", "PT Maju&Jaya <Tbk>", "x<y & y>z", "&amp; tetap &amp;"):
        assert squash(literal) in squash(raw), literal


def test_f4_pages_have_f4_size_and_fonts_are_embedded(sample_store):
    reader = pdf("matriks", data_matriks(sample_store), Options(paper="f4"))
    for page in reader.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(w / MM), round(h / MM)) == (330, 215)  # landscape F4
    a4 = pdf("lampiran", data_lampiran(sample_store), Options(paper="a4"))
    assert (round(float(a4.pages[0].mediabox.width) / MM), round(float(a4.pages[0].mediabox.height) / MM)) == (297, 210)
    fonts = {}
    for page in a4.pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts[str(f["/BaseFont"])] = f
    assert fonts and not any("Helvetica" in name or "ZapfDingbats" in name for name in fonts)
    for f in fonts.values():
        desc = f["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in f else f["/FontDescriptor"]
        assert "/FontFile2" in desc.get_object()  # embedded TrueType
    meta = a4.metadata
    assert meta.title == "Lampiran Keputusan Camat Belawang Nomor 24 Tahun 2018"
    assert meta.author == "MUHAMMAD HUSAINI, S.Sos, M.Si"


@pytest.mark.parametrize("change, present, absent", [
    ({"ttd_awalan": "Plt."}, ["Plt. CAMAT BELAWANG,"], []),
    ({"ttd_awalan": "a.n.", "ttd_jabatan": "CAMAT BELAWANG", "ttd_jabatan2": "Sekretaris Kecamatan,"},
     ["a.n. CAMAT BELAWANG", "Sekretaris Kecamatan,"], []),
    ({"ttd_pangkat": "Pembina Tk. I (IV/b)"}, ["MUHAMMAD HUSAINI, S.Sos, M.Si Pembina Tk. I (IV/b) NIP. 19741018 199403 1 003"], []),
    ({"ttd_nip": None, "ttd_nama": "H. BUPATI, S.H."}, ["H. BUPATI, S.H."], ["NIP."]),
])
def test_signature_variants(sample_store, change, present, absent):
    sample_store.update("keputusan", 1, **change)
    text = "".join(page_texts(pdf("lampiran", data_lampiran(sample_store, jabatan="KASI PEMERINTAHAN"))))
    for p in present:
        assert squash(p) in text
    for a in absent:
        assert squash(a) not in text


def test_scanned_signature_and_stamp(sample_store, tmp_path):
    sig, cap = tmp_path / "ttd.png", tmp_path / "cap.png"
    sig.write_bytes(_png_rgba())
    cap.write_bytes(_png_rgba(30, 30))
    reader = pdf("lampiran", data_lampiran(sample_store, jabatan="KASI PEMERINTAHAN"),
                 Options(ttd_gambar=sig, cap_gambar=cap))
    images = [img for p in reader.pages for img in p.images]
    assert len(images) == 2
    with pytest.raises(Exception, match="tidak ditemukan"):
        pdf("lampiran", data_lampiran(sample_store), Options(ttd_gambar=tmp_path / "nope.png"))


def test_capaian_report(sample_store):
    ind = next(i for j in sample_store.jabatan_all(1) for s in j.sasaran for i in s.indikator
               if i.nama == "Jumlah poskamling yang aktif")
    for q, v in ((1, 3), (2, 3), (3, 3), (4, 2)):
        sample_store.set_realisasi(ind.id, 2018, q, nilai=D(v))
    sample_store.update("indikator", ind.id, polaritas="negatif")
    data = data_capaian(sample_store, 2018, 4, tanggal=dt.date(2019, 1, 15))
    text = "".join(page_texts(pdf("capaian", data)))
    # target 13, realisasi 11 (sum of quarters), negative polarity: (2*13-11)/13 = 115,38 %
    assert squash("Jumlah poskamling yang aktif 13 11 115,38 % Sangat Baik") in text
    assert squash("Polaritas negatif: capaian = (2 × target − realisasi) / target × 100 %") in text
    assert squash("Belawang, 15 Januari 2019") in text
    up_to_2 = "".join(page_texts(pdf("capaian", data_capaian(sample_store, 2018, 2))))
    assert squash("Jumlah poskamling yang aktif 13 6 153,85 %") in up_to_2
    with pytest.raises(InputTidakValid):
        data_capaian(sample_store, 2030)


def test_cancel_and_progress(sample_store, tmp_path):
    seen = []
    data = data_lampiran(sample_store)
    with pytest.raises(BuildCancelled):
        build_lampiran(BytesIO(), data, Options(), progress=lambda d, t: seen.append((d, t)),
                       cancelled=lambda: len(seen) >= 3)
    assert seen and all(d <= t for d, t in seen)
    out = tmp_path / "x.pdf"
    pages = render.print_to_file(sample_store, "lampiran", out)
    assert pages == len(PdfReader(str(out)).pages)
    assert not list(tmp_path.glob(".*sementara"))


def test_reports_import_no_qt():
    import subprocess
    import sys

    code = "import sys, app.reports.render, app.reports.lampiran, app.reports.matriks, app.reports.capaian_report; " \
           "print(any(m.startswith('PySide6') for m in sys.modules))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"
