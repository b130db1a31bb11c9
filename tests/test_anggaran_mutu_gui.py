"""A click on a budget warning in the "Mutu data" panel opens the budget editor (Data →
Anggaran…) on that line, at the year the warning is about."""

from PySide6.QtCore import Qt

from app.models.quality import periksa


def _budget(store):
    """Program 7.01.02 (2020: realisasi above its pagu) and 7.01.03 (no sasaran); the
    toolbar stays on 2018."""
    pid = store.periode_pembuka()
    sasaran = next(s.id for j in store.jabatan_all(pid, realisasi=False) for s in j.sasaran)
    a = store.tambah_program(pid, None, "7.01.02", "Penyelenggaraan <b>Pemerintahan</b>", sasaran).item_id
    b = store.tambah_program(pid, None, "7.01.03", "Pemberdayaan Masyarakat").item_id
    store.set_pagu(a, 2020, "100.000.000")
    store.set_realisasi_anggaran(a, 2020, 2, "150.000.000")
    return a, b


def _click(window, qtbot, store, kode):
    warnings = periksa(store)
    window.quality_panel.refresh()
    qtbot.waitUntil(lambda: window.warnings.count() == len(warnings))  # computed in the background
    row = next(n for n, w in enumerate(warnings) if w.kode == kode)
    item = window.warnings.item(row)
    window.warnings.scrollToItem(item)
    qtbot.mouseClick(window.warnings.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.warnings.visualItemRect(item).center())
    return warnings[row]


def test_budget_warning_opens_the_editor_on_its_line_and_year(window, qtbot, sample_store):
    a, b = _budget(sample_store)
    window.tahun_combo.setCurrentIndex(window.tahun_combo.findData(2018))
    w = _click(window, qtbot, sample_store, "realisasi_melebihi_pagu")
    assert (w.item_id, w.tahun) == (a, 2020)
    d = window.anggaran_dialog
    qtbot.waitExposed(d)
    assert d.isVisible() and d.current_id() == a and d.tahun == 2020
    assert d.text(a, 8) == "150.000.000"  # the year of the warning is shown: its realisasi
    w = _click(window, qtbot, sample_store, "program_tanpa_sasaran")  # not about a year
    assert (w.item_id, w.tahun) == (b, None)
    assert window.anggaran_dialog is not d and not d.isVisible()  # one editor at a time
    d = window.anggaran_dialog
    qtbot.waitExposed(d)
    # not about a year: the toolbar's year when it has budget figures; 2018 has none: the latest that has
    assert d.current_id() == b and d.tahun == 2020


def test_warning_of_a_line_deleted_meanwhile_is_told(window, qtbot, sample_store, monkeypatch):
    from app.models.kinds import Jenis

    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    a, _ = _budget(sample_store)
    warnings = periksa(sample_store)
    qtbot.waitUntil(lambda: window.warnings.count() == len(warnings))
    row = next(n for n, w in enumerate(warnings) if w.kode == "realisasi_melebihi_pagu")
    sample_store.delete(Jenis.PROGRAM, a)  # behind the window's back: the warning shown is stale
    window.warnings.itemClicked.emit(window.warnings.item(row))
    assert errors == ["Program/kegiatan itu tidak ada lagi di basis data."]
    assert getattr(window, "anggaran_dialog", None) is None
