"""Reading a workbook back: its hidden ``_kinerja`` sheet (which period, jabatan, year) and
each known sheet's rows, the columns found by their headings (a clerk may move a column).
Nothing here touches the database."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputTidakValid
from .buku import FORMAT, META


@dataclass(frozen=True)
class LembarBaca:
    nama: str
    kolom: dict[str, int]  # heading -> 0-based position
    baris: list[tuple[int, tuple]]  # (row number, values)


def _meta(ws) -> dict[str, str]:
    out = {}
    for row in ws.iter_rows(min_row=1, max_col=2, values_only=True):
        if row and row[0] is not None:
            out[str(row[0])] = "" if len(row) < 2 or row[1] is None else str(row[1])
    return out


def baca_buku(path: Path) -> tuple[dict[str, str], dict[str, LembarBaca]]:
    from openpyxl import load_workbook

    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except FileNotFoundError as exc:
        raise InputTidakValid(f"Berkas «{path}» tidak ditemukan.") from exc
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputTidakValid(f"«{path.name}» bukan buku kerja Excel (.xlsx) yang dapat dibaca. Simpan ulang dari Excel "
                              "atau LibreOffice sebagai .xlsx, lalu coba lagi.") from exc
    try:
        if META not in wb.sheetnames:
            raise InputTidakValid(f"«{path.name}» bukan buku kerja yang diekspor dari Kinerja Kecamatan (lembar "
                                  "tersembunyi «_kinerja» tidak ada). Ekspor dulu dari aplikasi (Berkas → Ekspor ke "
                                  "Excel…), isi buku kerja itu, lalu impor.")
        meta = _meta(wb[META])
        if meta.get("format") != FORMAT:
            raise InputTidakValid(f"«{path.name}» dibuat oleh versi aplikasi yang lain (format «{meta.get('format')}»). "
                                  "Ekspor ulang dari aplikasi ini.")
        sheets = {}
        for name in wb.sheetnames:
            if name == META:
                continue
            rows = wb[name].iter_rows(values_only=True)
            head = next(rows, None) or ()
            cols = {str(h).strip(): n for n, h in enumerate(head) if h is not None}
            body = [(r, tuple(v)) for r, v in enumerate(rows, start=2) if any(x not in (None, "") for x in v)]
            sheets[name] = LembarBaca(name, cols, body)
        return meta, sheets
    finally:
        wb.close()
