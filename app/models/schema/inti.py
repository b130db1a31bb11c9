"""The tables of the IKU decree and its measurement (schemas 1–4, and the measurement's
obstacles of schema 5)."""

from __future__ import annotations

import peewee as pw

from .base import Base, DesimalField


class Kecamatan(Base):
    nama = pw.TextField()
    kabupaten = pw.TextField()
    # The place written on signatures and the matrix date line ("Karang Jaya, 30 Mei 2018").
    tempat = pw.TextField()


class Pegawai(Base):
    nama = pw.TextField()  # with academic titles, as printed
    nip = pw.TextField(null=True)  # digits only; NULL: a signer without NIP
    pangkat = pw.TextField(null=True)  # "Pembina Tk. I (IV/b)"


class Jabatan(Base):
    nama = pw.TextField()  # as printed after "JABATAN :"
    atasan = pw.ForeignKeyField("self", null=True, backref="bawahan", on_delete="SET NULL")
    eselon = pw.TextField(null=True)
    urutan = pw.IntegerField(default=0)
    tugas = pw.TextField(default="")
    pemegang = pw.ForeignKeyField(Pegawai, null=True, on_delete="SET NULL")


class Fungsi(Base):
    jabatan = pw.ForeignKeyField(Jabatan, backref="fungsi", on_delete="CASCADE")
    urutan = pw.IntegerField()
    teks = pw.TextField()


class Periode(Base):
    nama = pw.TextField()  # "2018-2022" (added in schema 2)
    tahun_awal = pw.IntegerField()
    tahun_akhir = pw.IntegerField()
    # The matrix's title lines and its date line, as printed.
    matriks_judul = pw.TextField(default="")
    matriks_tahun = pw.TextField(default="")
    matriks_tanggal = pw.DateField(null=True)
    # The matrix's layout (JSON of app.models.format_matriks; "" the standard look; schema 4).
    matriks_format = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])
    # The matrix date as the office spells it ("01 Nopember 2021"; app.models.tanggal; schema 5).
    matriks_tanggal_teks = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])

    class Meta:
        constraints = [pw.SQL("CHECK (tahun_akhir >= tahun_awal)")]


class Keputusan(Base):
    periode = pw.ForeignKeyField(Periode, backref="keputusan", on_delete="CASCADE")
    nomor = pw.TextField()  # "24", "188.45/ /KEP/35.07.19/2019": exactly as typed; "" blank
    tahun = pw.IntegerField()  # 2018
    tanggal = pw.DateField(null=True)  # NULL: left blank (schema 4)
    tanggal_teks = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])  # the date as the office spells it (app.models.tanggal)
    # The lampiran's layout (JSON of app.models.format_dokumen; "" the standard look; schema 4).
    format = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])
    sebutan = pw.TextField()  # "SK Keputusan Camat Karang Jaya Kabupaten Tanah Laut"
    # Snapshot of the signer: changing the Camat later must not rewrite a signed decree.
    ttd_awalan = pw.TextField(default="")  # "", "Plt.", "Plh.", "a.n."
    ttd_jabatan = pw.TextField()  # "CAMAT BELAWANG,"
    ttd_jabatan2 = pw.TextField(default="")  # second line after "a.n. ...": "Sekretaris Kecamatan,"
    ttd_nama = pw.TextField()
    ttd_nip = pw.TextField(null=True)
    ttd_pangkat = pw.TextField(null=True)


class Lampiran(Base):
    keputusan = pw.ForeignKeyField(Keputusan, backref="lampiran", on_delete="CASCADE")
    jabatan = pw.ForeignKeyField(Jabatan, backref="lampiran", on_delete="CASCADE")
    nomor = pw.TextField()  # Roman numeral: "V"
    urutan = pw.IntegerField(default=0)  # order of the pages in the printed set
    kepala = pw.TextField(null=True)  # the header line as printed; NULL: made from nomor

    class Meta:
        indexes = ((("keputusan", "jabatan"), True),)


class Sasaran(Base):
    jabatan = pw.ForeignKeyField(Jabatan, backref="sasaran", on_delete="CASCADE")
    periode = pw.ForeignKeyField(Periode, backref="sasaran", on_delete="CASCADE")
    nomor = pw.TextField(default="")  # the NO cell as printed: "1", "2.", "4"
    nama = pw.TextField()  # the KINERJA UTAMA cell of the lampiran
    urutan = pw.IntegerField(default=0)
    nama_matriks = pw.TextField(null=True)  # the matrix's wording, NULL: same as nama
    urutan_matriks = pw.IntegerField(null=True)


