"""Word files made BY THE TESTS for the import tests and the import bench: the Belawang
sample laid out like its printed annexes (repeated header rows, sasaran cells merged over
their indicators, a table split over two pages, the matrix with its year columns), and a
decree laid out differently (four columns, lettered fungsi, a bare "LAMPIRAN")."""

from __future__ import annotations

from pathlib import Path

from app.models.rules import format_nip
from app.models.sample import load_sample

KOLOM = ["NO", "KINERJA UTAMA", "INDIKATOR KINERJA UTAMA",
         "PENJELASAN (MAKNA INDIKATOR, ALASAN PEMILIHAN DAN CARA PERHITUNGAN INDIKATOR)", "PENANGGUNG JAWAB",
         "SUMBER DATA"]


def _cell(cell, lines: list[str]) -> None:
    cell.text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def _header(table, texts: list[str]) -> None:
    row = table.add_row()
    for c, t in zip(row.cells, texts):
        c.text = t


def _ttd(doc, d: dict) -> None:
    doc.add_paragraph(d["ttd_jabatan"])
    doc.add_paragraph("")
    doc.add_paragraph(d["ttd_nama"])
    doc.add_paragraph(f"NIP. {format_nip(d['ttd_nip'])}")


def _matriks(doc, data: dict) -> None:
    p = data["periode"]
    for line in (p["matriks_judul"], p["matriks_tahun"], "KECAMATAN BELAWANG"):
        doc.add_paragraph(line)
    years = list(range(p["tahun_awal"], p["tahun_akhir"] + 1))
    t = doc.add_table(rows=2, cols=4 + len(years))
    top, sub = t.rows[0].cells, t.rows[1].cells
    for k, text in enumerate(["SASARAN KEGIATAN", "INDIKATOR KINERJA", "FORMULASI PERHITUNGAN/ PENJELASAN"]):
        top[k].merge(sub[k]).text = text
    top[3].merge(top[2 + len(years)]).text = "TARGET"
    top[-1].merge(sub[-1]).text = "SUMBER DATA"
    for k, y in enumerate(years):
        sub[3 + k].text = str(y)
    sasaran = sorted((s for j in data["jabatan"] for s in j["sasaran"] if s.get("urutan_matriks")),
                     key=lambda s: s["urutan_matriks"])
    for s in sasaran:
        rows = []
        for ind in s["indikator"]:
            m = ind.get("matriks")
            if not m:
                continue
            cells = t.add_row().cells
            rows.append(cells)
            cells[1].text = m.get("nama", ind["nama"])
            cells[2].text = m["formulasi"]
            for k, v in enumerate(m["target"]):
                cells[3 + k].text = v
            _cell(cells[-1], m["sumber_data"].split("\n"))
        rows[0][0].merge(rows[-1][0]).text = s.get("nama_matriks") or s["nama"]
    doc.add_paragraph("Belawang, 30 Mei 2018")


def _iku_rows(table, s: dict, indikator: list[dict], with_sasaran: bool = True) -> None:
    rows = []
    for ind in indikator:
        cells = table.add_row().cells
        rows.append(cells)
        cells[2].text = f"{ind['nomor']} {ind['nama']}" if ind.get("nomor") else ind["nama"]
        berbutir = ind.get("penjelasan_berbutir", True)
        _cell(cells[3], [f"➢ {x}" if berbutir else x for x in ind["penjelasan"]])
        cells[4].text = ind["penanggung_jawab"]
        _cell(cells[5], ind["sumber_data"].split("\n"))
    if with_sasaran:
        rows[0][0].merge(rows[-1][0]).text = s["nomor"]
        rows[0][1].merge(rows[-1][1]).text = s["nama"]


