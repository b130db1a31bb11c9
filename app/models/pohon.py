"""The navigation tree and the list of periods, read with plain ``sqlite3``: no peewee,
no dataclasses, nothing slow to import. The store builds its tree here, and the window's
start-up uses the same reads to show the tree before the rest of the core has loaded
(the one place for these queries)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict, namedtuple
from pathlib import Path

from .berkas import SCHEMA_VERSION, check_file, journal_path, sqlite_uri

NodeIndikator = namedtuple("NodeIndikator", "id nomor nama")
NodeSasaran = namedtuple("NodeSasaran", "id nomor nama indikator", defaults=((),))
NodeJabatan = namedtuple("NodeJabatan", "id nama eselon sasaran bawahan", defaults=((), ()))


class PeriodeRingkas(namedtuple("PeriodeRingkas", "id nama tahun_awal tahun_akhir")):
    """What the toolbar needs of a period."""

    __slots__ = ()

    @property
    def tahun(self) -> tuple[int, ...]:
        return tuple(range(self.tahun_awal, self.tahun_akhir + 1))


def periode_list(con: sqlite3.Connection) -> list[PeriodeRingkas]:
    """The periods, oldest first (the order of ``Store.periode_list``)."""
    return [PeriodeRingkas(*r) for r in con.execute(
        "SELECT id, nama, tahun_awal, tahun_akhir FROM periode ORDER BY tahun_awal, id")]


def nama_kecamatan(con: sqlite3.Connection) -> str:
    row = con.execute("SELECT nama FROM kecamatan ORDER BY id LIMIT 1").fetchone()
    return (row[0] or "") if row else ""


def tree(con: sqlite3.Connection, periode_id: int, isi: bool = True) -> tuple[NodeJabatan, ...]:
    """Jabatan in their hierarchy, each with its sasaran and indicators of the period,
    from three plain queries (``isi=False``: the jabatan only, from one). A reporting
    cycle (A under B under A) would hide its members: they are shown at the top."""
    jab = con.execute("SELECT id, nama, eselon, atasan_id FROM jabatan ORDER BY urutan, id").fetchall()
    sas = con.execute("SELECT id, jabatan_id, nomor, nama FROM sasaran WHERE periode_id = ? ORDER BY urutan, id",
                      (periode_id,)).fetchall() if isi else []
    ind = con.execute("SELECT i.id, i.sasaran_id, i.nomor, i.nama FROM indikator i JOIN sasaran s ON s.id = i.sasaran_id "
                      "WHERE s.periode_id = ? ORDER BY i.urutan, i.id", (periode_id,)).fetchall() if isi else []
    ind_by = defaultdict(list)
    for i_id, s_id, nomor, nama in ind:
        ind_by[s_id].append(NodeIndikator(i_id, nomor, nama))
    sas_by = defaultdict(list)
    for s_id, j_id, nomor, nama in sas:
        sas_by[j_id].append(NodeSasaran(s_id, nomor, nama, tuple(ind_by[s_id])))
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


class Pratinjau:
    """What the window shows before the store is open: the periods, the jabatan of the
    tree (their sasaran and indicators come with the store), the kecamatan's name — read
    through a read-only connection. ``read_only``: the window will only read (another
    copy of the app holds the file); the start-up sets it."""

    def __init__(self, path: Path, periods: list[PeriodeRingkas], periode_id: int,
                 roots: tuple[NodeJabatan, ...], kecamatan: str):
        self.path, self.periods, self.periode_id = path, periods, periode_id
        self.roots, self.kecamatan = roots, kecamatan
        self.read_only = False


def pratinjau(path: Path, periode_id: int | None = None) -> Pratinjau | None:
    """The light read of a sound, current file for the first paint; None when the file
    needs the full path (missing, refused, older schema to migrate, no period, a journal
    left by a power cut — SQLite plays it back there, under the lock —, any error): the
    caller then opens the store first, as before."""
    path = Path(path)
    try:
        if not path.is_file() or journal_path(path).exists() or check_file(path) != SCHEMA_VERSION:
            return None
        con = sqlite3.connect(sqlite_uri(path.resolve()), uri=True)
        try:
            periods = periode_list(con)
            if not periods:
                return None
            if periode_id not in {p.id for p in periods}:
                periode_id = periods[-1].id
            return Pratinjau(path, periods, periode_id, tree(con, periode_id, isi=False), nama_kecamatan(con))
        finally:
            con.close()
    except Exception:  # noqa: BLE001 - any doubt: take the full path, which reports properly
        return None
