"""The preview of an Excel import: what the workbook changes, creates, conflicts with and
what it cannot take — each with its sheet, row and column — as plain frozen data."""

from __future__ import annotations

from dataclasses import dataclass, field

BARIS_BARU = " (baris baru)"  # the end of the shown label of a cell from a row without an id
Ref = int | str  # a database id, or a new item's name within the import ("j:12", "baris:Jabatan:7")


@dataclass(frozen=True)
class Posisi:
    lembar: str
    baris: int
    kolom: str  # "C", "" for the whole row
    judul: str  # the column's heading

    def teks(self) -> str:
        where = f"{self.kolom}{self.baris}" if self.kolom else f"baris {self.baris}"
        return f"{self.lembar}!{where}" + (f" ({self.judul})" if self.judul else "")


@dataclass(frozen=True)
class Ubah:
    """One cell that changes: ``alamat`` (table, key, field) — keys may name new items."""

    pos: Posisi
    alamat: tuple
    lama: object
    baru: object
    label: str = ""  # what the row is about (the indicator's name…)
    baris_baru: bool = False  # from a row without an id (:mod:`.baru_angka`)


@dataclass(frozen=True)
class Konflik:
    """A cell changed both in the workbook and in the database since the export: not
    written; the user decides (edit the database, or export again)."""

    pos: Posisi
    alamat: tuple
    db: object
    buku: object
    label: str = ""


@dataclass(frozen=True)
class Tolak:
    pos: Posisi
    alasan: str


@dataclass(frozen=True)
class Baru:
    """A new item: ``tabel`` (jabatan, sasaran, indikator, program), its name in the
    import ``ref``, its fields, and its parents (field -> id or ref)."""

    pos: Posisi
    tabel: str
    ref: str
    fields: dict
    induk: dict = field(default_factory=dict)
    label: str = ""


@dataclass(frozen=True)
class PeriodeBaru:
    """Where a workbook from another database goes: ``periode_id`` an existing period (may
    be re-dated: the lone automatic period of an empty file), or None: a new one."""

    periode_id: int | None
    nama: str
    tahun_awal: int
    tahun_akhir: int
    ganti: bool = False  # re-date the automatic period


@dataclass(frozen=True)
class Pratinjau:
    sumber: str  # the file's name
    periode_id: int | None
    ubah: tuple[Ubah, ...] = ()
    baru: tuple[Baru, ...] = ()
    konflik: tuple[Konflik, ...] = ()
    tolak: tuple[Tolak, ...] = ()
    dibiarkan: int = 0  # cells changed in the database since the export, untouched in the workbook: kept
    periode_baru: PeriodeBaru | None = None
    asing: bool = False  # from another database: every row is new

    @property
    def kosong(self) -> bool:
        """Nothing to write."""
        return not (self.ubah or self.baru or self.periode_baru)


def waktu(values: dict) -> str:
    """« — 2024 TW II» of a per-year row ("" on the other sheets)."""
    from ..display import nama_triwulan
    from .kolom import kanon

    tahun, tw = values.get("tahun"), values.get("tw")
    if tahun in (None, ""):
        return ""
    return f" — {kanon(tahun)}" + (f" {nama_triwulan(int(tw))}" if isinstance(tw, int) and 1 <= tw <= 4 else "")
