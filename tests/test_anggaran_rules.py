"""The budget's rules (app/models/anggaran.py over app/models/sakip.py), as properties:
lines add up, serapan over the quarters only grows, efficiency is capaian − serapan, codes
and rupiah as typed."""

from decimal import ROUND_HALF_UP, Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.anggaran import (ProgramData, baca_rupiah, cek_kode, kode_pindah, pagu_baris, realisasi_baris,
                                 serapan_baris)
from app.models.errors import InputTidakValid
from app.models.sakip import EFISIEN, TIDAK_EFISIEN, efisiensi, kategori_efisiensi, serapan

AMOUNT = st.decimals(min_value=0, max_value=D(10) ** 12, places=2)
QUARTERS = st.dictionaries(st.integers(1, 4), AMOUNT, max_size=4)


def line(pagu=None, real=None, anak=()):
    return ProgramData(1, 1, None, "program", "", "x", 0, None, 2019, pagu, tuple(sorted((real or {}).items())), tuple(anak))


@given(st.lists(st.tuples(AMOUNT, QUARTERS), min_size=1, max_size=5))
def test_a_program_without_figures_of_its_own_is_the_sum_of_its_kegiatan(kegiatan):
    p = line(anak=[line(pg, q) for pg, q in kegiatan])
    assert pagu_baris(p) == sum(pg for pg, _ in kegiatan)
    spent = [sum(q.values(), D(0)) for _, q in kegiatan if q]
    assert realisasi_baris(p) == (sum(spent, D(0)) if spent else None)
    assert serapan_baris(p) == serapan(pagu_baris(p), realisasi_baris(p))


@given(AMOUNT, AMOUNT, QUARTERS)
def test_a_line_s_own_figures_win_over_its_children(own_pagu, child_pagu, quarters):
    p = line(own_pagu, quarters, [line(child_pagu, {1: D(7)})])
    assert pagu_baris(p) == own_pagu
    assert realisasi_baris(p) == (sum(quarters.values(), D(0)) if quarters else D(7))


@given(AMOUNT.filter(lambda x: x > 0), QUARTERS)
def test_serapan_over_the_quarters_never_falls(pagu, quarters):
    p = line(pagu, quarters)
    values = [serapan_baris(p, q) for q in (1, 2, 3, 4)]
    filled = [v for v in values if v is not None]
    assert filled == sorted(filled)
    if quarters:
        total = sum(quarters.values(), D(0))
        assert values[3] == (total / pagu * 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)


@given(st.decimals(0, 500, places=2), AMOUNT.filter(lambda x: x > 0), AMOUNT)
def test_efficiency_of_a_line_is_its_capaian_minus_its_serapan(cap, pagu, real):
    s = serapan(pagu, real)
    e = efisiensi(cap, s)
    assert e == cap - s
    assert kategori_efisiensi(e) == (EFISIEN if cap >= s else TIDAK_EFISIEN)


@given(st.lists(st.integers(0, 999), min_size=1, max_size=6).map(lambda xs: ".".join(f"{x:02d}" for x in xs)))
def test_any_dotted_code_is_taken_and_follows_a_new_parent(kode):
    assert cek_kode(kode) == kode
    child = f"{kode}.01"
    assert cek_kode(child, kode) == child
    assert kode_pindah(child, kode, "9.99") == "9.99.01"


@pytest.mark.parametrize("text, value", [
    ("Rp 1.004.422.800", D(1004422800)), ("1,004,422,800", D(1004422800)), ("Rp1.004.422.800,50", D("1004422800.50")),
    ("", None), ("0", D(0)), (D("12.5"), D("12.5")), (None, None),
])
def test_rupiah_as_typed(text, value):
    assert baca_rupiah(text) == value


@pytest.mark.parametrize("text", ["-1", "Rp -5", "1.000.000.000.000.000", "abc", "1,5,3"])
def test_rupiah_refused(text):
    with pytest.raises(InputTidakValid):
        baca_rupiah(text)
