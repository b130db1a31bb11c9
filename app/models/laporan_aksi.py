"""The rencana aksi and the quarterly "Pengukuran Kinerja" of a year as plain data
(:mod:`app.models.sakip_data`), one document per jabatan, signed by the jabatan's holder.
Every quarter's capaian is computed by :func:`app.models.capaian.hitung_triwulan` against the
quarter's target of the rencana aksi where there is one (else the year's)."""

from __future__ import annotations

import datetime as _dt

from .capaian import hitung_triwulan
from .data import IndikatorData, JabatanData, KecamatanData, PeriodeData
from .display import cara_perhitungan
from .errors import DataTidakDitemukan, InputTidakValid
from .laporan import Penandatangan, periode_cetak
from .sakip import TRIWULAN_SETAHUN, atasan_pk
from .sakip_data import AksiTriwulan, BarisPengukuran, Pengukuran, Pihak, RencanaAksi, RencanaAksiIndikator
from .tanggal import Tanggal

TANGGAL_KOSONG = "\u00a0" * 24  # room to write a date by hand (non-breaking: kept in PDF and Word)


def _sama(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _periode(store, tahun: int, periode_id: int | None) -> PeriodeData:
    periode = store.periode(periode_id) if periode_id else periode_cetak(store, tahun=tahun)[0]
    if tahun not in periode.tahun:
        raise InputTidakValid(f"Tahun {tahun} di luar periode {periode.nama} ({periode.tahun_awal}–{periode.tahun_akhir}). "
                              "Pilih tahun di dalam periode itu, atau periode lain dengan --periode.")
    return periode


def _jabatan(store, periode: PeriodeData, tahun: int, nama: str | None) -> list[JabatanData]:
    """The jabatan printed: the one named (case and spacing ignored), else every jabatan
    with indicators in the period, in hierarchy order."""
    semua = store.jabatan_all(periode.id, tahun)
    if nama is not None:
        found = [j for j in semua if _sama(j.nama, nama)]
        if not found:
            names = ", ".join(f"«{j.nama}»" for j in semua if j.sasaran)
            raise InputTidakValid(f"Jabatan «{nama}» tidak ada. Jabatan yang ada: {names or '(belum ada)'}.")
        return found
    found = [j for j in semua if any(s.indikator for s in j.sasaran)]
    if not found:
        raise DataTidakDitemukan(f"Periode {periode.nama} belum punya indikator untuk dicetak.")
    return found


def pihak_jabatan(j: JabatanData, kec: KecamatanData) -> Pihak:
    """The holder of a jabatan as a signer: "Camat Karang Jaya" for the head of the office,
    "<jabatan> Kecamatan Karang Jaya" for the others (the PK's wording)."""
    p = j.pemegang
    post = f"{j.nama} {kec.nama}" if j.atasan_id is None else f"{j.nama} Kecamatan {kec.nama}"
    return Pihak(p.nama if p else "", post, p.nip if p else None, p.pangkat if p else None)


def _ttd(j: JabatanData, kec: KecamatanData) -> Penandatangan:
    return pihak_jabatan(j, kec).penandatangan()


def _instansi(kec: KecamatanData) -> str:
    return f"Kecamatan {kec.nama} Kabupaten {kec.kabupaten}"


def _sudah_lewat(tahun: int, triwulan: int | None, hari_ini: _dt.date) -> bool:
    """Whether the time a document is signed in has passed: a rencana aksi's year; a
    quarter's measurement from the quarter's start to the end of the next quarter (it is
    reported after the quarter ends)."""
    if triwulan is None:
        return tahun < hari_ini.year
    sekarang = hari_ini.year * 4 + (hari_ini.month - 1) // 3
    return sekarang >= tahun * 4 + (triwulan - 1) + 2


def tanggal_ttd(tahun: int, triwulan: int | None = None, tanggal: _dt.date | Tanggal | None = None,
                hari_ini: _dt.date | None = None) -> tuple[_dt.date | None, str]:
    """The date above the holder's signature as (date, its text): a date given, printed as
    typed (a :class:`~app.models.tanggal.Tanggal` keeps its spelling, "01 Nopember 2021");
    none given: today while the document's time is now or ahead, else — a past year or
    quarter — no date, a blank to fill in by hand before the year ("Karang Jaya,         2021";
    the TW IV measurement, signed in December or the January after, with the year blank
    too). Never silently today for a past document."""
    if isinstance(tanggal, Tanggal):
        return tanggal.tanggal, tanggal.teks
    if tanggal is not None:
        return tanggal, ""
    hari_ini = hari_ini or _dt.date.today()
    if not _sudah_lewat(tahun, triwulan, hari_ini):
        return hari_ini, ""
    return None, TANGGAL_KOSONG + ("" if triwulan == 4 else str(tahun))


def _baris_aksi(plan: dict, i: IndikatorData, sasaran: str, tahun: int, bands, aturan: str) -> RencanaAksiIndikator:
    targets = {q: a.target for q, a in plan.items()}
    quarters = []
    for q in TRIWULAN_SETAHUN:
        a = plan.get(q)
        aksi = tuple(line.strip() for line in (a.aksi if a else "").splitlines() if line.strip())
        quarters.append(AksiTriwulan(q, a.target if a else None, aksi, a.anggaran if a else None,
                                     hitung_triwulan(i, tahun, bands, aturan, q, targets)))
    t = i.target_tahun(tahun)
    return RencanaAksiIndikator(sasaran, i.nama, i.satuan, i.jenis, t.nilai if t else None, tuple(quarters), i.nomor)


def data_rencana_aksi(store, tahun: int, jabatan: str | None = None, periode_id: int | None = None,
                      tanggal: _dt.date | Tanggal | None = None) -> tuple[RencanaAksi, ...]:
    """The rencana aksi of ``tahun``, one per jabatan (only ``jabatan`` when named): per
    indicator the four quarters' target, actions and budget, and the capaian measured so
    far against each quarter's target; signed by the holder, dated by :func:`tanggal_ttd`."""
    periode = _periode(store, tahun, periode_id)
    kec, bands = store.kecamatan(), store.kategori()
    aturan = store.pengaturan("aturan_negatif", "permenpan")
    plans, out = store.rencana_aksi_tahun(tahun), []
    tgl, teks = tanggal_ttd(tahun, None, tanggal)
    for j in _jabatan(store, periode, tahun, jabatan):
        rows = tuple(_baris_aksi(plans.get(i.id, {}), i, s.nama, tahun, bands, aturan) for s in j.sasaran for i in s.indikator)
        out.append(RencanaAksi(tahun, _instansi(kec), j.nama, rows, _ttd(j, kec), kec.tempat,
                               tgl, cara_perhitungan(aturan), teks))
    return tuple(out)


def data_pengukuran(store, tahun: int, triwulan: int, jabatan: str | None = None, periode_id: int | None = None,
                    tanggal: _dt.date | Tanggal | None = None) -> tuple[Pengukuran, ...]:
    """The quarterly measurement up to ``triwulan``, one per jabatan (only ``jabatan`` when
    named): per indicator the year's target, the target up to the quarter, realisasi,
    capaian, band, and that quarter's kendala and solusi; signed by the holder, the
    superior's holder under "Mengetahui"; dated by :func:`tanggal_ttd`."""
    if triwulan not in TRIWULAN_SETAHUN:
        raise InputTidakValid("Triwulan harus 1, 2, 3 atau 4.")
    periode = _periode(store, tahun, periode_id)
    kec, bands = store.kecamatan(), store.kategori()
    aturan = store.pengaturan("aturan_negatif", "permenpan")
    targets, catatan = store.target_triwulan(tahun), store.kendala_solusi(tahun, triwulan)
    semua = store.jabatan_all(periode.id, realisasi=False)
    tgl, teks = tanggal_ttd(tahun, triwulan, tanggal)
    out = []
    for j in _jabatan(store, periode, tahun, jabatan):
        rows = []
        for s in j.sasaran:
            for i in s.indikator:
                t = i.target_tahun(tahun)
                kendala, solusi = catatan.get(i.id, ("", ""))
                hasil = hitung_triwulan(i, tahun, bands, aturan, triwulan, targets.get(i.id))
                rows.append(BarisPengukuran(s.nama, i.nomor, i.nama, i.satuan, t.nilai if t else None, hasil,
                                            kendala, solusi))
        atasan = atasan_pk(j, semua)
        out.append(Pengukuran(tahun, triwulan, _instansi(kec), j.nama, tuple(rows), _ttd(j, kec),
                              _ttd(atasan, kec) if atasan is not None else None, kec.tempat,
                              tgl, cara_perhitungan(aturan), teks))
    return tuple(out)
