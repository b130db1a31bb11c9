"""The main window driven through its real widgets, checked against the database."""

from decimal import Decimal as D

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from app.models.quality import periksa
from app.models.store import Store
from app.ui.main_window import MainWindow
from app.ui.tree_model import ID_ROLE, KIND_ROLE, JabatanTreeModel


def jab(store, nama):
    return next(j for j in store.jabatan_all(1) if j.nama == nama)


def _walk(model, parent=QModelIndex()):
    for r in range(model.rowCount(parent)):
        idx = model.index(r, 0, parent)
        yield idx
        yield from _walk(model, idx)


def labels(window):
    return [i.data() for i in _walk(window.proxy)]


# ----------------------------------------------------------------------------- models


def test_tree_model_passes_modeltester(qtmodeltester, sample_store):
    model = JabatanTreeModel()
    model.set_tree(sample_store.tree(1))
    qtmodeltester.check(model)


def test_grid_models_pass_modeltester(qtmodeltester, window, sample_store):
    ind = jab(sample_store, "KASI KETENTRAMAN DAN KETERTIBAN").sasaran[0].indikator[1]
    sample_store.set_realisasi(ind.id, 2018, 1, nilai=D(3))
    window.select_item("indikator", ind.id)
    editor = window.editors["indikator"]
    qtmodeltester.check(editor.target_model)
    qtmodeltester.check(editor.realisasi_model)


# ----------------------------------------------------------------------------- navigation


def test_tree_shows_every_jabatan_sasaran_and_indicator(window, sample_store):
    shown = {(i.data(KIND_ROLE), i.data(ID_ROLE)) for i in _walk(window.proxy)}
    counts = sample_store.counts()
    for kind in ("jabatan", "sasaran", "indikator"):
        assert sum(1 for k, _ in shown if k == kind) == counts[kind]
    assert "(indikator tanpa nama)" in labels(window)
    top = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert top == ["Ringkasan kecamatan", "Kecamatan dan pegawai", "Keputusan dan matriks", "Camat"]


def test_search_filters_the_tree(window, qtbot):
    qtbot.keyClicks(window.search, "poskamling")
    shown = labels(window)
    assert "Jumlah poskamling yang aktif" in shown
    assert "KASI KETENTRAMAN DAN KETERTIBAN" in shown  # its ancestors stay visible
    assert "KASI PEMERINTAHAN" not in shown
    window.search.clear()
    assert "KASI PEMERINTAHAN" in labels(window)


def test_keyboard_navigation_opens_editors(window, qtbot):
    window.tree.setFocus()
    window.select_item("ringkasan", 0)
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.editors["kecamatan"]
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.editors["dokumen"]
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.kind == "jabatan" and window.editors["jabatan"].title.text() == "Camat"


def test_warning_selects_its_item(window, qtbot, sample_store):
    warnings = periksa(sample_store)
    qtbot.waitUntil(lambda: window.warnings.count() == len(warnings))  # computed in the background
    row = next(n for n, w in enumerate(warnings) if w.kode == "tanpa_penanggung_jawab")
    window.warnings.itemClicked.emit(window.warnings.item(row))
    assert (window.kind, window.item_id) == ("indikator", warnings[row].item_id)
    assert window.editors["indikator"].title.text() == "Jumlah kelompok wanita yang aktif dalam kesetaraan jender"


# ----------------------------------------------------------------------------- editing


