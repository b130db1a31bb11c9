"""How figures and names are shown, the same on the screen and on paper. The grids, the
charts, the dashboard and every printed document take their texts from here, so the two
can never disagree (tests/test_display.py compares a grid with the printed report).

What cannot be computed (a target of 0 or none, while a realisasi is there) shows
:data:`TIDAK_TERHITUNG`, "n/a", everywhere; what is not filled in yet shows nothing."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .angka import TIDAK_TERHITUNG, format_angka, format_persen
from .data import TargetData
from .rules import ATURAN_NEGATIF, RUMUS_POSITIF, Band, cara_rollup

if TYPE_CHECKING:  # in annotations only: a decree's print imports no capaian rules
    from .capaian import Capaian

TANPA_NAMA_INDIKATOR = "(indikator tanpa nama)"
TRIWULAN = ("I", "II", "III", "IV")  # the quarters, in Roman numerals as printed


# ------------------------------------------------------------------ quarters


def romawi_triwulan(triwulan: int) -> str:
    """``3`` → ``III``."""
    return TRIWULAN[triwulan - 1]


def nama_triwulan(triwulan: int) -> str:
    """``3`` → ``TW III``."""
    return f"TW {TRIWULAN[triwulan - 1]}"


def sampai_triwulan(triwulan: int) -> str:
    """``3`` → ``s.d. Triwulan III`` (the printed report's title)."""
    return f"s.d. Triwulan {TRIWULAN[triwulan - 1]}"


# ------------------------------------------------------------------ cells


def teks_target(t: TargetData | None) -> str:
    """A year's target: its number, or the text of a text indicator; blank when none."""
    if t is None:
        return ""
    return format_angka(t.nilai) if t.nilai is not None else t.teks


def teks_realisasi(c: Capaian) -> str:
    return format_angka(c.realisasi)


def teks_capaian(c: Capaian) -> str:
    """``87,5 %``; ``n/a`` when a realisasi is there but no capaian can be computed (target
    0 or none); blank while there is no realisasi yet."""
    if c.capaian is not None:
        return format_persen(c.capaian)
    return TIDAK_TERHITUNG if c.ada_realisasi else ""


def teks_kategori(c: Capaian) -> str:
    return c.band.nama if c.band is not None else ""


def teks_rata_rata(value: Decimal | None) -> str:
    return format_persen(value, kosong=TIDAK_TERHITUNG)


def nama_pita(band: Band | None) -> str:
    """The band a capaian falls in, for a chart's series: ``n/a`` when none."""
    return band.nama if band is not None else TIDAK_TERHITUNG


def warna_muda(warna: str) -> tuple[float, float, float]:
    """The light tint of a band's colour (``#RRGGBB``) behind its cells, as RGB 0–1: the
    colour mixed 45 % into a light grey, so that black text stays readable."""
    rgb = [int(warna[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return tuple(0.55 + 0.45 * x for x in rgb)  # type: ignore[return-value]


# ------------------------------------------------------------------ names


def label_indikator(nomor: str, nama: str, kosong: str = "") -> str:
    """``1.2 Persentase …``: the number as printed before the name; ``kosong`` when both
    are blank."""
    text = f"{nomor} {nama}".strip() if nomor else nama
    return text or kosong


def pendek(text: str | None, n: int, kosong: str = "(tanpa nama)") -> str:
    """One line of at most ``n`` characters: spaces collapsed, cut with "…"."""
    text = " ".join((text or "").split()) or kosong
    return text if len(text) <= n else text[: n - 1] + "…"


def lipat(text: str, n: int, baris: int = 2) -> list[str]:
    """Words in at most ``baris`` lines of about ``n`` characters (a chart's category
    label); the last line is shortened with "…" when words are left over."""
    words, lines = " ".join(text.split()).split(" "), [""]
    for w in words:
        if lines[-1] and len(lines[-1]) + 1 + len(w) > n:
            lines.append("")
        lines[-1] = f"{lines[-1]} {w}".strip()
    if len(lines) > baris:
        lines = lines[:baris - 1] + [pendek(" ".join(lines[baris - 1:]), n)]
    return [pendek(line, n, "") for line in lines]


# ------------------------------------------------------------------ what a deletion takes

# Every table of the schema (app.models.schema.MODELS) as the user knows its rows.
LABEL_TABEL = {
    "kecamatan": "kecamatan", "pegawai": "pegawai", "jabatan": "jabatan", "fungsi": "butir fungsi",
    "periode": "periode", "keputusan": "keputusan", "lampiran": "lampiran", "sasaran": "sasaran",
    "indikator": "indikator", "penjelasan": "paragraf penjelasan", "target": "target", "realisasi": "realisasi",
    "kategori": "kategori capaian", "pengaturan": "pengaturan", "riwayat": "catatan riwayat",
    "perjanjian_kinerja": "Perjanjian Kinerja", "target_pk": "target PK", "anggaran_pk": "baris anggaran PK", "rencana_aksi": "baris rencana aksi",
    "bukti": "berkas bukti", "program": "program/kegiatan", "pagu": "pagu anggaran",
    "realisasi_anggaran": "realisasi anggaran",
}
# A reference that a deletion empties (table, column) → what it means, after the count.
TAUTAN_LEPAS = {
    ("program", "sasaran_id"): "program/kegiatan kehilangan tautan ke sasarannya (program/kegiatannya tetap ada)",
    ("jabatan", "atasan_id"): "jabatan bawahan kehilangan atasannya (jabatannya tetap ada)",
    ("perjanjian_kinerja", "atasan_id"): "Perjanjian Kinerja jabatan lain kehilangan atasan (PIHAK KEDUA) yang dipilih",
    ("jabatan", "pemegang_id"): "jabatan kehilangan pemegangnya",
    ("target_pk", "indikator_id"): "baris Perjanjian Kinerja kehilangan tautan ke indikatornya (isi PK yang "
                                    "ditandatangani tetap utuh)",
}


def rincian_terhapus(jumlah: dict[str, int], jenis: str = "") -> str:
    """"2 Perjanjian Kinerja, 4 target PK, 1 berkas bukti": rows per table that a deletion
    of a ``jenis`` takes with it (the item itself left out); "" when nothing else goes."""
    return ", ".join(f"{n} {LABEL_TABEL.get(t, t.replace('_', ' '))}" for t, n in jumlah.items()
                     if n and (t != jenis or n > 1))


def rincian_tautan_lepas(jumlah: dict[tuple[str, str], int]) -> str:
    """"3 program/kegiatan kehilangan tautan ke sasarannya (…)": what loses its link to the
    deleted rows; "" when nothing does."""
    return "; ".join(f"{n} {TAUTAN_LEPAS.get(k, f'{LABEL_TABEL.get(k[0], k[0])} kehilangan tautannya')}"
                     for k, n in jumlah.items() if n)


# ------------------------------------------------------------------ rules in words


def rumus_negatif(aturan: str) -> str:
    """``Polaritas negatif: capaian = target / realisasi × 100 %`` (no full stop)."""
    return f"Polaritas negatif: capaian = {ATURAN_NEGATIF[aturan]}"


def rumus_capaian(polaritas: str, aturan: str) -> str:
    """The formula an indicator of this polarity is computed with, as a sentence."""
    if polaritas == "negatif":
        return f"{rumus_negatif(aturan)}."
    return f"Capaian = {RUMUS_POSITIF}."


def rumus_tahunan(jenis: str) -> str:
    """How the quarters make the year for an indicator of this kind, as a sentence."""
    cara = cara_rollup(jenis)
    if cara == "jumlah":
        return "Jumlah: realisasi tahunan = jumlah triwulan."
    if cara == "terakhir":
        return "Persentase/indeks: realisasi tahunan = triwulan terakhir yang terisi."
    return "Indikator teks tidak dihitung capaiannya."


CATATAN_TIDAK_TERHITUNG = f"Target 0 atau kosong: {TIDAK_TERHITUNG}."


def cara_perhitungan(aturan: str) -> str:
    """Every rule of the capaian, as printed at the top of the report."""
    return (f"Capaian = {RUMUS_POSITIF}. {rumus_negatif(aturan)}. {CATATAN_TIDAK_TERHITUNG} "
            "Realisasi tahunan: jumlah triwulan untuk indikator jumlah; triwulan terakhir yang terisi untuk "
            "persentase dan indeks.")
