"""Store writes. Each validates first (``InputTidakValid``, nothing written), runs in one
transaction, records itself in the history and returns a :class:`Changes`: what it
changed, and in ``undo`` what the same write needs to take it back (the old values). The
GUI's undo commands hold those and call back into the store. Adding, moving and deleting
items: :mod:`app.models.structure`."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any

import peewee as pw

from . import validation as v
from .aksi_ops import hapus_realisasi_kosong
from .changes import Changes
from .errors import DataTidakDitemukan, InputTidakValid
from .kinds import Jenis
from .identity import default_operator  # noqa: F401 - part of this API
from .records import Tombstone, from_json, nilai_teks, to_json  # noqa: F401 - part of this API
from .rules import ATURAN_NEGATIF, Band, validasi_kategori
from .schema import Fungsi, Indikator, Jabatan, Kategori, Keputusan, Lampiran, Pengaturan, Penjelasan, Realisasi, Riwayat, Target
from .structure import StructureOps
from .validation import FIELDS, KINDS, LABELS, SIBLINGS, field_label  # noqa: F401 - part of this API

_LISTS = {  # list kind -> (row model, parent kind, parent model, foreign key)
    Jenis.FUNGSI: (Fungsi, Jenis.JABATAN, Jabatan, Fungsi.jabatan),
    Jenis.PENJELASAN: (Penjelasan, Jenis.INDIKATOR, Indikator, Penjelasan.indikator),
}
_SETTINGS_FOR_NUMBERS = {"aturan_negatif"}


class WriteOps(StructureOps):
    """Mixed into :class:`app.models.store.Store` (needs ``self.db`` and ``self._tx``).
    Every write also records itself in the history (table riwayat), in the same
    transaction: a change and its record commit together or not at all."""

    operator: str = "?"

    def _log(self, aksi: str, jenis: str, item_id: int, label: str = "", kolom: str = "",
             lama: Any = None, baru: Any = None, data: str | None = None) -> None:
        Riwayat.insert(waktu=_dt.datetime.now().replace(microsecond=0), operator=self.operator, aksi=aksi,
                       jenis=str(jenis), item_id=item_id, label=label or "", kolom=str(kolom),
                       lama=None if lama is None else to_json(lama), baru=None if baru is None else to_json(baru),
                       data=data).execute()

    def _log_banyak(self, entries: list[dict]) -> None:
        """Many history lines at once (an import's cells): each a dict of :meth:`_log`'s
        arguments (aksi, jenis, item_id, label, kolom, lama, baru), one time for all."""
        now = _dt.datetime.now().replace(microsecond=0)
        rows = [{"waktu": now, "operator": self.operator, "aksi": e["aksi"], "jenis": str(e["jenis"]),
                 "item_id": e["item_id"], "label": e.get("label", ""), "kolom": str(e.get("kolom", "")),
                 "lama": None if e.get("lama") is None else to_json(e["lama"]),
                 "baru": None if e.get("baru") is None else to_json(e["baru"]), "data": None} for e in entries]
        for start in range(0, len(rows), 500):
            Riwayat.insert_many(rows[start:start + 500]).execute()

    @staticmethod
    def _label(model: type[pw.Model], item_id: int) -> str:
        fields = model._meta.fields
        cols = [fields[n] for n in ("nama", "nomor", "teks") if n in fields]
        if not cols:
            return ""
        row = model.select(*cols).where(model.id == item_id).tuples().first()
        return " ".join(str(x) for x in (row or ()) if x)[:200]

    @staticmethod
    def _require(model: type[pw.Model], row_id: Any) -> None:
        if row_id is None or not model.select(model.id).where(model.id == row_id).exists():
            name = {m: LABELS[k] for k, m in KINDS.items()}.get(model, "Data")
            raise DataTidakDitemukan(f"{name} itu tidak ada lagi di basis data.")

    # ------------------------------------------------------------------ fields

    def update(self, kind: str, item_id: int, **fields: Any) -> Changes:
        """Set fields of one item; ``undo``: their old values (a dict of the same fields)."""
        if kind not in FIELDS:
            raise ValueError(f"not an editable kind: {kind}")
        kind = Jenis(kind)
        model = KINDS[kind]
        with self._tx():
            row = model.get_or_none(model.id == item_id)
            if row is None:
                raise DataTidakDitemukan(f"{LABELS[kind]} itu tidak ada lagi di basis data.")
            clean = v.clean(kind, fields)
            if kind == Jenis.JABATAN and clean.get("atasan") is not None:
                self._check_no_cycle(item_id, clean["atasan"])
            old = {}
            for name in clean:
                f = model._meta.fields[name]
                old[name] = getattr(row, f.column_name) if isinstance(f, pw.ForeignKeyField) else getattr(row, name)
            changed = [name for name, value in clean.items() if old[name] != value]
            if clean:
                model.update({model._meta.fields[n]: x for n, x in clean.items()}).where(model.id == item_id).execute()
                label = getattr(row, "nama", "") or getattr(row, "nomor", "") or ""
                for name in changed:
                    self._log("ubah", kind, item_id, label, name, old[name], clean[name])
        return Changes.ubah(kind, item_id, changed, undo=old)

    def _check_no_cycle(self, jabatan_id: int, atasan_id: int) -> None:
        seen, current = set(), atasan_id
        while current is not None and current not in seen:
            if current == jabatan_id:
                raise InputTidakValid("Jabatan tidak dapat menjadi atasan dirinya sendiri atau atasan dari atasannya.")
            seen.add(current)
            current = Jabatan.select(Jabatan.atasan).where(Jabatan.id == current).scalar()

    def set_list(self, kind: str, parent_id: int, items: list[str]) -> Changes:
        """Replace the ordered texts of a jabatan's fungsi (``kind="fungsi"``) or an
        indicator's penjelasan (``kind="penjelasan"``); ``undo``: the old list. The
        change is reported on the parent item, field ``kind``."""
        kind = Jenis(kind)
        model, parent_kind, parent_model, fk = _LISTS[kind]
        texts = [v.text(t, str(kind)) for t in items]
        with self._tx():
            self._require(parent_model, parent_id)
            old = [r[0] for r in model.select(model.teks).where(fk == parent_id).order_by(model.urutan, model.id).tuples()]
            model.delete().where(fk == parent_id).execute()
            if texts:
                model.insert_many([{fk.name: parent_id, "urutan": i, "teks": t} for i, t in enumerate(texts, 1)]).execute()
            if old != texts:
                self._log("ubah", parent_kind, parent_id, self._label(parent_model, parent_id), kind, old, texts)
        return Changes.ubah(parent_kind, parent_id, [kind] if old != texts else [], undo=old)

    def set_penjelasan(self, indikator_id: int, paragraf: list[str]) -> Changes:
        return self.set_list(Jenis.PENJELASAN, indikator_id, paragraf)

    def set_fungsi(self, jabatan_id: int, items: list[str]) -> Changes:
        return self.set_list(Jenis.FUNGSI, jabatan_id, items)

    # ------------------------------------------------------------------ numbers

    def set_target(self, indikator_id: int, tahun: int, nilai: Decimal | None, teks: str = "") -> Changes:
        """Set (or clear, with None and no text) one year's target; ``undo``: the old
        (nilai, teks)."""
        v.year(tahun)
        teks = v.text(teks, "target")
        with self._tx():
            self._require(Indikator, indikator_id)
            key = (Target.indikator == indikator_id) & (Target.tahun == tahun)
            old = Target.select(Target.nilai, Target.teks).where(key).tuples().first() or (None, "")
            if nilai is None and not teks:
                Target.delete().where(key).execute()
            else:
                (Target.insert(indikator=indikator_id, tahun=tahun, nilai=nilai, teks=teks)
                 .on_conflict(conflict_target=[Target.indikator, Target.tahun],
                              update={Target.nilai: nilai, Target.teks: teks})
                 .execute())
            changed = tuple(old) != (nilai, teks)
            if changed:
                self._log("ubah", Jenis.INDIKATOR, indikator_id, self._label(Indikator, indikator_id), f"target {tahun}",
                          list(old), [nilai, teks])
        return Changes.ubah(Jenis.INDIKATOR, indikator_id, ["target"] if changed else [], undo=old)

    def set_realisasi(
        self, indikator_id: int, tahun: int, triwulan: int, nilai: Decimal | None = None,
        pembilang: Decimal | None = None, penyebut: Decimal | None = None, catatan: str = "",
    ) -> Changes:
        """Set (or clear, when everything is empty) one quarter's realisasi; ``undo``: the
        old values as keyword arguments for this same method."""
        v.year(tahun)
        if triwulan not in (1, 2, 3, 4):
            raise InputTidakValid("Triwulan harus 1, 2, 3 atau 4.")
        if penyebut is not None and penyebut < 0:
            raise InputTidakValid("Penyebut tidak boleh negatif.")
        catatan = v.text(catatan, "catatan")
        new = {"nilai": nilai, "pembilang": pembilang, "penyebut": penyebut, "catatan": catatan}
        with self._tx():
            self._require(Indikator, indikator_id)
            key = (Realisasi.indikator == indikator_id) & (Realisasi.tahun == tahun) & (Realisasi.triwulan == triwulan)
            row = Realisasi.select(Realisasi.nilai, Realisasi.pembilang, Realisasi.penyebut, Realisasi.catatan).where(key).tuples().first()
            old = dict(zip(("nilai", "pembilang", "penyebut", "catatan"), row or (None, None, None, "")))
            if nilai is None and pembilang is None and penyebut is None and not catatan:
                # the row goes only when no kendala, solusi or evidence file hangs on it
                Realisasi.update(new).where(key).execute()
                hapus_realisasi_kosong(indikator_id, tahun, triwulan)
            else:
                (Realisasi.insert(indikator=indikator_id, tahun=tahun, triwulan=triwulan, **new)
                 .on_conflict(conflict_target=[Realisasi.indikator, Realisasi.tahun, Realisasi.triwulan], update=new)
                 .execute())
            if old != new:
                self._log("ubah", Jenis.INDIKATOR, indikator_id, self._label(Indikator, indikator_id),
                          f"realisasi {tahun} TW {triwulan}", old, new)
        return Changes.ubah(Jenis.INDIKATOR, indikator_id, ["realisasi"] if old != new else [], undo=old)

    # ------------------------------------------------------------------ decree and settings

    def set_lampiran(self, keputusan_id: int, jabatan_id: int, nomor: str | None, kepala: str | None = None) -> Changes:
        """Give a jabatan a lampiran number in a decree (None: no lampiran); ``undo``: the
        old (nomor, kepala). Reported on the decree, field ``lampiran``."""
        if nomor is not None:
            nomor = v.required(nomor, "nomor lampiran").strip()
        kepala = v.opt_text(kepala, "kepala lampiran")
        with self._tx():
            self._require(Keputusan, keputusan_id)
            self._require(Jabatan, jabatan_id)
            key = (Lampiran.keputusan == keputusan_id) & (Lampiran.jabatan == jabatan_id)
            old = Lampiran.select(Lampiran.nomor, Lampiran.kepala).where(key).tuples().first() or (None, None)
            if nomor is None:
                Lampiran.delete().where(key).execute()
            elif old[0] is None:
                last = Lampiran.select(pw.fn.MAX(Lampiran.urutan)).where(Lampiran.keputusan == keputusan_id).scalar()
                Lampiran.create(keputusan=keputusan_id, jabatan=jabatan_id, nomor=nomor, kepala=kepala,
                                urutan=0 if last is None else last + 1)
            else:
                Lampiran.update(nomor=nomor, kepala=kepala).where(key).execute()
            changed = tuple(old) != (nomor, kepala)
            if changed:
                self._log("ubah", Jenis.KEPUTUSAN, keputusan_id, self._label(Keputusan, keputusan_id),
                          f"lampiran {self._label(Jabatan, jabatan_id)}", list(old), [nomor, kepala])
        return Changes.ubah(Jenis.KEPUTUSAN, keputusan_id, ["lampiran"] if changed else [], undo=old)

    def set_kategori(self, bands: list[Band]) -> Changes:
        """Replace the table of capaian bands; ``undo``: the old bands."""
        errors = validasi_kategori(bands)
        if errors:
            raise InputTidakValid(" ".join(errors))
        with self._tx():
            old = [Band(r.nama, r.batas_bawah, r.warna) for r in Kategori.select().order_by(Kategori.urutan)]
            Kategori.delete().execute()
            for n, b in enumerate(bands, start=1):
                Kategori.create(urutan=n, batas_bawah=b.batas_bawah, nama=b.nama.strip(), warna=b.warna)
            changed = old != list(bands)
            if changed:
                self._log("ubah", Jenis.PENGATURAN, 0, "kategori capaian", "kategori", old, list(bands))
        return Changes.ubah(Jenis.KATEGORI, 0, ["kategori"] if changed else [], undo=old, numbers=changed)

    def set_pengaturan(self, kunci: str, nilai: str) -> Changes:
        """Set one setting of the file; ``undo``: the old value (None: was not set)."""
        if kunci == "aturan_negatif" and nilai not in ATURAN_NEGATIF:
            raise InputTidakValid("Aturan polaritas negatif harus «permenpan» atau «rasio».")
        nilai = v.text(nilai, "pengaturan")
        with self._tx():
            row = Pengaturan.get_or_none(Pengaturan.kunci == kunci)
            Pengaturan.insert(kunci=kunci, nilai=nilai).on_conflict_replace().execute()
            old = None if row is None else row.nilai
            if old != nilai:
                self._log("ubah", Jenis.PENGATURAN, 0, kunci, kunci, old, nilai)
        changed = [kunci] if old != nilai else []
        return Changes.ubah(Jenis.PENGATURAN, 0, changed, undo=old, numbers=bool(set(changed) & _SETTINGS_FOR_NUMBERS))