def test_edit_line_text_choice_check_and_list_fields(window, qtbot, sample_store):
    ind = jab(sample_store, "KASI KETENTRAMAN DAN KETERTIBAN").sasaran[0].indikator[1]
    window.select_item("indikator", ind.id)
    ed = window.editors["indikator"]

    satuan = ed.fields["satuan"]
    satuan.setFocus()
    qtbot.keyClicks(satuan, "pos <aktif> & siaga")
    qtbot.keyClick(satuan, Qt.Key.Key_Return)
    assert sample_store.indikator(ind.id).satuan == "pos <aktif> & siaga"

    pj = ed.fields["penanggung_jawab"]
    pj.setFocus()
    pj.selectAll()
    qtbot.keyClicks(pj, "Kasi Trantib dan Linmas")
    window.tree.setFocus()  # leaving the field commits it
    qtbot.waitUntil(lambda: sample_store.indikator(ind.id).penanggung_jawab == "Kasi Trantib dan Linmas")

    jenis = ed.fields["jenis"]
    jenis.setCurrentIndex(jenis.findData("persentase"))
    jenis.activated.emit(jenis.currentIndex())
    assert sample_store.indikator(ind.id).jenis == "persentase"

    ed.fields["di_matriks"].click()
    assert sample_store.indikator(ind.id).di_matriks is False

    pen = ed.penjelasan
    pen.list.setCurrentRow(2)
    pen.up_button.click()
    got = sample_store.indikator(ind.id).penjelasan
    assert got[1].startswith("Formulasinya") and got[2].startswith("Perlunya")
    pen.remove_button.click()
    assert len(sample_store.indikator(ind.id).penjelasan) == 2


def test_jabatan_fields_and_fungsi(window, qtbot, sample_store):
    j = jab(sample_store, "KASI PEMERINTAHAN")
    window.select_item("jabatan", j.id)
    ed = window.editors["jabatan"]
    nama = ed.fields["nama"]
    nama.selectAll()
    qtbot.keyClicks(nama, "Kasi Pemerintahan")
    nama.editingFinished.emit()
    assert sample_store.jabatan(j.id, 1).nama == "Kasi Pemerintahan"
    assert "Kasi Pemerintahan" in labels(window)  # the tree follows

    pemegang = ed.fields["pemegang"]
    pemegang.setCurrentIndex(pemegang.findData(1))
    pemegang.activated.emit(pemegang.currentIndex())
    assert sample_store.jabatan(j.id, 1).pemegang.nama == "MUHAMMAD HUSAINI, S.Sos, M.Si"

    fungsi = ed.fungsi
    fungsi.add_button.click()  # opens an empty item for typing
    fungsi.list.currentItem().setText("Fungsi tambahan")
    assert sample_store.jabatan(j.id, 1).fungsi[-1] == "Fungsi tambahan"
    assert len(sample_store.jabatan(j.id, 1).fungsi) == 6


def test_invalid_number_is_refused_in_place(window, qtbot, sample_store, sample_path):
    ind = jab(sample_store, "KASI KETENTRAMAN DAN KETERTIBAN").sasaran[0].indikator[1]
    window.select_item("indikator", ind.id)
    ed = window.editors["indikator"]
    ed.tabs.setCurrentIndex(2)
    before = sample_path.read_bytes()
    model, view = ed.target_model, ed.target_view
    index = model.index(model.ROW_TARGET, 0)
    # type into the cell as a user would
    view.setFocus()
    view.setCurrentIndex(index)  # the grid opens its editor on the current cell
    if view.state() != view.State.EditingState:
        view.edit(index)
    editor = view.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "13,5x")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "bukan angka" in ed.message.text())
    assert index.data() == "13,5x"  # what was typed stays visible
    assert "bukan angka" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert sample_path.read_bytes() == before
    assert sample_store.indikator(ind.id).target_tahun(2018).nilai == D(13)
    # a correct entry clears the mark and is stored
    assert model.setData(index, "14,5")
    assert sample_store.indikator(ind.id).target_tahun(2018).nilai == D("14.5")
    assert ed.message.text() == ""
    qtbot.waitUntil(lambda: index.data() == "14,5")  # the grid reloads on the next turn of the event loop


