"""The data-quality warnings of the rencana aksi and the measurement (part of
:func:`app.models.quality.periksa`): quarter targets that do not make the year's target
(:func:`app.models.sakip.cek_target_triwulan`, the one rule), and, when the file requires
evidence (setting ``bukti_wajib``), realisasi without an evidence file."""

from __future__ import annotations

from .data import JabatanData
from .display import nama_triwulan
from .kinds import Jenis
from .sakip import cek_target_triwulan

BUKTI_WAJIB = "bukti_wajib"  # Pengaturan key: "1" = every filled realisasi needs an evidence file
YA = ("1", "ya", "true")


def bukti_wajib(store) -> bool:
    return (store.pengaturan(BUKTI_WAJIB, "0") or "0").strip().casefold() in YA


def periksa_aksi(store, jabatan_per_periode: dict[int, list[JabatanData]], Peringatan) -> list:  # noqa: N803
    """The warnings, made with ``Peringatan`` (app.models.quality's class, passed in: no
    import cycle)."""
    out = []
    quarters = store.target_triwulan_semua()
    names = {}
    for jabatan in jabatan_per_periode.values():
        for j in jabatan:
            for s in j.sasaran:
                for ind in s.indikator:
                    names[ind.id] = f"Indikator «{ind.nama or '(tanpa nama)'}» ({j.nama})"
                    for t in sorted({y for (iid, y) in quarters if iid == ind.id}):
                        target = ind.target_tahun(t)
                        for pesan in cek_target_triwulan(ind.jenis, target.nilai if target else None,
                                                         quarters[(ind.id, t)], ind.satuan):
                            out.append(Peringatan("target_triwulan_tidak_cocok", f"{names[ind.id]}, rencana aksi {t}: {pesan}",
                                                  Jenis.INDIKATOR, ind.id))
    if bukti_wajib(store):
        for iid, tahun, tw in store.bukti_tanpa_isi():
            if iid in names:
                out.append(Peringatan("realisasi_tanpa_bukti", f"{names[iid]}: realisasi {tahun} {nama_triwulan(tw)} belum "
                                      "punya berkas bukti. Tambahkan berkasnya di tab «Rencana aksi & pengukuran».",
                                      Jenis.INDIKATOR, iid))
    return out
