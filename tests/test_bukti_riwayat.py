"""Deleting an evidence file is a deletion in the history (Berkas → Riwayat perubahan),
restorable like the others: the same file back, with its id, on its quarter — also when
the quarter's realisasi went with it and was typed again since (app/models/aksi_ops.py)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.models.errors import InputTidakValid
from app.models.kinds import Jenis
from app.models.schema import Realisasi, using
from sakip_contoh import POSKAMLING, indikator

ISI = b"%PDF-1.4 laporan patroli " + bytes(range(256)) * 4


def _hapus_record(store):
    (r,) = [r for r in store.riwayat() if r.aksi == "hapus"]
    return r


def test_deleted_evidence_file_comes_back_from_the_history(sample_store, tmp_path):
    s = sample_store
    pos = indikator(s, POSKAMLING).id
    f = tmp_path / "Kantor #2" / "Data Ümi" / "foto <b>patroli & ronda.pdf"
    f.parent.mkdir(parents=True)
    f.write_bytes(ISI)
    s.tambah_bukti(pos, 2019, 2, f)
    (b,) = s.bukti_list(pos)
    s.hapus_bukti(b.id)  # the quarter's realisasi row (empty) goes with it
    r = _hapus_record(s)
    assert (r.jenis, r.item_id, r.dapat_dipulihkan) == (str(Jenis.BUKTI), b.id, True)
    assert r.label.startswith("foto <b>patroli & ronda.pdf — ") and r.kolom == "bukti 2019 TW II"
    # the quarter typed again since: the file goes back onto the new realisasi row
    s.set_realisasi(pos, 2019, 2, D(4))
    ch = s.restore_from_history(r.id)
    assert ch.kind == Jenis.INDIKATOR and ch.item_id == pos and ch.fields == {"bukti"}
    (back,) = s.bukti_list(pos)
    assert (back.id, back.nama, back.tahun, back.triwulan, back.ditambahkan) == (b.id, b.nama, 2019, 2, b.ditambahkan)
    assert s.isi_bukti(b.id) == ISI
    with using(s.db):
        assert [(r.nilai, r.triwulan) for r in Realisasi.select().where(Realisasi.indikator == pos)] == [(D(4), 2)]
    assert [x.aksi for x in s.riwayat() if x.jenis == str(Jenis.BUKTI)][:1] == ["pulihkan"]
    with pytest.raises(InputTidakValid, match="sudah ada lagi"):
        s.restore_from_history(r.id)


def test_restore_without_its_realisasi_makes_the_quarter_again(sample_store, tmp_path):
    s = sample_store
    pos = indikator(s, POSKAMLING).id
    f = tmp_path / "bukti.jpg"
    f.write_bytes(b"\xff\xd8" + ISI)
    s.tambah_bukti(pos, 2019, 3, f)
    (b,) = s.bukti_list(pos)
    s.hapus_bukti(b.id)
    assert s.bukti_list(pos) == []
    s.restore_from_history(_hapus_record(s).id)
    assert [(x.id, x.triwulan) for x in s.bukti_list(pos)] == [(b.id, 3)]
