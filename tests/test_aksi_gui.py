"""The "Rencana aksi & pengukuran" tab of the indicator editor (app/ui/aksi_editor.py),
driven through real widgets; the database checked; undo through the window's stack."""

from decimal import Decimal as D

from PySide6.QtCore import Qt

POSKAMLING = 27  # "Jumlah poskamling yang aktif": jumlah, target 2019 = 13


def _open(window, qtbot, tahun=2019):
    window.select_item("indikator", POSKAMLING)
    ed = window.editors["indikator"]
    ed.tabs.setCurrentWidget(ed.aksi)
    aksi = ed.aksi
    aksi.year.setCurrentIndex(aksi.year.findData(tahun))
    return ed, aksi


def _type(qtbot, view, index, text):
    """Type into a cell as a user does: go to it (the editor opens), replace, Enter."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    view.setCurrentIndex(index)
    if view.state() != QAbstractItemView.State.EditingState:
        view.edit(index)
    (editor,) = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_quarter_target_typed_changes_capaian_on_screen(window, qtbot, sample_store):
    sample_store.set_realisasi(POSKAMLING, 2019, 1, nilai=D("2.3"))
    ed, aksi = _open(window, qtbot)
    m = aksi.model
    rm = ed.realisasi_model
    assert rm.index(rm.row_of(2019, 1), rm.COL_CAPAIAN).data() == "17,69 %"
    _type(qtbot, aksi.view, m.index(0, m.COL_TARGET), "2,3")
    qtbot.waitUntil(lambda: m.index(0, m.COL_CAPAIAN).data() == "100 %")
    assert sample_store.rencana_aksi(POSKAMLING, 2019)[0].target == D("2.3")
    # the realisasi grid of the other tab measures the quarter the same way
    rm = ed.realisasi_model
    assert rm.index(rm.row_of(2019, 1), rm.COL_CAPAIAN).data() == "100 %"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: m.index(0, m.COL_CAPAIAN).data() == "17,69 %")
    assert sample_store.rencana_aksi(POSKAMLING, 2019) == []


def test_aksi_anggaran_kendala_solusi_and_bad_number(window, qtbot, sample_store):
    ed, aksi = _open(window, qtbot)
    m = aksi.model
    _type(qtbot, aksi.view, m.index(1, m.COL_AKSI), "Patroli <b>malam</b> & ronda")
    qtbot.waitUntil(lambda: m.index(1, m.COL_AKSI).data() == "Patroli <b>malam</b> & ronda")
    _type(qtbot, aksi.view, m.index(1, m.COL_ANGGARAN), "1,004,422,800")
    qtbot.waitUntil(lambda: m.index(1, m.COL_ANGGARAN).data() == "1.004.422.800")
    _type(qtbot, aksi.view, m.index(1, m.COL_KENDALA), "Hujan deras")
    qtbot.waitUntil(lambda: m.index(1, m.COL_KENDALA).data() == "Hujan deras")
    _type(qtbot, aksi.view, m.index(1, m.COL_SOLUSI), "Jadwal ulang")
    qtbot.waitUntil(lambda: m.index(1, m.COL_SOLUSI).data() == "Jadwal ulang")
    (a,) = sample_store.rencana_aksi(POSKAMLING, 2019)
    assert (a.triwulan, a.aksi, a.anggaran) == (2, "Patroli <b>malam</b> & ronda", D(1004422800))
    (u,) = sample_store.pengukuran(POSKAMLING, 2019)
    assert (u.kendala, u.solusi) == ("Hujan deras", "Jadwal ulang")
    # a number the parser refuses stays typed, red, with the message; nothing stored
    _type(qtbot, aksi.view, m.index(1, m.COL_ANGGARAN), "lima juta")
    qtbot.waitUntil(lambda: m.index(1, m.COL_ANGGARAN).data() == "lima juta")
    assert aksi.message.text() and sample_store.rencana_aksi(POSKAMLING, 2019)[0].anggaran == D(1004422800)
    window.undo_stack.undo()  # the solusi
    assert sample_store.pengukuran(POSKAMLING, 2019)[0].solusi == ""


def test_evidence_add_open_remove_undo(window, qtbot, sample_store, tmp_path, monkeypatch):
    ed, aksi = _open(window, qtbot)
    aksi.view.setCurrentIndex(aksi.model.index(2, 0))  # TW III
    folder = tmp_path / "Kantor #2" / "Data Ümi"
    folder.mkdir(parents=True)
    f = folder / "berita acara.pdf"
    f.write_bytes(b"%PDF-1.4 " + b"x" * 3000)
    assert aksi.add_file(f)
    qtbot.waitUntil(lambda: aksi.files.count() == 1)
    assert aksi.files.item(0).text() == "berita acara.pdf — 2,9 KB"
    assert aksi.model.index(2, aksi.model.COL_BUKTI).data() == "1 berkas"
    (b,) = sample_store.bukti_list(POSKAMLING, 2019)
    assert b.triwulan == 3
    opened = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(aksi.open_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].endswith("berita acara.pdf")
    from pathlib import Path

    assert Path(opened[0]).read_bytes() == f.read_bytes()
    qtbot.mouseClick(aksi.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: aksi.files.count() == 0)
    assert sample_store.bukti_list(POSKAMLING) == []
    window.undo_stack.undo()  # the removal: the same file back
    qtbot.waitUntil(lambda: aksi.files.count() == 1)
    assert sample_store.isi_bukti(b.id) == f.read_bytes()
    window.undo_stack.undo()  # the adding
    window.undo_stack.redo()
    assert sample_store.isi_bukti(b.id) == f.read_bytes()


def test_too_big_file_refused_with_message(window, qtbot, sample_store, tmp_path, monkeypatch):
    import app.models.aksi_ops as aksi_ops

    monkeypatch.setattr(aksi_ops, "BATAS_BUKTI", 10)
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    ed, aksi = _open(window, qtbot)
    f = tmp_path / "besar.jpg"
    f.write_bytes(b"y" * 11)
    assert not aksi.add_file(f)
    assert shown and "terlalu besar (11 B); batasnya 10 B" in shown[0]
    assert sample_store.bukti_list(POSKAMLING) == []


def test_quarter_chart_shows_quarter_targets(window, qtbot, sample_store):
    sample_store.set_rencana_aksi(POSKAMLING, 2019, 1, D(3))
    sample_store.set_rencana_aksi(POSKAMLING, 2019, 2, D(4))
    sample_store.set_realisasi(POSKAMLING, 2019, 1, nilai=D(2))
    ed, aksi = _open(window, qtbot)
    chart = aksi.chart.chart()
    (series,) = chart.series()
    target, real = series.barSets()
    assert [target.at(i) for i in range(4)] == [3.0, 7.0, 7.0, 7.0]  # a count: quarter targets summed
    assert [real.at(i) for i in range(4)] == [2.0, 0.0, 0.0, 0.0]  # TW II–IV not reported yet: no bar


def test_aksi_model_passes_modeltester(qtmodeltester, window, qtbot):
    ed, aksi = _open(window, qtbot)
    qtmodeltester.check(aksi.model)
