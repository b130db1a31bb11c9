"""Business rules as pure functions over ``Decimal``. Each business number is computed here
and only here; screens, charts and PDFs show what these functions return.

The rules themselves, in short, are in README.md ("Business rules").
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, localcontext
from typing import Iterable, Mapping, Sequence

from .errors import InputTidakValid

HUNDRED = Decimal(100)
CAPAIAN_QUANTUM = Decimal("0.01")

ATURAN_NEGATIF = {
    "permenpan": "Polaritas negatif: capaian = (2 × target − realisasi) / target × 100 %",
    "rasio": "Polaritas negatif: capaian = target / realisasi × 100 %",
}

# --------------------------------------------------------------------------- numbers

BATAS_ANGKA = Decimal("1e15")
"""Every number typed must be smaller than this in size: at most 999.999.999.999.999. The
largest real figure is a kecamatan's budget in rupiah (some Rp 10^9–10^10; a whole kabupaten's
APBD is some Rp 10^12), so 10^15 leaves a thousandfold margin."""
DESIMAL_MAKS = 4
"""At most four decimals (percentages and indexes are shown with two; rupiah with cents two).
With 15 whole digits that is 19 significant digits: any capaian of two such numbers fits
Python's 28-digit decimal arithmetic, and every whole number in range is exact as a float
(< 2^53) in a chart."""
_MAKS_TEKS = "999.999.999.999.999"

_EXAMPLE = "Contoh yang benar: 93,5 atau 1.234,5 atau 95 %."
_HEAD = r"(?:0|[1-9]\d*)"  # a whole part without stray leading zeros
_GROUPED_DOT = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_GROUPED_COMMA = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")
_ENGLISH_GROUPS = re.compile(r"[1-9]\d{0,2}(?:,\d{3}){2,}")  # 1,004,422,800: never a decimal
_GROUPED_SPACE = re.compile(r"[1-9]\d{0,2}(?: \d{3})+(?:,\d+)?")  # 1 234 567 or 1 234,5
_RUPIAH = re.compile(r"rp\.?\s*", re.IGNORECASE)
_SPACES = {0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " "}  # no-break and thin spaces from portals


def parse_angka(text: str | None) -> Decimal | None:
    """Read a number as an Indonesian office worker types it, or pastes it from a portal.

    ``93,5`` → 93.5; ``1.234,5`` → 1234.5; ``97.32`` → 97.32; ``1.234`` → 1234 (a dot before
    exactly three digits groups thousands); ``95 %`` and ``95%`` → 95; ``Rp 1.004.422.800``,
    ``Rp.5.000,-`` (an ``Rp``/``Rp.`` prefix, any case, with or without a space; ``,-`` after
    it). The English form is read only where it cannot be an Indonesian decimal: comma groups
    of exactly three digits, at least two of them (``1,004,422,800``), or followed by a dot
    decimal (``1,004,422,800.50``); ``1,234`` stays the Indonesian 1,234. A space groups
    thousands only in complete groups of three (``1 234 567``, ``1 234,5``); any other inner
    space (``93 5``, ``1 2 3``) is refused, never glued.

    Range and precision (one rule, :data:`BATAS_ANGKA`, :data:`DESIMAL_MAKS`): at most
    999.999.999.999.999 in size and at most 4 decimals (trailing zeros do not count).
    Blank is *not filled* (None), never 0. Refused, each with an Indonesian message saying
    why and an example (:class:`InputTidakValid`): anything else, stray leading zeros
    (``007``, ``00.123``; ``0``, ``0,5`` and ``0.5`` are fine) and a lone ``%``.
    """
    if text is None:
        return None
    shown = str(text).translate(_SPACES).strip()
    if not shown:
        return None
    if "×" in shown:  # what format_angka shows for a stored value beyond the range
        raise InputTidakValid(
            f"«{shown}» di luar batas angka: paling besar {_MAKS_TEKS}, dengan paling banyak "
            f"{DESIMAL_MAKS} angka di belakang koma. Ketik angka yang benar, misalnya 1.004.422.800.")
    sign, s = _strip_decorations(shown)
    if re.search(r"\s", s):
        if not _GROUPED_SPACE.fullmatch(s):
            raise InputTidakValid(
                f"«{shown}» memuat spasi di tengah angka, sehingga tidak jelas angka mana yang dimaksud. "
                "Hapus spasinya (spasi hanya boleh memisahkan ribuan yang lengkap, misalnya 1 234 567). "
                "Contoh yang benar: 935 atau 93,5.")
        s = s.replace(" ", "")
    if not re.fullmatch(r"\d[\d.,]*", s):
        raise InputTidakValid(f"«{shown}» bukan angka. {_EXAMPLE}")
    whole, frac = _split_number(s, shown)
    if not re.fullmatch(_HEAD, whole):
        raise InputTidakValid(
            f"«{shown}» diawali angka nol yang berlebih, sehingga tidak jelas angka yang dimaksud. "
            "Tulis tanpa nol di depan, misalnya 7, 123 atau 0,123.")
    value = Decimal(f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}")
    _check_range(value, len(frac.rstrip("0")), shown)
    return abs(value) if value.is_zero() else value  # no "-0"


def _strip_decorations(shown: str) -> tuple[str, str]:
    """(sign, the number) without ``%``, ``Rp``/``Rp.``, ``,-`` and the sign; leading
    ``,``/``.`` becomes ``0,``/``0.``."""
    s, percent = shown, shown.endswith("%")
    if percent:
        s = s[:-1].rstrip()
        if not s:
            raise InputTidakValid("Tanda % saja bukan angka. Tulis angkanya, misalnya 95 %; "
                                  "untuk mengosongkan sel, hapus seluruh isinya.")
    sign = ""
    if s[:1] in ("-", "−", "+"):
        sign, s = ("" if s[0] == "+" else "-"), s[1:].lstrip()
    rupiah = _RUPIAH.match(s)
    if rupiah:
        s = s[rupiah.end():]
        if percent:
            raise InputTidakValid(f"«{shown}» memakai Rp dan % sekaligus. Contoh yang benar: Rp 1.500.000 atau 95 %.")
        if not sign and s[:1] in ("-", "−", "+"):
            sign, s = ("" if s[0] == "+" else "-"), s[1:].lstrip()
        if s.endswith(",-"):
            s = s[:-2]
    if s[:1] in (",", "."):
        s = "0" + s
    return sign, s


def _split_number(s: str, shown: str) -> tuple[str, str]:
    """(whole digits, decimal digits) of digits with ``.`` and ``,``; refuses what is unclear."""
    unclear = InputTidakValid(f"«{shown}» bukan angka yang jelas. {_EXAMPLE}")
    last_dot, last_comma = s.rfind("."), s.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        # 1.234,5 (Indonesian) or 1,234.5 (English): the last separator is the decimal one
        mark, groups = (last_comma, _GROUPED_DOT) if last_comma > last_dot else (last_dot, _GROUPED_COMMA)
        whole, frac = s[:mark], s[mark + 1:]
        if not (groups.fullmatch(whole) and frac.isdigit()):
            raise unclear
        return re.sub(r"[.,]", "", whole), frac
    if last_comma >= 0:
        if _ENGLISH_GROUPS.fullmatch(s):
            return s.replace(",", ""), ""
        whole, _, frac = s.partition(",")
        if not (whole.isdigit() and frac.isdigit()):
            raise unclear
        return whole, frac
    if last_dot >= 0:
        if s.count(".") > 1 or (len(s) - last_dot == 4 and 1 <= last_dot <= 3 and s[0] != "0"):
            if not _GROUPED_DOT.fullmatch(s):
                raise unclear
            return s.replace(".", ""), ""  # 1.234 and 1.234.567 group thousands
        whole, _, frac = s.partition(".")  # 97.32, 0.123, 1234.567: a decimal point
        if not frac.isdigit():
            raise unclear
        return whole, frac
    return s, ""


def dalam_batas(value: Decimal | None) -> bool:
    """Whether a value lies in the documented range (:data:`BATAS_ANGKA`); blank does. A
    value from an older version or put in the file by hand may not: it is shown, not used."""
    if value is None:
        return True
    return value.is_finite() and (value.is_zero() or value.adjusted() < 15)


def _check_range(value: Decimal, places: int, shown: str) -> None:
    if not dalam_batas(value):
        raise InputTidakValid(
            f"«{shown}» terlalu besar: angka paling besar yang diterima {_MAKS_TEKS} (kurang dari "
            "seribu triliun). Periksa apakah ada angka yang terketik dua kali. Contoh yang benar: 1.004.422.800.")
    if places > DESIMAL_MAKS:
        raise InputTidakValid(
            f"«{shown}» memuat {places} angka di belakang koma; paling banyak {DESIMAL_MAKS}. "
            "Bulatkan dulu, misalnya 33,3333.")


_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_HITUNG = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, traps=[])
"""Arithmetic on stored values: what cannot be computed becomes NaN (checked after), never
an exception, whatever an older version or a hand edit left in the file."""


def format_angka(value: Decimal | int | None, desimal: int | None = None, kosong: str = "") -> str:
    """Indonesian display: ``1.234,5``. ``desimal`` rounds to at most that many decimals;
    trailing zeros are dropped. None gives ``kosong``.

    Never fails and never floods a cell: a value beyond the range (:func:`dalam_batas`) or
    with more than 28 decimals, which only an older version or a hand edit can have stored,
    is shown in powers of ten (``1,23 × 10²⁷``); something that is not a number (NaN,
    infinity) as ``bukan angka``."""
    if value is None:
        return kosong
    d = Decimal(value)
    if not d.is_finite():
        return "bukan angka"
    if not dalam_batas(d):
        return _pangkat_sepuluh(d)
    if desimal is not None:
        with localcontext(_HITUNG):
            d = d.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)
    elif not d.is_zero() and d.as_tuple().exponent < -28:
        return _pangkat_sepuluh(d)
    sign = "-" if d < 0 else ""
    d = abs(d)
    text = format(d, "f")
    if "." in text:
        whole, frac = text.split(".")
        frac = frac.rstrip("0")
    else:
        whole, frac = text, ""
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups)
    if frac:
        out += "," + frac
    if out == "0":
        sign = ""
    return sign + out


def _pangkat_sepuluh(d: Decimal) -> str:
    """``-1,23 × 10²⁷``: three significant digits and the power of ten."""
    _, digits, _ = d.as_tuple()
    power = d.adjusted()
    with localcontext(_HITUNG):
        mantissa = Decimal((0, digits, 1 - len(digits))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if mantissa >= 10:
        mantissa, power = mantissa / 10, power + 1
    sign = "-" if d.is_signed() else ""
    return f"{sign}{format_angka(mantissa)} × 10{str(power).translate(_SUPERSCRIPT)}"


def format_persen(value: Decimal | None, kosong: str = "n/a") -> str:
    """``87,5 %``; None (not computable) gives ``n/a``."""
    if value is None:
        return kosong
    return f"{format_angka(value, desimal=2)} %"


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
    """Read ``30 Mei 2018``, ``30-05-2018``, ``30/05/2018`` or ``2018-05-30``."""
    s = " ".join(str(text).split())
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", s)
    try:
        if m:
            names = [b.lower() for b in BULAN]
            month = m.group(2).lower()
            matches = [i for i, b in enumerate(names) if b.startswith(month) and len(month) >= 3]
            if len(matches) != 1:
                raise ValueError
            return _dt.date(int(m.group(3)), matches[0] + 1, int(m.group(1)))
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
        if m:
            return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
        if m:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise InputTidakValid(f"«{text}» bukan tanggal yang dikenal. Contoh: 30 Mei 2018 atau 30-05-2018.")


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
    with localcontext(_HITUNG):
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
    with localcontext(_HITUNG):
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
        with localcontext(_HITUNG):  # a stored NaN or 10^999999 gives NaN/∞ (n/a), not an error
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
    with localcontext(_HITUNG):  # a NaN bound (a hand edit) compares False instead of raising
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
