"""Store writes. Each validates first (``InputTidakValid``, nothing written), runs in one
transaction, and returns what is needed to undo it: the old values, or a :class:`Tombstone`
for a deletion. The GUI's undo commands hold those and call back into the store."""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

import peewee as pw

from .errors import DataTidakDitemukan, InputTidakValid
from .identity import default_operator  # noqa: F401 - part of this API
from .rules import Band, validasi_kategori
from .schema import (
    JENIS,
    MODELS,
    POLARITAS,
    Fungsi,
    Indikator,
    Jabatan,
    Kategori,
    Kecamatan,
    Keputusan,
    Lampiran,
    Pegawai,
    Pengaturan,
    Penjelasan,
    Periode,
    Realisasi,
    Riwayat,
    Sasaran,
    Target,
)

# ------------------------------------------------------------------ field validation


def _text(value: Any, label: str) -> str:
    if not isinstance(value, str):
        raise InputTidakValid(f"Isian {label} harus berupa teks.")
    if "\x00" in value:
        raise InputTidakValid(f"Isian {label} memuat karakter yang tidak sah.")
    return value


def _opt_text(value: Any, label: str) -> str | None:
    return None if value is None else _text(value, label)


def _required(value: Any, label: str) -> str:
    value = _text(value, label)
    if not value.strip():
        raise InputTidakValid(f"{label[:1].upper()}{label[1:]} tidak boleh kosong.")
    return value


def _year(value: Any, label: str = "tahun") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise InputTidakValid(f"Tahun «{value}» tidak masuk akal; isi tahun empat angka, misalnya 2018.")
    return value


