"""The rencana aksi and the quarterly measurement in the store: per indicator and year the
quarter's target, the actions planned and the budget (table rencana_aksi); beside each
quarter's realisasi the obstacles (kendala) and the follow-up (solusi); the evidence files
kept inside the database (table bukti). Every write validates first, runs in one
transaction, is recorded in the history and returns a :class:`Changes` with ``undo``.
Mixed into :class:`app.models.store.Store`."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from . import validation as v
from .angka import dalam_batas
from .changes import Changes
from .display import nama_triwulan
from .errors import DataTidakDitemukan, InputTidakValid, alasan_os
from .kinds import Jenis
from .records import Tombstone
from .schema import Bukti, Indikator, Realisasi, RencanaAksi

BATAS_BUKTI = 20 * 1024 * 1024  # bytes: one evidence file at most (the file stays one backup)
TRIWULAN = (1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class AksiData:
    """One quarter of an indicator's rencana aksi."""

    tahun: int
    triwulan: int
    target: Decimal | None
    aksi: str = ""
    anggaran: Decimal | None = None


@dataclass(frozen=True, slots=True)
class UkurData:
    """One quarter's measurement beside its realisasi: obstacles and follow-up."""

    tahun: int
    triwulan: int
    kendala: str = ""
    solusi: str = ""


@dataclass(frozen=True, slots=True)
class BuktiData:
    """An evidence file (without its bytes: :meth:`AksiOps.isi_bukti`)."""

    id: int
    tahun: int
    triwulan: int
    nama: str
    ukuran: int
    ditambahkan: _dt.datetime


@dataclass(frozen=True)
class BuktiTersimpan:
    """Everything of a deleted evidence file: the undo of a deletion (same id back)."""

    id: int
    indikator_id: int
    tahun: int
    triwulan: int
    nama: str
    isi: bytes
    ditambahkan: _dt.datetime


def _kolom(tomb: BuktiTersimpan) -> str:
    return f"bukti {tomb.tahun} {nama_triwulan(tomb.triwulan)}"


def _label_bukti(tomb: BuktiTersimpan, indikator: str) -> str:
    return f"{tomb.nama} — {indikator}"[:200]


def tombstone_bukti(tomb: BuktiTersimpan, label: str) -> Tombstone:
    """The history's record of a deleted evidence file: its row, and the quarter it
    belongs to (a realisasi row: the one it hung on may be gone, or made again since)."""
    quarter = {"id": None, "indikator": tomb.indikator_id, "tahun": tomb.tahun, "triwulan": tomb.triwulan}
    row = {"id": tomb.id, "nama": tomb.nama, "ukuran": len(tomb.isi), "isi": tomb.isi, "ditambahkan": tomb.ditambahkan}
    return Tombstone(Jenis.BUKTI, tomb.id, label, (("realisasi", (quarter,)), ("bukti", (row,))), ())


def bukti_dari_tombstone(tomb: Tombstone) -> BuktiTersimpan:
    """The evidence file a history record of its deletion holds (:func:`tombstone_bukti`)."""
    rows = dict(tomb.rows)
    (q,), (b,) = rows["realisasi"], rows["bukti"]
    return BuktiTersimpan(b["id"], q["indikator"], q["tahun"], q["triwulan"], b["nama"], b["isi"], b["ditambahkan"])


def ukuran_teks(ukuran: int) -> str:
    """A file size as people read it: "850 B", "12,5 KB", "3,2 MB"."""
    if ukuran < 1024:
        return f"{ukuran} B"
    for satuan, besar in (("KB", 1024), ("MB", 1024 ** 2), ("GB", 1024 ** 3)):
        if ukuran < besar * 1024 or satuan == "GB":
            return f"{ukuran / besar:.1f} {satuan}".replace(".", ",")
    return f"{ukuran} B"  # pragma: no cover


def _cek_triwulan(tahun: int, triwulan: int) -> None:
    v.year(tahun)
    if triwulan not in TRIWULAN:
        raise InputTidakValid("Triwulan harus 1, 2, 3 atau 4.")


