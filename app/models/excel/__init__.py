"""Excel in and out (issue 14): a workbook of a period — one jabatan or all, one year or
all — to share work between PCs, and back.

:func:`ekspor` writes it (:mod:`.buku`); :func:`pratinjau` reads a workbook back and
compares it with the database three ways (:mod:`.baca`): what the export wrote, what the
workbook holds now, what the database holds now; :func:`terapkan` writes what the preview
showed in one transaction, one entry in the history, one undoable step (:mod:`.tulis`)."""

from __future__ import annotations

import contextlib
import gc
from pathlib import Path

from ..errors import InputTidakValid


def ekspor(store, out: Path | str, periode_id: int | None = None, jabatan: str | None = None,
           tahun: int | None = None, kosong: bool = False) -> dict[str, int]:
    """Write the workbook; returns the rows per sheet. ``periode_id`` None: the newest
    period holding data; ``jabatan``: a name (only that jabatan's items); ``tahun``: only
    that year's realisasi, rencana aksi and budget rows (with a row for every quarter);
    ``kosong``: the headings only — a blank template for a new kecamatan."""
    from ..laporan import periode_cetak
    from .buku import tulis_xlsx
    from .potret import cari_jabatan, potret

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputTidakValid(f"Nama berkas «{out.name}» harus berakhiran .xlsx.")
    if periode_id is None:
        periode_id = periode_cetak(store, None, tahun)[0].id
    from .identitas import pastikan

    ident = pastikan(store)
    with _gc_jarang():
        with store._read():
            jid = cari_jabatan(jabatan) if jabatan else None
            p = potret(periode_id, jid, tahun)
        p.basis_data = ident
        return tulis_xlsx(p, out, kosong)


@contextlib.contextmanager
def _gc_jarang():
    """The cyclic garbage collector every 100,000 new objects instead of every 700 while a
    large file is written or read: the million small tuples and strings of a workbook hold no
    cycles, and each pass scans them all again."""
    before = gc.get_threshold()
    if before[0] < 100_000:
        gc.set_threshold(100_000, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def pratinjau(store, path: Path | str):
    """Read a workbook and compare it with the database (:class:`.model.Pratinjau`); writes nothing."""
    from .beda import pratinjau as _pratinjau

    with _gc_jarang():
        return _pratinjau(store, path)


def terapkan(store, pr, berhenti=None):
    """Write a preview in one transaction; the Changes' ``undo`` takes it back (:func:`batalkan`).
    ``berhenti()`` true while writing: the transaction is rolled back (:class:`Dibatalkan`)."""
    from .tulis import terapkan as _terapkan

    return _terapkan(store, pr, berhenti)