def test_realisasi_shows_capaian_and_band(window, sample_store):
    ind = jab(sample_store, "KASI KESEJAHTERAAN RAKYAT DAN PELAYANAN").sasaran[0].indikator[0]  # target 90 in 2018
    window.select_item("indikator", ind.id)
    m = window.editors["indikator"].realisasi_model
    row = m.row_of(2018, 2)
    assert m.setData(m.index(row, m.COL_PEMBILANG), "45")
    assert m.setData(m.index(row, m.COL_PENYEBUT), "50")
    assert m.index(row, m.COL_REALISASI).data() == "90"
    assert m.index(row, m.COL_CAPAIAN).data() == "100 %"
    assert m.index(row, m.COL_KATEGORI).data() == "Sangat Baik"
    assert m.setData(m.index(m.row_of(2018, 4), m.COL_NILAI), "63")
    assert m.index(m.row_of(2018, 4), m.COL_CAPAIAN).data() == "70 %"
    assert m.index(m.row_of(2018, 4), m.COL_KATEGORI).data() == "Cukup"
    stored = sample_store.indikator(ind.id).realisasi
    assert [(r.triwulan, r.nilai, r.pembilang, r.penyebut) for r in stored] == [(2, None, D(45), D(50)), (4, D(63), None, None)]
    t = window.editors["indikator"].target_model
    assert t.index(t.ROW_CAPAIAN, 0).data() == "70 %"
    assert not m.setData(m.index(row, m.COL_PENYEBUT), "lima")
    assert sample_store.indikator(ind.id).realisasi[0].penyebut == D(50)


def test_undo_and_redo_across_editors(window, sample_store):
    ind = jab(sample_store, "KASI KESEJAHTERAAN RAKYAT DAN PELAYANAN").sasaran[0].indikator[0]
    j = jab(sample_store, "Sekretaris Kecamatan")
    window.select_item("indikator", ind.id)
    window.editors["indikator"].target_model.setData(window.editors["indikator"].target_model.index(0, 4), "95")
    window.select_item("jabatan", j.id)
    ed = window.editors["jabatan"]
    ed.fields["tugas"].setPlainText("Tugas baru")
    ed.fields["tugas"].flush()
    assert sample_store.jabatan(j.id, 1).tugas == "Tugas baru"
    assert window.act_undo.text() == "&Urungkan Ubah tugas"

    window.act_undo.trigger()
    assert sample_store.jabatan(j.id, 1).tugas.startswith("Membantu kecamatan melaksanakan koordinasi")
    assert ed.fields["tugas"].toPlainText().startswith("Membantu")
    assert window.act_undo.text() == "&Urungkan Ubah target 2022"
    window.act_undo.trigger()
    assert sample_store.indikator(ind.id).target_tahun(2022).nilai == D(93)
    assert (window.kind, window.item_id) == ("indikator", ind.id)  # undo shows what it changed
    window.act_redo.trigger()
    window.act_redo.trigger()
    assert sample_store.indikator(ind.id).target_tahun(2022).nilai == D(95)
    assert sample_store.jabatan(j.id, 1).tugas == "Tugas baru"


def test_delete_with_confirmation_and_undo(window, sample_store, monkeypatch):
    s = jab(sample_store, "KASI PEMBERDAYAAN MASYARAKAT").sasaran[0]
    asked = []
    monkeypatch.setattr(window, "confirm", lambda title, text: asked.append(text) or False)
    window.select_item("sasaran", s.id)
    window.act_delete.trigger()
    assert "2 indikator" in asked[0] and "6 paragraf penjelasan" in asked[0] and "10 target" in asked[0]
    assert sample_store.sasaran(s.id)  # refused: still there
    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    window.select_item("sasaran", s.id)
    window.act_delete.trigger()
    assert s.nama not in " ".join(labels(window))
    assert sample_store.counts()["indikator"] == 25
    window.act_undo.trigger()
    assert sample_store.counts()["indikator"] == 27
    assert sample_store.sasaran(s.id).indikator[0].penjelasan == s.indikator[0].penjelasan


