"""Dates as Indonesian offices write them on a decree: "30 Mei 2018", "01 Nopember 2021",
"1 Nop 2021", "12 Agust. 2020", "30-05-2018", "30/05/2018" (and "2018-05-30").

A date is read into a :class:`Tanggal`: the day itself plus how it is to be printed — the
day with or without a leading zero, and the month word exactly as the office spells it
(the legacy spellings "Pebruari" and "Nopember" and abbreviations such as "Agust." are
kept). A date given in figures prints with the month's standard name. Anything that
cannot be read whole is refused with an Indonesian message; nothing is ever guessed or
dropped (a missing or two-digit year is refused, not replaced by this year).

Pure functions, no Qt, no database: used by the decree's fields, the printouts and the
command line. ``baca_tanggal(t.teks) == t`` for every :class:`Tanggal` ``t`` it makes.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .errors import InputTidakValid

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
# Other full spellings seen on signatures (old spelling before 1972, still in use).
_EJAAN_LAMA = {"pebruari": 2, "nopember": 11, "djanuari": 1, "djuni": 6, "djuli": 7, "agustos": 8}
# Short forms that are not the beginning of a full name.
_SINGKATAN = {"ags": 8, "agt": 8, "peb": 2, "nop": 11, "nov": 11, "des": 12, "okt": 10, "sept": 9}
_PENUH = {b.lower(): n for n, b in enumerate(BULAN, start=1)} | _EJAAN_LAMA

CONTOH = "Contoh: 30 Mei 2018, 01 Nopember 2021, 1 Agust. 2020 atau 30-05-2018."


@dataclass(frozen=True)
class Tanggal:
    """A date and its spelling: ``nol`` — the day with a leading zero ("01"); ``bulan`` —
    the month word as printed ("Nopember", "Agust.")."""

    tanggal: _dt.date
    nol: bool = False
    bulan: str = ""

    @property
    def teks(self) -> str:
        day = f"{self.tanggal.day:02d}" if self.nol else str(self.tanggal.day)
        return f"{day} {self.bulan or BULAN[self.tanggal.month - 1]} {self.tanggal.year}"


def bulan_dari_kata(kata: str) -> int | None:
    """The month of a month word ("Nopember", "nop", "Agust."), or None."""
    w = kata.strip().lower()
    if w.endswith("."):
        w = w[:-1]
    if not w.isalpha():
        return None
    if w in _PENUH:
        return _PENUH[w]
    if w in _SINGKATAN:
        return _SINGKATAN[w]
    if len(w) >= 3:
        found = {n for name, n in _PENUH.items() if name.startswith(w)}
        if len(found) == 1:
            return found.pop()
    return None


def _ejaan(kata: str) -> str:
    """The month word as it will be printed: a word typed all in lower case gets its
    capital; otherwise as typed."""
    return kata[:1].upper() + kata[1:] if kata.islower() else kata


def _buat(tahun: str, bulan: int, hari: str, teks: str) -> _dt.date:
    if len(tahun) != 4:
        raise InputTidakValid(f"Tahun pada «{teks}» harus ditulis empat angka, misalnya 2021. {CONTOH}")
    if not 1900 <= int(tahun) <= 2100:
        raise InputTidakValid(f"Tahun {tahun} pada «{teks}» di luar 1900–2100: periksa tahunnya. {CONTOH}")
    try:
        return _dt.date(int(tahun), bulan, int(hari))
    except ValueError:
        raise InputTidakValid(f"Tanggal {int(hari)} tidak ada pada bulan {BULAN[bulan - 1]} {tahun}: "
                              "periksa tanggalnya.") from None


def baca_tanggal(text: str) -> Tanggal:
    """Read a typed date with its spelling; refuse (InputTidakValid) what cannot be read."""
    s = " ".join(str(text).split())
    if not s:
        raise InputTidakValid(f"Tanggal kosong. {CONTOH}")
    if any(c.isdigit() and c not in "0123456789" for c in s):
        raise InputTidakValid(f"«{s}» memuat angka selain 0–9; ketik angkanya dengan 0–9. {CONTOH}")
    m = re.fullmatch(r"(\d{1,2})\s?([^\W\d_]+\.?)\s?(\d+)", s)
    if m:
        month = bulan_dari_kata(m.group(2))
        if month is None:
            raise InputTidakValid(f"Nama bulan «{m.group(2)}» pada «{s}» tidak dikenal. {CONTOH}")
        d = _buat(m.group(3), month, m.group(1), s)
        return Tanggal(d, len(m.group(1)) == 2 and m.group(1)[0] == "0", _ejaan(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d+)", s)
    if m:
        month = int(m.group(3))
        if not 1 <= month <= 12:
            raise InputTidakValid(f"Bulan «{m.group(3)}» pada «{s}» tidak ada (1 sampai 12). {CONTOH}")
        d = _buat(m.group(4), month, m.group(1), s)
        return Tanggal(d, len(m.group(1)) == 2 and m.group(1)[0] == "0", BULAN[month - 1])
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m and 1 <= int(m.group(2)) <= 12:
        d = _buat(m.group(1), int(m.group(2)), m.group(3), s)
        return Tanggal(d, False, BULAN[d.month - 1])
    raise InputTidakValid(f"«{s}» tidak dapat dibaca sebagai tanggal. {CONTOH}")


def teks_tanggal(tanggal: _dt.date | None, teks: str = "") -> str:
    """What prints for a stored date: its stored spelling ``teks`` when that reads as the
    same day, else the standard form ("30 Mei 2018"); "" for no date."""
    if tanggal is None:
        return ""
    if teks:
        try:
            t = baca_tanggal(teks)
        except InputTidakValid:
            t = None
        if t is not None and t.tanggal == tanggal:
            return t.teks
    return Tanggal(tanggal).teks
