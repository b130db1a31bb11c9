"""What the history (table riwayat) records: values as JSON that keeps decimals, dates and
bands exact, the tombstone of a deletion (enough to put it back with the same ids), and a
recorded value as a person reads it."""

from __future__ import annotations

import base64
import datetime as _dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .kinds import Jenis
from .rules import Band, format_angka, format_tanggal

# ------------------------------------------------------------------ deletion records


@dataclass(frozen=True)
class Tombstone:
    """Everything a deletion removed, enough to put it back exactly (ids included):
    rows per table in parent-first order, and the references that were set to NULL."""

    kind: Jenis
    item_id: int
    label: str
    rows: tuple[tuple[str, tuple[dict, ...]], ...]
    nulled: tuple[tuple[str, int, str, int], ...]  # (table, row id, column, old value)

    def count(self, table: str) -> int:
        return sum(len(r) for t, r in self.rows if t == table)

    def items(self) -> list[tuple[Jenis, int]]:
        """(kind, id) of every row it holds that is a kind of item (a row of a table that is
        no :class:`Jenis`, such as a budget line under a deleted period, travels in the
        tombstone and comes back with it, but is not listed)."""
        kinds = {str(k) for k in Jenis}
        return [(Jenis(t), r["id"]) for t, rows in self.rows if t in kinds for r in rows]

    def to_json(self) -> str:
        return to_json({"kind": self.kind, "item_id": self.item_id, "label": self.label,
                        "rows": [[t, list(r)] for t, r in self.rows], "nulled": [list(n) for n in self.nulled]})

    @classmethod
    def from_json(cls, text: str) -> "Tombstone":
        d = from_json(text)
        return cls(Jenis(d["kind"]), d["item_id"], d["label"], tuple((t, tuple(r)) for t, r in d["rows"]),
                   tuple(tuple(n) for n in d["nulled"]))



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
    if isinstance(o, (bytes, memoryview)):  # an evidence file inside a deleted item
        return {"$berkas": base64.b64encode(bytes(o)).decode("ascii")}
    raise TypeError(f"cannot record {type(o).__name__} in the history")


def _decode(d: dict) -> Any:
    if "$desimal" in d:
        return Decimal(d["$desimal"])
    if "$tanggal" in d:
        return _dt.date.fromisoformat(d["$tanggal"])
    if "$waktu" in d:
        return _dt.datetime.fromisoformat(d["$waktu"])
    if "$berkas" in d:
        return base64.b64decode(d["$berkas"])
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