def test_add_reorder_and_drag_and_drop(window, qtbot, sample_store):
    pm = jab(sample_store, "KASI PEMBERDAYAAN MASYARAKAT")
    window.select_item("sasaran", pm.sasaran[0].id)
    window.act_add_indikator.trigger()
    new_id = window.item_id
    assert window.kind == "indikator"
    assert [i.id for i in sample_store.sasaran(pm.sasaran[0].id).indikator][-1] == new_id
    window.act_up.trigger()
    assert [i.id for i in sample_store.sasaran(pm.sasaran[0].id).indikator][1] == new_id
    # drag the new indicator onto the other sasaran, first position
    model = window.tree_model
    mime = model.mimeData([model.find("indikator", new_id)])
    target = model.find("sasaran", pm.sasaran[1].id)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.find("jabatan", pm.id))
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    qtbot.waitUntil(lambda: sample_store.sasaran(pm.sasaran[1].id).indikator[0].id == new_id)
    window.act_undo.trigger()
    assert new_id in [i.id for i in sample_store.sasaran(pm.sasaran[0].id).indikator]


def test_duplicate_indikator(window, sample_store):
    ind = jab(sample_store, "KASI KETENTRAMAN DAN KETERTIBAN").sasaran[0].indikator[0]
    window.select_item("indikator", ind.id)
    window.act_duplicate.trigger()
    assert window.item_id != ind.id
    assert sample_store.indikator(window.item_id).nama == ind.nama + " (salinan)"


def test_new_period_as_copy(window, sample_store, monkeypatch):
    from app.ui.window_structure import NewPeriodDialog

    monkeypatch.setattr(NewPeriodDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.act_new_period.trigger()
    assert [p.nama for p in sample_store.periode_list()] == ["2018-2022", "2023-2027"]
    assert window.periode_combo.currentText() == "2023-2027"
    assert [window.tahun_combo.itemText(i) for i in range(window.tahun_combo.count())] == [str(y) for y in range(2023, 2028)]
    assert sum(1 for i in _walk(window.proxy) if i.data(KIND_ROLE) == "indikator") == 27
    window.act_undo.trigger()
    assert [p.nama for p in sample_store.periode_list()] == ["2018-2022"]


def test_dashboard_counts_bands_and_lists_gaps(window, qtbot, sample_store):
    ind = jab(sample_store, "KASI KESEJAHTERAAN RAKYAT DAN PELAYANAN").sasaran[0].indikator[0]
    sample_store.set_realisasi(ind.id, 2018, 4, nilai=D(90))
    dash = window.editors["ringkasan"]
    window.select_item("kecamatan", 0)
    with qtbot.waitSignal(dash.updated, timeout=10000):
        window.select_item("ringkasan", 0)
    assert dash.distribution["Sangat Baik"] == 1
    assert sum(dash.distribution.values()) == 27
    assert dash.missing.count() == 26
    dash.missing.itemDoubleClicked.emit(dash.missing.item(0))
    assert window.kind == "indikator"


def test_chart_follows_data_and_saves_png(window, sample_store, tmp_path):
    ind = jab(sample_store, "KASI KETENTRAMAN DAN KETERTIBAN").sasaran[0].indikator[1]
    window.select_item("indikator", ind.id)
    ed = window.editors["indikator"]
    ed.realisasi_model.setData(ed.realisasi_model.index(0, ed.realisasi_model.COL_NILAI), "7")
    chart = ed.years_chart.chart()
    bars = chart.series()[0].barSets()
    assert [b.label() for b in bars] == ["Target", "Realisasi"]
    assert bars[1].at(0) == 7.0 and bars[0].at(4) == 26.0
    out = tmp_path / "grafik.png"
    assert ed.years_chart.save_png(out) and out.stat().st_size > 1000


def test_settings_change_the_negative_rule_and_bands(window, sample_store):
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.doc, window.settings, window)
    dialog.rule.setCurrentIndex(dialog.rule.findData("rasio"))
    dialog.bands.item(0, 1).setText("95")
    dialog.accept()
    assert sample_store.pengaturan("aturan_negatif") == "rasio"
    assert sample_store.kategori()[0].batas_bawah == D(95)
    bad = SettingsDialog(window.doc, window.settings, window)
    bad.bands.item(1, 1).setText("99")  # above the band before it
    bad.accept()
    assert "menurun" in bad.message.text()
    assert sample_store.kategori()[1].batas_bawah == D(76)


