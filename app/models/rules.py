"""Business rules as pure functions over ``Decimal``. Each business number is computed here
and only here; screens, charts and PDFs show what these functions return (in the words of
:mod:`app.models.display`). The rules themselves, in short: README.md ("Business rules").
Numbers as typed and shown: :mod:`app.models.angka`.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Iterable, Mapping, Sequence

from .angka import (  # noqa: F401 - the number rules, part of this API
    BATAS_ANGKA,
    DESIMAL_MAKS,
    HITUNG,
    dalam_batas,
    format_angka,
    format_persen,
    parse_angka,
)
from .errors import InputTidakValid

HUNDRED = Decimal(100)
CAPAIAN_QUANTUM = Decimal("0.01")

# The rule table of capaian: the formula of positive polarity, and the two rules a file can
# choose for negative polarity (setting ``aturan_negatif``), in words (app.models.display
# makes the sentences shown and printed; :func:`capaian` computes them).
RUMUS_POSITIF = "realisasi / target × 100 %"
ATURAN_NEGATIF = {
    "permenpan": "(2 × target − realisasi) / target × 100 %",
    "rasio": "target / realisasi × 100 %",
}

# --------------------------------------------------------------------------- dates

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def format_tanggal(value: _dt.date | None) -> str:
    """``30 Mei 2018``."""
    if value is None:
        return ""
    return f"{value.day} {BULAN[value.month - 1]} {value.year}"


def parse_tanggal(text: str) -> _dt.date:
    """The day of a typed date (``30 Mei 2018``, ``01 Nopember 2021``, ``30-05-2018``, …);
    the reading and its spelling: :func:`app.models.tanggal.baca_tanggal`, the one parser."""
    from .tanggal import baca_tanggal

    return baca_tanggal(text).tanggal


# --------------------------------------------------------------------------- NIP


def nip_digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def format_nip(text: str | None) -> str:
    """``19741018 199403 1 003`` for an 18-digit NIP; anything else as typed."""
    digits = nip_digits(text)
    if len(digits) != 18:
        return (text or "").strip()
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def check_nip(text: str | None) -> list[str]:
    """Warnings (never a refusal) about a NIP; empty when it looks right or is blank."""
    raw = (text or "").strip()
    if not raw:
        return []
    digits = nip_digits(raw)
    if re.search(r"[^\d\s.]", raw):
        return [f"NIP «{raw}» memuat karakter selain angka."]
    if len(digits) != 18:
        return [f"NIP harus 18 angka; yang diisi {len(digits)} angka."]
    warnings = []
    try:
        lahir = _dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        lahir = None
        warnings.append(f"8 angka pertama NIP ({digits[:8]}) bukan tanggal lahir yang sah.")
    bulan = int(digits[12:14])
    tahun = int(digits[8:12])
    if not 1 <= bulan <= 12:
        warnings.append(f"Angka 9–14 NIP ({digits[8:14]}) bukan tahun dan bulan pengangkatan yang sah.")
    elif lahir and tahun < lahir.year + 15:
        warnings.append("Tahun pengangkatan di NIP terlalu dekat dengan tahun lahir.")
    if digits[14] not in "12":
        warnings.append(f"Angka ke-15 NIP (jenis kelamin) harus 1 atau 2, bukan {digits[14]}.")
    return warnings


# --------------------------------------------------------------------------- capaian


def nilai_realisasi(
    nilai: Decimal | None, pembilang: Decimal | None = None, penyebut: Decimal | None = None
) -> Decimal | None:
    """The realisasi of one entry: the value typed, or else numerator / denominator × 100.
    A denominator of 0, a missing part or a part beyond the range gives None ("n/a")."""
    if nilai is not None:
        return nilai
    if not (_terhitung(pembilang) and _terhitung(penyebut)) or penyebut == 0:
        return None
    with localcontext(HITUNG):
        return pembilang / penyebut * HUNDRED


def _terhitung(value: Decimal | None) -> bool:
    """Filled and within the range: only such values are computed with (see format_angka
    for how the others are shown)."""
    return value is not None and dalam_batas(value)


def capaian(
    target: Decimal | None,
    realisasi: Decimal | None,
    polaritas: str = "positif",
    aturan_negatif: str = "permenpan",
) -> Decimal | None:
    """Achievement in percent, rounded to 0,01 (what is shown is what is classified).

    Positive: realisasi / target × 100. Negative: ``permenpan`` (2 × target − realisasi) /
    target × 100, or ``rasio`` target / realisasi × 100. Target 0 or blank, or nothing to
    compare, gives None ("n/a"), never a division error. Above 100 % stays as it is. A value
    beyond the range (:func:`dalam_batas`: only an older version or a hand edit stores one)
    gives None too, never an arithmetic error.
    """
    if not (_terhitung(target) and _terhitung(realisasi)) or target == 0:
        return None
    with localcontext(HITUNG):
        return _capaian(target, realisasi, polaritas, aturan_negatif)


def _capaian(target: Decimal, realisasi: Decimal, polaritas: str, aturan_negatif: str) -> Decimal | None:
    if polaritas == "positif":
        raw = realisasi / target * HUNDRED
    elif polaritas == "negatif":
        if aturan_negatif == "permenpan":
            raw = (2 * target - realisasi) / target * HUNDRED
        elif aturan_negatif == "rasio":
            if realisasi == 0:
                return None
            raw = target / realisasi * HUNDRED
        else:
            raise ValueError(f"unknown rule for negative polarity: {aturan_negatif!r}")
    else:
        raise ValueError(f"unknown polarity: {polaritas!r}")
    result = raw.quantize(CAPAIAN_QUANTUM, rounding=ROUND_HALF_UP)
    if not result.is_finite():  # more digits than the arithmetic holds (a target of 10⁻¹⁴)
        return None
    return result + 0  # turns -0.00 into 0.00


def cara_rollup(jenis: str) -> str:
    """How quarters add up to a year: ``jumlah`` (sum), ``terakhir`` (last filled quarter)
    or ``tidak`` (text indicators have no number)."""
    if jenis == "jumlah":
        return "jumlah"
    if jenis in ("persentase", "indeks"):
        return "terakhir"
    return "tidak"


def rollup(jenis: str, triwulan: Mapping[int, Decimal | None], sampai: int = 4) -> Decimal | None:
    """The year's realisasi from its quarters (1–4), up to quarter ``sampai``: counts are
    summed, percentages and indexes take the last filled quarter. No filled quarter: None."""
    filled = [(q, v) for q, v in sorted(triwulan.items()) if v is not None and 1 <= q <= sampai]
    if not filled:
        return None
    cara = cara_rollup(jenis)
    if cara == "jumlah":
        with localcontext(HITUNG):  # a stored NaN or 10^999999 gives NaN/∞ (n/a), not an error
            return sum((v for _, v in filled), Decimal(0))
    if cara == "terakhir":
        return filled[-1][1]
    return None


# --------------------------------------------------------------------------- bands


@dataclass(frozen=True)
class Band:
    nama: str
    batas_bawah: Decimal | None  # None: catches everything below the other bands
    warna: str = "#808080"


def validasi_kategori(bands: Sequence[Band]) -> list[str]:
    """Problems with a band table (empty list: usable). Bands go from best to worst; each
    lower bound below the one before; exactly the last band has no lower bound."""
    errors = []
    if not bands:
        return ["Tabel kategori kosong: isi paling sedikit satu kategori."]
    for i, band in enumerate(bands, start=1):
        if not band.nama.strip():
            errors.append(f"Kategori ke-{i} belum diberi nama.")
        if not re.fullmatch(r"#[0-9A-Fa-f]{6}", band.warna or ""):
            errors.append(f"Warna kategori «{band.nama}» harus berbentuk #RRGGBB.")
    for i, band in enumerate(bands[:-1], start=1):
        if band.batas_bawah is None:
            errors.append(f"Hanya kategori terakhir yang boleh tanpa batas bawah (kategori ke-{i}).")
    if bands[-1].batas_bawah is not None:
        errors.append("Kategori terakhir harus tanpa batas bawah, agar setiap capaian masuk satu kategori.")
    bounds = [b.batas_bawah for b in bands if b.batas_bawah is not None]
    for hi, lo in zip(bounds, bounds[1:]):
        if lo >= hi:
            errors.append(
                f"Batas bawah harus menurun dari kategori terbaik ke terburuk ({format_angka(hi)} lalu {format_angka(lo)})."
            )
    names = [b.nama.strip().lower() for b in bands]
    if len(set(names)) != len(names):
        errors.append("Nama kategori tidak boleh kembar.")
    return errors


def kategori(nilai_capaian: Decimal | None, bands: Iterable[Band]) -> Band | None:
    """The band of a capaian: the first band whose lower bound it reaches."""
    if nilai_capaian is None or not nilai_capaian.is_finite():
        return None
    with localcontext(HITUNG):  # a NaN bound (a hand edit) compares False instead of raising
        for band in bands:
            if band.batas_bawah is None or nilai_capaian >= band.batas_bawah:
                return band
    return None


# --------------------------------------------------------------------------- lampiran numbers

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


def int_to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError(f"out of range for Roman numerals: {n}")
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def roman_to_int(text: str) -> int | None:
    """``"VIII"`` → 8; ``"V."`` → 5; anything that is not a canonical Roman numeral → None."""
    s = (text or "").strip().rstrip(".").upper()
    if not s or not re.fullmatch(r"[MDCLXVI]+", s):
        return None
    total, i = 0, 0
    for value, letters in _ROMAN:
        while s.startswith(letters, i):
            total += value
            i += len(letters)
    if i != len(s) or int_to_roman(total) != s:
        return None
    return total
