"""The preview as text lines: the command line prints them, the window shows the same
lists (:mod:`app.ui.excel_dialog`)."""

from __future__ import annotations

from ..angka import format_angka
from .kolom import kanon
from .model import Pratinjau

_NAMA = {"jabatan": "jabatan", "sasaran": "sasaran", "indikator": "indikator", "program": "program/kegiatan"}
MAKS_BARIS = 200


def nilai_teks(value) -> str:
    """A value as the preview shows it: numbers the Indonesian way, blank as «(kosong)»."""
    from decimal import Decimal

    if isinstance(value, Decimal):
        return format_angka(value)
    text = kanon(value).replace("\n", " ¶ ")
    if not text:
        return "(kosong)"
    return text if len(text) <= 80 else text[:77] + "…"


def kepala(pr: Pratinjau) -> list[str]:
    lines = [f"Impor dari «{pr.sumber}»:"]
    if pr.periode_baru is not None:
        nb = pr.periode_baru
        what = "periode kosong diganti menjadi" if nb.ganti else "periode baru"
        lines.append(f"  buku kerja dari basis data lain: semua baris dibuat baru, {what} {nb.nama} ({nb.tahun_awal}–{nb.tahun_akhir})")
    elif pr.asing:
        lines.append("  buku kerja dari basis data lain: baris-barisnya dibuat baru di periode bernama sama")
    counts = {}
    for b in pr.baru:
        counts[b.tabel] = counts.get(b.tabel, 0) + 1
    baru = ", ".join(f"{n} {_NAMA[t]}" for t, n in counts.items()) or "tidak ada"
    dari_baru = sum(u.baris_baru for u in pr.ubah)
    berubah = f"{len(pr.ubah)} isian berubah" + (f" ({dari_baru} dari baris baru)" if dari_baru else "")
    lines.append(f"  {berubah}; baru: {baru}; {len(pr.konflik)} konflik; {len(pr.tolak)} ditolak")
    if pr.dibiarkan:
        lines.append(f"  {pr.dibiarkan} isian sudah diubah di basis data sesudah ekspor (di aplikasi, atau oleh impor "
                     "sebelumnya) dan tidak diubah di buku kerja: isi basis data dipertahankan")
    return lines


def daftar_ubah(pr: Pratinjau) -> list[str]:
    return [f"{u.pos.teks()}: {nilai_teks(u.lama)} → {nilai_teks(u.baru)}" + (f"  [{u.label}]" if u.label else "")
            for u in pr.ubah]


def daftar_baru(pr: Pratinjau) -> list[str]:
    return [f"{b.pos.teks()}: {_NAMA[b.tabel]} baru «{nilai_teks(b.label)}»" for b in pr.baru]


def daftar_konflik(pr: Pratinjau) -> list[str]:
    return [f"{k.pos.teks()}: di basis data sekarang {nilai_teks(k.db)}, di buku kerja {nilai_teks(k.buku)} — keduanya "
            "diubah sesudah ekspor; tidak diimpor" + (f"  [{k.label}]" if k.label else "") for k in pr.konflik]


def daftar_tolak(pr: Pratinjau) -> list[str]:
    return [f"{t.pos.teks()}: {t.alasan}" for t in pr.tolak]


def ringkasan(pr: Pratinjau, maks: int = MAKS_BARIS) -> list[str]:
    lines = kepala(pr)
    for title, items in (("Berubah (lama → baru)", daftar_ubah(pr)), ("Baru", daftar_baru(pr)),
                         ("KONFLIK (tidak diimpor)", daftar_konflik(pr)), ("Ditolak (tidak diimpor)", daftar_tolak(pr))):
        if items:
            lines.append(f"{title}:")
            lines += [f"  {x}" for x in items[:maks]]
            if len(items) > maks:
                lines.append(f"  … dan {len(items) - maks} lagi")
    return lines