class Indikator(Base):
    sasaran = pw.ForeignKeyField(Sasaran, backref="indikator", on_delete="CASCADE")
    nomor = pw.TextField(default="")  # "1." under a nested objective, usually empty
    nama = pw.TextField(default="")  # may be empty: the reference has such a row
    urutan = pw.IntegerField(default=0)
    jenis = pw.TextField(default="persentase")
    polaritas = pw.TextField(default="positif")
    satuan = pw.TextField(default="")
    formulasi = pw.TextField(default="")
    label_pembilang = pw.TextField(default="")
    label_penyebut = pw.TextField(default="")
    penanggung_jawab = pw.TextField(default="")
    sumber_data = pw.TextField(default="")  # may hold a lettered list, one item a line
    penjelasan_berbutir = pw.BooleanField(default=True)  # paragraphs printed with "➢"
    di_lampiran = pw.BooleanField(default=True)
    di_matriks = pw.BooleanField(default=False)
    nama_matriks = pw.TextField(null=True)
    sumber_data_matriks = pw.TextField(null=True)

    class Meta:
        constraints = [
            pw.SQL("CHECK (jenis IN ('persentase','jumlah','indeks','teks'))"),
            pw.SQL("CHECK (polaritas IN ('positif','negatif'))"),
        ]


class Penjelasan(Base):
    indikator = pw.ForeignKeyField(Indikator, backref="penjelasan", on_delete="CASCADE")
    urutan = pw.IntegerField()
    teks = pw.TextField()


class Target(Base):
    indikator = pw.ForeignKeyField(Indikator, backref="target", on_delete="CASCADE")
    tahun = pw.IntegerField()
    nilai = DesimalField(null=True)
    teks = pw.TextField(default="")  # for indicators of kind "teks"

    class Meta:
        indexes = ((("indikator", "tahun"), True),)


class Realisasi(Base):
    indikator = pw.ForeignKeyField(Indikator, backref="realisasi", on_delete="CASCADE")
    tahun = pw.IntegerField()
    triwulan = pw.IntegerField()
    nilai = DesimalField(null=True)
    pembilang = DesimalField(null=True)
    penyebut = DesimalField(null=True)
    catatan = pw.TextField(default="")
    # The quarterly measurement (schema 5): the obstacles and the follow-up.
    kendala = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])
    solusi = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("indikator", "tahun", "triwulan"), True),)
        constraints = [pw.SQL("CHECK (triwulan BETWEEN 1 AND 4)")]


class Kategori(Base):
    """One band of the capaian scale (added in schema 2). ``batas_bawah`` NULL: the last
    band, catching everything below the others."""

    urutan = pw.IntegerField()
    batas_bawah = DesimalField(null=True)
    nama = pw.TextField()
    warna = pw.TextField(default="#808080")


class Pengaturan(Base):
    """Settings that belong to the data, not to the PC (added in schema 2)."""

    kunci = pw.TextField(primary_key=True)
    nilai = pw.TextField()


class Riwayat(Base):
    """The history of every change (added in schema 3): when, by which operator, which item,
    which field, the old and the new value (JSON). A deletion keeps everything it removed
    in ``data``, so the item can be brought back from the history."""

    waktu = pw.DateTimeField(index=True)
    operator = pw.TextField()
    aksi = pw.TextField()  # "ubah", "tambah", "hapus", "pulihkan", "pindah"
    jenis = pw.TextField()  # "indikator", "jabatan", ...
    item_id = pw.IntegerField()
    label = pw.TextField(default="")  # the item's name when it happened
    kolom = pw.TextField(default="")
    lama = pw.TextField(null=True)
    baru = pw.TextField(null=True)
    data = pw.TextField(null=True)

    class Meta:
        indexes = ((("jenis", "item_id"), False),)


MODELS_INTI = [Kecamatan, Pegawai, Jabatan, Fungsi, Periode, Keputusan, Lampiran, Sasaran, Indikator, Penjelasan,
               Target, Realisasi, Kategori, Pengaturan, Riwayat]
