"""Reading plain text pasted from a PDF or a portal (best effort). The text outside the
tables goes through :class:`~.baris.PembacaBaris` as in a Word file: lampiran headers,
decree number and date, title lines, JABATAN / TUGAS / FUNGSI, signer. A table's cells
have lost their borders in such a text; the annex tables are rebuilt by :mod:`.teks_iku`
and the matrix by :mod:`.teks_matriks`, from the layout (row numbers, bullets, line
widths, year columns) and, for the matrix, from the annex's own names. What they cannot
place is kept as a piece shown in the preview, never guessed into the wrong column."""

from __future__ import annotations

import re

from .baris import PembacaBaris, rapi
from .model import Bahan, Potongan
from .tabel import peran
from .teks_ekor import selesaikan
from .teks_iku import baca_tabel
from .teks_matriks import baris_matriks, pisah_sd, potong

# The heading words of an annex table (it ends with SUMBER DATA) and of the matrix (it
# ends with the year columns).
KEPALA_TABEL = re.compile(r"^(NO\.?|NO\.? KINERJA UTAMA|SASARAN)$", re.IGNORECASE)
AKHIR_KEPALA_IKU = re.compile(r"SUMBER\s*DATA$", re.IGNORECASE)
TAHUN_KOLOM = re.compile(r"^((?:19|20|21)\d\d\s+){2,}(?:19|20|21)\d\d$")


def baca_teks(text: str) -> Bahan:
    bahan = Bahan(sumber="teks")
    reader = PembacaBaris(bahan)
    tunda: dict[str, list] = {"ekor": [], "matriks": []}
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    n = 0
    while n < len(lines):
        s = rapi(lines[n])
        if KEPALA_TABEL.match(s) and reader.mode not in ("tugas",) or (reader.mode == "fungsi" and KEPALA_TABEL.match(s)):
            n = _tabel(reader, bahan, lines, n, tunda)
            continue
        reader.baris(lines[n], f"baris {n + 1}")
        n += 1
    reader.selesai()
    selesaikan(tunda["ekor"])
    _matriks(bahan, tunda["matriks"], text)
    return bahan


def _matriks(bahan: Bahan, segments: list[list[tuple[int, str]]], text: str) -> None:
    """The matrix's rows, read once the annex is known (its names guide the reading)."""
    rows_iku = [b for blok in bahan.lampiran for b in blok.baris]
    names = [b.pj for b in rows_iku if b.pj] + [blok.jabatan for blok in bahan.lampiran if blok.jabatan]
    sasaran = [b.sasaran for b in rows_iku if b.sasaran]
    indikator = [b.indikator for b in rows_iku if b.indikator]
    vocab = {w for line in text.lower().splitlines() for w in re.findall(r"[a-z]+", line)[1:]}
    for lines in segments:
        rows, left = potong(lines, len(bahan.matriks_tahun))
        left = [t for _, t in left] + pisah_sd(rows, names)
        bahan.matriks += baris_matriks(rows, sasaran, indikator, vocab)
        if left:
            bahan.tak_terpakai.append(Potongan(rows[-1].tempat if rows else "matriks", " / ".join(left),
                                               "teks sesudah baris terakhir matriks"))


def _tabel(reader: PembacaBaris, bahan: Bahan, lines: list[str], start: int, tunda: dict[str, list]) -> int:
    """A table from its heading at ``start``: the heading read (columns, years); an annex
    table's rows read at once, the matrix's lines kept for the end (``tunda``); returns the
    line after it."""
    heading, n = [], start
    while n < len(lines) and n - start < 25:
        s = rapi(lines[n])
        heading.append(s)
        n += 1
        if TAHUN_KOLOM.match(s):
            break
        if AKHIR_KEPALA_IKU.search(s):  # the matrix's year columns may come after SUMBER DATA
            k = n
            while k < len(lines) and not rapi(lines[k]):
                k += 1
            if k < len(lines) and TAHUN_KOLOM.match(rapi(lines[k])):
                heading.append(rapi(lines[k]))
                n = k + 1
            break
    is_matrix = bool(TAHUN_KOLOM.match(heading[-1]))
    judul = reader.tabel_dimulai()
    if is_matrix:
        bahan.matriks_judul = bahan.matriks_judul or judul
        bahan.matriks_tahun = bahan.matriks_tahun or [int(y) for y in heading[-1].split()]
    elif judul and reader.blok is not None:
        reader.blok.judul += judul
    if is_matrix:
        bahan.hints.setdefault("kolom_matriks", kolom_kepala(heading[:-1], matriks=True))
    else:
        bahan.hints.setdefault("kolom_lampiran", kolom_kepala(heading))
    reader.mode, reader.tabel_terakhir = "tabel", ("matriks" if is_matrix else "iku")
    if not is_matrix and reader.blok is not None:
        return _tabel_iku(reader, bahan, lines, n, tunda["ekor"], [c["kolom"] for c in kolom_kepala(heading)])
    start = n
    while n < len(lines) and not (rapi(lines[n]) and _akhir_tabel(rapi(lines[n]), reader)):
        n += 1
    if is_matrix:
        tunda["matriks"].append([(k + 1, lines[k]) for k in range(start, n)])
    else:
        _simpan(bahan, [(k + 1, rapi(lines[k])) for k in range(start, n) if rapi(lines[k])])
    return n


def kolom_kepala(heading: list[str], matriks: bool = False) -> list[dict]:
    """The columns of an annex or matrix heading whose words run over several lines
    ("PENANGGUNG" / "JAWAB"): a line naming a column not seen yet starts it, any other line
    goes on with it (in the matrix, "PENJELASAN" goes on with "FORMULASI PERHITUNGAN/")."""
    out: list[dict] = []
    for line in heading:
        role = peran(line) if line else None
        if matriks and role == "penjelasan" and "formulasi" in [c["kolom"] for c in out]:
            role = None
        if role and role not in [c["kolom"] for c in out]:
            out.append({"kolom": role, "judul": line})
        elif line and out:
            out[-1]["judul"] = f"{out[-1]['judul']} {line}"
    return out


def _tabel_iku(reader: PembacaBaris, bahan: Bahan, lines: list[str], n: int, ekor: list, kolom: list[str]) -> int:
    """An annex table's rows rebuilt from its lines (:mod:`.teks_iku`); lines before its first
    row are kept as unplaced pieces."""
    start = n
    while n < len(lines) and not (rapi(lines[n]) and _akhir_tabel(rapi(lines[n]), reader)):
        n += 1
    tabel = baca_tabel([(k + 1, lines[k]) for k in range(start, n)], tuple(c for c in kolom if c in ("pj", "sd")))
    reader.blok.baris += tabel.baris
    if tabel.butir:
        bahan.hints.setdefault("penjelasan_butir", tabel.butir)
    ekor += tabel.ekor
    for k, text in tabel.sisa:
        bahan.tak_terpakai.append(Potongan(f"baris {k}", text, "isi tabel dari teks sebelum baris bernomor pertama"))
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
