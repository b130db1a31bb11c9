"""Every store write says what it changed (a Changes record): the core, not the window,
decides whether the tree or the figures moved."""

import datetime as dt
from decimal import Decimal as D

import pytest

from app.models.format_dokumen import PRESET
from app.models.format_matriks import MATRIKS_BAKU, FormatMatriks

from app.models import tree as light_tree
from app.models.changes import Changes
from app.models.kinds import Jenis
from app.models.rules import Band
from app.models.validation import FIELDS


def jab(store, nama):
    return next(j for j in store.jabatan_all(1) if j.nama == nama)


def on_screen(store):
    """What the navigation tree and the period chooser show."""
    return store.tree(1), light_tree.periode_list(store.db.execute_sql)


def test_kinds_are_the_stored_words():
    assert Jenis.INDIKATOR == "indikator" and f"{Jenis.KEPUTUSAN}" == "keputusan"
    assert {"jabatan": 1}[Jenis.JABATAN] == 1


def _new_value(store, kind, field, current):
    check = FIELDS[kind][field][0].__name__
    if field == "atasan":
        return None
    if field == "pemegang":
        return None if current is not None else store.pegawai_list()[0].id
    if field == "jenis":
        return "jumlah" if current != "jumlah" else "indeks"
    if field == "polaritas":
        return "negatif" if current != "negatif" else "positif"
    if field == "ttd_awalan":
        return "Plt."
    return {"flag": not current, "year": 2030, "date": dt.date(2020, 1, 2), "opt_date": dt.date(2020, 1, 2),
            "opt_int": 7, "tanggal_kantor": dt.date(2020, 1, 2), "ejaan_tanggal": "02 Januari 2020",
            "nilai_format": PRESET["IKI, empat kolom"],
            "nilai_format_matriks": FormatMatriks(("MATRIKS",), MATRIKS_BAKU.kolom)}.get(check, f"Diubah {field}")


def _items(store):
    sek = jab(store, "Sekretaris Kecamatan")
    s = sek.sasaran[0]
    return {Jenis.JABATAN: (sek.id, sek), Jenis.SASARAN: (s.id, s), Jenis.INDIKATOR: (s.indikator[0].id, s.indikator[0]),
            Jenis.PERIODE: (1, store.periode(1)), Jenis.KECAMATAN: (1, store.kecamatan()),
            Jenis.PEGAWAI: (1, store.pegawai_list()[0]), Jenis.KEPUTUSAN: (1, store.keputusan_list()[0])}


@pytest.mark.parametrize("kind", [Jenis.JABATAN, Jenis.SASARAN, Jenis.INDIKATOR, Jenis.PERIODE, Jenis.KECAMATAN,
                                  Jenis.PEGAWAI, Jenis.KEPUTUSAN])
def test_tree_flag_is_true_exactly_when_the_tree_differs(sample_store, kind):
    """Field by field: the record's ``tree`` says whether what the tree shows changed."""
    item_id, data = _items(sample_store)[kind]
    for field in FIELDS[kind]:
        current = getattr(data, field, getattr(data, f"{field}_id", None))
        before = on_screen(sample_store)
        changes = sample_store.update(kind, item_id, **{field: _new_value(sample_store, kind, field, current)})
        assert changes.tree == (on_screen(sample_store) != before), (kind, field)
        assert changes.fields == {field} and changes.updated == {(kind, item_id)}
        sample_store.update(kind, item_id, **changes.undo)


def test_update_names_the_fields_that_changed_and_the_figures(sample_store):
    ind = jab(sample_store, "Sekretaris Kecamatan").sasaran[0].indikator[0]
    ch = sample_store.update("indikator", ind.id, satuan="orang", nama=ind.nama)
    assert (ch.kind, ch.item_id, ch.fields, ch.tree, ch.numbers) == (Jenis.INDIKATOR, ind.id, {"satuan"}, False, False)
    assert ch.undo == {"satuan": ind.satuan, "nama": ind.nama}
    assert sample_store.update("indikator", ind.id, polaritas="negatif").numbers
    same = sample_store.update("indikator", ind.id, satuan="orang")
    assert same.empty and not same.tree and same.fields == frozenset()


def test_number_writes(sample_store):
    ind = jab(sample_store, "Sekretaris Kecamatan").sasaran[0].indikator[0]
    t = sample_store.set_target(ind.id, 2019, D(42))
    assert (t.kind, t.item_id, t.fields, t.numbers, t.tree) == (Jenis.INDIKATOR, ind.id, {"target"}, True, False)
    r = sample_store.set_realisasi(ind.id, 2019, 2, nilai=D(40))
    assert (r.fields, r.numbers, r.undo) == ({"realisasi"}, True, {"nilai": None, "pembilang": None,
                                                                    "penyebut": None, "catatan": ""})
    k = sample_store.set_kategori([Band("Baik", D(80), "#00aa00"), Band("Kurang", None, "#aa0000")])
    assert (k.kind, k.numbers, k.tree, len(k.undo)) == (Jenis.KATEGORI, True, False, 5)
    assert sample_store.set_pengaturan("aturan_negatif", "rasio").numbers
    assert not sample_store.set_pengaturan("lain", "x").numbers