def _cek_angka(value: Decimal | None, apa: str) -> None:
    if value is not None and not (isinstance(value, Decimal) and dalam_batas(value)):
        raise InputTidakValid(f"{apa} di luar jangkauan angka yang dapat disimpan. Periksa lagi angkanya.")


def _kunci(model, indikator_id: int, tahun: int, triwulan: int):
    return (model.indikator == indikator_id) & (model.tahun == tahun) & (model.triwulan == triwulan)


def hapus_realisasi_kosong(indikator_id: int, tahun: int, triwulan: int) -> None:
    """Remove a quarter's realisasi row when nothing is left in it: no value, note,
    kendala, solusi or evidence file (call inside the write's transaction)."""
    key = _kunci(Realisasi, indikator_id, tahun, triwulan)
    row = Realisasi.select(Realisasi.id).where(
        key, Realisasi.nilai.is_null(), Realisasi.pembilang.is_null(), Realisasi.penyebut.is_null(),
        Realisasi.catatan == "", Realisasi.kendala == "", Realisasi.solusi == "").tuples().first()
    if row is not None and not Bukti.select(Bukti.id).where(Bukti.realisasi == row[0]).exists():
        Realisasi.delete().where(Realisasi.id == row[0]).execute()


def _realisasi_id(indikator_id: int, tahun: int, triwulan: int) -> int:
    """The quarter's realisasi row, made empty when there is none yet (evidence and kendala
    hang on it)."""
    key = _kunci(Realisasi, indikator_id, tahun, triwulan)
    row = Realisasi.select(Realisasi.id).where(key).tuples().first()
    if row is not None:
        return row[0]
    return Realisasi.insert(indikator=indikator_id, tahun=tahun, triwulan=triwulan).execute()


def baca_berkas(path: Path | str) -> tuple[str, bytes]:
    """The name and bytes of an evidence file to add; refused (Indonesian) when it is
    missing, a folder, unreadable, empty or above :data:`BATAS_BUKTI`."""
    path = Path(path)
    try:
        if not path.is_file():
            raise InputTidakValid(f"Berkas «{path}» tidak ditemukan (atau berupa folder). Pilih berkas yang ada.")
        size = path.stat().st_size
        if size > BATAS_BUKTI:
            raise InputTidakValid(
                f"Berkas «{path.name}» terlalu besar ({ukuran_teks(size)}); batasnya {ukuran_teks(BATAS_BUKTI)}. "
                "Perkecil berkasnya (misalnya pindai ulang dengan resolusi lebih rendah) lalu tambahkan lagi.")
        if size == 0:
            raise InputTidakValid(f"Berkas «{path.name}» kosong (0 byte). Pilih berkas bukti yang berisi.")
        isi = path.read_bytes()
    except OSError as exc:
        raise InputTidakValid(f"Berkas «{path}» tidak dapat dibaca: {alasan_os(exc)}.") from exc
    if len(isi) > BATAS_BUKTI:
        raise InputTidakValid(f"Berkas «{path.name}» terlalu besar; batasnya {ukuran_teks(BATAS_BUKTI)}.")
    return path.name, isi


