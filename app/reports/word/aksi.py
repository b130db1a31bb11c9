"""The rencana aksi and the quarterly measurement in Word, as their PDFs
(:mod:`app.reports.rencana_aksi`, :mod:`app.reports.pengukuran`): the same content and
order, one document per jabatan each from a new page, real tables whose header row repeats
on every page, landscape by default. Nothing is computed here: the figures come whole in
the dataclasses (:mod:`app.models.sakip_data`)."""

from __future__ import annotations

from typing import Sequence

from ...models import display
from ...models.rules import format_angka
from ...models.sakip_data import Pengukuran, RencanaAksi, RencanaAksiIndikator
from ..common import Options
from ..pengukuran import _headers, lebar_kolom
from ..rencana_aksi import CATATAN_TRIWULAN, COLS as COLS_AKSI, HEADERS as HEADERS_AKSI
from .dasar import PAGE_BREAK, Buku, Sel, hex_warna, para, run, tabel
from .sakip import _head, _judul, _p
from .ttd import ttd_berdampingan, ttd_kanan


def _semua(data, kind) -> list:
    return [data] if isinstance(data, kind) else list(data)


def _gabung(first: bool, last: bool) -> str | None:
    """The vertical merge of a cell over rows: none for one row, else restart / continue."""
    return None if first and last else ("restart" if first else "continue")


def _cara(buku: Buku, text: str) -> None:
    if text:
        buku.add(para([run("Cara perhitungan.", bold=True, size=buku.size - 1), run(" " + text, size=buku.size - 1)],
                      after=buku.size * 0.8))


def _warna(h) -> str | None:
    return hex_warna(display.warna_muda(h.band.warna)) if h is not None and h.band is not None else None


# ----------------------------------------------------------------------------- rencana aksi

def _aksi(lines: tuple[str, ...]) -> Sel:
    """The actions: one as typed, several numbered a paragraph each (the PDF's lines)."""
    if len(lines) <= 1:
        return _p(lines[0] if lines else "")
    return Sel([para(run(f"{n}. {t}")) for n, t in enumerate(lines, 1)])


def _rows_indikator(n: int, ind: RencanaAksiIndikator) -> list[list[Sel]]:
    """As the PDF: the sasaran with every indicator of it, merged over that indicator's quarters."""
    rows = []
    for k, a in enumerate(ind.triwulan):
        first, last = k == 0, k == len(ind.triwulan) - 1
        m = _gabung(first, last)
        h = a.hasil
        rows.append([
            Sel([para(run(str(n)), "center")] if first else [], vmerge=m),
            Sel([para(run(ind.sasaran))] if first else [], vmerge=m),
            Sel([para(run(display.label_indikator(ind.nomor, ind.indikator)))] if first else [], vmerge=m),
            Sel([para(run(ind.satuan))] if first else [], vmerge=m),
            Sel([para(run(format_angka(ind.target_tahun)), "right")] if first else [], vmerge=m),
            _p(display.romawi_triwulan(a.triwulan), "center"), _p(format_angka(a.target), "right"), _aksi(a.aksi),
            _p(format_angka(a.anggaran), "right"), _p(display.teks_realisasi(h) if h else "", "right"),
            Sel([para(run(display.teks_capaian(h) if h else ""), "right")], fill=_warna(h))])
    return rows


def _tabel_aksi(buku: Buku, data: RencanaAksi) -> str:
    rows: list[list[Sel]] = []
    for n, ind in enumerate(data.indikator, start=1):
        rows += _rows_indikator(n, ind)
    return tabel([buku.width_mm * c for c in COLS_AKSI], [_head(HEADERS_AKSI)], rows)


def _satu_aksi(buku: Buku, data: RencanaAksi) -> None:
    _judul(buku, [f"RENCANA AKSI TAHUN {data.tahun}", data.jabatan.upper(), data.instansi.upper()])
    if data.cara_perhitungan:
        _cara(buku, f"{data.cara_perhitungan} {CATATAN_TRIWULAN}")
    if data.indikator:
        buku.add(_tabel_aksi(buku, data),
                 para(run(f"Jumlah anggaran rencana aksi: Rp {format_angka(data.jumlah_anggaran) or '-'}"), before=4))
    else:
        buku.add(para(run("Belum ada indikator untuk jabatan ini.")))
    if data.ttd is not None:
        buku.add(para("", after=buku.size))
        ttd_kanan(buku, data.ttd, data.tempat_tanggal)


