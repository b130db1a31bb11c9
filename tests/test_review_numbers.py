"""Numbers as the review of issue 10 typed them: a rupiah figure with an English thousands
comma, digits of other scripts, and ",-" with or without Rp."""

from decimal import Decimal as D

import pytest

from app.models.angka import parse_angka
from app.models.errors import InputTidakValid


@pytest.mark.parametrize("text, value", [
    ("Rp 25,000", D("25000")), ("Rp25,000", D("25000")), ("rp. 1,234", D("1234")), ("Rp 25,000,-", D("25000")),
    ("-Rp 25,000", D("-25000")), ("Rp 1,004,422,800", D("1004422800")),
    ("Rp 25,5", D("25.5")), ("Rp 25,50", D("25.50")),  # a rupiah decimal has at most two digits (sen)
    ("25,000", D("25")),  # without Rp the Indonesian decimal comma stays (documented)
])
def test_with_rp_a_comma_before_three_digits_groups_thousands(text, value):
    assert parse_angka(text) == value


@pytest.mark.parametrize("text, value", [
    ("1.000,-", D("1000")), ("Rp.5.000,-", D("5000")), ("5.000,-", D("5000")), ("-1.000,-", D("-1000")),
    ("Rp 1.000,-", D("1000")), ("250,-", D("250")),
])
def test_a_trailing_comma_dash_reads_the_same_with_or_without_rp(text, value):
    assert parse_angka(text) == value


@pytest.mark.parametrize("text", ["١٢٣", "１２３", "𝟓", "1٢3", "12３", "۱۲۳", "१२३", "1²", "½", "٣,٥", "Rp ١٠٠"])
def test_digits_other_than_0_to_9_are_refused_with_their_reason(text):
    with pytest.raises(InputTidakValid) as err:
        parse_angka(text)
    message = str(err.value)
    assert "selain 0–9" in message and "nol yang berlebih" not in message
    assert "misalnya" in message


@pytest.mark.parametrize("text", ["Rp 0,123", "Rp 1234,567", "Rp 1.234,567"])
def test_with_rp_three_decimals_that_cannot_be_thousands_are_refused(text):
    with pytest.raises(InputTidakValid) as err:
        parse_angka(text)
    assert "dua angka di belakang koma" in str(err.value) and "Contoh" in str(err.value)
