"""The columns of the workbook and what a cell holds: a column's kind says how a cell is
written and read back (:func:`baca_sel`), :func:`kanon` is the one text a value compares
and hashes as (:func:`sidik`, the fingerprint kept in the hidden column ``asal``)."""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from ..angka import BATAS_ANGKA, DESIMAL_MAKS, parse_angka
from ..errors import InputTidakValid

# Kinds of column. Editable: TEKS (one line or more), DAFTAR (one item a line: fungsi,
# penjelasan), ANGKA (a decimal), PILIHAN (one of ``pilihan``), YATIDAK ("ya"/"tidak").
# Not read back: BACA (information, grey), RUMUS (an Excel formula).
TEKS, DAFTAR, ANGKA, PILIHAN, YATIDAK, BACA, RUMUS = "teks", "daftar", "angka", "pilihan", "yatidak", "baca", "rumus"
EDITABLE = frozenset({TEKS, DAFTAR, ANGKA, PILIHAN, YATIDAK})
YA, TIDAK = "ya", "tidak"
SALAH = object()  # a cell that was refused (the refusal is recorded where it was read)


class _TanpaNilai:
    """A formula cell whose result was never stored (written by a program, not Excel or
    LibreOffice, which always store it): its value is unknown, never blank."""

    def __str__(self) -> str:
        return ""

    def __repr__(self) -> str:
        return "RUMUS_TANPA_NILAI"


RUMUS_TANPA_NILAI = _TanpaNilai()
TANPA_NILAI = ("Sel berisi rumus tanpa nilai tersimpan; buka dan simpan berkas di Excel/LibreOffice dulu, atau "
               "ketik angkanya.")


@dataclass(frozen=True)
class Kolom:
    kunci: str  # the field it edits, or a name of its own
    judul: str  # the heading shown
    jenis: str = TEKS
    lebar: int = 14
    pilihan: tuple[str, ...] = ()
    wajib: bool = False  # a text that must not be blank (a name)
    rupiah: bool = False  # a number column of rupiah: read by the budget's rule (not below zero)

    @property
    def diubah(self) -> bool:
        return self.jenis in EDITABLE


def norm(text) -> str:
    """A name as rows are matched by it: spaces collapsed, case ignored."""
    return " ".join(str(text or "").split()).casefold()


def kanon(value) -> str:
    """The text a stored or read value compares and hashes as: blank and None alike,
    1.50 as 1.5, booleans as ya/tidak, a list one item a line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YA if value else TIDAK
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "0") else text
    if isinstance(value, (list, tuple)):
        return "\n".join(str(x) for x in value)
    return str(value)


def sidik(value) -> str:
    """A short fingerprint of a value (8 hex digits): what the export saw, to tell later
    whether the workbook or the database changed the cell."""
    return _sidik_teks(kanon(value))


@functools.lru_cache(maxsize=4096)
def _sidik_teks(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=4).hexdigest()


_TERLALU_BESAR = "Angka terlalu besar: paling banyak 999.999.999.999.999."


def _angka_dari_sel(raw) -> Decimal:
    """A number cell as Excel stores it (int or float), exact to the 4 decimals we keep;
    the tail of float arithmetic (0,1 + 0,2) is dropped, real extra decimals refused."""
    if isinstance(raw, bool):
        raise InputTidakValid("Isinya ya/tidak, bukan angka.")
    d = Decimal(raw) if isinstance(raw, int) else Decimal(repr(raw))
    if not d.is_finite():
        raise InputTidakValid("Isinya bukan angka yang sah.")
    if abs(d) >= BATAS_ANGKA:  # before rounding: 1e20 to 10 decimals is more digits than a Decimal holds
        raise InputTidakValid(_TERLALU_BESAR)
    rounded = round(d, 10).normalize()
    if rounded.as_tuple().exponent < -DESIMAL_MAKS:
        raise InputTidakValid(f"Angka {raw} punya lebih dari {DESIMAL_MAKS} angka di belakang koma.")
    if abs(rounded) >= BATAS_ANGKA:
        raise InputTidakValid(_TERLALU_BESAR)
    return rounded + 0


def baca_sel(kolom: Kolom, raw):
    """The value of a cell of ``kolom`` as the database stores it; ``InputTidakValid`` with
    the reason (Indonesian) when the cell cannot be read."""
    if raw is RUMUS_TANPA_NILAI:
        raise InputTidakValid(TANPA_NILAI)
    if kolom.jenis == ANGKA and kolom.rupiah:
        from ..anggaran import baca_rupiah

        return baca_rupiah(baca_sel(replace(kolom, rupiah=False), raw))
    if kolom.jenis == ANGKA:
        if isinstance(raw, (_dt.date, _dt.time)):
            raise InputTidakValid("Isinya tanggal, bukan angka (Excel mengubah ketikan seperti «1/5» menjadi tanggal). "
                                  "Format selnya sebagai Angka atau Teks, lalu ketik angkanya lagi.")
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, str):
            try:
                return parse_angka(raw)
            except InputTidakValid:
                raise
            except (InvalidOperation, ValueError) as exc:
                raise InputTidakValid(f"«{raw[:60]}» bukan angka.") from exc
        if isinstance(raw, (int, float)):
            return _angka_dari_sel(raw)
        raise InputTidakValid("Isinya bukan angka (mungkin tanggal). Tulis angka saja.")
    text = "" if raw is None else raw if isinstance(raw, str) else kanon(_angka_dari_sel(raw)) \
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) else str(raw)
    if "\x00" in text:
        raise InputTidakValid("Isinya memuat karakter yang tidak sah.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if kolom.jenis == DAFTAR:
        return [line for line in text.split("\n") if line.strip()]
    if kolom.jenis == YATIDAK:
        if isinstance(raw, bool):
            return raw
        word = text.strip().casefold()
        if word not in (YA, TIDAK):
            raise InputTidakValid(f"Tulis «ya» atau «tidak», bukan «{text[:40]}».")
        return word == YA
    if kolom.jenis == PILIHAN:
        word = text.strip().casefold()
        if word not in kolom.pilihan:
            raise InputTidakValid(f"«{text[:40]}» tidak dikenal. Pilih salah satu: {', '.join(kolom.pilihan)}.")
        return word
    if kolom.wajib and not text.strip():
        raise InputTidakValid(f"{kolom.judul} tidak boleh kosong.")
    return text
