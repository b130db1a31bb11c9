"""Store writes that add, move, delete and bring back items. Each returns a
:class:`~app.models.changes.Changes` whose ``undo`` is what takes it back: a move's old
place, a deletion's :class:`~app.models.records.Tombstone`."""

from __future__ import annotations

from typing import Any

import peewee as pw

from . import validation as v
from .changes import Changes
from .errors import DataTidakDitemukan, InputTidakValid
from .kinds import Jenis
from .periode_ops import PeriodeOps, cek_tahun, matriks_tahun_bawaan, nama_bawaan
from .records import Tombstone
from .schema import MODELS, Indikator, Penjelasan, Periode, Sasaran, Target
from .validation import KINDS, LABELS, SIBLINGS

_TABLE_MODEL = {m._meta.table_name: m for m in MODELS}
_NEW_NAME = {Jenis.JABATAN: "Jabatan baru", Jenis.SASARAN: "Sasaran baru", Jenis.INDIKATOR: "Indikator baru"}


class StructureOps(PeriodeOps):
    """Mixed into the store through :class:`app.models.writes.WriteOps` (needs ``_tx``,
    ``_log``, ``_label``, ``_require`` and ``_check_no_cycle``)."""

    def add(self, kind: str, parent: dict[str, Any] | None = None, **fields: Any) -> Changes:
        """Add an item at the end of its siblings. ``parent`` names the parent columns:
        jabatan {"atasan": id|None}, sasaran {"jabatan": id, "periode": id}, indikator
        {"sasaran": id}; pegawai and keputusan take none. The new id: ``item_id``."""
        kind, parent = Jenis(kind), dict(parent or {})
        model = KINDS[kind]
        with self._tx():
            clean = v.clean(kind, fields)
            for name, value in parent.items():
                f = model._meta.fields[name]
                if value is None and f.null:
                    continue
                self._require(f.rel_model, value)
            if kind in SIBLINGS:
                last = self._siblings_query(model, kind, parent, pw.fn.MAX(model.urutan)).scalar()
                clean["urutan"] = 0 if last is None else last + 1
            if kind in _NEW_NAME:
                clean.setdefault("nama", _NEW_NAME[kind])
            new_id = model.insert(**clean, **parent).execute()
            self._log("tambah", kind, new_id, str(clean.get("nama", "")), baru={**clean, **parent})
        return Changes.rows(kind, new_id, created=[(kind, new_id)])

    @staticmethod
    def _siblings_query(model, kind: Jenis, parent: dict[str, Any], *columns):
        q = model.select(*columns)
        for name in SIBLINGS[kind]:
            f = model._meta.fields[name]
            q = q.where(f.is_null() if parent.get(name) is None else f == parent[name])
        return q

    def _siblings(self, model, kind: Jenis, parent: dict[str, Any]) -> list[int]:
        q = self._siblings_query(model, kind, parent, model.id).order_by(model.urutan, model.id)
        return [r[0] for r in q.tuples()]

    def move(self, kind: str, item_id: int, parent: dict[str, Any] | None, index: int) -> Changes:
        """Put an item at position ``index`` among the children of ``parent`` (None: its
        current parent). ``undo``: its old (parent, index), so the same call undoes it."""
        kind = Jenis(kind)
        model, cols = KINDS[kind], SIBLINGS[kind]
        with self._tx():
            row = model.select().where(model.id == item_id).dicts().first()
            if row is None:
                raise DataTidakDitemukan(f"{LABELS[kind]} itu tidak ada lagi di basis data.")
            old_parent = {c: row[c] for c in cols}
            new_parent = dict(old_parent) if parent is None else {**old_parent, **parent}
            if kind == Jenis.JABATAN and new_parent["atasan"] is not None:
                self._check_no_cycle(item_id, new_parent["atasan"])
            if kind == Jenis.SASARAN and new_parent != old_parent:
                raise InputTidakValid("Sasaran hanya dapat dipindah urutannya di dalam jabatannya.")
            old_index, index = self._place(model, kind, item_id, old_parent, new_parent, index)
            moved = (new_parent, index) != (old_parent, old_index)
            if moved:
                self._log("pindah", kind, item_id, self._label(model, item_id), "urutan",
                          {**old_parent, "posisi": old_index}, {**new_parent, "posisi": index})
        fields = ({"urutan"} | {c for c in cols if new_parent[c] != old_parent[c]}) if moved else set()
        return Changes(kind, item_id, updated=frozenset({(kind, item_id)}) if moved else frozenset(),
                       fields=frozenset(fields), tree=moved, undo=(old_parent, old_index))

    def _place(self, model, kind: Jenis, item_id: int, old_parent: dict, new_parent: dict, index: int) -> tuple[int, int]:
        """Move the row and renumber both sibling groups; returns (old index, new index)."""
        old_list = self._siblings(model, kind, old_parent)
        old_index = old_list.index(item_id)
        old_list.remove(item_id)
        if new_parent != old_parent:
            for c in SIBLINGS[kind]:
                f = model._meta.fields[c]
                if new_parent[c] is not None:
                    self._require(f.rel_model, new_parent[c])
            model.update({model._meta.fields[c]: new_parent[c] for c in SIBLINGS[kind]}).where(model.id == item_id).execute()
            self._renumber(model, old_list)
            new_list = self._siblings(model, kind, new_parent)
            new_list.remove(item_id)
        else:
            new_list = old_list
        index = max(0, min(index, len(new_list)))
        new_list.insert(index, item_id)
        self._renumber(model, new_list)
        return old_index, index

    @staticmethod
    def _renumber(model: type[pw.Model], ids: list[int]) -> None:
        for n, rid in enumerate(ids):
            model.update(urutan=n).where(model.id == rid, model.urutan != n).execute()

    def delete(self, kind: str, item_id: int) -> Changes:
        """Delete an item and everything that belongs to it; ``undo``: a tombstone that
        :meth:`restore` puts back exactly."""
        kind = Jenis(kind)
        model = KINDS[kind]
        with self._tx():
            row = model.select().where(model.id == item_id).dicts().first()
            if row is None:
                raise DataTidakDitemukan(f"{LABELS[kind]} itu tidak ada lagi di basis data.")
            rows: dict[type[pw.Model], dict[int, dict]] = {}
            nulled: list[tuple[str, int, str, int]] = []
            self._collect(model, [item_id], rows, nulled)
            tomb = Tombstone(
                kind, item_id, str(row.get("nama") or row.get("nomor") or item_id),
                tuple((m._meta.table_name, tuple(rows[m].values())) for m in MODELS if rows.get(m)),
                tuple(nulled),
            )
            model.delete().where(model.id == item_id).execute()
            self._log("hapus", kind, item_id, tomb.label, data=tomb.to_json())
        return _tomb_changes(tomb, deleted=True)

    def deletion_summary(self, kind: str, item_id: int) -> dict[str, int]:
        """What a deletion would take with it: rows per table (for the confirmation)."""
        rows: dict[type[pw.Model], dict[int, dict]] = {}
        with self._tx():
            self._collect(KINDS[kind], [item_id], rows, [])
        return {m._meta.table_name: len(rows[m]) for m in MODELS if rows.get(m)}

    def tautan_lepas(self, kind: str, item_id: int) -> dict[tuple[str, str], int]:
        """What a deletion would unlink without deleting: rows per (table, column) whose
        reference to the deleted rows becomes empty (a program's sasaran, a jabatan's
        superior), for the confirmation."""
        rows: dict[type[pw.Model], dict[int, dict]] = {}
        nulled: list[tuple[str, int, str, int]] = []
        with self._tx():
            self._collect(KINDS[kind], [item_id], rows, nulled)
        gone = {(m._meta.table_name, rid) for m, ids in rows.items() for rid in ids}
        out: dict[tuple[str, str], int] = {}
        for table, rid, column, _ in nulled:
            if (table, rid) not in gone:
                out[(table, column)] = out.get((table, column), 0) + 1
        return out

    def _collect(self, model, ids, rows, nulled) -> None:
        fresh = [i for i in ids if i not in rows.setdefault(model, {})]
        if not fresh:
            return
        for r in model.select().where(model.id.in_(fresh)).dicts():
            rows[model][r["id"]] = {model._meta.fields[k].column_name: v for k, v in r.items()}
        for fk in model._meta.backrefs:
            child = fk.model
            child_ids = [r[0] for r in child.select(child.id).where(fk.in_(fresh)).tuples()]
            if not child_ids:
                continue
            if fk.on_delete == "CASCADE":
                self._collect(child, child_ids, rows, nulled)
            elif fk.on_delete == "SET NULL":
                for cid, value in child.select(child.id, fk).where(child.id.in_(child_ids)).tuples():
                    if child is model and cid in rows[model]:
                        continue
                    nulled.append((child._meta.table_name, cid, fk.column_name, value))

    def restore(self, tomb: Tombstone) -> Changes:
        """Undo a deletion: the same rows with the same ids, references put back."""
        with self._tx():
            for table, rows in tomb.rows:
                _insert_rows(_TABLE_MODEL[table], rows)
            for table, rid, column, value in tomb.nulled:
                model = _TABLE_MODEL[table]
                if model.select(model.id).where(model.id == rid).exists():
                    model.update({model._meta.columns[column]: value}).where(model.id == rid).execute()
            self._log("pulihkan", tomb.kind, tomb.item_id, tomb.label)
        return _tomb_changes(tomb, deleted=False)

    def duplicate_indikator(self, indikator_id: int) -> Changes:
        """A copy right after the original (fields, penjelasan, targets; no realisasi)."""
        with self._tx():
            src = Indikator.select().where(Indikator.id == indikator_id).dicts().first()
            if src is None:
                raise DataTidakDitemukan("Indikator itu tidak ada lagi di basis data.")
            data = {k: val for k, val in src.items() if k != "id"}
            data["nama"] = f"{src['nama']} (salinan)" if src["nama"] else "(salinan)"
            Indikator.update(urutan=Indikator.urutan + 1).where(
                Indikator.sasaran == src["sasaran"], Indikator.urutan > src["urutan"]).execute()
            data["urutan"] = src["urutan"] + 1
            new_id = Indikator.insert(**data).execute()
            for teks, urutan in Penjelasan.select(Penjelasan.teks, Penjelasan.urutan).where(Penjelasan.indikator == indikator_id).tuples():
                Penjelasan.create(indikator=new_id, teks=teks, urutan=urutan)
            for tahun, nilai, teks in Target.select(Target.tahun, Target.nilai, Target.teks).where(Target.indikator == indikator_id).tuples():
                Target.create(indikator=new_id, tahun=tahun, nilai=nilai, teks=teks)
            self._log("tambah", Jenis.INDIKATOR, new_id, data["nama"], baru={"salinan_dari": indikator_id})
        return Changes.rows(Jenis.INDIKATOR, new_id, created=[(Jenis.INDIKATOR, new_id)])

    def copy_periode(self, src_id: int, tahun_awal: int, tahun_akhir: int, nama: str | None = None) -> Changes:
        """Start a new period as a copy of another: its sasaran, indicators and penjelasan
        (not its targets or realisasi, which belong to the old years)."""
        tahun_awal, tahun_akhir = cek_tahun(tahun_awal, tahun_akhir)
        with self._tx():
            src = Periode.get_or_none(Periode.id == src_id)
            if src is None:
                raise DataTidakDitemukan("Periode itu tidak ada lagi di basis data.")
            nama = self._nama_bebas(nama or nama_bawaan(tahun_awal, tahun_akhir))
            new = Periode.create(nama=nama, tahun_awal=tahun_awal, tahun_akhir=tahun_akhir,
                                 matriks_judul=src.matriks_judul, matriks_tahun=matriks_tahun_bawaan(tahun_awal, tahun_akhir))
            created = [(Jenis.PERIODE, new.id), *_copy_sasaran(src_id, new.id)]
            self._log("tambah", Jenis.PERIODE, new.id, nama, baru={"salinan_dari": src_id})
        return Changes.rows(Jenis.PERIODE, new.id, created=created)


