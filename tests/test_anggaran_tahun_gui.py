"""The budget editor opens on a year that has figures: the toolbar's when it has any, else
the latest year of the period with a pagu or a realisasi."""

from __future__ import annotations

from sakip_contoh import isi_sakip


def _open(window, qtbot, tahun):
    window.tahun_combo.setCurrentIndex(window.tahun_combo.findData(tahun))
    window.act_anggaran.trigger()
    d = window.anggaran_dialog
    qtbot.waitExposed(d)
    return d


def test_opens_on_the_latest_year_with_figures_unless_the_toolbar_s_has_some(window, qtbot, sample_store):
    s = sample_store
    isi_sakip(s)  # pagu and realisasi of 2019
    pid = window.periode.id
    assert s.tahun_anggaran(pid) == (2019,)
    d = _open(window, qtbot, 2018)  # the sample's toolbar year: no budget
    assert d.tahun == 2019 and d.text(d.tree[0].anak[0].id, 3) == "600.000.000"
    keg = d.tree[0].anak[0].id
    d.close()
    s.set_realisasi_anggaran(keg, 2021, 2, "1.000")
    s.set_pagu(keg, 2020, "5.000")
    s.set_pagu(keg, 2022, None)  # an emptied cell is no figure
    assert s.tahun_anggaran(pid) == (2019, 2020, 2021)
    assert _open(window, qtbot, 2018).tahun == 2021
    window.anggaran_dialog.close()
    assert _open(window, qtbot, 2020).tahun == 2020  # the toolbar's year has figures: kept
    window.anggaran_dialog.close()


def test_an_empty_budget_opens_on_the_toolbar_s_year(window, qtbot):
    assert _open(window, qtbot, 2020).tahun == 2020
