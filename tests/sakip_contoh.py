"""The Belawang sample filled with a SAKIP year (2019), for the tests that print every
document: a Perjanjian Kinerja for every jabatan, a rencana aksi over the four quarters of
a few indicators, realisasi with kendala and solusi, a small budget with pagu and spending."""

from __future__ import annotations

from decimal import Decimal as D

TAHUN = 2019
POSKAMLING = "Jumlah poskamling yang aktif"
ADMINISTRASI = "Persentase Desa dengan Administrasi Desa yang Baik"
ODD = "<b>x</b> & <img src=a>"
AKSI = f"Patroli malam {ODD}"
KENDALA = f"Hujan deras {ODD}"
SOLUSI = "Patroli dijadwal ulang"
PROGRAM = "Penyelenggaraan Pemerintahan <b>& Pelayanan</b>"


def indikator(store, nama: str):
    pid = store.periode_pembuka()
    return next(i for j in store.jabatan_all(pid, realisasi=False) for s in j.sasaran for i in s.indikator
                if i.nama == nama)


def isi_sakip(store) -> None:
    """Fill ``store`` (the Belawang sample) with the SAKIP year :data:`TAHUN`."""
    pid = store.periode_pembuka()
    adm = indikator(store, ADMINISTRASI)
    prog = store.tambah_program(pid, None, "7.01.02", PROGRAM, adm.sasaran_id).item_id
    keg = store.tambah_program(pid, prog, "7.01.02.2.01", "Koordinasi Penyelenggaraan Pemerintahan").item_id
    store.set_pagu(keg, TAHUN, "Rp 600.000.000")
    store.set_realisasi_anggaran(keg, TAHUN, 1, "150.000.000")
    for j in store.jabatan_list():  # after the budget: a PK takes its budget lines when it is made
        store.buat_pk(j.id, TAHUN)
    pos = indikator(store, POSKAMLING)
    for tw, target in zip((1, 2, 3, 4), (D(3), D(3), D(3), D(4))):
        store.set_rencana_aksi(pos.id, TAHUN, tw, target, f"{AKSI}\nPembinaan TW {tw}", D(1_004_422_800))
    store.set_realisasi(pos.id, TAHUN, 1, D("2.3"))
    store.set_pengukuran(pos.id, TAHUN, 1, KENDALA, SOLUSI)
    store.set_rencana_aksi(adm.id, TAHUN, 1, D(25), "Pembinaan administrasi desa", D(5_000_000))
    store.set_realisasi(adm.id, TAHUN, 1, D(20))
    store.set_pengukuran(adm.id, TAHUN, 1, "Aparat desa berganti", "")
