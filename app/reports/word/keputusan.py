"""The decree's documents in Word, in the PDF's order and layout (:mod:`app.reports.lampiran`,
:mod:`app.reports.matriks`, :mod:`app.reports.sk`): per lampiran the header block at the top
right, the title lines, (NAMA,) JABATAN / TUGAS / FUNGSI, the table under its repeating
header row with the number and sasaran merged over their indicators' rows, the note and the
signature; the matrix with its two header rows (the target over one column per year); the
whole decree = every lampiran, then the matrix, each on a new page."""

from __future__ import annotations

from ...models import display
from ...models.data import IndikatorData, SasaranData
from ...models.format_dokumen import FormatDokumen, penanda_fungsi
from ...models.laporan import CetakLampiran, CetakMatriks, CetakSK, HalamanLampiran
from ..common import BULLET, Options
from ..matriks import _lebar as lebar_matriks
from .dasar import HEADER_FILL, PAGE_BREAK, Buku, Sel, para, run, tabel
from .ttd import ttd_kanan

_MERGED = ("no", "sasaran")


def _kepala(buku: Buku, page: HalamanLampiran, fmt: FormatDokumen) -> None:
    """The lampiran's heading and the format's lines (Nomor, Tanggal…) in the right half."""
    width = buku.width_mm
    block = min(width * 0.5, 140)
    if page.kepala:
        buku.add(para(run(page.kepala), left_mm=width - block))
    if fmt.kepala_baris:
        rows = [[Sel(), Sel([para(run(label))]), Sel([para(run(f": {page.isi(value)}"))])]
                for label, value in fmt.kepala_baris]
        buku.add(tabel([width - block, 18, block - 18], [], rows, grid=False))


def _judul(buku: Buku, lines: list[str]) -> None:
    s = buku.size + 3.5
    buku.add(*(para(run(line, bold=True, size=s), "center", keep_next=True) for line in lines))
    buku.add(para("", after=buku.size * 0.6))


def _identitas(buku: Buku, page: HalamanLampiran, fmt: FormatDokumen) -> None:
    j = page.jabatan
    hanging = 0 if fmt.penomoran_fungsi == "tanpa" else buku.size * 1.5 * 25.4 / 72
    fungsi = [para(run(penanda_fungsi(fmt.penomoran_fungsi, n, f) + f), left_mm=hanging, hanging_mm=hanging)
              for n, f in enumerate(j.fungsi, start=1)] or [para("")]

    def row(label: str, value: list[str]) -> list[Sel]:
        return [Sel([para(run(label, bold=True))] if label else []), Sel([para(run(":"))] if label else []), Sel(value)]

    rows = [row("NAMA", [para(run(page.isi("{pemegang}"), bold=True))])] if fmt.pemegang else []
    rows += [row("JABATAN", [para(run(j.nama, bold=True))]), row("TUGAS", [para(run(j.tugas))])]
    rows += [row("FUNGSI" if n == 0 else "", [f]) for n, f in enumerate(fungsi)]
    buku.add(tabel([20, 4, buku.width_mm - 24], [], rows, grid=False), para("", after=buku.size * 0.3))


def penjelasan(buku: Buku, ind: IndikatorData) -> list[str]:
    """The explanation's paragraphs: "➢" bullets hanging when the indicator's are bulleted."""
    if ind.penjelasan_berbutir:
        h = buku.size * 1.4 * 25.4 / 72
        return [para(run(f"{BULLET}\t{p}"), left_mm=h, hanging_mm=h, after=buku.size * 0.35) for p in ind.penjelasan]
    return [para(run(p), after=buku.size * 0.35) for p in ind.penjelasan]


def _sel(buku: Buku, key: str, s: SasaranData, ind: IndikatorData | None, merge: str | None) -> Sel:
    if key in _MERGED:
        text = s.nomor if key == "no" else s.nama
        return Sel([para(run(text))] if merge != "continue" else [], vmerge=merge)
    if ind is None:
        return Sel()
    if key == "indikator":
        return Sel([para(run(display.label_indikator(ind.nomor, ind.nama)))])
    if key == "penjelasan":
        return Sel(penjelasan(buku, ind))
    return Sel([para(run(ind.penanggung_jawab if key == "penanggung_jawab" else ind.sumber_data))])


def tabel_lampiran(buku: Buku, page: HalamanLampiran, fmt: FormatDokumen) -> None:
    keys = fmt.kunci_kolom()
    total = sum(k.lebar for k in fmt.kolom)
    widths = [buku.width_mm * k.lebar / total for k in fmt.kolom]
    header = [[Sel([para(run(page.isi(k.judul), bold=True), "center")], fill=HEADER_FILL, center=True)
               for k in fmt.kolom]]
    rows = []
    for s in page.jabatan.sasaran:
        inds: list[IndikatorData | None] = [i for i in s.indikator if i.di_lampiran] or [None]
        for n, ind in enumerate(inds):
            merge = None if len(inds) == 1 else ("restart" if n == 0 else "continue")
            rows.append([_sel(buku, k, s, ind, merge) for k in keys])
    buku.add(tabel(widths, header, rows, keep_next=True))


