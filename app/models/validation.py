"""What may be written into each field of each kind: the validators (each refuses with an
Indonesian message, :class:`~app.models.errors.InputTidakValid`, before anything is
stored), the labels shown in messages and in the Edit menu, and where an item sits among
its siblings."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable

import peewee as pw

from .errors import InputTidakValid
from .format_dokumen import nilai_format
from .format_matriks import nilai_format_matriks
from .kinds import Jenis
from .tanggal import baca_tanggal
from .schema import (
    JENIS,
    POLARITAS,
    Indikator,
    Jabatan,
    Kecamatan,
    Keputusan,
    Lampiran,
    Pegawai,
    PerjanjianKinerja,
    Periode,
    Program,
    Sasaran,
)


def text(value: Any, label: str) -> str:
    if not isinstance(value, str):
        raise InputTidakValid(f"Isian {label} harus berupa teks.")
    if "\x00" in value:
        raise InputTidakValid(f"Isian {label} memuat karakter yang tidak sah.")
    return value


def opt_text(value: Any, label: str) -> str | None:
    return None if value is None else text(value, label)


def required(value: Any, label: str) -> str:
    value = text(value, label)
    if not value.strip():
        raise InputTidakValid(f"{label[:1].upper()}{label[1:]} tidak boleh kosong.")
    return value


def year(value: Any, label: str = "tahun") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise InputTidakValid(f"Tahun «{value}» tidak masuk akal; isi tahun empat angka, misalnya 2018.")
    return value


def opt_int(value: Any, label: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputTidakValid(f"Isian {label} harus bilangan bulat positif.")
    return value


def date(value: Any, label: str) -> _dt.date:
    if not isinstance(value, _dt.date):
        raise InputTidakValid(f"Isian {label} harus tanggal.")
    return value


def opt_date(value: Any, label: str) -> _dt.date | None:
    return None if value is None else date(value, label)


def tanggal_kantor(value: Any, label: str) -> _dt.date | None:
    """A date that may be left blank (None or ""), given as a date or as typed text
    ("01 Nopember 2021"): text that cannot be read is refused, never guessed."""
    if isinstance(value, str):
        return baca_tanggal(value).tanggal if value.strip() else None
    return opt_date(value, label)


def ejaan_tanggal(value: Any, label: str) -> str:
    """The date as the office spells it: "" or a readable date, kept in its spelling."""
    value = text(value, label)
    return baca_tanggal(value).teks if value.strip() else ""


def flag(value: Any, label: str) -> bool:
    return bool(value)


def choice(options: tuple[str, ...], message: str) -> Callable[[Any, str], str]:
    def check(value: Any, label: str) -> str:
        if value not in options:
            raise InputTidakValid(message)
        return value
    return check


def ref(model: type[pw.Model], what: str) -> Callable[[Any, str], int | None]:
    def check(value: Any, label: str) -> int | None:
        if value is None:
            return None
        if not model.select(model.id).where(model.id == value).exists():
            raise InputTidakValid(f"{what} yang dipilih tidak ada lagi di basis data.")
        return value
    return check


KINDS: dict[Jenis, type[pw.Model]] = {
    Jenis.KECAMATAN: Kecamatan, Jenis.PEGAWAI: Pegawai, Jenis.JABATAN: Jabatan, Jenis.PERIODE: Periode,
    Jenis.KEPUTUSAN: Keputusan, Jenis.LAMPIRAN: Lampiran, Jenis.SASARAN: Sasaran, Jenis.INDIKATOR: Indikator,
    Jenis.PROGRAM: Program,  # the budget: written by app.models.anggaran_ops, deleted and restored here
    Jenis.PERJANJIAN_KINERJA: PerjanjianKinerja,
}
LABELS: dict[Jenis, str] = {
    Jenis.KECAMATAN: "Kecamatan", Jenis.PEGAWAI: "Pegawai", Jenis.JABATAN: "Jabatan", Jenis.PERIODE: "Periode",
    Jenis.KEPUTUSAN: "Keputusan", Jenis.LAMPIRAN: "Lampiran", Jenis.SASARAN: "Sasaran", Jenis.INDIKATOR: "Indikator",
    Jenis.PROGRAM: "Program/kegiatan",
    Jenis.PERJANJIAN_KINERJA: "Perjanjian Kinerja",
}

# (kind, field) -> (validator, label shown in messages and in the Edit menu)
FIELDS: dict[Jenis, dict[str, tuple[Callable[[Any, str], Any], str]]] = {
    Jenis.KECAMATAN: {"nama": (text, "nama kecamatan"), "kabupaten": (text, "kabupaten"), "tempat": (text, "tempat")},
    Jenis.PEGAWAI: {"nama": (required, "nama pegawai"), "nip": (opt_text, "NIP"), "pangkat": (opt_text, "pangkat/golongan")},
    Jenis.JABATAN: {
        "nama": (text, "nama jabatan"), "eselon": (opt_text, "eselon"), "tugas": (text, "tugas"),
        "atasan": (ref(Jabatan, "Atasan"), "atasan"), "pemegang": (ref(Pegawai, "Pegawai"), "pemegang jabatan"),
    },
    Jenis.PERIODE: {
        "nama": (required, "nama periode"), "matriks_judul": (text, "judul matriks"),
        "matriks_tahun": (text, "tahun pada judul matriks"), "matriks_tanggal": (tanggal_kantor, "tanggal matriks"),
        "matriks_tanggal_teks": (ejaan_tanggal, "ejaan tanggal matriks"),
        "matriks_format": (nilai_format_matriks, "format matriks"),
    },
    Jenis.KEPUTUSAN: {
        "nomor": (text, "nomor keputusan"), "tahun": (year, "tahun keputusan"),
        "tanggal": (tanggal_kantor, "tanggal keputusan"), "tanggal_teks": (ejaan_tanggal, "ejaan tanggal"),
        "format": (nilai_format, "format dokumen"),
        "sebutan": (text, "sebutan keputusan"), "ttd_awalan": (choice(("", "Plt.", "Plh.", "a.n."), "Awalan penanda tangan harus kosong, Plt., Plh. atau a.n."), "awalan penanda tangan"),
        "ttd_jabatan": (text, "jabatan penanda tangan"), "ttd_jabatan2": (text, "baris kedua jabatan penanda tangan"),
        "ttd_nama": (text, "nama penanda tangan"), "ttd_nip": (opt_text, "NIP penanda tangan"),
        "ttd_pangkat": (opt_text, "pangkat penanda tangan"),
    },
    Jenis.LAMPIRAN: {"nomor": (required, "nomor lampiran"), "kepala": (opt_text, "kepala lampiran")},
    Jenis.SASARAN: {
        "nomor": (text, "nomor sasaran"), "nama": (text, "nama sasaran"), "nama_matriks": (opt_text, "nama sasaran di matriks"),
        "urutan_matriks": (opt_int, "urutan di matriks"),
    },
    Jenis.INDIKATOR: {
        "nomor": (text, "nomor indikator"), "nama": (text, "nama indikator"),
        "jenis": (choice(JENIS, f"Jenis indikator harus salah satu dari: {', '.join(JENIS)}."), "jenis"),
        "polaritas": (choice(POLARITAS, "Polaritas harus «positif» atau «negatif»."), "polaritas"),
        "satuan": (text, "satuan"), "formulasi": (text, "formulasi"), "label_pembilang": (text, "label pembilang"),
        "label_penyebut": (text, "label penyebut"), "penanggung_jawab": (text, "penanggung jawab"),
        "sumber_data": (text, "sumber data"), "penjelasan_berbutir": (flag, "tanda ➢ pada penjelasan"),
        "di_lampiran": (flag, "cetak di lampiran"), "di_matriks": (flag, "cetak di matriks"),
        "nama_matriks": (opt_text, "nama di matriks"), "sumber_data_matriks": (opt_text, "sumber data di matriks"),
    },
    Jenis.PERJANJIAN_KINERJA: {
        "tempat": (text, "tempat penandatanganan"), "tanggal": (tanggal_kantor, "tanggal PK"),
        "tanggal_teks": (ejaan_tanggal, "ejaan tanggal PK"), "pembuka": (text, "kalimat pembuka"),
        "komitmen": (text, "kalimat komitmen"),
        "kertas": (choice(("a4", "f4"), "Kertas PK harus «a4» atau «f4»."), "kertas"),
        "atasan": (ref(Jabatan, "Jabatan pihak kedua"), "jabatan pihak kedua"),
        **{f"{p}_{name}": (check, f"{label} pihak {which}") for p, which in (("p1", "pertama"), ("p2", "kedua"))
           for name, check, label in (
               ("nama", text, "nama"), ("jabatan", text, "jabatan"), ("nip", opt_text, "NIP"),
               ("pangkat", opt_text, "pangkat"), ("jabatan2", text, "jabatan sendiri (a.n.)"),
               ("awalan", choice(("", "Plt.", "Plh.", "a.n."), "Awalan penanda tangan harus kosong, Plt., Plh. atau a.n."),
                "awalan"))},
    },
}

# Where an item sits among its siblings: the columns that make the sibling group.
SIBLINGS: dict[Jenis, tuple[str, ...]] = {
    Jenis.JABATAN: ("atasan",), Jenis.SASARAN: ("jabatan", "periode"), Jenis.INDIKATOR: ("sasaran",),
}


def field_label(kind: str, field: str) -> str:
    return FIELDS[kind][field][1]



def clean(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``kind`` checked and normalised; a field the kind does not have is a
    programming error (ValueError), a bad value the user's (InputTidakValid)."""
    spec = FIELDS.get(kind)
    if spec is None:
        raise ValueError(f"not an editable kind: {kind}")
    out = {}
    for name, value in fields.items():
        if name not in spec:
            raise ValueError(f"not an editable field of {kind}: {name}")
        check, label = spec[name]
        out[name] = check(value, label)
    return out
