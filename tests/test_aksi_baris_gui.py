"""The rencana aksi grid: a quarter's actions of several lines shown on the row's one line
(they were drawn over each other's lines and cut at the row's height), whole in the tooltip
and in the editor."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt

from sakip_contoh import POSKAMLING, TAHUN, indikator, isi_sakip


def test_several_lines_of_actions_shown_on_one_line(window, qtbot, sample_store):
    s = sample_store
    isi_sakip(s)
    pos = indikator(s, POSKAMLING)
    s.set_rencana_aksi(pos.id, TAHUN, 2, D(3), "Patroli malam\nPembinaan\n\nRapat koordinasi", None)
    s.set_pengukuran(pos.id, TAHUN, 2, "Hujan\nBanjir", "")
    window.select_item("indikator", pos.id)
    ed = window.editors["indikator"]
    ed.tabs.setCurrentWidget(ed.aksi)
    aksi = ed.aksi
    aksi.year.setCurrentIndex(aksi.year.findData(TAHUN))
    m = aksi.model
    qtbot.waitUntil(lambda: m.rowCount() == 4)
    cell = m.index(1, m.COL_AKSI)
    assert m.data(cell) == "Patroli malam · Pembinaan · Rapat koordinasi"
    assert m.data(m.index(1, m.COL_KENDALA)) == "Hujan · Banjir"
    assert m.data(cell, Qt.ItemDataRole.EditRole) == "Patroli malam\nPembinaan\n\nRapat koordinasi"
    assert "Rapat koordinasi" in m.data(cell, Qt.ItemDataRole.ToolTipRole)
    # one line fits the row: nothing drawn past it
    fm = aksi.view.fontMetrics()
    assert fm.boundingRect(m.data(cell)).height() <= aksi.view.rowHeight(1)
