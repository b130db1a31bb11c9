"""The navigation tree and the list of periods: the one place for these queries, read
the same way by the store (through peewee) and by the first paint's light read (through
a plain connection: :mod:`app.models.sqlite.light_read`). Plain Python — no peewee, no
dataclasses, nothing slow to import — and plain SQL any engine runs: ``execute(sql,
params)`` is the connection's, ``param`` its parameter mark (``?`` for SQLite, ``%s`` for
PostgreSQL; peewee's ``Database.param``)."""

from __future__ import annotations

from collections import defaultdict, namedtuple
from pathlib import Path
from typing import Any, Callable, Iterable

Execute = Callable[[str, Any], Iterable[tuple]]

NodeIndikator = namedtuple("NodeIndikator", "id nomor nama")
NodeSasaran = namedtuple("NodeSasaran", "id nomor nama indikator", defaults=((),))
NodeJabatan = namedtuple("NodeJabatan", "id nama eselon sasaran bawahan", defaults=((), ()))


class PeriodeRingkas(namedtuple("PeriodeRingkas", "id nama tahun_awal tahun_akhir")):
    """What the toolbar needs of a period."""

    __slots__ = ()

    @property
    def tahun(self) -> tuple[int, ...]:
        return tuple(range(self.tahun_awal, self.tahun_akhir + 1))


class LightRead:
    """What the window shows before the store is open: the periods, the jabatan of the
    tree (their sasaran and indicators come with the store), the kecamatan's name.
    ``read_only``: the window will only read (another copy of the app holds the file);
    the start-up sets it."""

    def __init__(self, path: Path, periods: list[PeriodeRingkas], periode_id: int,
                 roots: tuple[NodeJabatan, ...], kecamatan: str):
        self.path, self.periods, self.periode_id = path, periods, periode_id
        self.roots, self.kecamatan = roots, kecamatan
        self.read_only = False


def periode_list(execute: Execute) -> list[PeriodeRingkas]:
    """The periods, by first year, those of one first year in the order they were made."""
    return [PeriodeRingkas(*r) for r in execute(
        "SELECT id, nama, tahun_awal, tahun_akhir FROM periode ORDER BY tahun_awal, id", ())]


def periode_berisi(execute: Execute) -> set[int]:
    """The periods that hold data: a sasaran or a decree."""
    return {r[0] for r in execute("SELECT periode_id FROM sasaran UNION SELECT periode_id FROM keputusan", ())}


def periode_pembuka(periods: list, berisi: set[int], tersimpan: int | None = None) -> int | None:
    """The period the window opens on (and the printouts take when none is named): the
    one saved in the window's settings if it still exists, else the newest that holds
    data, else the newest."""
    if tersimpan in {p.id for p in periods}:
        return tersimpan
    for p in reversed(periods):
        if p.id in berisi:
            return p.id
    return periods[-1].id if periods else None


def nama_kecamatan(execute: Execute) -> str:
    rows = list(execute("SELECT nama FROM kecamatan ORDER BY id LIMIT 1", ()))
    return (rows[0][0] or "") if rows else ""


def tree(execute: Execute, periode_id: int, isi: bool = True, param: str = "?") -> tuple[NodeJabatan, ...]:
    """Jabatan in their hierarchy, each with its sasaran and indicators of the period,
    from three plain queries (``isi=False``: the jabatan only, from one). A reporting
    cycle (A under B under A) would hide its members: they are shown at the top."""
    jab = list(execute("SELECT id, nama, eselon, atasan_id FROM jabatan ORDER BY urutan, id", ()))
    sas = list(execute(f"SELECT id, jabatan_id, nomor, nama FROM sasaran WHERE periode_id = {param} "
                       "ORDER BY urutan, id", (periode_id,))) if isi else []
    ind = list(execute("SELECT i.id, i.sasaran_id, i.nomor, i.nama FROM indikator i JOIN sasaran s ON s.id = i.sasaran_id "
                       f"WHERE s.periode_id = {param} ORDER BY i.urutan, i.id", (periode_id,))) if isi else []
    ind_by = defaultdict(list)
    for i_id, s_id, nomor, nama in ind:
        ind_by[s_id].append(NodeIndikator(i_id, nomor, nama))
    sas_by = defaultdict(list)
    for s_id, j_id, nomor, nama in sas:
        sas_by[j_id].append(NodeSasaran(s_id, nomor, nama, tuple(ind_by[s_id])))
    return _hierarchy(jab, sas_by)


def _hierarchy(jab: list[tuple], sas_by: dict) -> tuple[NodeJabatan, ...]:
    ids = {r[0] for r in jab}
    children = defaultdict(list)
    for r in jab:
        children[r[3] if r[3] in ids else None].append(r)

    def build(r, seen: frozenset) -> NodeJabatan:
        kids = tuple(build(k, seen | {k[0]}) for k in children[r[0]] if k[0] not in seen)
        return NodeJabatan(r[0], r[1], r[2], tuple(sas_by[r[0]]), kids)

    roots = [build(r, frozenset({r[0]})) for r in children[None]]
    reached: set[int] = set()

    def mark(n: NodeJabatan) -> None:
        reached.add(n.id)
        for k in n.bawahan:
            mark(k)

    for n in roots:
        mark(n)
    roots += [build(r, frozenset({r[0]})) for r in jab if r[0] not in reached]
    return tuple(roots)
