"""The plan as a person reads it, before anything is written: counts per kind, what will
be created (as a tree), what was inferred, every piece that could not be placed, and the
format the document showed. Used by the command line and the window's preview."""

from __future__ import annotations

from ..rules import format_nip, format_tanggal
from .model import Rencana

JENIS = (("jabatan", "jabatan"), ("fungsi", "butir fungsi"), ("keputusan", "keputusan"), ("lampiran", "lampiran"),
         ("sasaran", "sasaran"), ("indikator", "indikator"), ("penjelasan", "paragraf penjelasan"),
         ("target", "target tahunan"))


def jumlah_teks(r: Rencana) -> str:
    n = r.jumlah()
    return ", ".join(f"{n[k]} {label}" for k, label in JENIS)


def kepala(r: Rencana) -> list[str]:
    lines = [f"Berkas: {r.sumber}",
             f"Kecamatan: {r.kecamatan or '(tidak ditemukan)'}" + (f", Kabupaten {r.kabupaten}" if r.kabupaten else ""),
             f"Periode: {r.periode_nama}"]
    k = r.keputusan
    if k is not None:
        lines.append(f"Keputusan: Nomor {k.nomor or '(kosong)'} Tahun {k.tahun}, tanggal {k.tanggal_teks or format_tanggal(k.tanggal)}")
        t = k.ttd
        signer = " ".join(x for x in (t.awalan, t.jabatan) if x) or "(tidak ditemukan)"
        who = ", ".join(x for x in (t.nama, t.pangkat or "", f"NIP {format_nip(t.nip)}" if t.nip else "") if x)
        lines.append(f"Penanda tangan: {signer} {who}".rstrip())
    lines.append(f"Akan dibuat: {jumlah_teks(r)}")
    return lines


def pohon(r: Rencana) -> list[tuple[str, list]]:
    """(text, children) nodes: jabatan > sasaran > indikator."""
    out = []
    for j in r.jabatan:
        lamp = f" — Lampiran {j.lampiran_nomor}" if j.lampiran_nomor else ""
        sasaran = []
        for s in j.sasaran:
            ind = []
            for i in s.indikator:
                where = "lampiran dan matriks" if i.di_lampiran and i.di_matriks else ("matriks" if i.di_matriks else "lampiran")
                ind.append((f"{i.nomor} {i.nama or '(tanpa nama)'} [{where}; {len(i.penjelasan)} penjelasan, "
                            f"{len(i.target)} target]".strip(), []))
            sasaran.append((f"{s.nomor} {s.nama}".strip(), ind))
        out.append((f"{j.nama}{lamp} ({len(j.fungsi)} fungsi)", sasaran))
    return out


def tak_terpakai(r: Rencana) -> list[str]:
    return [f"{p.tempat}: {p.teks}" + (f" — {p.alasan}" if p.alasan else "") for p in r.tak_terpakai]


def format_teks(r: Rencana) -> list[str]:
    out = []
    for key, value in r.format_hints.items():
        if isinstance(value, list):
            value = "; ".join(_satu(v) for v in value)
        out.append(f"{key}: {value}".replace("\n", " / "))  # a header of two lines on one
    return out


def _satu(v) -> str:
    """One item of a hint: a text, a column {kolom, judul}, or a header line (label, value)."""
    if isinstance(v, str):
        return v
    if isinstance(v, (tuple, list)):
        return " : ".join(str(x) for x in v)
    return f"{v.get('kolom', '')}: {v.get('judul', '')}".strip(": ")


def ringkasan(r: Rencana) -> list[str]:
    lines = kepala(r)
    if r.catatan:
        lines += ["", "Perlu diperiksa setelah impor:"] + [f"  - {c}" for c in r.catatan]
    pieces = tak_terpakai(r)
    lines += ["", f"Tidak dapat ditempatkan ({len(pieces)} potongan, tidak diimpor):" if pieces
              else "Tidak dapat ditempatkan: tidak ada"]
    lines += [f"  - {p}" for p in pieces]
    lines += ["", "Format dokumen yang terbaca:"] + [f"  {x}" for x in format_teks(r)]
    return lines
