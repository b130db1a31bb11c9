"""Writing what a preview showed: one transaction (nothing half-imported), one entry in the
history (aksi "impor", with the file's name), and a :class:`~app.models.changes.Changes`
whose ``undo`` (:class:`CatatanImpor`: every row as it was before and after, with its id)
takes the whole import back in one step (:func:`batalkan`) and again (:func:`ulangi`).

Plain peewee on the schema: the SAKIP tables have no store API yet (issue 13)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import peewee as pw

from ..changes import Changes
from ..errors import Dibatalkan, InputTidakValid
from ..kinds import Jenis
from ..schema import (Fungsi, Indikator, Jabatan, Pagu, Penjelasan, Periode, Program, Realisasi, RealisasiAnggaran,
                      RencanaAksi, Sasaran, Target)
from .model import Pratinjau

MODEL = {"jabatan": Jabatan, "sasaran": Sasaran, "indikator": Indikator, "program": Program, "periode": Periode,
         "target": Target, "realisasi": Realisasi, "rencana_aksi": RencanaAksi, "pagu": Pagu,
         "realisasi_anggaran": RealisasiAnggaran}
_LIST = {"fungsi": (Fungsi, "jabatan"), "penjelasan": (Penjelasan, "indikator")}
_KIND = {"jabatan": Jenis.JABATAN, "sasaran": Jenis.SASARAN, "indikator": Jenis.INDIKATOR, "periode": Jenis.PERIODE}
_SIBLINGS = {"jabatan": (), "sasaran": ("jabatan", "periode"), "indikator": ("sasaran",), "program": ("periode",)}
_VALUES = {"target": ("nilai", "teks"), "realisasi": ("nilai", "pembilang", "penyebut", "catatan", "kendala", "solusi"),
           "rencana_aksi": ("target", "aksi", "anggaran")}


@dataclass(frozen=True)
class CatatanImpor:
    label: str
    periode_id: int
    ops: tuple  # ("row", table, id, before | None, after | None) / ("list", kind, parent, old, new)


def _row(model, item_id: int) -> dict | None:
    return model.select().where(model.id == item_id).dicts().first()


class _Tulis:
    def __init__(self):
        self.ops: list[tuple] = []
        self.ids: dict[str, int] = {}

    def id(self, ref):
        return self.ids[ref] if isinstance(ref, str) else ref

    def insert(self, tabel: str, fields: dict) -> int:
        model = MODEL[tabel]
        new = model.insert(**fields).execute()
        self.ops.append(("row", tabel, new, None, _row(model, new)))
        return new

    def update(self, tabel: str, item_id: int, fields: dict) -> None:
        model = MODEL[tabel]
        before = _row(model, item_id)
        model.update({model._meta.fields[k]: v for k, v in fields.items()}).where(model.id == item_id).execute()
        after = _row(model, item_id)
        if before != after:
            self.ops.append(("row", tabel, item_id, before, after))

    def delete(self, tabel: str, item_id: int) -> None:
        model = MODEL[tabel]
        self.ops.append(("row", tabel, item_id, _row(model, item_id), None))
        model.delete().where(model.id == item_id).execute()

    def set_list(self, kind: str, parent: int, texts: list[str]) -> None:
        old = _set_list(kind, parent, texts)
        if old != list(texts):
            self.ops.append(("list", kind, parent, old, list(texts)))

    def keyed(self, tabel: str, where: dict, fields: dict, values: tuple[str, ...]) -> None:
        """Upsert one keyed row (a year's target, a quarter…); a row left with nothing in it
        is deleted, as the store's own writes do."""
        model = MODEL[tabel]
        cond = [model._meta.fields[k] == v for k, v in where.items()]
        row = model.select().where(*cond).dicts().first()
        merged = {**({k: row[k] for k in values} if row else {}), **fields}
        empty = all(merged.get(k) in (None, "") for k in values)
        if row is None:
            if not empty:
                self.insert(tabel, {**where, **{k: merged.get(k, "" if k in _TEKS else None) for k in values}})
        elif empty:
            self.delete(tabel, row["id"])
        else:
            self.update(tabel, row["id"], fields)


_TEKS = frozenset({"teks", "catatan", "kendala", "solusi", "aksi"})


def _set_list(kind: str, parent: int, texts: list[str]) -> list[str]:
    model, fk = _LIST[kind]
    field = model._meta.fields[fk]
    old = [t for (t,) in model.select(model.teks).where(field == parent).order_by(model.urutan, model.id).tuples()]
    model.delete().where(field == parent).execute()
    if texts:
        model.insert_many([{fk: parent, "urutan": n, "teks": t} for n, t in enumerate(texts, 1)]).execute()
    return old


def _periode(w: _Tulis, pr: Pratinjau) -> int:
    nb = pr.periode_baru
    if nb is None:
        return pr.periode_id
    fields = {"nama": nb.nama, "tahun_awal": nb.tahun_awal, "tahun_akhir": nb.tahun_akhir}
    if nb.periode_id is None:
        if Periode.select().where(Periode.nama == nb.nama).exists():
            raise InputTidakValid(f"Periode {nb.nama} sudah dibuat sesudah pratinjau. Buka pratinjau lagi.")
        new = w.insert("periode", fields)
    else:
        w.update("periode", nb.periode_id, fields)
        new = nb.periode_id
    w.ids["periode"] = new
    return new


def _baru(w: _Tulis, item) -> None:
    model = MODEL[item.tabel]
    induk = {k: w.id(v) for k, v in item.induk.items()}
    fields = {k: v for k, v in item.fields.items() if k not in ("fungsi", "penjelasan")}
    cond = [model._meta.fields[k] == induk[k] for k in _SIBLINGS[item.tabel]]
    last = model.select(pw.fn.MAX(model.urutan)).where(*cond).scalar() if cond else model.select(pw.fn.MAX(model.urutan)).scalar()
    new = w.insert(item.tabel, {**fields, **induk, "urutan": (last or 0) + 1})
    w.ids[item.ref] = new
    for kind in ("fungsi", "penjelasan"):
        if item.fields.get(kind):
            w.set_list(kind, new, item.fields[kind])


def _ubah(w: _Tulis, tabel: str, key, fields: dict) -> None:
    if fields.get("urutan_matriks") is not None:
        fields = {**fields, "urutan_matriks": int(fields["urutan_matriks"])}
    if tabel in MODEL and isinstance(key, (int, str)):
        w.update(tabel, w.id(key), fields)
    elif tabel in _LIST:
        w.set_list(tabel, w.id(key), fields["daftar"])
    elif tabel == "target":
        w.keyed("target", {"indikator": w.id(key[0]), "tahun": key[1]}, fields, _VALUES["target"])
    elif tabel in ("realisasi", "rencana_aksi"):
        where = {"indikator": w.id(key[0]), "tahun": key[1], "triwulan": key[2]}
        w.keyed(tabel, where, fields, _VALUES[tabel])
    elif tabel == "anggaran":
        pid, year = w.id(key[0]), key[1]
        for name, value in fields.items():
            if name == "pagu":
                w.keyed("pagu", {"program": pid, "tahun": year}, {"nilai": value}, ("nilai",))
            else:
                w.keyed("realisasi_anggaran", {"program": pid, "tahun": year, "triwulan": int(name[2:])},
                        {"nilai": value}, ("nilai",))


def terapkan(store, pr: Pratinjau, berhenti: Callable[[], bool] | None = None) -> Changes:
    """Write the preview's new items and changed cells (conflicts and refused cells are
    not written); ``undo``: a :class:`CatatanImpor`. ``berhenti()`` is asked every few
    hundred rows: true, and the transaction is rolled back — nothing written
    (:class:`~app.models.errors.Dibatalkan`)."""
    if pr.kosong:
        raise InputTidakValid(f"Tidak ada yang diimpor dari «{pr.sumber}»: buku kerja sama dengan basis data.")
    label = f"Impor Excel {pr.sumber}"
    with store._tx():
        w = _Tulis()
        periode_id = _periode(w, pr)
        w.ids.setdefault("periode", periode_id)
        for n, item in enumerate(pr.baru):
            _berhenti(berhenti, n, pr)
            _baru(w, item)
        groups: dict[tuple, dict] = {}
        for u in pr.ubah:
            groups.setdefault((u.alamat[0], u.alamat[1]), {})[u.alamat[2]] = u.baru
        for n, ((tabel, key), fields) in enumerate(groups.items()):
            _berhenti(berhenti, n, pr)
            _ubah(w, tabel, key, fields)
        _riwayat(store, w, pr, label)
        store._log("impor", Jenis.PERIODE, periode_id, label,
                   baru={"sel diubah": len(pr.ubah), "baru": len(pr.baru), "konflik": len(pr.konflik),
                         "ditolak": len(pr.tolak)})
    record = CatatanImpor(label, periode_id, tuple(w.ops))
    return _changes(record, forward=True)


_JENIS = {"jabatan": Jenis.JABATAN, "fungsi": Jenis.JABATAN, "sasaran": Jenis.SASARAN, "indikator": Jenis.INDIKATOR,
          "penjelasan": Jenis.INDIKATOR, "target": Jenis.INDIKATOR, "realisasi": Jenis.INDIKATOR,
          "rencana_aksi": Jenis.INDIKATOR, "program": Jenis.PROGRAM, "anggaran": Jenis.PROGRAM}


def _riwayat(store, w: _Tulis, pr: Pratinjau, label: str) -> None:
    """Every new item and every changed cell in the history, as the window's own edits are
    (who, when, the place in the workbook, old and new value), before the import's own line."""
    entries = [{"aksi": "tambah", "jenis": _JENIS[b.tabel], "item_id": w.id(b.ref), "label": b.label[:200],
                "kolom": b.pos.teks(), "baru": f"({label})"} for b in pr.baru]
    for u in pr.ubah:
        key = u.alamat[1]
        entries.append({"aksi": "ubah", "jenis": _JENIS.get(u.alamat[0], Jenis.PERIODE),
                        "item_id": w.id(key if not isinstance(key, tuple) else key[0]),
                        "label": f"{u.label} ({label})"[:200], "kolom": u.pos.teks()[:200], "lama": u.lama, "baru": u.baru})
    store._log_banyak(entries)


def _berhenti(berhenti: Callable[[], bool] | None, n: int, pr: Pratinjau) -> None:
    if berhenti is not None and n % 200 == 0 and berhenti():
        raise Dibatalkan(f"Impor «{pr.sumber}» dibatalkan: tidak ada yang diubah.")


def _set_state(op: tuple, forward: bool) -> None:
    if op[0] == "list":
        _set_list(op[1], op[2], op[4] if forward else op[3])
        return
    _kind, tabel, item_id, before, after = op
    model = MODEL[tabel]
    want = after if forward else before
    have = before if forward else after
    if want is None:
        model.delete().where(model.id == item_id).execute()
    elif have is None:
        model.insert(**want).execute()
    else:
        model.update({model._meta.fields[k]: v for k, v in want.items() if k != "id"}).where(model.id == item_id).execute()


def batalkan(store, record: CatatanImpor) -> Changes:
    """Take the import back: every row as it was before, new items deleted."""
    with store._tx():
        for op in reversed(record.ops):
            _set_state(op, forward=False)
        store._log("impor", Jenis.PERIODE, record.periode_id, f"{record.label} (diurungkan)")
    return _changes(record, forward=False)


def ulangi(store, record: CatatanImpor) -> Changes:
    """Redo an undone import: the same rows with the same ids."""
    with store._tx():
        for op in record.ops:
            _set_state(op, forward=True)
        store._log("impor", Jenis.PERIODE, record.periode_id, f"{record.label} (diulangi)")
    return _changes(record, forward=True)


def _changes(record: CatatanImpor, forward: bool) -> Changes:
    created, deleted, updated, fields = set(), set(), set(), set()
    for op in record.ops:
        if op[0] == "list":
            updated.add((Jenis.JABATAN if op[1] == "fungsi" else Jenis.INDIKATOR, op[2]))
            fields.add(op[1])
            continue
        _k, tabel, item_id, before, after = op
        if tabel in _KIND and (before is None or after is None):
            made = (before is None) == forward
            (created if made else deleted).add((_KIND[tabel], item_id))
        elif tabel in _KIND:
            updated.add((_KIND[tabel], item_id))
            fields |= {k for k in after if before[k] != after[k]}
        else:
            owner = (before or after).get("indikator")
            updated.add((Jenis.INDIKATOR, owner) if owner else (Jenis.PERIODE, record.periode_id))
            fields.add(tabel)
    return Changes(Jenis.PERIODE, record.periode_id, frozenset(created), frozenset(updated), frozenset(fields),
                   frozenset(deleted), tree=True, numbers=True, undo=record)
