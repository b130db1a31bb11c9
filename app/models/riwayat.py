"""Exporting the history of changes (Excel-friendly CSV: UTF-8 with BOM, semicolons)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable

from .data import RiwayatData
from .errors import KinerjaError, alasan_os

AKSI = {"ubah": "ubah", "tambah": "tambah", "hapus": "hapus", "pulihkan": "pulihkan", "pindah": "pindah urutan",
        "impor": "impor dokumen"}
HEADER = ("Waktu", "Operator", "Aksi", "Jenis", "Item", "Kolom", "Nilai lama", "Nilai baru")


def export_csv(rows: Iterable[RiwayatData], path: Path) -> int:
    n = 0
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, delimiter=";")
            w.writerow(HEADER)
            for r in rows:
                w.writerow([r.waktu.strftime("%d-%m-%Y %H:%M:%S") if r.waktu else "", r.operator,
                            AKSI.get(r.aksi, r.aksi), r.jenis, r.label, r.kolom, r.lama, r.baru])
                n += 1
    except OSError as exc:
        raise KinerjaError(f"Riwayat tidak dapat disimpan ke {path}: {alasan_os(exc)}.") from exc
    return n
