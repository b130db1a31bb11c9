from decimal import Decimal as D

from app.models.capaian import hitung, sebaran_kategori
from app.models.data import IndikatorData, RealisasiData, TargetData
from app.models.defaults import DEFAULT_KATEGORI
from app.models.rules import Band

BANDS = tuple(Band(n, None if b is None else D(b), w) for b, n, w in DEFAULT_KATEGORI)


def ind(jenis="persentase", polaritas="positif", target=None, realisasi=()):
    return IndikatorData(1, 1, "", "x", 0, jenis, polaritas, "", "", "", "", "", "", True, True, False, None, None,
                         (), tuple(TargetData(y, v) for y, v in (target or {}).items()), tuple(realisasi))


def test_percentage_takes_last_quarter_count_sums():
    r = [RealisasiData(2018, 1, D(40)), RealisasiData(2018, 3, D(80)), RealisasiData(2019, 1, D(99))]
    p = hitung(ind("persentase", target={2018: D(90)}, realisasi=r), 2018, BANDS)
    assert (p.target, p.realisasi, p.capaian, p.band.nama) == (D(90), D(80), D("88.89"), "Baik")
    c = hitung(ind("jumlah", target={2018: D(120)}, realisasi=r), 2018, BANDS)
    assert (c.realisasi, c.capaian, c.band.nama) == (D(120), D("100.00"), "Sangat Baik")
    up_to_2 = hitung(ind("jumlah", target={2018: D(120)}, realisasi=r), 2018, BANDS, sampai_triwulan=2)
    assert (up_to_2.realisasi, up_to_2.capaian, up_to_2.band.nama) == (D(40), D("33.33"), "Sangat Kurang")


def test_numerator_denominator_and_negative_rule():
    r = [RealisasiData(2018, 4, None, D(45), D(50))]
    assert hitung(ind(target={2018: D(100)}, realisasi=r), 2018, BANDS).capaian == D("90.00")
    neg = ind(polaritas="negatif", target={2018: D(8)}, realisasi=[RealisasiData(2018, 4, D(9))])
    assert hitung(neg, 2018, BANDS).capaian == D("87.50")
    assert hitung(neg, 2018, BANDS, "rasio").capaian == D("88.89")


def test_na_cases_and_distribution():
    zero = hitung(ind(target={2018: D(0)}, realisasi=[RealisasiData(2018, 1, D(5))]), 2018, BANDS)
    none = hitung(ind(), 2018, BANDS)
    good = hitung(ind(target={2018: D(10)}, realisasi=[RealisasiData(2018, 1, D(10))]), 2018, BANDS)
    assert zero.capaian is None and zero.band is None and zero.ada_target
    assert not none.ada_target and not none.ada_realisasi
    dist = sebaran_kategori([zero, none, good], BANDS)
    assert dist == {"Sangat Baik": 1, "Baik": 0, "Cukup": 0, "Kurang": 0, "Sangat Kurang": 0, "n/a": 2}
    assert list(dist) == [b.nama for b in BANDS] + ["n/a"]
