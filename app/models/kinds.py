"""The kinds of item, one name each, used by the store, its writes, the history (column
``riwayat.jenis``), the quality warnings, the undo commands, the editors and the tree.

A :class:`Jenis` is a ``str``: it is stored, compared and printed as the plain word it
always was ("indikator" == Jenis.INDIKATOR), so the history table keeps its values and
code that still passes a plain word keeps working."""

from __future__ import annotations

from enum import StrEnum


class Jenis(StrEnum):
    # items of the file (each one table)
    KECAMATAN = "kecamatan"
    PEGAWAI = "pegawai"
    JABATAN = "jabatan"
    FUNGSI = "fungsi"  # the ordered fungsi of a jabatan
    PERIODE = "periode"
    KEPUTUSAN = "keputusan"
    LAMPIRAN = "lampiran"
    SASARAN = "sasaran"
    INDIKATOR = "indikator"
    PENJELASAN = "penjelasan"  # the paragraphs of an indicator
    TARGET = "target"
    REALISASI = "realisasi"
    KATEGORI = "kategori"  # the table of capaian bands
    RENCANA_AKSI = "rencana_aksi"  # a quarter of an indicator's rencana aksi (schema 5)
    BUKTI = "bukti"  # an evidence file of a quarter's realisasi (schema 5)
    PENGATURAN = "pengaturan"  # a setting of the file (history records both of these under this kind)
    # the budget (schema 5): a program, kegiatan or sub-kegiatan (one table), its pagu, its realisasi
    PROGRAM = "program"
    PAGU = "pagu"
    REALISASI_ANGGARAN = "realisasi_anggaran"
    PERJANJIAN_KINERJA = "perjanjian_kinerja"  # a PK of a jabatan for a year (and its revisions)
    TARGET_PK = "target_pk"  # the target of one indicator in one PK
    # pages of the window that are not one stored item
    RINGKASAN = "ringkasan"  # the dashboard
    DOKUMEN = "dokumen"  # the decree and matrix page: edits the period's KEPUTUSAN and its PERIODE


# The items the navigation tree shows (with the period chooser: PERIODE).
POHON = (Jenis.JABATAN, Jenis.SASARAN, Jenis.INDIKATOR)
