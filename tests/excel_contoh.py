"""The Belawang sample with a SAKIP year in it (realisasi with kendala and solusi, a
rencana aksi, programs with pagu and realisasi anggaran) and some odd text, for the Excel
tests. Plain peewee: the SAKIP store API is being written elsewhere."""

from __future__ import annotations

from decimal import Decimal

from app.models.schema import (Indikator, Pagu, Program, Realisasi, RealisasiAnggaran, RencanaAksi, Sasaran, Target,
                               using)

ANEH = "<b>x</b> & <img src=a> =SUM(A1) «kutip»\nbaris kedua"


def isi_sakip(store) -> dict:
    with using(store.db), store.db.atomic():
        inds = list(Indikator.select().order_by(Indikator.id))
        first, second = inds[0], inds[1]
        Indikator.update(formulasi=ANEH, satuan="%", jenis="persentase", polaritas="positif").where(Indikator.id == first.id).execute()
        Indikator.update(jenis="jumlah", satuan="dokumen").where(Indikator.id == second.id).execute()
        for ind, target in ((first, Decimal("80")), (second, Decimal("12"))):
            Target.insert(indikator=ind.id, tahun=2019, nilai=target).on_conflict_replace().execute()
        Realisasi.insert(indikator=first.id, tahun=2019, triwulan=1, nilai=Decimal("40.5"), catatan="catatan",
                         kendala="Hujan & banjir", solusi="Jadwal ulang").execute()
        Realisasi.insert(indikator=first.id, tahun=2019, triwulan=2, pembilang=Decimal(3), penyebut=Decimal(4)).execute()
        for q, v in ((1, 2), (2, 3)):
            Realisasi.insert(indikator=second.id, tahun=2019, triwulan=q, nilai=Decimal(v)).execute()
        for q in (1, 2, 3, 4):
            RencanaAksi.insert(indikator=second.id, tahun=2019, triwulan=q, target=Decimal(3), aksi=f"Aksi TW {q}",
                               anggaran=Decimal("1004422800.5")).execute()
        sas = Sasaran.get_by_id(first.sasaran_id)
        prog = Program.create(periode=sas.periode_id, tingkat="program", kode="7.01.01", nama="Program Penunjang",
                              urutan=1, sasaran=sas.id)
        keg = Program.create(periode=sas.periode_id, induk=prog.id, tingkat="kegiatan", kode="7.01.01.2.01",
                             nama="Perencanaan", urutan=2)
        Pagu.create(program=prog.id, tahun=2019, nilai=Decimal("250000000"))
        Pagu.create(program=keg.id, tahun=2019, nilai=Decimal("100000000"))
        RealisasiAnggaran.create(program=keg.id, tahun=2019, triwulan=1, nilai=Decimal("25000000"))
        RealisasiAnggaran.create(program=keg.id, tahun=2019, triwulan=3, nilai=Decimal("30000000.25"))
    store.set_fungsi(sas.jabatan_id, ["  Fungsi dengan spasi di tepi  ", "Kedua"])
    store.update("indikator", second.id, sumber_data="Data panjang " * 250)  # 3,000 characters
    return {"first": first.id, "second": second.id, "program": prog.id, "kegiatan": keg.id}
