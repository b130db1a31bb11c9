"""What the SAKIP editors look like (seen in screenshots at 100 % and 150 %): every heading
of the rencana aksi grid whole, both parties of a PK as wide as each other."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sakip_contoh import POSKAMLING, TAHUN, indikator, isi_sakip


def test_rencana_aksi_headings_are_not_cut(window, qtbot, sample_store):
    window.select_item("indikator", indikator(sample_store, POSKAMLING).id)
    tab = window.editors["indikator"].aksi
    header = tab.view.horizontalHeader()
    m = tab.model
    for col in (m.COL_TW, m.COL_TARGET, m.COL_ANGGARAN, m.COL_REALISASI, m.COL_CAPAIAN, m.COL_BUKTI):  # fixed widths
        title = m.headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) > header.fontMetrics().horizontalAdvance(title), title


def test_both_parties_of_a_pk_equally_wide(window, qtbot, sample_store):
    isi_sakip(sample_store)
    jid = next(j.id for j in sample_store.jabatan_list() if j.nama == "KASI KETENTRAMAN DAN KETERTIBAN")
    window.select_item("jabatan", jid)
    editor = window.editors["jabatan"]
    editor.tabs.setCurrentWidget(editor.pk_tab)
    tab = editor.pk_tab
    tab.tahun.setCurrentIndex(tab.tahun.findData(TAHUN))
    qtbot.waitUntil(lambda: tab.body.isVisible())
    one, two = tab.fields["p1_nama"], tab.fields["p2_nama"]
    qtbot.waitUntil(lambda: one.width() > 0)
    assert abs(one.width() - two.width()) <= one.width() // 10
