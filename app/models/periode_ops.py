"""Periods (a Renstra's years): create one with any years, re-date it, rename it, delete it
with everything in it. Each write validates first (an Indonesian message, nothing
stored), records itself in the history and returns a :class:`~app.models.changes.Changes`
whose ``undo`` takes it back (the old values; a deletion's tombstone).

The rules, one place:
- years are whole numbers 1900–2100, the last not before the first, at most
  :data:`PANJANG_MAKS` years (the matrix prints one target column per year);
- periods may overlap (a Renstra's transition year, 2021 in 2016–2021 and 2021–2026, is
  common); their names must differ (spaces and case ignored);
- targets and realisasi belong to an indicator and a year, not to the period's span: a
  re-date never deletes them. Years that fall outside are kept in the file, hidden from
  the window and the printouts, and come back when the period covers them again. A
  re-date that would hide data is refused unless the caller says it was accepted
  (``terima_tersembunyi``; the window asks first);
- the last period cannot be deleted (the window always shows one).
"""

from __future__ import annotations

import re
from typing import Any

import peewee as pw

from . import validation as v
from .changes import Changes
from .errors import DataTidakDitemukan, InputTidakValid
from .kinds import Jenis
from .schema import Indikator, Keputusan, Lampiran, Periode, Realisasi, Sasaran, Target

TAHUN_MIN, TAHUN_MAKS = 1900, 2100
PANJANG_MAKS = 20  # years in one period
_TEKS = re.compile(r"^\s*(\S+?)\s*(?:-|–|—|/|s\.?\s*d\.?)\s*(\S+)\s*$", re.IGNORECASE)


