"""What the tables of chapter III of the LKjIP show for a year, gathered from the store as
plain data (:class:`app.models.sakip_data.LkjipBab3`): 3.1 every IKU with its target,
realisasi, capaian and band of the year, the realisasi and capaian of the period's earlier
years and the capaian against the Renstra's final-year target; 3.2 the budget per program
with pagu, realisasi, serapan, the capaian kinerja of the sasaran it serves, and the
efficiency. Capaian come from :mod:`app.models.capaian` (and :func:`app.models.rules.capaian`
for the Renstra target), serapan and efficiency from :mod:`app.models.sakip`, how budget
lines add up from :mod:`app.models.anggaran`: nothing is computed twice."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Mapping, Sequence

from .anggaran import ProgramData, pagu_baris, realisasi_baris
from .capaian import Capaian, hitung, rata_rata
from .data import JabatanData
from .display import cara_perhitungan
from .errors import InputTidakValid
from .laporan import periode_cetak
from .rules import Band, capaian
from .sakip import efisiensi, kategori_efisiensi, serapan
from .sakip_data import BarisAnggaran, BarisIKU, CapaianTahunLalu, LkjipBab3


def capaian_sasaran(jabatan: Iterable[JabatanData], tahun: int, bands: Sequence[Band],
                    aturan_negatif: str = "permenpan", sampai_triwulan: int = 4,
                    dihitung: Mapping[int, Capaian] | None = None) -> dict[int, Decimal | None]:
    """The capaian kinerja of each sasaran in a year: the mean capaian of its indicators
    that have one (rounded as a capaian); None when none has. ``dihitung``: indicator id →
    its capaian already computed for this year and quarter (not computed again)."""
    dihitung = dihitung or {}
    out: dict[int, Decimal | None] = {}
    for j in jabatan:
        for s in j.sasaran:
            values = [(dihitung.get(i.id) or hitung(i, tahun, bands, aturan_negatif, sampai_triwulan)).capaian
                      for i in s.indikator]
            out[s.id] = rata_rata([v for v in values if v is not None])
    return out


def baris_anggaran(p: ProgramData, capaian_kinerja: Decimal | None, sampai_triwulan: int = 4) -> BarisAnggaran:
    """One budget line of 3.2: its pagu and realisasi (own, else of the lines under it), the
    serapan, the capaian kinerja of its sasaran beside it and the efficiency."""
    pagu, real = pagu_baris(p), realisasi_baris(p, sampai_triwulan)
    ser = serapan(pagu, real)
    eff = efisiensi(capaian_kinerja, ser)
    return BarisAnggaran(p.kode, p.nama, pagu, real, ser, capaian_kinerja, eff, kategori_efisiensi(eff))


def data_lkjip(store, tahun: int, periode_id: int | None = None) -> LkjipBab3:
    """The chapter III tables of ``tahun`` (in the period ``periode_id``; by default the
    newest period holding data that contains the year)."""
    periode = store.periode(periode_id) if periode_id else periode_cetak(store, tahun=tahun)[0]
    if tahun not in periode.tahun:
        raise InputTidakValid(f"Tahun {tahun} di luar periode {periode.nama} ({periode.tahun_awal}–{periode.tahun_akhir}).")
    bands = store.kategori()
    aturan = store.pengaturan("aturan_negatif", "permenpan") or "permenpan"
    jabatan = store.jabatan_all(periode.id)  # realisasi of every year: the earlier ones are compared
    earlier = tuple(y for y in periode.tahun if y < tahun)
    akhir = periode.tahun_akhir
    iku, dihitung = [], {}
    for j in jabatan:
        for s in j.sasaran:
            for i in s.indikator:
                hasil = dihitung[i.id] = hitung(i, tahun, bands, aturan)
                lalu = tuple(CapaianTahunLalu(y, c.realisasi, c.capaian)
                             for y in earlier for c in (hitung(i, y, bands, aturan),))
                t_akhir = i.target_tahun(akhir)
                target_renstra = t_akhir.nilai if t_akhir else None
                iku.append(BarisIKU(i.nomor, s.nama, i.nama, i.satuan, hasil, lalu, target_renstra,
                                    capaian(target_renstra, hasil.realisasi, i.polaritas, aturan)))
    per_sasaran = capaian_sasaran(jabatan, tahun, bands, aturan, dihitung=dihitung)
    anggaran = tuple(baris_anggaran(p, per_sasaran.get(p.sasaran_id)) for p in store.program_tree(periode.id, tahun))
    kec = store.kecamatan()
    return LkjipBab3(tahun, f"Kecamatan {kec.nama} Kabupaten {kec.kabupaten}".strip(), akhir, earlier, tuple(iku),
                     anggaran, cara_perhitungan(aturan))

