"""The tables of the SAKIP year (schema 5): Perjanjian Kinerja and their targets, rencana
aksi, evidence files of the quarterly measurement, the budget."""

from __future__ import annotations

import peewee as pw

from .base import Base, DesimalField
from .inti import Indikator, Jabatan, Periode, Realisasi, Sasaran



class PerjanjianKinerja(Base):
    """The Perjanjian Kinerja of one jabatan for one year. A revision ("PK Perubahan") is a
    new row with the next ``revisi``; the earlier one is kept, printable. The two parties
    are snapshots, as signed: PIHAK PERTAMA (``p1_``) the holder, PIHAK KEDUA (``p2_``) the
    superior (``atasan``: the jabatan it was taken from; NULL: typed, e.g. the Bupati)."""

    jabatan = pw.ForeignKeyField(Jabatan, backref="perjanjian", on_delete="CASCADE")
    periode = pw.ForeignKeyField(Periode, backref="perjanjian", on_delete="CASCADE")
    tahun = pw.IntegerField()
    revisi = pw.IntegerField(default=0)  # 0: the PK; 1, 2 ...: PK Perubahan
    tempat = pw.TextField(default="")
    tanggal = pw.DateField(null=True)
    tanggal_teks = pw.TextField(default="")  # as the office spells it (app.models.tanggal)
    pembuka = pw.TextField(default="")  # "": the standard wording
    komitmen = pw.TextField(default="")  # "": the standard wording; paragraphs split by a blank line
    kertas = pw.TextField(default="f4")
    atasan = pw.ForeignKeyField(Jabatan, null=True, on_delete="SET NULL")
    p1_nama = pw.TextField(default="")
    p1_jabatan = pw.TextField(default="")
    p1_nip = pw.TextField(null=True)
    p1_pangkat = pw.TextField(null=True)
    p1_awalan = pw.TextField(default="")
    p1_jabatan2 = pw.TextField(default="")
    p2_nama = pw.TextField(default="")
    p2_jabatan = pw.TextField(default="")
    p2_nip = pw.TextField(null=True)
    p2_pangkat = pw.TextField(null=True)
    p2_awalan = pw.TextField(default="")
    p2_jabatan2 = pw.TextField(default="")

    class Meta:
        indexes = ((("jabatan", "tahun", "revisi"), True),)
        constraints = [pw.SQL("CHECK (revisi >= 0)")]


class TargetPK(Base):
    """One row of a PK's lampiran, as signed: a snapshot taken from the IKU when the PK is
    made (copied into a PK Perubahan) — the sasaran, the indicator's number, text, kind and
    unit — with the target of that year, editable in the PK alone. A later edit of the IKU
    never changes it (only the explicit "Perbarui dari IKU & anggaran" does);
    ``indikator``: the IKU indicator it was taken from (NULL once that one is deleted: the
    row stays on the PK)."""

    pk = pw.ForeignKeyField(PerjanjianKinerja, backref="target", on_delete="CASCADE")
    indikator = pw.ForeignKeyField(Indikator, null=True, backref="target_pk", on_delete="SET NULL")
    nilai = DesimalField(null=True)
    teks = pw.TextField(default="")
    urutan = pw.IntegerField(default=0)
    sasaran_nomor = pw.TextField(default="")
    sasaran = pw.TextField(default="")
    nomor = pw.TextField(default="")
    nama = pw.TextField(default="")  # the indicator's text
    satuan = pw.TextField(default="")
    jenis = pw.TextField(default="")

    class Meta:
        indexes = ((("pk", "indikator"), True),)


class AnggaranPK(Base):
    """One line of a PK's program / kegiatan / anggaran block, as signed: a snapshot of the
    budget taken when the PK is made (copied into a PK Perubahan). A ``program`` line is
    followed by its ``kegiatan`` lines; ``anggaran``: the line's figure by the budget's rule
    (:func:`app.models.anggaran.pagu_baris`)."""

    pk = pw.ForeignKeyField(PerjanjianKinerja, backref="anggaran", on_delete="CASCADE")
    urutan = pw.IntegerField(default=0)
    tingkat = pw.TextField()
    kode = pw.TextField(default="")
    nama = pw.TextField(default="")
    anggaran = DesimalField(null=True)

    class Meta:
        constraints = [pw.SQL("CHECK (tingkat IN ('program','kegiatan'))")]


class RencanaAksi(Base):
    """One quarter of an indicator's rencana aksi for a year: the quarter's target (as the
    indicator's kind counts it: cumulative or per quarter), the actions, the budget."""

    indikator = pw.ForeignKeyField(Indikator, backref="rencana_aksi", on_delete="CASCADE")
    tahun = pw.IntegerField()
    triwulan = pw.IntegerField()
    target = DesimalField(null=True)
    aksi = pw.TextField(default="")
    anggaran = DesimalField(null=True)

    class Meta:
        indexes = ((("indikator", "tahun", "triwulan"), True),)
        constraints = [pw.SQL("CHECK (triwulan BETWEEN 1 AND 4)")]


class Bukti(Base):
    """An evidence file of a quarter's realisasi, kept inside the database (the one file
    stays the whole backup)."""

    realisasi = pw.ForeignKeyField(Realisasi, backref="bukti", on_delete="CASCADE")
    nama = pw.TextField()  # the file's name as it was added
    ukuran = pw.IntegerField()
    isi = pw.BlobField()
    ditambahkan = pw.DateTimeField()


class Program(Base):
    """A line of the budget: a program, a kegiatan under it or a sub-kegiatan under that,
    with its code ("7.01.02"), linked to the sasaran it serves."""

    periode = pw.ForeignKeyField(Periode, backref="program", on_delete="CASCADE")
    induk = pw.ForeignKeyField("self", null=True, backref="anak", on_delete="CASCADE")
    tingkat = pw.TextField()
    kode = pw.TextField(default="")
    nama = pw.TextField()
    urutan = pw.IntegerField(default=0)
    sasaran = pw.ForeignKeyField(Sasaran, null=True, backref="program", on_delete="SET NULL")

    class Meta:
        constraints = [pw.SQL("CHECK (tingkat IN ('program','kegiatan','subkegiatan'))")]


class Pagu(Base):
    program = pw.ForeignKeyField(Program, backref="pagu", on_delete="CASCADE")
    tahun = pw.IntegerField()
    nilai = DesimalField(null=True)

    class Meta:
        indexes = ((("program", "tahun"), True),)


class RealisasiAnggaran(Base):
    program = pw.ForeignKeyField(Program, backref="realisasi_anggaran", on_delete="CASCADE")
    tahun = pw.IntegerField()
    triwulan = pw.IntegerField()
    nilai = DesimalField(null=True)

    class Meta:
        indexes = ((("program", "tahun", "triwulan"), True),)
        constraints = [pw.SQL("CHECK (triwulan BETWEEN 1 AND 4)")]


SAKIP_MODELS = [PerjanjianKinerja, TargetPK, AnggaranPK, RencanaAksi, Bukti, Program, Pagu, RealisasiAnggaran]
