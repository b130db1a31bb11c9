"""Dates as offices write them (issue 12, point 3): read with their spelling, printed as
typed, refused when they cannot be read — never silently changed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.errors import InputTidakValid
from app.models.tanggal import BULAN, Tanggal, baca_tanggal, bulan_dari_kata, teks_tanggal


@pytest.mark.parametrize("typed, date, printed", [
    ("01 Nopember 2021", dt.date(2021, 11, 1), "01 Nopember 2021"),
    ("1 Nop 2021", dt.date(2021, 11, 1), "1 Nop 2021"),
    ("3 Pebruari 2020", dt.date(2020, 2, 3), "3 Pebruari 2020"),
    ("17 Agust. 2019", dt.date(2019, 8, 17), "17 Agust. 2019"),
    ("30 Mei 2018", dt.date(2018, 5, 30), "30 Mei 2018"),
    ("30  mei   2018", dt.date(2018, 5, 30), "30 Mei 2018"),
    ("30-05-2018", dt.date(2018, 5, 30), "30 Mei 2018"),
    ("30/05/2018", dt.date(2018, 5, 30), "30 Mei 2018"),
    ("01/11/2021", dt.date(2021, 11, 1), "01 November 2021"),
    ("2018-05-30", dt.date(2018, 5, 30), "30 Mei 2018"),
    ("5 DESEMBER 2022", dt.date(2022, 12, 5), "5 DESEMBER 2022"),
])
def test_office_spellings_read_and_print_as_typed(typed, date, printed):
    t = baca_tanggal(typed)
    assert t.tanggal == date
    assert t.teks == printed


def test_the_year_is_never_dropped():
    """The old date field turned "01 Nopember 2021" into 1 November 2026."""
    assert baca_tanggal("01 Nopember 2021").tanggal.year == 2021


@pytest.mark.parametrize("bad, words", [
    ("01 Nopember", "tidak dapat dibaca"),
    ("1 Nopember 21", "empat angka"),
    ("31 Pebruari 2021", "Tanggal 31 tidak ada pada bulan Februari 2021"),
    ("1 Brumaire 2021", "Nama bulan «Brumaire»"),
    ("1 Ju 2021", "Nama bulan «Ju»"),
    ("30-13-2018", "Bulan «13»"),
    ("30-05/2018", "tidak dapat dibaca"),
    ("", "kosong"),
    ("kemarin", "tidak dapat dibaca"),
])
def test_unreadable_dates_are_refused_in_indonesian(bad, words):
    with pytest.raises(InputTidakValid) as e:
        baca_tanggal(bad)
    assert words in str(e.value)


def test_month_words():
    assert bulan_dari_kata("Agust.") == 8
    assert bulan_dari_kata("ags") == 8
    assert bulan_dari_kata("Sept") == 9
    assert bulan_dari_kata("Ma") is None  # Maret or Mei: ambiguous, refused
    assert bulan_dari_kata("Ju") is None


def test_stored_spelling_prints_only_for_the_same_day():
    assert teks_tanggal(dt.date(2021, 11, 1), "01 Nopember 2021") == "01 Nopember 2021"
    assert teks_tanggal(dt.date(2021, 11, 2), "01 Nopember 2021") == "2 November 2021"
    assert teks_tanggal(dt.date(2018, 5, 30), "") == "30 Mei 2018"
    assert teks_tanggal(None, "01 Nopember 2021") == ""


def _spellings(month: int) -> list[str]:
    words = [BULAN[month - 1], BULAN[month - 1].upper(), BULAN[month - 1][:3], BULAN[month - 1][:4] + "."]
    words += {2: ["Pebruari", "Peb"], 8: ["Agust.", "Ags"], 11: ["Nopember", "Nop"], 9: ["Sept"]}.get(month, [])
    return [w for w in words if bulan_dari_kata(w) == month]


@st.composite
def tanggal(draw) -> Tanggal:
    d = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
    return Tanggal(d, draw(st.booleans()), draw(st.sampled_from(_spellings(d.month) + [""])))


@settings(max_examples=60)
@given(tanggal())
def test_round_trip_format_then_parse_gives_the_same_date_and_spelling(t):
    back = baca_tanggal(t.teks)
    assert back.tanggal == t.tanggal
    assert back.teks == t.teks
    assert back.nol == (t.nol and t.tanggal.day < 10)
    assert back.bulan == (t.bulan or BULAN[t.tanggal.month - 1])


def test_years_outside_1900_2100_and_other_digits_are_refused():
    """'1 Maret 0021' printed '1 Maret 21', which did not read back; Arabic-Indic digits
    were taken as a date while number fields refuse them."""
    import pytest

    from app.models.errors import InputTidakValid
    from app.models.tanggal import baca_tanggal

    for bad in ("1 Maret 0021", "1 Maret 9999", "01-03-1899", "١ Maret ٢٠٢١", "1 Maret ２０２１"):
        with pytest.raises(InputTidakValid):
            baca_tanggal(bad)
    assert baca_tanggal("01 Nopember 2021").teks == "01 Nopember 2021"
