"""Reading plain text pasted from a PDF or a portal (best effort). The text outside the
tables goes through :class:`~.baris.PembacaBaris` as in a Word file: lampiran headers,
decree number and date, title lines, JABATAN / TUGAS / FUNGSI, signer. A table's cells
have lost their borders in such a text (a PDF extraction puts cells of one row on one
line or on many), so the rows of an annex table or of the matrix cannot be told apart
reliably: their lines are kept, row by row where a row number shows, as pieces that could
not be placed — shown in the preview, never guessed into the wrong column."""

from __future__ import annotations

import re

from .baris import PembacaBaris, rapi
from .model import Bahan, Potongan

# The heading words of an annex table (it ends with SUMBER DATA) and of the matrix (it
# ends with the year columns).
KEPALA_TABEL = re.compile(r"^(NO\.?|NO\.? KINERJA UTAMA|SASARAN)$", re.IGNORECASE)
AKHIR_KEPALA_IKU = re.compile(r"SUMBER\s*DATA$", re.IGNORECASE)
TAHUN_KOLOM = re.compile(r"^((?:19|20|21)\d\d\s+){2,}(?:19|20|21)\d\d$")
AWAL_BARIS = re.compile(r"^\d{1,2}\.?\s+\S")


def baca_teks(text: str) -> Bahan:
    bahan = Bahan(sumber="teks")
    reader = PembacaBaris(bahan)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    n = 0
    while n < len(lines):
        s = rapi(lines[n])
        if KEPALA_TABEL.match(s) and reader.mode not in ("tugas",) or (reader.mode == "fungsi" and KEPALA_TABEL.match(s)):
            n = _tabel(reader, bahan, lines, n)
            continue
        reader.baris(lines[n], f"baris {n + 1}")
        n += 1
    reader.selesai()
    return bahan


def _tabel(reader: PembacaBaris, bahan: Bahan, lines: list[str], start: int) -> int:
    """A table from its heading at ``start``: the heading read (columns, years), its rows kept
    as unplaced pieces; returns the line after it."""
    heading, n = [], start
    while n < len(lines) and n - start < 25:
        s = rapi(lines[n])
        heading.append(s)
        n += 1
        if AKHIR_KEPALA_IKU.search(s) or TAHUN_KOLOM.match(s):
            break
    is_matrix = bool(TAHUN_KOLOM.match(heading[-1]))
    judul = reader.tabel_dimulai()
    if is_matrix:
        bahan.matriks_judul = bahan.matriks_judul or judul
        bahan.matriks_tahun = bahan.matriks_tahun or [int(y) for y in heading[-1].split()]
    elif judul and reader.blok is not None:
        reader.blok.judul += judul
    key = "kolom_matriks" if is_matrix else "kolom_lampiran"
    bahan.hints.setdefault(key, [{"judul": " ".join(x for x in heading if x)}])
    reader.mode, reader.tabel_terakhir = "tabel", ("matriks" if is_matrix else "iku")
    row: list[tuple[int, str]] = []
    while n < len(lines):
        s = rapi(lines[n])
        if s and _akhir_tabel(s, reader):
            break
        if s and AWAL_BARIS.match(s) and row and not is_matrix:
            _simpan(bahan, row)
            row = []
        if s:
            row.append((n + 1, s))
        n += 1
    _simpan(bahan, row)
    return n


def _akhir_tabel(s: str, reader: PembacaBaris) -> bool:
    from .baris import JABATAN, KEPALA, TEMPAT_TANGGAL, TTD_JABATAN

    if KEPALA.match(s) or JABATAN.match(s) or TEMPAT_TANGGAL.match(s) or KEPALA_TABEL.match(s):
        return True
    m = TTD_JABATAN.match(s)
    return bool(m and s.endswith(",") and s.isupper()) or s.upper().startswith("INDIKATOR KINERJA")


def _simpan(bahan: Bahan, row: list[tuple[int, str]]) -> None:
    if row:
        where = f"baris {row[0][0]}–{row[-1][0]}" if len(row) > 1 else f"baris {row[0][0]}"
        bahan.tak_terpakai.append(Potongan(where, " / ".join(s for _, s in row),
                                           "isi tabel dari teks: kolomnya tidak dapat dipisahkan"))