def docx_rencana_aksi(data: RencanaAksi | Sequence[RencanaAksi], options: Options = Options()) -> bytes:
    """The rencana aksi (one, or every jabatan's one after another, each from a new page)."""
    docs = _semua(data, RencanaAksi)
    first = docs[0] if docs else None
    title = f"RENCANA AKSI TAHUN {first.tahun}" if first else "RENCANA AKSI"
    buku = Buku(options, f"{title} — {first.jabatan}" if len(docs) == 1 else title, "Rencana Aksi",
                first.ttd.nama if first and first.ttd else "")
    for k, d in enumerate(docs):
        if k:
            buku.add(PAGE_BREAK)
        _satu_aksi(buku, d)
    if not docs:
        buku.add(para(run("Tidak ada rencana aksi untuk dicetak.")))
    return buku.simpan()


# ----------------------------------------------------------------------------- measurement

def _tabel_pengukuran(buku: Buku, data: Pengukuran) -> str:
    rows = []
    for n, b in enumerate(data.baris, start=1):
        first = n == 1 or b.sasaran != data.baris[n - 2].sasaran
        last = n == len(data.baris) or b.sasaran != data.baris[n].sasaran
        h, fill = b.hasil, _warna(b.hasil)
        rows.append([
            _p(str(n)), Sel([para(run(b.sasaran))] if first else [], vmerge=_gabung(first, last)),
            _p(display.label_indikator(b.nomor, b.indikator)), _p(b.satuan),
            _p(format_angka(b.target_tahun), "right"), _p(format_angka(h.target), "right"),
            _p(display.teks_realisasi(h), "right"),
            Sel([para(run(display.teks_capaian(h)), "right")], fill=fill),
            Sel([para(run(display.teks_kategori(h)))], fill=fill), _p(b.kendala), _p(b.solusi)])
    return tabel([buku.width_mm * c for c in lebar_kolom(data)], [_head(_headers(data.triwulan))], rows)  # as the PDF


def _satu_pengukuran(buku: Buku, data: Pengukuran) -> None:
    title = f"PENGUKURAN KINERJA TRIWULAN {display.romawi_triwulan(data.triwulan)} TAHUN {data.tahun}"
    _judul(buku, [title, data.jabatan.upper(), data.instansi.upper()])
    _cara(buku, data.cara_perhitungan)
    buku.add(_tabel_pengukuran(buku, data) if data.baris else para(run("Belum ada indikator untuk jabatan ini.")))
    place_date = data.tempat_tanggal
    if data.mengetahui is not None:
        ttd_berdampingan(buku, data.mengetahui, data.ttd, min(buku.width_mm, 200), place_date, "Mengetahui,", "")
    else:
        ttd_kanan(buku, data.ttd, place_date)


def docx_pengukuran(data: Pengukuran | Sequence[Pengukuran], options: Options = Options()) -> bytes:
    """The quarterly measurement (one jabatan, or every jabatan's one after another, each
    from a new page), as ``print pengukuran`` gathers it."""
    docs = _semua(data, Pengukuran)
    if not docs:
        buku = Buku(options, "PENGUKURAN KINERJA", "Pengukuran Kinerja")
        buku.add(para(run("Tidak ada pengukuran kinerja untuk dicetak.")))
        return buku.simpan()
    first = docs[0]
    title = f"PENGUKURAN KINERJA TRIWULAN {display.romawi_triwulan(first.triwulan)} TAHUN {first.tahun}"
    buku = Buku(options, f"{title} — {first.jabatan}" if len(docs) == 1 else title, "Pengukuran Kinerja",
                first.ttd.nama)
    for k, d in enumerate(docs):
        if k:
            buku.add(PAGE_BREAK)
        _satu_pengukuran(buku, d)
    return buku.simpan()