def _opt_int(value: Any, label: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputTidakValid(f"Isian {label} harus bilangan bulat positif.")
    return value


def _date(value: Any, label: str) -> _dt.date:
    if not isinstance(value, _dt.date):
        raise InputTidakValid(f"Isian {label} harus tanggal.")
    return value


def _opt_date(value: Any, label: str) -> _dt.date | None:
    return None if value is None else _date(value, label)


def _bool(value: Any, label: str) -> bool:
    return bool(value)


def _choice(options: tuple[str, ...], message: str) -> Callable[[Any, str], str]:
    def check(value: Any, label: str) -> str:
        if value not in options:
            raise InputTidakValid(message)
        return value
    return check


def _ref(model: type[pw.Model], what: str) -> Callable[[Any, str], int | None]:
    def check(value: Any, label: str) -> int | None:
        if value is None:
            return None
        if not model.select(model.id).where(model.id == value).exists():
            raise InputTidakValid(f"{what} yang dipilih tidak ada lagi di basis data.")
        return value
    return check


KINDS: dict[str, type[pw.Model]] = {
    "kecamatan": Kecamatan, "pegawai": Pegawai, "jabatan": Jabatan, "periode": Periode,
    "keputusan": Keputusan, "lampiran": Lampiran, "sasaran": Sasaran, "indikator": Indikator,
}
LABELS = {
    "kecamatan": "Kecamatan", "pegawai": "Pegawai", "jabatan": "Jabatan", "periode": "Periode",
    "keputusan": "Keputusan", "lampiran": "Lampiran", "sasaran": "Sasaran", "indikator": "Indikator",
}

# (kind, field) -> (validator, label shown in messages and in the Edit menu)
FIELDS: dict[str, dict[str, tuple[Callable[[Any, str], Any], str]]] = {
    "kecamatan": {"nama": (_text, "nama kecamatan"), "kabupaten": (_text, "kabupaten"), "tempat": (_text, "tempat")},
    "pegawai": {"nama": (_required, "nama pegawai"), "nip": (_opt_text, "NIP"), "pangkat": (_opt_text, "pangkat/golongan")},
    "jabatan": {
        "nama": (_text, "nama jabatan"), "eselon": (_opt_text, "eselon"), "tugas": (_text, "tugas"),
        "atasan": (_ref(Jabatan, "Atasan"), "atasan"), "pemegang": (_ref(Pegawai, "Pegawai"), "pemegang jabatan"),
    },
    "periode": {
        "nama": (_required, "nama periode"), "matriks_judul": (_text, "judul matriks"),
        "matriks_tahun": (_text, "tahun pada judul matriks"), "matriks_tanggal": (_opt_date, "tanggal matriks"),
    },
    "keputusan": {
        "nomor": (_required, "nomor keputusan"), "tahun": (_year, "tahun keputusan"), "tanggal": (_date, "tanggal keputusan"),
        "sebutan": (_text, "sebutan keputusan"), "ttd_awalan": (_choice(("", "Plt.", "Plh.", "a.n."), "Awalan penanda tangan harus kosong, Plt., Plh. atau a.n."), "awalan penanda tangan"),
        "ttd_jabatan": (_text, "jabatan penanda tangan"), "ttd_jabatan2": (_text, "baris kedua jabatan penanda tangan"),
        "ttd_nama": (_text, "nama penanda tangan"), "ttd_nip": (_opt_text, "NIP penanda tangan"),
        "ttd_pangkat": (_opt_text, "pangkat penanda tangan"),
    },
    "lampiran": {"nomor": (_required, "nomor lampiran"), "kepala": (_opt_text, "kepala lampiran")},
    "sasaran": {
        "nomor": (_text, "nomor sasaran"), "nama": (_text, "nama sasaran"), "nama_matriks": (_opt_text, "nama sasaran di matriks"),
        "urutan_matriks": (_opt_int, "urutan di matriks"),
    },
    "indikator": {
        "nomor": (_text, "nomor indikator"), "nama": (_text, "nama indikator"),
        "jenis": (_choice(JENIS, f"Jenis indikator harus salah satu dari: {', '.join(JENIS)}."), "jenis"),
        "polaritas": (_choice(POLARITAS, "Polaritas harus «positif» atau «negatif»."), "polaritas"),
        "satuan": (_text, "satuan"), "formulasi": (_text, "formulasi"), "label_pembilang": (_text, "label pembilang"),
        "label_penyebut": (_text, "label penyebut"), "penanggung_jawab": (_text, "penanggung jawab"),
        "sumber_data": (_text, "sumber data"), "penjelasan_berbutir": (_bool, "tanda ➢ pada penjelasan"),
        "di_lampiran": (_bool, "cetak di lampiran"), "di_matriks": (_bool, "cetak di matriks"),
        "nama_matriks": (_opt_text, "nama di matriks"), "sumber_data_matriks": (_opt_text, "sumber data di matriks"),
    },
}

# Where an item sits among its siblings: the columns that make the sibling group.
SIBLINGS = {
    "jabatan": ("atasan",), "sasaran": ("jabatan", "periode"), "indikator": ("sasaran",),
}


def field_label(kind: str, field: str) -> str:
    return FIELDS[kind][field][1]


# ------------------------------------------------------------------ deletion records


@dataclass(frozen=True)
class Tombstone:
    """Everything a deletion removed, enough to put it back exactly (ids included):
    rows per table in parent-first order, and the references that were set to NULL."""

    kind: str
    item_id: int
    label: str
    rows: tuple[tuple[str, tuple[dict, ...]], ...]
    nulled: tuple[tuple[str, int, str, int], ...]  # (table, row id, column, old value)

    def count(self, table: str) -> int:
        return sum(len(r) for t, r in self.rows if t == table)


    def to_json(self) -> str:
        return to_json({"kind": self.kind, "item_id": self.item_id, "label": self.label,
                        "rows": [[t, list(r)] for t, r in self.rows], "nulled": [list(n) for n in self.nulled]})

    @classmethod
    def from_json(cls, text: str) -> "Tombstone":
        d = from_json(text)
        return cls(d["kind"], d["item_id"], d["label"], tuple((t, tuple(r)) for t, r in d["rows"]),
                   tuple(tuple(n) for n in d["nulled"]))


_TABLE_MODEL = {m._meta.table_name: m for m in MODELS}


# ------------------------------------------------------------------ history values


def _encode(o: Any) -> Any:
    if isinstance(o, Decimal):
        return {"$desimal": str(o)}
    if isinstance(o, _dt.datetime):
        return {"$waktu": o.isoformat()}
    if isinstance(o, _dt.date):
        return {"$tanggal": o.isoformat()}
    if isinstance(o, Band):
        return {"$kategori": [o.nama, None if o.batas_bawah is None else str(o.batas_bawah), o.warna]}
    if isinstance(o, tuple):
        return list(o)
    raise TypeError(f"cannot record {type(o).__name__} in the history")


def _decode(d: dict) -> Any:
    if "$desimal" in d:
        return Decimal(d["$desimal"])
    if "$tanggal" in d:
        return _dt.date.fromisoformat(d["$tanggal"])
    if "$waktu" in d:
        return _dt.datetime.fromisoformat(d["$waktu"])
    if "$kategori" in d:
        n, b, w = d["$kategori"]
        return Band(n, None if b is None else Decimal(b), w)
    return d


def to_json(value: Any) -> str:
    return json.dumps(value, default=_encode, ensure_ascii=False)


def from_json(text: str | None) -> Any:
    return None if text is None else json.loads(text, object_hook=_decode)


def nilai_teks(text: str | None) -> str:
    """A recorded value as a person reads it: numbers and dates the Indonesian way."""
    from .rules import format_angka, format_tanggal

    def show(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, Decimal):
            return format_angka(v)
        if isinstance(v, _dt.datetime):
            return v.strftime("%d-%m-%Y %H:%M")
        if isinstance(v, _dt.date):
            return format_tanggal(v)
        if isinstance(v, bool):
            return "ya" if v else "tidak"
        if isinstance(v, Band):
            return f"{v.nama} ≥ {format_angka(v.batas_bawah)}" if v.batas_bawah is not None else v.nama
        if isinstance(v, list):
            return "; ".join(show(x) for x in v if x not in (None, ""))
        if isinstance(v, dict):
            return ", ".join(f"{k}: {show(x)}" for k, x in v.items() if x not in (None, ""))
        return str(v)

    return show(from_json(text)) if text is not None else ""


class WriteOps:
    """Mixed into :class:`app.models.store.Store` (needs ``self.db`` and ``self._tx``).
    Every write also records itself in the history (table riwayat), in the same
    transaction: a change and its record commit together or not at all."""

    operator: str = "?"

    def _log(self, aksi: str, jenis: str, item_id: int, label: str = "", kolom: str = "",
             lama: Any = None, baru: Any = None, data: str | None = None) -> None:
        Riwayat.insert(waktu=_dt.datetime.now().replace(microsecond=0), operator=self.operator, aksi=aksi,
                       jenis=jenis, item_id=item_id, label=label or "", kolom=kolom,
                       lama=None if lama is None else to_json(lama), baru=None if baru is None else to_json(baru),
                       data=data).execute()

    @staticmethod
    def _label(model: type[pw.Model], item_id: int) -> str:
        fields = model._meta.fields
        cols = [fields[n] for n in ("nama", "nomor", "teks") if n in fields]
        if not cols:
            return ""
        row = model.select(*cols).where(model.id == item_id).tuples().first()
        return " ".join(str(v) for v in (row or ()) if v)[:200]

    # ------------------------------------------------------------------ fields

    def update(self, kind: str, item_id: int, **fields: Any) -> dict[str, Any]:
        """Set fields of one item; returns their old values (for undo)."""
        spec = FIELDS.get(kind)
        if spec is None:
            raise ValueError(f"not an editable kind: {kind}")
        model = KINDS[kind]
        with self._tx():
            row = model.get_or_none(model.id == item_id)
            if row is None:
                raise DataTidakDitemukan(f"{LABELS[kind]} itu tidak ada lagi di basis data.")
            clean = {}
            for name, value in fields.items():
                if name not in spec:
                    raise ValueError(f"not an editable field of {kind}: {name}")
                clean[name] = spec[name][0](value, spec[name][1])
            if kind == "jabatan" and clean.get("atasan") is not None:
                self._check_no_cycle(item_id, clean["atasan"])
            old = {}
            for name in clean:
                f = model._meta.fields[name]
                old[name] = getattr(row, f.column_name) if isinstance(f, pw.ForeignKeyField) else getattr(row, name)
            if clean:
                model.update({model._meta.fields[n]: v for n, v in clean.items()}).where(model.id == item_id).execute()
                label = getattr(row, "nama", "") or getattr(row, "nomor", "") or ""
                for name, value in clean.items():
                    if old[name] != value:
                        self._log("ubah", kind, item_id, label, name, old[name], value)
        return old

    def _check_no_cycle(self, jabatan_id: int, atasan_id: int) -> None:
        seen, current = set(), atasan_id
        while current is not None and current not in seen:
            if current == jabatan_id:
                raise InputTidakValid("Jabatan tidak dapat menjadi atasan dirinya sendiri atau atasan dari atasannya.")
            seen.add(current)
            current = Jabatan.select(Jabatan.atasan).where(Jabatan.id == current).scalar()

    def set_list(self, kind: str, parent_id: int, items: list[str]) -> list[str]:
        """Replace the ordered texts of a jabatan's fungsi (``kind="fungsi"``) or an
        indicator's penjelasan (``kind="penjelasan"``); returns the old list."""
        model, parent_model, fk, label = {
            "fungsi": (Fungsi, Jabatan, Fungsi.jabatan, "fungsi"),
            "penjelasan": (Penjelasan, Indikator, Penjelasan.indikator, "penjelasan"),
        }[kind]
        texts = [_text(t, label) for t in items]
        with self._tx():
            self._require(parent_model, parent_id)
            old = [r[0] for r in model.select(model.teks).where(fk == parent_id).order_by(model.urutan, model.id).tuples()]
            model.delete().where(fk == parent_id).execute()
            if texts:
                model.insert_many([{fk.name: parent_id, "urutan": i, "teks": t} for i, t in enumerate(texts, 1)]).execute()
            if old != texts:
                parent_kind = "jabatan" if kind == "fungsi" else "indikator"
                self._log("ubah", parent_kind, parent_id, self._label(parent_model, parent_id), kind, old, texts)
        return old

    def set_penjelasan(self, indikator_id: int, paragraf: list[str]) -> list[str]:
        return self.set_list("penjelasan", indikator_id, paragraf)

    def set_fungsi(self, jabatan_id: int, items: list[str]) -> list[str]:
        return self.set_list("fungsi", jabatan_id, items)

    # ------------------------------------------------------------------ numbers

    def set_target(self, indikator_id: int, tahun: int, nilai: Decimal | None, teks: str = "") -> tuple[Decimal | None, str]:
        """Set (or clear, with None and no text) one year's target; returns the old
        (nilai, teks)."""
        _year(tahun)
        teks = _text(teks, "target")
        with self._tx():
            self._require(Indikator, indikator_id)
            key = (Target.indikator == indikator_id) & (Target.tahun == tahun)
            old = Target.select(Target.nilai, Target.teks).where(key).tuples().first() or (None, "")
            if nilai is None and not teks:
                Target.delete().where(key).execute()
            else:
                (Target.insert(indikator=indikator_id, tahun=tahun, nilai=nilai, teks=teks)
                 .on_conflict(conflict_target=[Target.indikator, Target.tahun],
                              update={Target.nilai: nilai, Target.teks: teks})
                 .execute())
            if tuple(old) != (nilai, teks):
                self._log("ubah", "indikator", indikator_id, self._label(Indikator, indikator_id), f"target {tahun}",
                          list(old), [nilai, teks])
        return old

    def set_realisasi(
        self, indikator_id: int, tahun: int, triwulan: int, nilai: Decimal | None = None,
        pembilang: Decimal | None = None, penyebut: Decimal | None = None, catatan: str = "",
    ) -> dict[str, Any]:
        """Set (or clear, when everything is empty) one quarter's realisasi; returns the
        old values as keyword arguments for this same method."""
        _year(tahun)
        if triwulan not in (1, 2, 3, 4):
            raise InputTidakValid("Triwulan harus 1, 2, 3 atau 4.")
        if penyebut is not None and penyebut < 0:
            raise InputTidakValid("Penyebut tidak boleh negatif.")
        catatan = _text(catatan, "catatan")
        with self._tx():
            self._require(Indikator, indikator_id)
            key = (Realisasi.indikator == indikator_id) & (Realisasi.tahun == tahun) & (Realisasi.triwulan == triwulan)
            row = Realisasi.select(Realisasi.nilai, Realisasi.pembilang, Realisasi.penyebut, Realisasi.catatan).where(key).tuples().first()
            old = dict(zip(("nilai", "pembilang", "penyebut", "catatan"), row or (None, None, None, "")))
            if nilai is None and pembilang is None and penyebut is None and not catatan:
                Realisasi.delete().where(key).execute()
            else:
                values = {"nilai": nilai, "pembilang": pembilang, "penyebut": penyebut, "catatan": catatan}
                (Realisasi.insert(indikator=indikator_id, tahun=tahun, triwulan=triwulan, **values)
                 .on_conflict(conflict_target=[Realisasi.indikator, Realisasi.tahun, Realisasi.triwulan], update=values)
                 .execute())
            new = {"nilai": nilai, "pembilang": pembilang, "penyebut": penyebut, "catatan": catatan}
            if old != new:
                self._log("ubah", "indikator", indikator_id, self._label(Indikator, indikator_id),
                          f"realisasi {tahun} TW {triwulan}", old, new)
        return old

    # ------------------------------------------------------------------ structure

    def add(self, kind: str, parent: dict[str, Any] | None = None, **fields: Any) -> int:
        """Add an item at the end of its siblings. ``parent`` names the parent columns:
        jabatan {"atasan": id|None}, sasaran {"jabatan": id, "periode": id}, indikator
        {"sasaran": id}; pegawai and keputusan take none."""
        parent = dict(parent or {})
        model = KINDS[kind]
        spec = FIELDS[kind]
        with self._tx():
            clean = {}
            for name, value in fields.items():
                if name not in spec:
                    raise ValueError(f"not an editable field of {kind}: {name}")
                clean[name] = spec[name][0](value, spec[name][1])
            for name, value in parent.items():
                f = model._meta.fields[name]
                if value is None and f.null:
                    continue
                self._require(f.rel_model, value)
            if kind in SIBLINGS:
                q = model.select(pw.fn.MAX(model.urutan))
                for name in SIBLINGS[kind]:
                    f = model._meta.fields[name]
                    q = q.where(f.is_null() if parent.get(name) is None else f == parent[name])
                last = q.scalar()
                clean["urutan"] = 0 if last is None else last + 1
            if kind == "jabatan":
                clean.setdefault("nama", "Jabatan baru")
            elif kind == "sasaran":
                clean.setdefault("nama", "Sasaran baru")
            elif kind == "indikator":
                clean.setdefault("nama", "Indikator baru")
            new_id = model.insert(**clean, **parent).execute()
            self._log("tambah", kind, new_id, str(clean.get("nama", "")), baru={**clean, **parent})
            return new_id

    def move(self, kind: str, item_id: int, parent: dict[str, Any] | None, index: int) -> tuple[dict[str, Any], int]:
        """Put an item at position ``index`` among the children of ``parent`` (None: its
        current parent). Returns its old (parent, index), so the same call undoes it."""
        model = KINDS[kind]
        cols = SIBLINGS[kind]
        with self._tx():
            row = model.select().where(model.id == item_id).dicts().first()
            if row is None:
                raise DataTidakDitemukan(f"{LABELS[kind]} itu tidak ada lagi di basis data.")
            old_parent = {c: row[c] for c in cols}
            new_parent = dict(old_parent) if parent is None else {**old_parent, **parent}
            if kind == "jabatan" and new_parent["atasan"] is not None:
                self._check_no_cycle(item_id, new_parent["atasan"])
            if kind == "sasaran" and new_parent != old_parent:
                raise InputTidakValid("Sasaran hanya dapat dipindah urutannya di dalam jabatannya.")

            def siblings(p: dict[str, Any]) -> list[int]:
                q = model.select(model.id).order_by(model.urutan, model.id)
                for c in cols:
                    f = model._meta.fields[c]
                    q = q.where(f.is_null() if p[c] is None else f == p[c])
                return [r[0] for r in q.tuples()]

            old_list = siblings(old_parent)
            old_index = old_list.index(item_id)
            old_list.remove(item_id)
            if new_parent != old_parent:
                for c in cols:
                    f = model._meta.fields[c]
                    if new_parent[c] is not None:
                        self._require(f.rel_model, new_parent[c])
                model.update({model._meta.fields[c]: new_parent[c] for c in cols}).where(model.id == item_id).execute()
                self._renumber(model, old_list)
                new_list = siblings(new_parent)
                new_list.remove(item_id)
            else:
                new_list = old_list
            index = max(0, min(index, len(new_list)))
            new_list.insert(index, item_id)
            self._renumber(model, new_list)
            if (new_parent, index) != (old_parent, old_index):
                self._log("pindah", kind, item_id, self._label(model, item_id), "urutan",
                          {**old_parent, "posisi": old_index}, {**new_parent, "posisi": index})
        return old_parent, old_index

    @staticmethod
    def _renumber(model: type[pw.Model], ids: list[int]) -> None:
        for n, rid in enumerate(ids):
            model.update(urutan=n).where(model.id == rid, model.urutan != n).execute()

    def delete(self, kind: str, item_id: int) -> Tombstone:
        """Delete an item and everything that belongs to it; returns a tombstone that
        :meth:`restore` puts back exactly."""
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
        return tomb

    def deletion_summary(self, kind: str, item_id: int) -> dict[str, int]:
        """What a deletion would take with it: rows per table (for the confirmation)."""
        rows: dict[type[pw.Model], dict[int, dict]] = {}
        with self._tx():
            self._collect(KINDS[kind], [item_id], rows, [])
        return {m._meta.table_name: len(rows[m]) for m in MODELS if rows.get(m)}

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

    def restore(self, tomb: Tombstone) -> None:
        """Undo a deletion: the same rows with the same ids, references put back."""
        with self._tx():
            for table, rows in tomb.rows:
                model = _TABLE_MODEL[table]
                # self-references (jabatan.atasan) inside the restored set: insert without, then link
                self_fk = [f for f in model._meta.refs if f.rel_model is model]
                plain = [{k: (None if any(k == f.column_name for f in self_fk) else v) for k, v in r.items()} for r in rows]
                cols = [model._meta.columns[c] for c in plain[0]]
                model.insert_many([tuple(r[c.column_name] for c in cols) for r in plain], fields=cols).execute()
                for f in self_fk:
                    for r in rows:
                        if r[f.column_name] is not None:
                            model.update({f: r[f.column_name]}).where(model.id == r["id"]).execute()
            for table, rid, column, value in tomb.nulled:
                model = _TABLE_MODEL[table]
                if model.select(model.id).where(model.id == rid).exists():
                    model.update({model._meta.columns[column]: value}).where(model.id == rid).execute()
            self._log("pulihkan", tomb.kind, tomb.item_id, tomb.label)

    def duplicate_indikator(self, indikator_id: int) -> int:
        """A copy right after the original (fields, penjelasan, targets; no realisasi)."""
        with self._tx():
            src = Indikator.select().where(Indikator.id == indikator_id).dicts().first()
            if src is None:
                raise DataTidakDitemukan("Indikator itu tidak ada lagi di basis data.")
            data = {k: v for k, v in src.items() if k != "id"}
            data["nama"] = f"{src['nama']} (salinan)" if src["nama"] else "(salinan)"
            Indikator.update(urutan=Indikator.urutan + 1).where(
                Indikator.sasaran == src["sasaran"], Indikator.urutan > src["urutan"]).execute()
            data["urutan"] = src["urutan"] + 1
            new_id = Indikator.insert(**data).execute()
            for teks, urutan in Penjelasan.select(Penjelasan.teks, Penjelasan.urutan).where(Penjelasan.indikator == indikator_id).tuples():
                Penjelasan.create(indikator=new_id, teks=teks, urutan=urutan)
            for tahun, nilai, teks in Target.select(Target.tahun, Target.nilai, Target.teks).where(Target.indikator == indikator_id).tuples():
                Target.create(indikator=new_id, tahun=tahun, nilai=nilai, teks=teks)
            self._log("tambah", "indikator", new_id, data["nama"], baru={"salinan_dari": indikator_id})
        return new_id

    def copy_periode(self, src_id: int, tahun_awal: int, tahun_akhir: int, nama: str | None = None) -> int:
        """Start a new period as a copy of another: its sasaran, indicators and penjelasan
        (not its targets or realisasi, which belong to the old years)."""
        _year(tahun_awal)
        _year(tahun_akhir)
        if tahun_akhir < tahun_awal:
            raise InputTidakValid("Tahun akhir periode tidak boleh sebelum tahun awalnya.")
        nama = _required(nama or f"{tahun_awal}-{tahun_akhir}", "nama periode")
        with self._tx():
            src = Periode.get_or_none(Periode.id == src_id)
            if src is None:
                raise DataTidakDitemukan("Periode itu tidak ada lagi di basis data.")
            if Periode.select().where(Periode.nama == nama).exists():
                raise InputTidakValid(f"Periode «{nama}» sudah ada.")
            new = Periode.create(nama=nama, tahun_awal=tahun_awal, tahun_akhir=tahun_akhir,
                                 matriks_judul=src.matriks_judul, matriks_tahun=f"TAHUN {tahun_awal}-{tahun_akhir}")
            for s in Sasaran.select().where(Sasaran.periode == src_id).dicts():
                old_sid = s.pop("id")
                s["periode"] = new.id
                new_sid = Sasaran.insert(**s).execute()
                for i in Indikator.select().where(Indikator.sasaran == old_sid).dicts():
                    old_iid = i.pop("id")
                    i["sasaran"] = new_sid
                    new_iid = Indikator.insert(**i).execute()
                    rows = list(Penjelasan.select(Penjelasan.urutan, Penjelasan.teks).where(Penjelasan.indikator == old_iid).dicts())
                    if rows:
                        Penjelasan.insert_many([{**r, "indikator": new_iid} for r in rows]).execute()
            self._log("tambah", "periode", new.id, nama, baru={"salinan_dari": src_id})
        return new.id

    def set_lampiran(self, keputusan_id: int, jabatan_id: int, nomor: str | None, kepala: str | None = None) -> tuple[str | None, str | None]:
        """Give a jabatan a lampiran number in a decree (None: no lampiran); returns the
        old (nomor, kepala)."""
        if nomor is not None:
            nomor = _required(nomor, "nomor lampiran").strip()
        kepala = _opt_text(kepala, "kepala lampiran")
        with self._tx():
            self._require(Keputusan, keputusan_id)
            self._require(Jabatan, jabatan_id)
            key = (Lampiran.keputusan == keputusan_id) & (Lampiran.jabatan == jabatan_id)
            old = Lampiran.select(Lampiran.nomor, Lampiran.kepala).where(key).tuples().first() or (None, None)
            if nomor is None:
                Lampiran.delete().where(key).execute()
            elif old[0] is None:
                last = Lampiran.select(pw.fn.MAX(Lampiran.urutan)).where(Lampiran.keputusan == keputusan_id).scalar()
                Lampiran.create(keputusan=keputusan_id, jabatan=jabatan_id, nomor=nomor, kepala=kepala,
                                urutan=0 if last is None else last + 1)
            else:
                Lampiran.update(nomor=nomor, kepala=kepala).where(key).execute()
            if tuple(old) != (nomor, kepala):
                self._log("ubah", "keputusan", keputusan_id, self._label(Keputusan, keputusan_id),
                          f"lampiran {self._label(Jabatan, jabatan_id)}", list(old), [nomor, kepala])
        return old

    def set_kategori(self, bands: list[Band]) -> list[Band]:
        errors = validasi_kategori(bands)
        if errors:
            raise InputTidakValid(" ".join(errors))
        with self._tx():
            old = [Band(r.nama, r.batas_bawah, r.warna) for r in Kategori.select().order_by(Kategori.urutan)]
            Kategori.delete().execute()
            for n, b in enumerate(bands, start=1):
                Kategori.create(urutan=n, batas_bawah=b.batas_bawah, nama=b.nama.strip(), warna=b.warna)
            if old != list(bands):
                self._log("ubah", "pengaturan", 0, "kategori capaian", "kategori", old, list(bands))
        return old

    def set_pengaturan(self, kunci: str, nilai: str) -> str | None:
        if kunci == "aturan_negatif" and nilai not in ("permenpan", "rasio"):
            raise InputTidakValid("Aturan polaritas negatif harus «permenpan» atau «rasio».")
        nilai = _text(nilai, "pengaturan")
        with self._tx():
            row = Pengaturan.get_or_none(Pengaturan.kunci == kunci)
            Pengaturan.insert(kunci=kunci, nilai=nilai).on_conflict_replace().execute()
            old = None if row is None else row.nilai
            if old != nilai:
                self._log("ubah", "pengaturan", 0, kunci, kunci, old, nilai)
        return old

    @staticmethod
    def _require(model: type[pw.Model], row_id: Any) -> None:
        if row_id is None or not model.select(model.id).where(model.id == row_id).exists():
            name = {m: LABELS[k] for k, m in KINDS.items()}.get(model, "Data")
            raise DataTidakDitemukan(f"{name} itu tidak ada lagi di basis data.")