def _copy_sasaran(src_periode: int, new_periode: int) -> list[tuple[Jenis, int]]:
    """The sasaran of a period copied into another, with their indicators and penjelasan."""
    created = []
    for s in Sasaran.select().where(Sasaran.periode == src_periode).dicts():
        old_sid = s.pop("id")
        s["periode"] = new_periode
        new_sid = Sasaran.insert(**s).execute()
        created.append((Jenis.SASARAN, new_sid))
        for i in Indikator.select().where(Indikator.sasaran == old_sid).dicts():
            old_iid = i.pop("id")
            i["sasaran"] = new_sid
            new_iid = Indikator.insert(**i).execute()
            created.append((Jenis.INDIKATOR, new_iid))
            rows = list(Penjelasan.select(Penjelasan.urutan, Penjelasan.teks).where(Penjelasan.indikator == old_iid).dicts())
            if rows:
                Penjelasan.insert_many([{**r, "indikator": new_iid} for r in rows]).execute()
    return created


def _insert_rows(model: type[pw.Model], rows: tuple[dict, ...]) -> None:
    """Rows back with their ids; self-references (jabatan.atasan) inside the set are
    inserted empty, then linked."""
    self_fk = [f for f in model._meta.refs if f.rel_model is model]
    plain = [{k: (None if any(k == f.column_name for f in self_fk) else val) for k, val in r.items()} for r in rows]
    cols = [model._meta.columns[c] for c in plain[0]]
    model.insert_many([tuple(r[c.column_name] for c in cols) for r in plain], fields=cols).execute()
    for f in self_fk:
        for r in rows:
            if r[f.column_name] is not None:
                model.update({f: r[f.column_name]}).where(model.id == r["id"]).execute()


def _tomb_changes(tomb: Tombstone, deleted: bool) -> Changes:
    """A deletion (``deleted``) or its restore: the rows, and the references set to NULL
    or put back."""
    refs = [(t, rid) for t, rid, _, _ in tomb.nulled]
    columns = {c.removesuffix("_id") for _, _, c, _ in tomb.nulled}
    items = tomb.items()
    return Changes.rows(tomb.kind, tomb.item_id, created=() if deleted else items, deleted=items if deleted else (),
                        updated=refs, fields=columns, undo=tomb if deleted else None)
