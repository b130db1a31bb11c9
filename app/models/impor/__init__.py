"""Importing an existing decree: a Word file (:mod:`.docx`) or plain text pasted from a PDF
or a portal (:mod:`.teks`) is read into the document's pieces, a plan is made of them
(:mod:`.rencana`: what will be created, every piece that could not be placed, the format
the document showed), shown to the user, then written in one transaction (:mod:`.tulis`).
Qt-free."""

from __future__ import annotations

from pathlib import Path

from ..errors import KinerjaError, alasan_os
from .model import Rencana

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def baca(path: Path | str, periode: tuple[int, int] | None = None) -> Rencana:
    """The plan of importing ``path`` (.docx or plain text); a file it cannot read is refused
    with a message (``KinerjaError``), nothing is written."""
    from .rencana import buat_rencana

    path = Path(path)
    name = path.name
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise KinerjaError(f"Berkas {name} tidak dapat dibuka: {alasan_os(exc)}.") from exc
    if not head:
        raise KinerjaError(f"Berkas {name} kosong: tidak ada yang dapat diimpor.")
    if head.startswith(OLE):
        raise KinerjaError(f"Berkas {name} adalah dokumen Word lama (.doc). Buka di Word, pilih Simpan Sebagai → "
                           "Dokumen Word (.docx), lalu impor berkas .docx itu.")
    if head.startswith(b"%PDF"):
        raise KinerjaError(f"Berkas {name} adalah PDF, yang tidak dapat diimpor langsung. Buka PDF-nya, salin semua "
                           "teksnya ke sebuah berkas .txt, lalu impor berkas teks itu (atau impor dokumen Word aslinya).")
    if head.startswith(b"PK") or path.suffix.lower() == ".docx":
        from .docx import baca_docx

        bahan = baca_docx(path)
    else:
        from .teks import baca_teks

        bahan = baca_teks(_teks(path))
    if not bahan.lampiran and not bahan.matriks:
        raise KinerjaError(f"Di berkas {name} tidak ditemukan lampiran (JABATAN, tabel indikator) maupun matriks: "
                           "tidak ada yang dapat diimpor. Periksa bahwa berkasnya lampiran Keputusan Camat.")
    return buat_rencana(bahan, name, periode)


def baca_teks_polos(text: str, sumber: str = "teks", periode: tuple[int, int] | None = None) -> Rencana:
    from .rencana import buat_rencana
    from .teks import baca_teks

    return buat_rencana(baca_teks(text), sumber, periode)


def _teks(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise KinerjaError(f"Berkas {path.name} bukan dokumen Word (.docx) dan bukan teks biasa: tidak dapat diimpor. "
                           "Simpan dokumennya sebagai .docx, lalu impor lagi.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