class AksiOps:
    """Reads and writes of the rencana aksi, the measurement and the evidence (needs the
    store's ``_tx``, ``_read``, ``_log``, ``_label`` and ``_require``)."""

    # ------------------------------------------------------------------ reads

    def rencana_aksi(self, indikator_id: int, tahun: int | None = None) -> list[AksiData]:
        """The stored quarters of an indicator's rencana aksi (of one year, or all)."""
        with self._read():
            q = RencanaAksi.select().where(RencanaAksi.indikator == indikator_id)
            if tahun is not None:
                q = q.where(RencanaAksi.tahun == tahun)
            return [AksiData(r.tahun, r.triwulan, r.target, r.aksi, r.anggaran)
                    for r in q.order_by(RencanaAksi.tahun, RencanaAksi.triwulan)]

    def rencana_aksi_tahun(self, tahun: int) -> dict[int, dict[int, AksiData]]:
        """Indicator id → quarter → its rencana aksi of ``tahun`` (one query, for reports)."""
        with self._read():
            out: dict[int, dict[int, AksiData]] = {}
            for iid, tw, target, aksi, anggaran in (
                    RencanaAksi.select(RencanaAksi.indikator, RencanaAksi.triwulan, RencanaAksi.target, RencanaAksi.aksi,
                                       RencanaAksi.anggaran).where(RencanaAksi.tahun == tahun).tuples()):
                out.setdefault(iid, {})[tw] = AksiData(tahun, tw, target, aksi, anggaran)
        return out

    def target_triwulan(self, tahun: int, indikator_ids: Iterable[int] | None = None) -> dict[int, dict[int, Decimal | None]]:
        """Indicator id → quarter → target of the rencana aksi of ``tahun`` (what
        :func:`app.models.capaian.hitung` takes as ``target_triwulan``); only indicators
        with a row. ``indikator_ids`` None: every indicator."""
        with self._read():
            q = RencanaAksi.select(RencanaAksi.indikator, RencanaAksi.triwulan, RencanaAksi.target).where(
                RencanaAksi.tahun == tahun)
            if indikator_ids is not None:
                q = q.where(RencanaAksi.indikator.in_(list(indikator_ids)))
            out: dict[int, dict[int, Decimal | None]] = {}
            for iid, tw, target in q.tuples():
                out.setdefault(iid, {})[tw] = target
        return out

    def target_triwulan_indikator(self, indikator_id: int) -> dict[int, dict[int, Decimal | None]]:
        """Year → quarter → target of one indicator's rencana aksi (every year)."""
        out: dict[int, dict[int, Decimal | None]] = {}
        for a in self.rencana_aksi(indikator_id):
            out.setdefault(a.tahun, {})[a.triwulan] = a.target
        return out

    def target_triwulan_semua(self) -> dict[tuple[int, int], dict[int, Decimal | None]]:
        """(indicator id, year) → quarter → target, of every rencana aksi (the quality check)."""
        with self._read():
            out: dict[tuple[int, int], dict[int, Decimal | None]] = {}
            for iid, tahun, tw, target in RencanaAksi.select(RencanaAksi.indikator, RencanaAksi.tahun, RencanaAksi.triwulan,
                                                             RencanaAksi.target).tuples():
                out.setdefault((iid, tahun), {})[tw] = target
        return out

    def pengukuran(self, indikator_id: int, tahun: int | None = None) -> list[UkurData]:
        """Kendala and solusi of the quarters that have a realisasi row."""
        with self._read():
            q = Realisasi.select(Realisasi.tahun, Realisasi.triwulan, Realisasi.kendala, Realisasi.solusi).where(
                Realisasi.indikator == indikator_id)
            if tahun is not None:
                q = q.where(Realisasi.tahun == tahun)
            return [UkurData(*r) for r in q.order_by(Realisasi.tahun, Realisasi.triwulan).tuples()]

    def kendala_solusi(self, tahun: int, triwulan: int) -> dict[int, tuple[str, str]]:
        """Indicator id → (kendala, solusi) of one quarter, for every indicator that has
        any (the measurement report reads them in one query)."""
        with self._read():
            q = (Realisasi.select(Realisasi.indikator, Realisasi.kendala, Realisasi.solusi)
                 .where(Realisasi.tahun == tahun, Realisasi.triwulan == triwulan,
                        (Realisasi.kendala != "") | (Realisasi.solusi != "")))
            return {iid: (k, sol) for iid, k, sol in q.tuples()}

    def bukti_list(self, indikator_id: int, tahun: int | None = None) -> list[BuktiData]:
        """The evidence files of an indicator, with their sizes (the bytes stay stored)."""
        with self._read():
            q = (Bukti.select(Bukti.id, Realisasi.tahun, Realisasi.triwulan, Bukti.nama, Bukti.ukuran, Bukti.ditambahkan)
                 .join(Realisasi).where(Realisasi.indikator == indikator_id))
            if tahun is not None:
                q = q.where(Realisasi.tahun == tahun)
            return [BuktiData(*r) for r in q.order_by(Realisasi.tahun, Realisasi.triwulan, Bukti.id).tuples()]

    def isi_bukti(self, bukti_id: int) -> bytes:
        with self._read():
            row = Bukti.select(Bukti.isi).where(Bukti.id == bukti_id).tuples().first()
        if row is None:
            raise DataTidakDitemukan("Berkas bukti itu tidak ada lagi di basis data.")
        return bytes(row[0])

    # ------------------------------------------------------------------ rencana aksi

    def set_rencana_aksi(self, indikator_id: int, tahun: int, triwulan: int, target: Decimal | None = None,
                         aksi: str = "", anggaran: Decimal | None = None) -> Changes:
        """Set (or clear, when everything is empty) one quarter of the rencana aksi;
        ``undo``: the old values as keyword arguments of this same method."""
        _cek_triwulan(tahun, triwulan)
        aksi = v.text(aksi, "rencana aksi")
        _cek_angka(target, "Target triwulan")
        _cek_angka(anggaran, "Anggaran triwulan")
        if anggaran is not None and anggaran < 0:
            raise InputTidakValid("Anggaran triwulan tidak boleh negatif.")
        new = {"target": target, "aksi": aksi, "anggaran": anggaran}
        with self._tx():
            self._require(Indikator, indikator_id)
            jenis = Indikator.select(Indikator.jenis).where(Indikator.id == indikator_id).scalar()
            if jenis == "teks" and target is not None:
                raise InputTidakValid("Indikator jenis teks tidak memakai target angka per triwulan; "
                                      "tulis rencananya di kolom aksi.")
            key = _kunci(RencanaAksi, indikator_id, tahun, triwulan)
            row = RencanaAksi.select(RencanaAksi.target, RencanaAksi.aksi, RencanaAksi.anggaran).where(key).tuples().first()
            old = dict(zip(("target", "aksi", "anggaran"), row or (None, "", None)))
            if target is None and anggaran is None and not aksi.strip():
                RencanaAksi.delete().where(key).execute()
            else:
                (RencanaAksi.insert(indikator=indikator_id, tahun=tahun, triwulan=triwulan, **new)
                 .on_conflict(conflict_target=[RencanaAksi.indikator, RencanaAksi.tahun, RencanaAksi.triwulan],
                              update=new).execute())
            changed = old != new
            if changed:
                self._log("ubah", Jenis.INDIKATOR, indikator_id, self._label(Indikator, indikator_id),
                          f"rencana aksi {tahun} {nama_triwulan(triwulan)}", old, new)
        return Changes.ubah(Jenis.INDIKATOR, indikator_id, ["rencana_aksi"] if changed else [], undo=old,
                            numbers=changed and old["target"] != target)

    # ------------------------------------------------------------------ measurement

    def set_pengukuran(self, indikator_id: int, tahun: int, triwulan: int, kendala: str = "",
                       solusi: str = "") -> Changes:
        """Set the kendala and solusi beside a quarter's realisasi (the realisasi's value
        is left as it is); ``undo``: the old values as keyword arguments."""
        _cek_triwulan(tahun, triwulan)
        new = {"kendala": v.text(kendala, "kendala"), "solusi": v.text(solusi, "solusi")}
        with self._tx():
            self._require(Indikator, indikator_id)
            key = _kunci(Realisasi, indikator_id, tahun, triwulan)
            row = Realisasi.select(Realisasi.kendala, Realisasi.solusi).where(key).tuples().first()
            old = dict(zip(("kendala", "solusi"), row or ("", "")))
            if old != new:
                rid = _realisasi_id(indikator_id, tahun, triwulan)
                Realisasi.update(new).where(Realisasi.id == rid).execute()
                hapus_realisasi_kosong(indikator_id, tahun, triwulan)
                self._log("ubah", Jenis.INDIKATOR, indikator_id, self._label(Indikator, indikator_id),
                          f"kendala/solusi {tahun} {nama_triwulan(triwulan)}", old, new)
        return Changes.ubah(Jenis.INDIKATOR, indikator_id, ["pengukuran"] if old != new else [], undo=old)

    # ------------------------------------------------------------------ evidence files

    def tambah_bukti(self, indikator_id: int, tahun: int, triwulan: int, path: Path | str) -> Changes:
        """Add an evidence file (read from ``path``, its name kept) to a quarter;
        ``undo``: the new file's id (:meth:`hapus_bukti` takes it back)."""
        _cek_triwulan(tahun, triwulan)
        nama, isi = baca_berkas(path)
        with self._tx():
            self._require(Indikator, indikator_id)
            rid = _realisasi_id(indikator_id, tahun, triwulan)
            bid = Bukti.insert(realisasi=rid, nama=nama, ukuran=len(isi), isi=isi,
                               ditambahkan=_dt.datetime.now().replace(microsecond=0)).execute()
            self._log("ubah", Jenis.INDIKATOR, indikator_id, self._label(Indikator, indikator_id),
                      f"bukti {tahun} {nama_triwulan(triwulan)}", None, f"{nama} ({ukuran_teks(len(isi))})")
        return Changes.ubah(Jenis.INDIKATOR, indikator_id, ["bukti"], undo=bid)

    def hapus_bukti(self, bukti_id: int) -> Changes:
        """Delete an evidence file, recorded in the history as a deletion that can be
        restored (Berkas → Riwayat perubahan: :meth:`pulihkan_bukti` via
        :func:`bukti_dari_tombstone`); ``undo``: a :class:`BuktiTersimpan` that
        :meth:`pulihkan_bukti` puts back with the same id."""
        with self._tx():
            row = (Bukti.select(Bukti.id, Realisasi.indikator, Realisasi.tahun, Realisasi.triwulan, Bukti.nama,
                                Bukti.isi, Bukti.ditambahkan).join(Realisasi).where(Bukti.id == bukti_id).tuples().first())
            if row is None:
                raise DataTidakDitemukan("Berkas bukti itu tidak ada lagi di basis data.")
            tomb = BuktiTersimpan(row[0], row[1], row[2], row[3], row[4], bytes(row[5]), row[6])
            Bukti.delete().where(Bukti.id == bukti_id).execute()
            hapus_realisasi_kosong(tomb.indikator_id, tomb.tahun, tomb.triwulan)
            label = _label_bukti(tomb, self._label(Indikator, tomb.indikator_id))
            self._log("hapus", Jenis.BUKTI, tomb.id, label, _kolom(tomb), f"{tomb.nama} ({ukuran_teks(len(tomb.isi))})",
                      None, data=tombstone_bukti(tomb, label).to_json())
        return Changes.ubah(Jenis.INDIKATOR, tomb.indikator_id, ["bukti"], undo=tomb)

    def pulihkan_bukti(self, tomb: BuktiTersimpan) -> Changes:
        """Put a deleted evidence file back (same id) on its quarter's realisasi (made
        again, empty, when it went with the file); ``undo``: its id."""
        with self._tx():
            self._require(Indikator, tomb.indikator_id)
            if Bukti.select(Bukti.id).where(Bukti.id == tomb.id).exists():
                raise InputTidakValid(f"Berkas bukti «{tomb.nama}» sudah ada lagi di basis data.")
            rid = _realisasi_id(tomb.indikator_id, tomb.tahun, tomb.triwulan)
            Bukti.insert(id=tomb.id, realisasi=rid, nama=tomb.nama, ukuran=len(tomb.isi), isi=tomb.isi,
                         ditambahkan=tomb.ditambahkan).execute()
            self._log("pulihkan", Jenis.BUKTI, tomb.id, _label_bukti(tomb, self._label(Indikator, tomb.indikator_id)),
                      _kolom(tomb), None, f"{tomb.nama} ({ukuran_teks(len(tomb.isi))})")
        return Changes.ubah(Jenis.INDIKATOR, tomb.indikator_id, ["bukti"], undo=tomb.id)

    def bukti_tanpa_isi(self) -> list[tuple[int, int, int]]:
        """(indicator, year, quarter) of every realisasi with a value but no evidence
        file (the quality check when evidence is required)."""
        with self._read():
            ada = Bukti.select(Bukti.realisasi)
            q = (Realisasi.select(Realisasi.indikator, Realisasi.tahun, Realisasi.triwulan)
                 .where((Realisasi.nilai.is_null(False) | Realisasi.pembilang.is_null(False)), Realisasi.id.not_in(ada))
                 .order_by(Realisasi.indikator, Realisasi.tahun, Realisasi.triwulan))
            return [tuple(r) for r in q.tuples()]