def lampiran_ke(buku: Buku, data: CetakLampiran) -> None:
    fmt = data.keputusan.format
    for n, page in enumerate(data.halaman):
        if n:
            buku.add(PAGE_BREAK)
        _kepala(buku, page, fmt)
        buku.add(para("", after=buku.size))
        _judul(buku, [page.isi(line) for line in fmt.judul])
        if fmt.identitas:
            _identitas(buku, page, fmt)
        tabel_lampiran(buku, page, fmt)
        if fmt.catatan:
            buku.add(para(run(page.isi(fmt.catatan)), keep_next=True))
        place_date = page.isi(fmt.tempat_tanggal).strip(" ,") if fmt.tempat_tanggal else None
        ttd_kanan(buku, data.ttd, place_date or None, right_mm=10)


def _kepala_matriks(data: CetakMatriks) -> list[list[Sel]]:
    years = data.periode.tahun
    top: list[Sel] = []
    sub: list[Sel] = []
    for kol in data.format.kolom:
        judul = [para(run(data.isi(kol.judul), bold=True), "center")]
        if kol.kunci == "target":
            top.append(Sel(judul, span=len(years), fill=HEADER_FILL, center=True))
            sub += [Sel([para(run(str(y), bold=True), "center")], fill=HEADER_FILL, center=True) for y in years]
        else:
            top.append(Sel(judul, vmerge="restart", fill=HEADER_FILL, center=True))
            sub.append(Sel(vmerge="continue", fill=HEADER_FILL))
    return [top, sub]


def _sel_matriks(kunci: str, baris, ind, merge: str | None, years) -> list[Sel]:
    if kunci == "sasaran":
        return [Sel([para(run(baris.sasaran.nama_di_matriks))] if merge != "continue" else [], vmerge=merge)]
    if kunci == "target":
        return [Sel([para(run(display.teks_target(ind.target_tahun(y))), "center")]) for y in years]
    text = {"indikator": ind.nama_di_matriks, "formulasi": ind.formulasi}.get(kunci, ind.sumber_data_di_matriks)
    return [Sel([para(run(text))])]


def matriks_ke(buku: Buku, data: CetakMatriks) -> None:
    years = data.periode.tahun
    _judul(buku, [data.isi(line) for line in data.format.judul])
    widths = [w / 72 * 25.4 for w in lebar_matriks(data, buku.width_mm * 72 / 25.4)]
    rows = []
    for baris in data.baris:
        k = len(baris.indikator)
        for n, ind in enumerate(baris.indikator):
            merge = None if k == 1 else ("restart" if n == 0 else "continue")
            cells: list[Sel] = []
            for kol in data.format.kolom:
                cells += _sel_matriks(kol.kunci, baris, ind, merge, years)
            rows.append(cells)
    buku.add(tabel(widths, _kepala_matriks(data), rows, keep_next=data.ttd is not None))
    place_date = data.tempat_tanggal()
    if data.ttd is not None:
        ttd_kanan(buku, data.ttd, place_date, right_mm=10)
    elif place_date:
        buku.add(para(run(place_date), "right", before=buku.size))


def _judul_keputusan(data: CetakLampiran) -> str:
    k = data.keputusan
    return f"Keputusan Camat {data.kecamatan.nama} Nomor {k.nomor} Tahun {k.tahun}"


def docx_lampiran(data: CetakLampiran, options: Options) -> bytes:
    buku = Buku(options, f"Lampiran {_judul_keputusan(data)}", "Indikator Kinerja Utama", data.ttd.nama)
    lampiran_ke(buku, data)
    return buku.simpan()


def docx_matriks(data: CetakMatriks, options: Options) -> bytes:
    p = data.periode
    title = f"{p.matriks_judul or 'Indikator Kinerja Eselon IV'} {p.matriks_tahun} Kecamatan {data.kecamatan.nama}"
    buku = Buku(options, title.strip(), "Indikator Kinerja Eselon IV", data.ttd.nama if data.ttd else "")
    matriks_ke(buku, data)
    return buku.simpan()


def docx_sk(data: CetakSK, options: Options) -> bytes:
    """Every lampiran in number order, then the matrix (none when the period has no matrix
    indicators), each starting on a new page: one document, as the PDF."""
    lamp = data.lampiran
    buku = Buku(options, f"{_judul_keputusan(lamp)}: lampiran dan matriks",
                "Indikator Kinerja Utama dan Indikator Kinerja Eselon IV", lamp.ttd.nama)
    lampiran_ke(buku, lamp)
    if data.matriks.baris:
        if lamp.halaman:
            buku.add(PAGE_BREAK)
        matriks_ke(buku, data.matriks)
    return buku.simpan()