def _lampiran(doc, data: dict, lamp: dict, akhiran: str = "") -> None:
    d = data["keputusan"]
    j = next(x for x in data["jabatan"] if x["kode"] == lamp["jabatan"])
    j = {**j, "nama": j["nama"] + akhiran}
    if lamp["kepala"]:  # Lampiran IV's header is lost in the reference: the file has none either
        doc.add_paragraph(lamp["kepala"])
        doc.add_paragraph("Nomor  : 24 Tahun 2018")
        doc.add_paragraph("Tanggal : 30 Mei 2018")
    doc.add_paragraph("INDIKATOR KINERJA UTAMA")
    doc.add_paragraph("KECAMATAN BELAWANG KABUPATEN BARITO KUALA")
    doc.add_paragraph(f"JABATAN : {j['nama']}")
    doc.add_paragraph(f"TUGAS : {j['tugas']}")
    for n, f in enumerate(j["fungsi"], start=1):
        doc.add_paragraph(f"{'FUNGSI : ' if n == 1 else ''}{n}. {f}")
    table = doc.add_table(rows=0, cols=6)
    _header(table, KOLOM)
    for k, s in enumerate(j["sasaran"]):
        shown = [i for i in s["indikator"] if i.get("di_lampiran", True)]
        if k and k % 2 == 0:  # a new page: a new table whose header row is repeated
            doc.add_paragraph("")
            table = doc.add_table(rows=0, cols=6)
            _header(table, KOLOM)
        elif k:
            _header(table, KOLOM)  # the header typed again inside the table
        if len(shown) > 3:  # a sasaran running over a page: the rest in a table without header
            _iku_rows(table, s, shown[:3])
            table = doc.add_table(rows=0, cols=6)
            _iku_rows(table, s, shown[3:], with_sasaran=False)
        else:
            _iku_rows(table, s, shown)
    _ttd(doc, d)


def belawang_docx(path: Path, kali: int = 1, nama_sama: bool = False) -> Path:
    """The sample as a Word file (``kali`` > 1: its lampiran repeated, as other jabatan —
    or, ``nama_sama``, as the same ones again)."""
    import docx

    data = load_sample("belawang")
    doc = docx.Document()
    _matriks(doc, data)
    for k in range(kali):  # the repeats as other jabatan ("… 2"), as a larger kecamatan has
        for lamp in data["keputusan"]["lampiran"]:
            _lampiran(doc, data, lamp, f" {k + 1}" if k and not nama_sama else "")
    doc.save(str(path))
    return path


def empat_kolom_docx(path: Path, sebutan: str = "") -> Path:
    """Another layout: a bare LAMPIRAN (``sebutan``: with the decree's name on the line under
    it), an IKI title, lettered tugas/fungsi, four columns (no NO, no PENANGGUNG JAWAB) with
    "-" items, a place-and-date line, a Plt. signer."""
    import docx

    doc = docx.Document()
    for line in ("LAMPIRAN", *([sebutan] if sebutan else []), "Nomor : 188.45/ 12 /KEP/2021", "Tanggal : 1 Maret 2021",
                 "INDIKATOR KINERJA INDIVIDU (IKI)", "KECAMATAN SUKAMAJU KABUPATEN TANAH LAUT",
                 "JABATAN : Kepala Seksi Pelayanan Umum", "TUGAS : Melaksanakan pelayanan umum kecamatan.",
                 "FUNGSI : a. Penyiapan bahan pelayanan administrasi terpadu;", "b. Pelaksanaan pelayanan perizinan;",
                 "c. Pelaporan pelayanan."):
        doc.add_paragraph(line)
    t = doc.add_table(rows=0, cols=4)
    _header(t, ["SASARAN STRATEGIS", "INDIKATOR KINERJA", "ALASAN/PENJELASAN", "SUMBER DATA"])
    rows = [("Meningkatnya kualitas pelayanan", "Indeks kepuasan masyarakat",
             ["- Mengukur kepuasan penerima layanan", "- Formulasi: nilai rata-rata survei"], "Laporan SKM"),
            (None, "Persentase layanan selesai tepat waktu", ["- Layanan sesuai SOP"], "Register layanan"),
            ("Meningkatnya tertib administrasi", "Jumlah arsip tertata", ["- Arsip tersusun rapi"], "Buku arsip")]
    first = None
    for sasaran, ind, pj, sd in rows:
        cells = t.add_row().cells
        if sasaran is None:
            first.merge(cells[0])
        else:
            cells[0].text, first = sasaran, cells[0]
        cells[1].text = ind
        _cell(cells[2], pj)
        cells[3].text = sd
    for line in ("Sukamaju, 1 Maret 2021", "Plt. CAMAT SUKAMAJU,", "", "AHMAD FAUZI, S.IP",
                 "Pembina (IV/a)", "NIP. 19700101 199003 1 002"):
        doc.add_paragraph(line)
    doc.save(str(path))
    return path