def test_list_and_lampiran_writes_are_reported_on_their_parent(sample_store):
    sek = jab(sample_store, "Sekretaris Kecamatan")
    f = sample_store.set_fungsi(sek.id, ["satu"])
    assert (f.kind, f.item_id, f.fields, f.tree, f.numbers) == (Jenis.JABATAN, sek.id, {"fungsi"}, False, False)
    p = sample_store.set_penjelasan(sek.sasaran[0].indikator[0].id, ["x"])
    assert (p.kind, p.fields) == (Jenis.INDIKATOR, {"penjelasan"})
    camat = jab(sample_store, "Camat")
    lamp = sample_store.set_lampiran(1, camat.id, "IX")
    assert (lamp.kind, lamp.item_id, lamp.fields, lamp.undo) == (Jenis.KEPUTUSAN, 1, {"lampiran"}, (None, None))


def test_add_move_delete_restore(sample_store):
    sek = jab(sample_store, "Sekretaris Kecamatan")
    add = sample_store.add("sasaran", {"jabatan": sek.id, "periode": 1}, nama="Baru")
    assert add.created == {(Jenis.SASARAN, add.item_id)} and add.tree and not add.numbers
    ind = sample_store.add("indikator", {"sasaran": add.item_id})
    assert ind.tree and ind.numbers
    move = sample_store.move("sasaran", add.item_id, None, 0)
    assert move.tree and move.fields == {"urutan"} and move.undo == ({"jabatan": sek.id, "periode": 1}, 2)
    assert not sample_store.move("sasaran", add.item_id, None, 0).tree  # already there
    gone = sample_store.delete("sasaran", add.item_id)
    assert gone.deleted == {(Jenis.SASARAN, add.item_id), (Jenis.INDIKATOR, ind.item_id)}
    assert gone.tree and gone.numbers and gone.undo.kind == Jenis.SASARAN
    back = sample_store.restore(gone.undo)
    assert back.created == gone.deleted and back.tree and back.undo is None


def test_deleting_a_person_reports_the_jabatan_it_left_empty(sample_store):
    ch = sample_store.delete("pegawai", 1)
    camat = jab(sample_store, "Camat")
    assert ch.deleted == {(Jenis.PEGAWAI, 1)} and (Jenis.JABATAN, camat.id) in ch.updated
    assert ch.fields == {"pemegang"} and not ch.tree and not ch.numbers
    assert (Jenis.JABATAN, camat.id) in sample_store.restore(ch.undo).updated


def test_copies(sample_store):
    ind = jab(sample_store, "Sekretaris Kecamatan").sasaran[0].indikator[0]
    dup = sample_store.duplicate_indikator(ind.id)
    assert dup.created == {(Jenis.INDIKATOR, dup.item_id)} and dup.tree and dup.numbers
    per = sample_store.copy_periode(1, 2023, 2026)
    assert (per.kind, per.tree) == (Jenis.PERIODE, True)
    assert (Jenis.PERIODE, per.item_id) in per.created
    assert sum(1 for k, _ in per.created if k == Jenis.SASARAN) == len(
        [s for j in sample_store.jabatan_all(1) for s in j.sasaran])


def test_undelete_from_history_returns_changes(sample_store):
    ind = jab(sample_store, "Sekretaris Kecamatan").sasaran[0].indikator[0]
    sample_store.delete("indikator", ind.id)
    ch = sample_store.restore_from_history(sample_store.riwayat()[0].id)
    assert isinstance(ch, Changes) and (ch.kind, ch.item_id) == (Jenis.INDIKATOR, ind.id)
    assert (Jenis.INDIKATOR, ind.id) in ch.created and ch.tree and ch.numbers


def test_document_emits_what_the_store_returned(qtbot, sample_store):
    from app.ui.commands import Document, SetFieldCommand, SetTargetCommand

    doc = Document(sample_store)
    ind = jab(sample_store, "Sekretaris Kecamatan").sasaran[0].indikator[0]
    seen = []
    doc.changes.connect(seen.append)
    assert doc.run(SetFieldCommand(doc, "indikator", ind.id, {"nama": "Nama baru"}))
    assert doc.run(SetTargetCommand(doc, ind.id, 2019, D(5)))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert [(c.fields, c.tree, c.numbers) for c in seen] == [
        ({"nama"}, True, False), ({"target"}, False, True), ({"target"}, False, True), ({"nama"}, True, False),
        ({"nama"}, True, False)]
    sample_store.delete("indikator", ind.id)
    with qtbot.waitSignal(doc.changes) as blocker:
        assert doc.undelete(sample_store.riwayat()[0].id) is not None
    assert (Jenis.INDIKATOR, ind.id) in blocker.args[0].created