def tahun_periode(value: Any, label: str) -> int:
    """One year of a period, or an Indonesian refusal."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not TAHUN_MIN <= value <= TAHUN_MAKS:
        raise InputTidakValid(f"Tahun {label} «{value}» tidak dapat dipakai: isi tahun empat angka antara "
                              f"{TAHUN_MIN} dan {TAHUN_MAKS}, misalnya 2021. Tidak ada yang diubah.")
    return value


def cek_tahun(tahun_awal: Any, tahun_akhir: Any) -> tuple[int, int]:
    """The first and last year of a period, checked together."""
    awal, akhir = tahun_periode(tahun_awal, "awal"), tahun_periode(tahun_akhir, "akhir")
    if akhir < awal:
        raise InputTidakValid(f"Tahun akhir periode ({akhir}) tidak boleh sebelum tahun awalnya ({awal}). "
                              "Tidak ada yang diubah.")
    if akhir - awal + 1 > PANJANG_MAKS:
        raise InputTidakValid(f"Periode {awal}-{akhir} terlalu panjang ({akhir - awal + 1} tahun); paling lama "
                              f"{PANJANG_MAKS} tahun. Tidak ada yang diubah.")
    return awal, akhir


def baca_periode(teks: str) -> tuple[int, int]:
    """"2021-2026" (also "2021–2026", "2021 - 2026", "2021/2026", "2021 s.d. 2026") as years."""
    m = _TEKS.match(teks or "")
    if m is None:
        raise InputTidakValid(f"«{teks}» bukan periode; tulis tahun awal dan tahun akhirnya, misalnya 2021-2026.")
    return cek_tahun(m.group(1), m.group(2))


# The setting that marks the period a new empty database got without anyone choosing its
# years ("id:awal-akhir"): an import may re-date that one, never a period the user chose
# (nor this one once the user re-dated it: its years no longer match the mark).
OTOMATIS = "periode_otomatis"


def tanda_otomatis(periode_id: int, tahun_awal: int, tahun_akhir: int) -> str:
    return f"{periode_id}:{tahun_awal}-{tahun_akhir}"


def nama_bawaan(tahun_awal: int, tahun_akhir: int) -> str:
    return f"{tahun_awal}-{tahun_akhir}"


def matriks_tahun_bawaan(tahun_awal: int, tahun_akhir: int) -> str:
    return f"TAHUN {tahun_awal}-{tahun_akhir}"


def _kunci(nama: str) -> str:
    return " ".join(nama.split()).casefold()


class PeriodeOps:
    """Mixed into the store through :class:`app.models.writes.WriteOps` (needs ``_tx``,
    ``_log`` and ``delete``)."""

    def _nama_bebas(self, nama: str, kecuali: int | None = None) -> str:
        nama = v.required(nama, "nama periode").strip()
        for pid, other in Periode.select(Periode.id, Periode.nama).tuples():
            if pid != kecuali and _kunci(other) == _kunci(nama):
                raise InputTidakValid(f"Periode «{nama}» sudah ada; pilih nama lain.")
        return nama

    def tambah_periode(self, tahun_awal: int, tahun_akhir: int, nama: str | None = None) -> Changes:
        """A new, empty period."""
        awal, akhir = cek_tahun(tahun_awal, tahun_akhir)
        with self._tx():
            nama = self._nama_bebas(nama or nama_bawaan(awal, akhir))
            new_id = Periode.insert(nama=nama, tahun_awal=awal, tahun_akhir=akhir,
                                    matriks_tahun=matriks_tahun_bawaan(awal, akhir)).execute()
            self._log("tambah", Jenis.PERIODE, new_id, nama, baru={"nama": nama, "tahun_awal": awal, "tahun_akhir": akhir})
        return Changes.rows(Jenis.PERIODE, new_id, created=[(Jenis.PERIODE, new_id)])

    def ubah_periode(self, periode_id: int, terima_tersembunyi: bool = False, **fields: Any) -> Changes:
        """Re-date and/or rename a period (``nama``, ``tahun_awal``, ``tahun_akhir``,
        ``matriks_tahun``). A name or a matrix year line that was the automatic one of the
        old years follows the new years. ``undo``: the old values, for this same call."""
        unknown = set(fields) - {"nama", "tahun_awal", "tahun_akhir", "matriks_tahun"}
        if unknown:
            raise ValueError(f"not a period field: {sorted(unknown)}")
        with self._tx():
            row = Periode.select().where(Periode.id == periode_id).dicts().first()
            if row is None:
                raise DataTidakDitemukan("Periode itu tidak ada lagi di basis data.")
            new = self._periode_baru(row, fields)
            if not terima_tersembunyi:
                hidden = self._tersembunyi(periode_id, (row["tahun_awal"], row["tahun_akhir"]),
                                           (new["tahun_awal"], new["tahun_akhir"]))
                if hidden:
                    raise InputTidakValid(pesan_tersembunyi(hidden) + " Tidak ada yang diubah.")
            changed = [k for k in new if new[k] != row[k]]
            old = {k: row[k] for k in changed}
            if changed:
                Periode.update({k: new[k] for k in changed}).where(Periode.id == periode_id).execute()
                for k in changed:
                    self._log("ubah", Jenis.PERIODE, periode_id, new["nama"], k, row[k], new[k])
        years = bool({"tahun_awal", "tahun_akhir"} & set(changed))
        return Changes.ubah(Jenis.PERIODE, periode_id, changed, undo=old, numbers=years)

    def _periode_baru(self, row: dict, fields: dict) -> dict:
        """The period's values after the change, checked."""
        awal, akhir = cek_tahun(fields.get("tahun_awal", row["tahun_awal"]), fields.get("tahun_akhir", row["tahun_akhir"]))
        old_years = (row["tahun_awal"], row["tahun_akhir"])
        nama = fields.get("nama")
        if nama is None:
            nama = nama_bawaan(awal, akhir) if row["nama"] == nama_bawaan(*old_years) else row["nama"]
        matriks = fields.get("matriks_tahun")
        if matriks is None:
            same = row["matriks_tahun"] == matriks_tahun_bawaan(*old_years)
            matriks = matriks_tahun_bawaan(awal, akhir) if same else row["matriks_tahun"]
        return {"nama": self._nama_bebas(nama, kecuali=row["id"]), "tahun_awal": awal, "tahun_akhir": akhir,
                "matriks_tahun": v.text(matriks, "tahun pada judul matriks")}

    def _tersembunyi(self, periode_id: int, lama: tuple[int, int], baru: tuple[int, int]) -> dict[str, Any]:
        """Targets and realisasi shown in the old years that the new years would hide."""
        years = [y for y in range(lama[0], lama[1] + 1) if not baru[0] <= y <= baru[1]]
        if not years:
            return {}
        ind = Indikator.select(Indikator.id).join(Sasaran).where(Sasaran.periode == periode_id)
        out: dict[str, Any] = {}
        for name, model in (("target", Target), ("realisasi", Realisasi)):
            n = model.select().where(model.indikator.in_(ind), model.tahun.in_(years)).count()
            if n:
                out[name] = n
        if out:
            found = set()
            for model in (Target, Realisasi):
                found |= {r[0] for r in model.select(model.tahun).where(model.indikator.in_(ind), model.tahun.in_(years))
                          .distinct().tuples()}
            out["tahun"] = sorted(found)
        return out

    def periode_tersembunyi(self, periode_id: int, tahun_awal: int, tahun_akhir: int) -> dict[str, Any]:
        """What a re-date to these years would hide (for the question before it):
        {"target": n, "realisasi": n, "tahun": [...]}, empty when nothing."""
        awal, akhir = cek_tahun(tahun_awal, tahun_akhir)
        with self._tx():
            row = Periode.get_or_none(Periode.id == periode_id)
            if row is None:
                raise DataTidakDitemukan("Periode itu tidak ada lagi di basis data.")
            return self._tersembunyi(periode_id, (row.tahun_awal, row.tahun_akhir), (awal, akhir))

    def isi_periode(self, periode_id: int) -> dict[str, int]:
        """What a period holds (for the confirmation of its deletion): jabatan with
        sasaran in it, sasaran, indikator, target, realisasi, keputusan, lampiran."""
        with self._tx():
            sas = Sasaran.select(Sasaran.id).where(Sasaran.periode == periode_id)
            ind = Indikator.select(Indikator.id).where(Indikator.sasaran.in_(sas))
            kep = Keputusan.select(Keputusan.id).where(Keputusan.periode == periode_id)
            return {
                "jabatan": Sasaran.select(pw.fn.COUNT(Sasaran.jabatan.distinct())).where(Sasaran.periode == periode_id).scalar(),
                "sasaran": sas.count(), "indikator": ind.count(),
                "target": Target.select().where(Target.indikator.in_(ind)).count(),
                "realisasi": Realisasi.select().where(Realisasi.indikator.in_(ind)).count(),
                "keputusan": kep.count(), "lampiran": Lampiran.select().where(Lampiran.keputusan.in_(kep)).count(),
            }

    def hapus_periode(self, periode_id: int) -> Changes:
        """Delete a period with everything in it (its sasaran, indicators, targets,
        realisasi, decrees and their lampiran; the jabatan stay). ``undo``: the tombstone."""
        with self._tx():
            if not Periode.select().where(Periode.id == periode_id).exists():
                raise DataTidakDitemukan("Periode itu tidak ada lagi di basis data.")
            if Periode.select().count() <= 1:
                raise InputTidakValid("Periode terakhir tidak dapat dihapus: buat dulu periode lain, lalu hapus "
                                      "periode ini. Periode tidak dihapus.")
            return self.delete(Jenis.PERIODE, periode_id)


def pesan_tersembunyi(hidden: dict[str, Any]) -> str:
    """The sentence that says what a re-date would hide, and that it is kept."""
    parts = [f"{hidden[k]} {k}" for k in ("target", "realisasi") if hidden.get(k)]
    years = ", ".join(str(y) for y in hidden.get("tahun", ()))
    return (f"Tahun {years} berisi {' dan '.join(parts)} yang tidak akan tampil lagi dengan tahun periode yang baru. "
            "Data itu tetap disimpan (tidak dihapus) dan tampil lagi bila tahun periode mencakupnya kembali.")