def test_state_comes_back_at_next_start(qtbot, sample_path, tmp_path):
    ini = tmp_path / "ui.ini"
    with Store.open(sample_path) as store:
        w = MainWindow(store, QSettings(str(ini), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        target = jab(store, "KASI PEMERINTAHAN").id
        w.select_item("jabatan", target)
        w.tahun_combo.setCurrentIndex(2)
        w.act_quality.trigger()  # Lihat → Mutu data: the warnings panel hidden
        assert w.quality_panel.isHidden()
        w.close()
    with Store.open(sample_path) as store:
        w2 = MainWindow(store, QSettings(str(ini), QSettings.Format.IniFormat))
        qtbot.addWidget(w2)
        assert (w2.kind, w2.item_id) == ("jabatan", target)
        assert w2.tahun_combo.currentData() == 2020
        assert w2.quality_panel.isHidden() and not w2.act_quality.isChecked()
        w2.act_quality.trigger()
        assert not w2.quality_panel.isHidden()


def test_first_run_offers_sample_or_empty(qtbot, tmp_path, monkeypatch):
    from app.ui import application

    monkeypatch.setattr(application.WelcomeDialog, "exec",
                        lambda self: (self._done(self.EMPTY), QDialog.DialogCode.Accepted)[1])
    store = application.open_store(tmp_path / "baru.db")
    assert store.counts()["jabatan"] == 0
    store.close()
    monkeypatch.setattr(application.WelcomeDialog, "exec", lambda self: (self.sample_button.click(), QDialog.DialogCode.Accepted)[1])
    store = application.open_store(tmp_path / "contoh.db")
    assert store.counts()["indikator"] == 27
    store.close()


def test_qt_buttons_speak_indonesian(qapp):
    from app.ui.application import install_translations

    translators = install_translations(qapp, "id")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
                               | QDialogButtonBox.StandardButton.No)
        texts = {b.text() for b in box.buttons()}
        assert texts == {"Batal", "&Ya", "&Tidak"}
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_an_empty_kecamatan_can_be_built_up_to_a_printable_decree(qtbot, tmp_path):
    """From the first-run "empty" choice to a lampiran: kecamatan, a jabatan, its sasaran and
    indicator, a decree, a lampiran number — then the PDF has them."""
    from io import BytesIO

    from pypdf import PdfReader

    from app.reports import render

    store = Store.create(tmp_path / "kosong.db")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.select_item("kecamatan", 0)
    kec = w.editors["kecamatan"]
    for name, value in (("nama", "Contoh Baru"), ("kabupaten", "Banjar"), ("tempat", "Contoh Baru")):
        kec.fields[name].setText(value)
        kec.fields[name].editingFinished.emit()
    w.act_add_jabatan.trigger()
    jab_id = w.item_id
    ed = w.editors["jabatan"]
    ed.fields["nama"].setText("KASI PEMERINTAHAN")
    ed.fields["nama"].editingFinished.emit()
    w.act_add_sasaran.trigger()
    w.act_add_indikator.trigger()
    w.select_item("dokumen", 0)
    dok = w.editors["dokumen"]
    assert dok.new_decree.isVisibleTo(dok) and not dok.decree_box.isEnabled()
    dok.new_decree.click()
    (kep,) = store.keputusan_list()
    assert kep.sebutan == "SK Keputusan Camat Contoh Baru Kabupaten Banjar" and kep.ttd_jabatan == "CAMAT CONTOH BARU,"
    assert dok.decree_box.isEnabled() and not dok.new_decree.isVisibleTo(dok)
    row = next(r for r in range(dok.lampiran.rowCount()) if dok.lampiran.item(r, 0).text() == "KASI PEMERINTAHAN")
    dok.lampiran.item(row, 1).setText("II")
    assert store.keputusan_list()[0].lampiran[0].jabatan_id == jab_id
    content, pages = render.build_bytes("lampiran", render.gather(store, "lampiran"), render.Options())
    text = PdfReader(BytesIO(content)).pages[0].extract_text()
    assert "Lampiran II. SK Keputusan Camat Contoh Baru Kabupaten Banjar" in text
    assert "KECAMATAN CONTOH BARU KABUPATEN BANJAR" in text and "Sasaran baru" in text and "Indikator baru" in text
    w.act_undo.trigger()  # the lampiran number
    w.act_undo.trigger()  # the decree
    assert store.keputusan_list() == []
    w.close()
    store.close()


def test_a_background_result_for_a_closed_window_is_dropped_quietly(qtbot, sample_path):
    import threading

    from PySide6.QtCore import QThreadPool

    from app.ui.background import Background

    started, release = threading.Event(), threading.Event()

    def slow(store):
        started.set()
        release.wait(5)
        return store.counts()

    bg = Background(sample_path, slow)
    bg.request()
    assert started.wait(5)
    with qtbot.waitSignal(bg.destroyed, timeout=5000):  # the asking object is gone
        bg.deleteLater()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()  # what the worker sent, if anything; pytest-qt fails the test if it raised


def test_a_closed_window_starts_no_background_work(qtbot, sample_store, settings, monkeypatch):
    """The dashboard's first computation waits 150 ms for the first paint; a window closed
    meanwhile must not start it afterwards (nor anything else)."""
    from PySide6.QtCore import QThreadPool

    from app.ui.background import Background

    asked = []
    real_request = Background.request
    monkeypatch.setattr(Background, "request", lambda self, *a: asked.append(self) or real_request(self, *a))
    w = MainWindow(sample_store, settings)  # shows the dashboard: its computation is delayed
    qtbot.addWidget(w)
    dash = w.editors["ringkasan"]
    started = []
    monkeypatch.setattr(QThreadPool, "start", lambda pool, job, *a: started.append(job))
    w.close()
    qtbot.waitUntil(lambda: dash.background in asked, timeout=5000)  # the delayed request came
    assert started == []


def test_the_window_refreshes_what_the_changes_name(window, sample_store, monkeypatch):
    """The window follows the core's Changes: a name rebuilds the tree, a target does not;
    a write that changed nothing refreshes nothing; an undelete rebuilds and selects."""
    from app.ui.commands import SetFieldCommand, SetTargetCommand

    rebuilt = []
    real_rebuild = window.rebuild_tree
    monkeypatch.setattr(window, "rebuild_tree", lambda *a: (rebuilt.append(1), real_rebuild(*a)))
    ind = sample_store.jabatan_all(1)[1].sasaran[0].indikator[0]
    assert window.doc.run(SetTargetCommand(window.doc, ind.id, 2019, D(7)))
    assert rebuilt == []
    assert window.doc.run(SetFieldCommand(window.doc, "indikator", ind.id, {"nama": "Nama dari Changes"}))
    assert rebuilt == [1]
    names = []

    def walk(parent):
        for r in range(window.tree_model.rowCount(parent)):
            i = window.tree_model.index(r, 0, parent)
            names.append(i.data())
            walk(i)

    walk(QModelIndex())
    assert any("Nama dari Changes" in (n or "") for n in names)
    window.doc.run(SetFieldCommand(window.doc, "indikator", ind.id, {"nama": "Nama dari Changes"}))  # the same again
    assert rebuilt == [1]
    sample_store.delete("indikator", ind.id)
    assert window.safety.undelete(sample_store.riwayat()[0].id)
    assert rebuilt == [1, 1]
    assert (window.kind, window.item_id) == ("indikator", ind.id)
