"""The budget editor's columns (screenshots looked at, 100 % and 150 %): codes and Rupiah
figures whole (never elided), right-aligned under right-aligned headers, in thousands dots;
the headers whole. Measured in the font's own metrics, so it holds at any scale."""

from PySide6.QtCore import Qt

from app.ui import anggaran_editor as ae


def _isi(store):
    pid = store.periode_pembuka()
    sas = next(s.id for j in store.jabatan_all(pid, realisasi=False) for s in j.sasaran)
    a = store.tambah_program(pid, None, "7.01.02", "Program Penunjang Urusan Pemerintahan Daerah", sas).item_id
    k = store.tambah_program(pid, a, "7.01.02.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja").item_id
    sk = store.tambah_program(pid, k, "7.01.02.2.01.01", "Penyusunan Dokumen Perencanaan").item_id
    store.set_pagu(sk, 2020, "1,004,422,800")
    for q, v in ((1, "250.000.000"), (2, "312.500.750"), (3, "1.999.999.999"), (4, "1.000")):
        store.set_realisasi_anggaran(sk, 2020, q, v)
    b = store.tambah_program(pid, None, "7.01.03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", sas).item_id
    store.set_pagu(b, 2020, "2.750.000.000")
    store.set_realisasi_anggaran(b, 2020, 4, "12.345.678.901")
    return sk


def test_budget_columns_show_whole_figures_right_aligned(window, qtbot, sample_store):
    sk = _isi(sample_store)
    window.tahun_combo.setCurrentIndex(window.tahun_combo.findData(2020))
    window.act_anggaran.trigger()
    d = window.anggaran_dialog
    qtbot.waitExposed(d)
    view, fm, head = d.view, d.view.fontMetrics(), d.view.headerItem()
    assert d.text(sk, ae.PAGU) == "1.004.422.800" and d.text(sk, ae.JUMLAH) == "2.562.501.749"
    for col in range(view.columnCount()):
        assert view.header().sectionSizeHint(col) <= view.columnWidth(col), head.text(col)
    for col in range(ae.PAGU, ae.SERAPAN + 1):
        assert head.textAlignment(col) & Qt.AlignmentFlag.AlignRight, head.text(col)
    for pid, item in d.items.items():
        depth = 0
        parent = item.parent()
        while parent is not None:
            depth, parent = depth + 1, parent.parent()
        room = view.columnWidth(ae.KODE) - (depth + 1) * view.indentation()
        assert fm.horizontalAdvance(item.text(ae.KODE)) + 6 <= room, item.text(ae.KODE)
        for col in range(ae.PAGU, ae.SERAPAN + 1):
            assert item.textAlignment(col) & Qt.AlignmentFlag.AlignRight
            assert fm.horizontalAdvance(item.text(col)) + 6 <= view.columnWidth(col), item.text(col)
        assert item.text(ae.NAMA) in item.toolTip(ae.NAMA)  # an elided name is whole in its tooltip
    # the figures fit the window: no sideways scrolling at the editor's size
    assert sum(view.columnWidth(c) for c in range(view.columnCount())) <= view.viewport().width()
