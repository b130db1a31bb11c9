"""Numbers as Indonesian office workers type and read them: :func:`parse_angka` reads what
is typed or pasted (refusing, with a reason, what is unclear), :func:`format_angka` shows a
stored value, :func:`dalam_batas` is the one range rule. Pure functions over ``Decimal``."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext

from .errors import InputTidakValid

# --------------------------------------------------------------------------- numbers

TIDAK_TERHITUNG = "n/a"
"""What is shown, on screen and on paper, for a figure that cannot be computed."""

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
    a figure, with or without Rp: ``1.000,-``). The English form is read only where it cannot
    be an Indonesian decimal: comma groups of exactly three digits, at least two of them
    (``1,004,422,800``), or followed by a dot decimal (``1,004,422,800.50``), or after ``Rp``
    (``Rp 25,000`` → 25000: a rupiah has no third decimal; ``Rp 0,123`` and ``Rp 1.234,567``
    are refused as unclear); ``1,234`` without Rp stays the Indonesian 1,234. Only the digits 0–9: others (``١٢٣``, ``１２３``) are refused. A space groups
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
    if any(ch.isnumeric() and ch not in "0123456789" for ch in shown):
        raise InputTidakValid(
            f"«{shown}» memuat angka selain 0–9 (misalnya angka Arab, angka lebar atau pangkat). "
            "Ketik ulang dengan angka 0–9 biasa, misalnya 123 atau 93,5.")
    sign, s, rupiah = _strip_decorations(shown)
    if rupiah and re.search(r",\d{3}$", s):  # a rupiah has two decimals (sen) at most
        if not _GROUPED_COMMA.fullmatch(s):
            raise InputTidakValid(
                f"«{shown}» tidak jelas: rupiah paling banyak punya dua angka di belakang koma (sen). "
                "Contoh yang benar: Rp 25.000 atau Rp 25.000,50.")
        s = s.replace(",", "")  # Rp 25,000: thousands
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


def _strip_decorations(shown: str) -> tuple[str, str, bool]:
    """(sign, the number, whether it had ``Rp``) without ``%``, ``Rp``/``Rp.``, ``,-`` and
    the sign; leading ``,``/``.`` becomes ``0,``/``0.``."""
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
    if s.endswith(",-") and not percent:
        s = s[:-2]
    if s[:1] in (",", "."):
        s = "0" + s
    return sign, s, rupiah is not None


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
HITUNG = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, traps=[])
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
        with localcontext(HITUNG):
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
    with localcontext(HITUNG):
        mantissa = Decimal((0, digits, 1 - len(digits))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if mantissa >= 10:
        mantissa, power = mantissa / 10, power + 1
    sign = "-" if d.is_signed() else ""
    return f"{sign}{format_angka(mantissa)} × 10{str(power).translate(_SUPERSCRIPT)}"


def format_persen(value: Decimal | None, kosong: str = TIDAK_TERHITUNG) -> str:
    """``87,5 %``; None (not computable) gives ``n/a``."""
    if value is None:
        return kosong
    return f"{format_angka(value, desimal=2)} %"


def desimal(value) -> Decimal | None:
    """A stored decimal as read back (the store's column and the light print read alike). A
    value that is not a number (put there by another program, or a damaged cell) reads as NaN,
    which every rule and display shows as n/a or "bukan angka": it never crashes a screen or a
    document."""
    if value is None:
        return None
    try:
        return Decimal(value if isinstance(value, (str, int)) else str(value))
    except (InvalidOperation, TypeError, ValueError):
        return Decimal("NaN")