def lima_kolom_docx(path: Path) -> Path:
    """A third layout, as a new kecamatan's own Word annex: "LAMPIRAN II" over the decree's
    name in capitals, fungsi lettered "a)", five columns (NO, SASARAN STRATEGIS, INDIKATOR
    KINERJA, PENJELASAN, PENANGGUNG JAWAB — no SUMBER DATA) with "•" items, the place and
    date above a signer with pangkat, then a matrix with three year columns."""
    import docx

    doc = docx.Document()
    for line in ("LAMPIRAN II KEPUTUSAN CAMAT SUNGAI RAYA", "NOMOR : 061/27/SR/2024", "TANGGAL : 2 Januari 2024",
                 "INDIKATOR KINERJA UTAMA (IKU)", "KECAMATAN SUNGAI RAYA KABUPATEN HULU SUNGAI SELATAN",
                 "JABATAN : Kepala Seksi Pemberdayaan Masyarakat Desa",
                 "TUGAS : Menyiapkan bahan pemberdayaan masyarakat dan desa.",
                 "FUNGSI : a) Pembinaan lembaga kemasyarakatan;", "b) Fasilitasi BUMDes;", "c) Pelaporan."):
        doc.add_paragraph(line)
    t = doc.add_table(rows=0, cols=5)
    _header(t, ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "PENJELASAN", "PENANGGUNG JAWAB"])
    rows = [("1.", "Meningkatnya kemandirian desa", "Jumlah BUMDes aktif",
             ["• BUMDes yang melapor kegiatan usahanya", "• Formulasi: jumlah BUMDes dengan laporan tahunan"]),
            (None, None, "Persentase desa mandiri",
             ["• Status desa menurut Indeks Desa Membangun", "• Formulasi: desa mandiri / seluruh desa x 100 %"]),
            ("2.", "Meningkatnya peran lembaga desa", "Jumlah lembaga desa yang dibina",
             ["• Lembaga yang mendapat pembinaan kecamatan"])]
    first: tuple = (None, None)
    for no, sasaran, ind, items in rows:
        cells = t.add_row().cells
        if sasaran is None:
            first[0].merge(cells[0])
            first[1].merge(cells[1])
        else:
            cells[0].text, cells[1].text = no, sasaran
            first = (cells[0], cells[1])
        cells[2].text = ind
        _cell(cells[3], items)
        cells[4].text = "Kasi PMD"
    for line in ("Sungai Raya, 2 Januari 2024", "CAMAT SUNGAI RAYA,", "", "H. BAHRUN NAJIB, S.Sos",
                 "Pembina Tk. I (IV/b)", "NIP. 19720505 199303 1 007"):
        doc.add_paragraph(line)
    for line in ("MATRIKS INDIKATOR KINERJA", "TAHUN 2024-2026", "KECAMATAN SUNGAI RAYA"):
        doc.add_paragraph(line)
    m = doc.add_table(rows=2, cols=7)
    top, sub = m.rows[0].cells, m.rows[1].cells
    for k, text in enumerate(["SASARAN", "INDIKATOR KINERJA", "FORMULASI"]):
        top[k].merge(sub[k]).text = text
    top[3].merge(top[5]).text = "TARGET"
    top[6].merge(sub[6]).text = "SUMBER DATA"
    for k, y in enumerate((2024, 2025, 2026)):
        sub[3 + k].text = str(y)
    for sasaran, ind, formula, targets in (
            ("Meningkatnya kemandirian desa", "Jumlah BUMDes aktif", "Jumlah BUMDes dengan laporan tahunan",
             ("8", "10", "12")),
            (None, "Persentase desa mandiri", "Desa mandiri / seluruh desa x 100 %", ("20", "25", "30,5"))):
        cells = m.add_row().cells
        cells[0].text = sasaran or ""
        cells[1].text, cells[2].text = ind, formula
        for k, v in enumerate(targets):
            cells[3 + k].text = v
        cells[6].text = "Kasi PMD"
    doc.save(str(path))
    return path
