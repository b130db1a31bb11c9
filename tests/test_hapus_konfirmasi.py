"""The delete confirmation names what goes with an item in words the user knows (one label
map: app.models.display.LABEL_TABEL), and what only loses its link (a program's sasaran)."""

from decimal import Decimal as D

from app.models import display
from app.models.schema import MODELS

POSKAMLING = 27


def test_every_table_and_link_has_a_label():
    assert {m._meta.table_name for m in MODELS} <= set(display.LABEL_TABEL)
    links = {(m._meta.table_name, f.column_name) for m in MODELS for f in m._meta.refs if f.on_delete == "SET NULL"}
    assert links <= set(display.TAUTAN_LEPAS)
    assert "_" not in display.rincian_terhapus({m._meta.table_name: 2 for m in MODELS})


def test_confirmation_in_words_and_links_said(window, sample_store, tmp_path, monkeypatch):
    s = sample_store
    sas = next(x for j in s.jabatan_all(1) for x in j.sasaran if any(i.id == POSKAMLING for i in x.indikator))
    jab = next(j for j in s.jabatan_all(1) if any(x.id == sas.id for x in j.sasaran))
    s.buat_pk(jab.id, 2019)
    s.buat_pk(jab.id, 2020)
    for q in (1, 2):
        s.set_rencana_aksi(POSKAMLING, 2019, q, D(q))
    s.set_realisasi(POSKAMLING, 2019, 1, nilai=D(2))
    f = tmp_path / "foto.png"
    f.write_bytes(b"x" * 10)
    s.tambah_bukti(POSKAMLING, 2019, 1, f)
    prog = s.tambah_program(1, None, "7.01.04", "Koordinasi Ketenteraman", sasaran_id=sas.id).item_id
    asked = []
    monkeypatch.setattr(window, "confirm", lambda title, text: asked.append(text) or False)
    window.select_item("jabatan", jab.id)
    window.act_delete.trigger()
    text = asked[0]
    assert "2 Perjanjian Kinerja" in text and "target PK" in text and "2 baris rencana aksi" in text
    assert "1 berkas bukti" in text
    assert not any(raw in text for raw in ("perjanjian_kinerja", "target_pk", "rencana_aksi", " bukti,"))
    assert "Tautan yang dilepas: 1 program/kegiatan kehilangan tautan ke sasarannya" in text
    assert s.program_baris(prog).nama == "Koordinasi Ketenteraman"  # refused: nothing changed
    window.select_item("sasaran", sas.id)
    window.act_delete.trigger()
    assert "1 program/kegiatan kehilangan tautan ke sasarannya" in asked[1]
