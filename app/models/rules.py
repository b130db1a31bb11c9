"""Business rules as pure functions over ``Decimal``. Each business number is computed here
and only here; screens, charts and PDFs show what these functions return.

See ``../shared/DOMAIN.md`` ("Capaian") for the rules themselves.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Iterable, Mapping, Sequence

from .errors import InputTidakValid

HUNDRED = Decimal(100)
CAPAIAN_QUANTUM = Decimal("0.01")

ATURAN_NEGATIF = {
    "permenpan": "Polaritas negatif: capaian = (2 × target − realisasi) / target × 100 %",
    "rasio": "Polaritas negatif: capaian = target / realisasi × 100 %",
}

# --------------------------------------------------------------------------- numbers

_EXAMPLE = "Contoh yang benar: 93,5 atau 1.234,5 atau 95 %."
_GROUPED_DOT = re.compile(r"^\d{1,3}(\.\d{3})+$")
_GROUPED_COMMA = re.compile(r"^\d{1,3}(,\d{3})+$")


def parse_angka(text: str | None) -> Decimal | None:
    """Read a number as an Indonesian office worker types it.

    ``93,5`` → 93.5; ``1.234,5`` → 1234.5; ``97.32`` → 97.32; ``1.234`` → 1234 (a dot before
    exactly three digits groups thousands); ``95 %`` → 95. Blank is *not filled* (None),
    never 0. Anything else raises :class:`InputTidakValid` with an Indonesian message.
    """
    if text is None:
        return None
    raw = str(text)
    s = raw.strip().replace("\u00a0", " ")
    if s.endswith("%"):
        s = s[:-1].rstrip()
    if not s:
        return None
    sign = ""
    if s[0] in "-−+":
        sign = "-" if s[0] in "-−" else ""
        s = s[1:].lstrip()
    s = s.replace(" ", "")
    if not re.fullmatch(r"[\d.,]+", s):  # digits and separators only (also refuses "")
        raise InputTidakValid(f"«{raw.strip()}» bukan angka. {_EXAMPLE}")
    if s[0] in ",.":
        s = "0" + s
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        last_dot, last_comma = s.rfind("."), s.rfind(",")
        if last_comma > last_dot:  # 1.234,5 (Indonesian)
            whole, frac = s[:last_comma], s[last_comma + 1 :]
            ok = _GROUPED_DOT.match(whole) and frac.isdigit()
        else:  # 1,234.5 (English)
            whole, frac = s[:last_dot], s[last_dot + 1 :]
            ok = _GROUPED_COMMA.match(whole) and frac.isdigit()
        if not ok:
            raise InputTidakValid(f"«{raw.strip()}» bukan angka yang jelas. {_EXAMPLE}")
        digits = re.sub(r"[.,]", "", whole) + "." + frac
    elif has_comma:
        if s.count(",") > 1 or s.endswith(","):
            raise InputTidakValid(f"«{raw.strip()}» bukan angka yang jelas. {_EXAMPLE}")
        digits = s.replace(",", ".")
    elif has_dot:
        if s.endswith("."):
            raise InputTidakValid(f"«{raw.strip()}» bukan angka yang jelas. {_EXAMPLE}")
        if s.count(".") > 1:
            if not _GROUPED_DOT.match(s):
                raise InputTidakValid(f"«{raw.strip()}» bukan angka yang jelas. {_EXAMPLE}")
            digits = s.replace(".", "")
        else:
            whole, frac = s.split(".")
            # 1.234 is one thousand two hundred and thirty-four; 0.123 and 97.32 are decimals.
            if len(frac) == 3 and whole != "0":
                digits = whole + frac
            else:
                digits = s
    else:
        digits = s
    try:
        value = Decimal(sign + digits)
    except InvalidOperation as exc:  # pragma: no cover - the checks above leave none
        raise InputTidakValid(f"«{raw.strip()}» bukan angka. {_EXAMPLE}") from exc
    if value == 0:
        value = abs(value)  # no "-0"
    return value


def format_angka(value: Decimal | int | None, desimal: int | None = None, kosong: str = "") -> str:
    """Indonesian display: ``1.234,5``. ``desimal`` rounds to at most that many decimals;
    trailing zeros are dropped. None gives ``kosong``."""
    if value is None:
        return kosong
    d = Decimal(value)
    if desimal is not None:
        d = d.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)
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
    A denominator of 0 (or a missing part) gives None ("n/a")."""
    if nilai is not None:
        return nilai
    if pembilang is None or penyebut is None or penyebut == 0:
        return None
    return pembilang / penyebut * HUNDRED


def capaian(
    target: Decimal | None,
    realisasi: Decimal | None,
    polaritas: str = "positif",
    aturan_negatif: str = "permenpan",
) -> Decimal | None:
    """Achievement in percent, rounded to 0,01 (what is shown is what is classified).

    Positive: realisasi / target × 100. Negative: ``permenpan`` (2 × target − realisasi) /
    target × 100, or ``rasio`` target / realisasi × 100. Target 0 or blank, or nothing to
    compare, gives None ("n/a"), never a division error. Above 100 % stays as it is.
    """
    if target is None or realisasi is None or target == 0:
        return None
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
    if nilai_capaian is None:
        return None
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
