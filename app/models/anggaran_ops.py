"""Store operations of the budget: programs, kegiatan and sub-kegiatan (one table,
``Program``, a tree by ``induk``), their pagu per year and realisasi per quarter.

Every write validates first (``InputTidakValid``, nothing stored), runs in one transaction,
records itself in the history and returns a :class:`Changes` whose ``undo`` is what the
same call needs to take it back. Deleting a line takes the lines under it, their pagu and
realisasi with it (``store.delete(Jenis.PROGRAM, id)``, undone by ``store.restore``).
The rules (levels, codes, rupiah, how lines add up): :mod:`app.models.anggaran`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import peewee as pw

from . import validation as v
from .anggaran import (NAMA_TINGKAT, ProgramData, baca_rupiah, cek_kode, kode_pindah, rata, tingkat_anak)
from .changes import Changes
from .errors import DataTidakDitemukan, InputTidakValid
from .kinds import Jenis
from .schema import Pagu, Periode, Program, RealisasiAnggaran, Sasaran

SAMA = object()  # pindah_program: keep the parent
_FIELDS = ("kode", "nama", "sasaran")


class AnggaranOps:
    """Mixed into :class:`app.models.store.Store` (needs ``_tx``, ``_read``, ``_log``)."""

    # ------------------------------------------------------------------ reads

    def program_tree(self, periode_id: int, tahun: int | None = None) -> tuple[ProgramData, ...]:
        """The budget of a period as a tree in order, with the figures of ``tahun``."""
        with self._read():
            rows = list(Program.select().where(Program.periode == periode_id)
                        .order_by(Program.urutan, Program.id).dicts())
            pagu: dict[int, Decimal | None] = {}
            real: dict[int, list[tuple[int, Decimal | None]]] = {}
            if tahun is not None and rows:
                ids = Program.select(Program.id).where(Program.periode == periode_id)
                for pid, nilai in Pagu.select(Pagu.program, Pagu.nilai).where(
                        Pagu.program.in_(ids), Pagu.tahun == tahun).tuples():
                    pagu[pid] = nilai
                for pid, tw, nilai in (RealisasiAnggaran.select(RealisasiAnggaran.program, RealisasiAnggaran.triwulan,
                                                                RealisasiAnggaran.nilai)
                                       .where(RealisasiAnggaran.program.in_(ids), RealisasiAnggaran.tahun == tahun)
                                       .order_by(RealisasiAnggaran.triwulan).tuples()):
                    real.setdefault(pid, []).append((tw, nilai))
        children: dict[int | None, list[dict]] = {}
        for r in rows:
            children.setdefault(r["induk"], []).append(r)

        def build(parent: int | None, seen: frozenset[int]) -> tuple[ProgramData, ...]:
            return tuple(ProgramData(r["id"], r["periode"], r["induk"], r["tingkat"], r["kode"], r["nama"], r["urutan"],
                                     r["sasaran"], tahun, pagu.get(r["id"]), tuple(real.get(r["id"], ())),
                                     build(r["id"], seen | {r["id"]}))
                         for r in children.get(parent, []) if r["id"] not in seen)

        return build(None, frozenset())

    def tahun_anggaran(self, periode_id: int) -> tuple[int, ...]:
        """The years of a period's budget that hold a pagu or a realisasi (a figure, not an
        emptied cell), in order."""
        with self._read():
            ids = Program.select(Program.id).where(Program.periode == periode_id)
            years = {y for (y,) in Pagu.select(Pagu.tahun).where(Pagu.program.in_(ids), Pagu.nilai.is_null(False))
                     .distinct().tuples()}
            years |= {y for (y,) in RealisasiAnggaran.select(RealisasiAnggaran.tahun)
                      .where(RealisasiAnggaran.program.in_(ids), RealisasiAnggaran.nilai.is_null(False))
                      .distinct().tuples()}
        return tuple(sorted(years))

    def program_baris(self, program_id: int, tahun: int | None = None) -> ProgramData:
        """One line (with the lines under it and the figures of ``tahun``)."""
        with self._read():
            periode = Program.select(Program.periode).where(Program.id == program_id).scalar()
        if periode is None:
            raise DataTidakDitemukan("Program/kegiatan itu tidak ada lagi di basis data.")
        return next(p for _, p in rata(self.program_tree(periode, tahun)) if p.id == program_id)

    def ringkasan_hapus_program(self, program_id: int) -> str:
        """What deleting a line takes with it, in words, for the confirmation."""
        p = self.program_baris(program_id)
        under = [x for _, x in rata(p.anak)]
        parts = [f"{sum(1 for x in under if x.tingkat == t)} {NAMA_TINGKAT[t].lower()}" for t in ("kegiatan", "subkegiatan")
                 if any(x.tingkat == t for x in under)]
        what = f"{NAMA_TINGKAT[p.tingkat]} «{p.label}»"
        tail = f" beserta {' dan '.join(parts)} di bawahnya" if parts else ""
        return f"{what}{tail}, dengan pagu dan realisasi anggarannya, akan dihapus. Dapat diurungkan (Ctrl+Z)."

    # ------------------------------------------------------------------ the lines

    def tambah_program(self, periode_id: int, induk_id: int | None = None, kode: str = "", nama: str = "",
                       sasaran_id: int | None = None) -> Changes:
        """Add a line at the end of its siblings: a program (no parent), a kegiatan under a
        program, a sub-kegiatan under a kegiatan. The new id: ``item_id``."""
        nama = v.text(nama, "nama program") if nama else ""
        with self._tx():
            if not Periode.select().where(Periode.id == periode_id).exists():
                raise DataTidakDitemukan("Periode itu tidak ada lagi di basis data.")
            induk = self._program_row(induk_id) if induk_id is not None else None
            if induk is not None and induk.periode_id != periode_id:
                raise InputTidakValid("Induknya ada di periode lain.")
            tingkat = tingkat_anak(induk.tingkat if induk else None)
            kode = self._kode_bebas(periode_id, cek_kode(kode, induk.kode if induk else None))
            self._cek_sasaran(sasaran_id, periode_id)
            nama = nama.strip() or f"{NAMA_TINGKAT[tingkat]} baru"
            last = (Program.select(pw.fn.MAX(Program.urutan))
                    .where(Program.periode == periode_id, _same_parent(induk_id)).scalar())
            row = {"periode": periode_id, "induk": induk_id, "tingkat": tingkat, "kode": kode, "nama": nama,
                   "urutan": 0 if last is None else last + 1, "sasaran": sasaran_id}
            new_id = Program.insert(**row).execute()
            self._log("tambah", Jenis.PROGRAM, new_id, f"{kode} {nama}".strip(), baru=row)
        return Changes.rows(Jenis.PROGRAM, new_id, created=[(Jenis.PROGRAM, new_id)])

    def ubah_program(self, program_id: int, **fields: Any) -> Changes:
        """Set ``kode``, ``nama`` or ``sasaran`` (an id or None) of a line; ``undo``: the old
        values. A new code carries the lines under it along (their parent part is replaced)."""
        unknown = set(fields) - set(_FIELDS)
        if unknown:
            raise ValueError(f"not an editable field of program: {sorted(unknown)}")
        with self._tx():
            row = self._program_row(program_id)
            old = {"kode": row.kode, "nama": row.nama, "sasaran": row.sasaran_id}
            new = dict(old)
            if "nama" in fields:
                new["nama"] = v.required(fields["nama"], "nama program").strip()
            if "sasaran" in fields:
                new["sasaran"] = self._cek_sasaran(fields["sasaran"], row.periode_id)
            if "kode" in fields:
                induk = self._program_row(row.induk_id) if row.induk_id is not None else None
                new["kode"] = cek_kode(fields["kode"], induk.kode if induk else None)
                if new["kode"] != row.kode:
                    self._kode_bebas(row.periode_id, new["kode"])
            changed = [f for f in _FIELDS if new[f] != old[f]]
            if changed:
                Program.update({Program._meta.fields[f]: new[f] for f in changed}).where(Program.id == program_id).execute()
                if "kode" in changed:
                    self._kode_turunan(program_id, old["kode"], new["kode"])
                for f in changed:
                    self._log("ubah", Jenis.PROGRAM, program_id, f"{old['kode']} {old['nama']}".strip(), f, old[f], new[f])
        return Changes.ubah(Jenis.PROGRAM, program_id, changed, undo={f: old[f] for f in fields})

    def pindah_program(self, program_id: int, index: int, induk_id: Any = SAMA) -> Changes:
        """Put a line at position ``index`` among the lines under ``induk_id`` (default: its
        own parent). A line keeps its level: a kegiatan goes under another program, a
        sub-kegiatan under another kegiatan; its code (and those under it) take the new
        parent's code. ``undo``: (old index, old parent)."""
        with self._tx():
            row = self._program_row(program_id)
            old_parent = row.induk_id
            new_parent = old_parent if induk_id is SAMA else induk_id
            kode = row.kode
            if new_parent != old_parent:
                kode = self._pindah_induk(row, new_parent)
            old_list = self._saudara(row.periode_id, old_parent)
            old_index = old_list.index(program_id)
            old_list.remove(program_id)
            new_list = old_list if new_parent == old_parent else self._saudara(row.periode_id, new_parent)
            if program_id in new_list:
                new_list.remove(program_id)
            index = max(0, min(index, len(new_list)))
            new_list.insert(index, program_id)
            if new_parent != old_parent:
                Program.update(induk=new_parent, kode=kode).where(Program.id == program_id).execute()
                self._kode_turunan(program_id, row.kode, kode)
                _renumber(old_list)
            _renumber(new_list)
            moved = (new_parent, index) != (old_parent, old_index)
            if moved:
                self._log("pindah", Jenis.PROGRAM, program_id, f"{row.kode} {row.nama}".strip(), "urutan",
                          {"induk": old_parent, "posisi": old_index, "kode": row.kode},
                          {"induk": new_parent, "posisi": index, "kode": kode})
        fields = {"urutan", *(("induk", "kode") if new_parent != old_parent else ())} if moved else set()
        return Changes(Jenis.PROGRAM, program_id, updated=frozenset({(Jenis.PROGRAM, program_id)}) if moved else frozenset(),
                       fields=frozenset(fields), undo=(old_index, old_parent))

    # ------------------------------------------------------------------ the figures

    def set_pagu(self, program_id: int, tahun: int, nilai: Decimal | str | None) -> Changes:
        """Set (or clear, with None or "") a line's pagu of a year; ``undo``: the old value."""
        nilai = baca_rupiah(nilai, "pagu")
        with self._tx():
            row = self._program_row(program_id)
            self._cek_tahun(row.periode_id, tahun)
            key = (Pagu.program == program_id) & (Pagu.tahun == tahun)
            old = Pagu.select(Pagu.nilai).where(key).scalar()
            if nilai is None:
                Pagu.delete().where(key).execute()
            else:
                (Pagu.insert(program=program_id, tahun=tahun, nilai=nilai)
                 .on_conflict(conflict_target=[Pagu.program, Pagu.tahun], update={Pagu.nilai: nilai}).execute())
            changed = old != nilai
            if changed:
                self._log("ubah", Jenis.PROGRAM, program_id, f"{row.kode} {row.nama}".strip(), f"pagu {tahun}", old, nilai)
        return Changes.ubah(Jenis.PROGRAM, program_id, ["pagu"] if changed else [], undo=old)

    def set_realisasi_anggaran(self, program_id: int, tahun: int, triwulan: int,
                               nilai: Decimal | str | None) -> Changes:
        """Set (or clear) the money a line spent in one quarter; ``undo``: the old value."""
        if triwulan not in (1, 2, 3, 4):
            raise InputTidakValid("Triwulan harus 1, 2, 3 atau 4.")
        nilai = baca_rupiah(nilai, "realisasi anggaran")
        with self._tx():
            row = self._program_row(program_id)
            self._cek_tahun(row.periode_id, tahun)
            ra = RealisasiAnggaran
            key = (ra.program == program_id) & (ra.tahun == tahun) & (ra.triwulan == triwulan)
            old = ra.select(ra.nilai).where(key).scalar()
            if nilai is None:
                ra.delete().where(key).execute()
            else:
                (ra.insert(program=program_id, tahun=tahun, triwulan=triwulan, nilai=nilai)
                 .on_conflict(conflict_target=[ra.program, ra.tahun, ra.triwulan], update={ra.nilai: nilai}).execute())
            changed = old != nilai
            if changed:
                self._log("ubah", Jenis.PROGRAM, program_id, f"{row.kode} {row.nama}".strip(),
                          f"realisasi anggaran {tahun} TW {triwulan}", old, nilai)
        return Changes.ubah(Jenis.PROGRAM, program_id, ["realisasi_anggaran"] if changed else [], undo=old)

    # ------------------------------------------------------------------ helpers (inside a transaction)

    @staticmethod
    def _program_row(program_id: int | None) -> Program:
        row = Program.get_or_none(Program.id == program_id) if program_id is not None else None
        if row is None:
            raise DataTidakDitemukan("Program/kegiatan itu tidak ada lagi di basis data.")
        return row

    @staticmethod
    def _cek_sasaran(sasaran_id: int | None, periode_id: int) -> int | None:
        if sasaran_id is None:
            return None
        found = Sasaran.select(Sasaran.periode).where(Sasaran.id == sasaran_id).scalar()
        if found is None:
            raise InputTidakValid("Sasaran yang dipilih tidak ada lagi di basis data.")
        if found != periode_id:
            raise InputTidakValid("Sasaran yang dipilih ada di periode lain. Pilih sasaran periode ini.")
        return sasaran_id

    @staticmethod
    def _cek_tahun(periode_id: int, tahun: int) -> None:
        v.year(tahun)
        awal, akhir = Periode.select(Periode.tahun_awal, Periode.tahun_akhir).where(Periode.id == periode_id).tuples().first()
        if not awal <= tahun <= akhir:
            raise InputTidakValid(f"Tahun {tahun} di luar periode ({awal}–{akhir}). Pilih tahun di dalam periode.")

    @staticmethod
    def _kode_bebas(periode_id: int, kode: str) -> str:
        if kode and Program.select().where(Program.periode == periode_id, Program.kode == kode).exists():
            raise InputTidakValid(f"Kode «{kode}» sudah dipakai di periode ini. Pakai kode lain.")
        return kode

    @staticmethod
    def _saudara(periode_id: int, induk_id: int | None) -> list[int]:
        q = Program.select(Program.id).where(Program.periode == periode_id, _same_parent(induk_id))
        return [r[0] for r in q.order_by(Program.urutan, Program.id).tuples()]

    def _pindah_induk(self, row: Program, new_parent: int | None) -> str:
        """Check a move under another parent; returns the line's new code."""
        old = self._program_row(row.induk_id) if row.induk_id is not None else None
        new = self._program_row(new_parent) if new_parent is not None else None
        if (new.periode_id if new else row.periode_id) != row.periode_id:
            raise InputTidakValid("Program/kegiatan hanya dapat dipindah di dalam periodenya.")
        if (old.tingkat if old else None) != (new.tingkat if new else None):
            raise InputTidakValid(f"{NAMA_TINGKAT[row.tingkat]} hanya dapat dipindah ke bawah "
                                  f"{NAMA_TINGKAT[old.tingkat].lower() if old else 'tingkat teratas'} lain.")
        kode = kode_pindah(row.kode, old.kode if old else "", new.kode if new else "")
        try:
            kode = cek_kode(kode, new.kode if new else None)
        except InputTidakValid as exc:
            raise InputTidakValid(f"{exc.pesan} Kosongkan atau ubah dulu kode «{row.kode}» sebelum memindahkannya.") from exc
        return self._kode_bebas(row.periode_id, kode) if kode != row.kode else kode

    def _kode_turunan(self, program_id: int, lama: str, baru: str) -> None:
        """The lines under ``program_id`` follow its new code."""
        if lama == baru:
            return
        for cid, kode in Program.select(Program.id, Program.kode).where(Program.induk == program_id).tuples():
            new = kode_pindah(kode, lama, baru)
            if new != kode:
                Program.update(kode=new).where(Program.id == cid).execute()
            self._kode_turunan(cid, kode, new)


def _same_parent(induk_id: int | None):
    return Program.induk.is_null() if induk_id is None else Program.induk == induk_id


def _renumber(ids: list[int]) -> None:
    for n, rid in enumerate(ids):
        Program.update(urutan=n).where(Program.id == rid, Program.urutan != n).execute()
