"""The capaian report in Word, as the PDF (:mod:`app.reports.capaian_report`): the title, the
rules used, per jabatan the table (band colours on capaian and kategori) and the chart of
capaian per indicator (a picture drawn with Pillow: Word has no ReportLab drawing), the
signature; the rule and the page number in the footer of every page."""

from __future__ import annotations

import io

from ...models import display
from ...models.laporan import CetakCapaian
from ...models.rules import format_angka
from ..capaian_report import CHART_CHUNK, COLS, HEADERS
from ..common import Options, tempat_tanggal
from .dasar import HEADER_FILL, Buku, Sel, hex_warna, para, run, tabel
from .ttd import ttd_kanan


def _tabel(buku: Buku, rows_data) -> str:
    widths = [buku.width_mm * w for w in COLS]
    header = [[Sel([para(run(h, bold=True), "center")], fill=HEADER_FILL, center=True) for h in HEADERS]]
    rows = []
    for n, r in enumerate(rows_data, start=1):
        c = r.capaian
        first = n == 1 or r.sasaran.id != rows_data[n - 2].sasaran.id
        alone = first and (n == len(rows_data) or r.sasaran.id != rows_data[n].sasaran.id)
        fill = hex_warna(display.warna_muda(c.band.warna)) if c.band is not None else None
        rows.append([
            Sel([para(run(str(n)))]),
            Sel([para(run(r.sasaran.nama))] if first else [], vmerge=None if alone else ("restart" if first else "continue")),
            Sel([para(run(display.label_indikator(r.indikator.nomor, r.indikator.nama)))]),
            Sel([para(run(r.indikator.satuan))]),
            Sel([para(run(display.teks_target(r.indikator.target_tahun(c.tahun))), "right")]),
            Sel([para(run(display.teks_realisasi(c)), "right")]),
            Sel([para(run(display.teks_capaian(c)), "right")], fill=fill),
            Sel([para(run(display.teks_kategori(c)))], fill=fill),
        ])
    return tabel(widths, header, rows)


def _grafik(rows_data, start: int, width_px: int = 1600) -> bytes:
    """One chart of up to CHART_CHUNK indicators: a bar per indicator in its band's colour."""
    from PIL import Image, ImageDraw, ImageFont

    from ...paths import resource

    font = ImageFont.truetype(str(resource("fonts", "DejaVuSansCondensed.ttf")), 17)
    bar, label_w, top = 30, int(width_px * 0.42), 10
    values = [float(r.capaian.capaian) if r.capaian.capaian is not None else 0.0 for r in rows_data]
    vmax = max(100.0, max(values + [0.0]) * 1.1)
    plot_w = width_px - label_w - 60
    img = Image.new("RGB", (width_px, bar * len(rows_data) + 90), "white")
    d = ImageDraw.Draw(img)
    step = 20 if vmax <= 160 else 50
    for tick in range(0, int(vmax) + 1, step):
        x = label_w + plot_w * tick / vmax
        d.line([(x, top), (x, top + bar * len(rows_data))], fill=(210, 210, 210))
        d.text((x, top + bar * len(rows_data) + 6), str(tick), font=font, fill="black", anchor="ma")
    for n, (r, v) in enumerate(zip(rows_data, values)):
        y = top + n * bar
        name = f"{start + n}. {display.pendek(r.indikator.nama, 46)}"
        d.text((label_w - 8, y + bar / 2), name, font=font, fill="black", anchor="rm")
        band = r.capaian.band
        colour = band.warna if band else "#B3B3B3"
        d.rectangle([label_w, y + 5, label_w + plot_w * v / vmax, y + bar - 5], fill=colour, outline="black")
    d.text((label_w + plot_w / 2, img.height - 30), "Capaian (%)", font=font, fill="black", anchor="ma")
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _footer(buku: Buku, data: CetakCapaian, sampai: str) -> None:
    from docx.oxml import parse_xml
    from docx.shared import Pt

    footer = buku.doc.sections[0].footer
    p = footer.paragraphs[0]
    p.text = (f"{data.rumus_negatif}. {display.CATATAN_TIDAK_TERHITUNG} Kecamatan {data.kecamatan.nama}, "
              f"tahun {data.tahun} {sampai}.")
    p.runs[0].font.size = Pt(6.5)
    page = footer.add_paragraph()
    page.alignment = 2  # right
    page.add_run("Halaman ")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    page._p.append(parse_xml(f'<w:fldSimple {ns} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def docx_capaian(data: CetakCapaian, options: Options) -> bytes:
    kec = data.kecamatan
    sampai = display.sampai_triwulan(data.triwulan)
    buku = Buku(options, f"Laporan Capaian Kinerja Kecamatan {kec.nama} Tahun {data.tahun} {sampai}",
                "Capaian indikator kinerja", data.ttd.nama if data.ttd else "")
    big = buku.size + 3.5
    bands = ", ".join(f"{b.nama} ≥ {format_angka(b.batas_bawah)} %" if b.batas_bawah is not None
                      else f"{b.nama} di bawahnya" for b in data.bands)
    buku.add(*(para(run(t, bold=True, size=big), "center") for t in (
        "LAPORAN CAPAIAN INDIKATOR KINERJA", f"KECAMATAN {kec.nama.upper()} KABUPATEN {kec.kabupaten.upper()}",
        f"TAHUN {data.tahun} {sampai.upper()}")))
    buku.add(para([run("Cara perhitungan.", bold=True), run(" " + display.cara_perhitungan(data.aturan_negatif))],
                  before=buku.size),
             para([run("Kategori capaian.", bold=True), run(f" {bands}.")], after=buku.size))
    for bagian in data.bagian:
        buku.add(para(run(f"JABATAN : {bagian.jabatan.nama}", bold=True), before=buku.size, after=3, keep_next=True),
                 _tabel(buku, bagian.baris))
        if any(r.capaian.capaian is not None for r in bagian.baris):
            buku.add(para(run(f"Capaian per indikator — {bagian.jabatan.nama}", size=buku.size - 1), keep_next=True))
            for start in range(0, len(bagian.baris), CHART_CHUNK):
                png = _grafik(bagian.baris[start:start + CHART_CHUNK], start + 1)
                buku.add(buku.gambar_png(png, min(buku.width_mm, 250)))
        else:
            buku.add(para(run(f"Belum ada capaian yang dapat dihitung untuk {bagian.jabatan.nama} "
                              "(target atau realisasi belum diisi).", size=buku.size - 1)))
    if data.ttd is not None:
        ttd_kanan(buku, data.ttd, tempat_tanggal(kec.tempat, data.tanggal))
    if not data.bagian:
        buku.add(para(run("Belum ada indikator pada periode ini.")))
    _footer(buku, data, sampai)
    return buku.simpan()
