"""What a new database holds before anyone fills it in: the category bands and the data's
settings (a new file, and schema 1's files when they are brought to schema 2)."""

from __future__ import annotations

import peewee as pw

from .schema import Kategori, Pengaturan, using

DEFAULT_KATEGORI = (
    # (batas bawah, nama, warna): capaian >= batas bawah; the last one catches the rest.
    ("91", "Sangat Baik", "#1a7f37"),
    ("76", "Baik", "#4c9a2a"),
    ("66", "Cukup", "#d4a017"),
    ("51", "Kurang", "#e07b00"),
    (None, "Sangat Kurang", "#c62828"),
)
DEFAULT_PENGATURAN = {
    # Rule for negative polarity: "permenpan" = (2 x target - realisasi) / target x 100 %,
    # "rasio" = target / realisasi x 100 %.
    "aturan_negatif": "permenpan",
}


def seed_defaults(db: pw.Database) -> None:
    with using(db):
        for urutan, (batas, nama, warna) in enumerate(DEFAULT_KATEGORI, start=1):
            Kategori.create(urutan=urutan, batas_bawah=batas, nama=nama, warna=warna)
        for kunci, nilai in DEFAULT_PENGATURAN.items():
            Pengaturan.insert(kunci=kunci, nilai=nilai).on_conflict_ignore().execute()
