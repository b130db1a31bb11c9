"""The layout of a period's Eselon IV matrix (issue 12): its title lines, which columns
print in which order with which headings, the place-and-date line above the signer, and
whether the decree's signer is printed under the matrix at all.

Stored as JSON text in ``periode.matriks_format`` ("" reads as the standard preset — the sample's look —, the
look of every matrix before it). Texts are templates: ``{judul}`` (the period's matrix
title, "INDIKATOR KINERJA ESELON IV" when blank), ``{tahun}`` (its year line, "TAHUN
2017-2022" when blank), ``{tahun_awal}``, ``{tahun_akhir}``, ``{kecamatan}``/``{KECAMATAN}``,
``{kabupaten}``/``{KABUPATEN}``, ``{tempat}``, ``{tanggal}``. Nothing else in braces is
allowed (refused with a message)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Mapping

from .errors import InputTidakValid
from .format_dokumen import periksa_templat, ya_tidak

KOLOM_MATRIKS = ("sasaran", "indikator", "formulasi", "target", "sumber_data")
NAMA_KOLOM_MATRIKS = {"sasaran": "Sasaran kegiatan", "indikator": "Indikator", "formulasi": "Formulasi/penjelasan",
                      "target": "Target per tahun", "sumber_data": "Sumber data"}
JUDUL_KOLOM_BAKU = {"sasaran": "SASARAN KEGIATAN", "indikator": "INDIKATOR KINERJA",
                    "formulasi": "FORMULASI PERHITUNGAN/ PENJELASAN", "target": "TARGET", "sumber_data": "SUMBER DATA"}
# the share of the page width (the target's share is split between the years)
LEBAR_MATRIKS = {"sasaran": 0.15, "indikator": 0.17, "formulasi": 0.25, "target": 0.30, "sumber_data": 0.13}
PENANDA_MATRIKS = ("judul", "tahun", "tahun_awal", "tahun_akhir", "kecamatan", "KECAMATAN", "kabupaten", "KABUPATEN",
                   "tempat", "tanggal")


@dataclass(frozen=True)
class KolomMatriks:
    kunci: str  # one of KOLOM_MATRIKS
    judul: str  # the heading as printed


@dataclass(frozen=True)
class FormatMatriks:
    judul: tuple[str, ...]
    kolom: tuple[KolomMatriks, ...]
    tempat_tanggal: str = "{tempat}, {tanggal}"  # above the signer; "" none
    tanda_tangan: bool = True  # the decree's signer printed under the matrix

    def kunci_kolom(self) -> tuple[str, ...]:
        return tuple(k.kunci for k in self.kolom)

    def ke_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)


MATRIKS_BAKU = FormatMatriks(
    judul=("{judul}", "{tahun}", "KECAMATAN {KECAMATAN}"),
    kolom=tuple(KolomMatriks(k, JUDUL_KOLOM_BAKU[k]) for k in KOLOM_MATRIKS),
)


def periksa_format_matriks(fmt: FormatMatriks) -> FormatMatriks:
    """Refuse (InputTidakValid, in Indonesian) a matrix format that cannot be printed."""
    if not fmt.judul:
        raise InputTidakValid("Matriks harus punya sedikitnya satu baris judul. Isi baris judulnya.")
    for n, line in enumerate(fmt.judul, start=1):
        periksa_templat(line, f"baris judul matriks ke-{n}", PENANDA_MATRIKS)
    periksa_templat(fmt.tempat_tanggal, "baris tempat dan tanggal matriks", PENANDA_MATRIKS)
    keys = fmt.kunci_kolom()
    if "indikator" not in keys:
        raise InputTidakValid("Kolom indikator pada matriks harus dicetak. Centang kolom «Indikator».")
    if len(set(keys)) != len(keys) or any(k not in KOLOM_MATRIKS for k in keys):
        raise InputTidakValid("Kolom matriks tidak sah: tiap kolom hanya boleh sekali.")
    for k in fmt.kolom:
        periksa_templat(k.judul, f"judul kolom matriks {NAMA_KOLOM_MATRIKS[k.kunci]}", PENANDA_MATRIKS)
    return fmt


def matriks_dari_dict(d: Mapping[str, Any]) -> FormatMatriks:
    try:
        fmt = FormatMatriks(judul=tuple(str(x) for x in d["judul"]),
                            kolom=tuple(KolomMatriks(k["kunci"], k["judul"]) for k in d["kolom"]),
                            tempat_tanggal=d.get("tempat_tanggal", MATRIKS_BAKU.tempat_tanggal),
                            tanda_tangan=ya_tidak(d.get("tanda_tangan", True)))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise InputTidakValid("Format matriks tidak dapat dibaca; kembalikan ke bentuk baku lalu ubah.") from None
    return periksa_format_matriks(fmt)


def matriks_dari_json(teks: str | None) -> FormatMatriks:
    """The stored format; "" is the standard preset. A damaged value reads as the standard
    preset too: a printout never fails on it."""
    if not teks:
        return MATRIKS_BAKU
    try:
        return matriks_dari_dict(json.loads(teks))
    except (InputTidakValid, ValueError):
        return MATRIKS_BAKU


def nilai_format_matriks(value: Any, label: str = "format matriks") -> str:
    """The validator of ``periode.matriks_format``: a FormatMatriks, a dict or JSON text →
    JSON ("" and the standard preset are stored as "")."""
    if isinstance(value, FormatMatriks):
        fmt = periksa_format_matriks(value)
    elif value is None or value == "":
        return ""
    else:
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                raise InputTidakValid(f"Isian {label} tidak dapat dibaca.") from None
        if not isinstance(value, Mapping):
            raise InputTidakValid(f"Isian {label} tidak dapat dibaca.")
        fmt = matriks_dari_dict(value)
    return "" if fmt == MATRIKS_BAKU else fmt.ke_json()


def matriks_dari_judul(lines: list[str] | tuple[str, ...], kecamatan: str = "", kabupaten: str = "",
                       judul: str = "", tahun: str = "",
                       kolom: list[tuple[str, str]] | tuple[tuple[str, str], ...] = ()) -> FormatMatriks:
    """The format of a source whose matrix title read ``lines`` (the importer's
    ``judul_matriks``) and whose table had the columns ``kolom`` ((key, heading) in order):
    the period's own title and year line (``judul``, ``tahun``) become
    ``{judul}``/``{tahun}``, the names ``{KECAMATAN}``/``{KABUPATEN}``; no title lines keep
    the preset's, no columns (or none with the indicator) the preset's. The preset's own title
    and columns give the preset itself (stored as "")."""
    cols = _kolom_sumber(kolom)
    out = []
    for line in (str(x) for x in lines):
        if not line.strip():
            continue
        if judul and line == judul:
            out.append("{judul}")
            continue
        if tahun and line == tahun:
            out.append("{tahun}")
            continue
        for name, field in ((kecamatan, "{KECAMATAN}"), (kabupaten, "{KABUPATEN}")):
            if name and name.upper() in line:
                line = line.replace(name.upper(), field)
        out.append(line)
    return periksa_format_matriks(FormatMatriks(tuple(out) or MATRIKS_BAKU.judul, cols))


def _kolom_sumber(kolom) -> tuple[KolomMatriks, ...]:
    """The source's columns that the matrix can print, each once (a heading with braces kept
    as text); the preset's when the indicator is not among them."""
    out: list[KolomMatriks] = []
    for key, heading in kolom:
        if key in KOLOM_MATRIKS and key not in [k.kunci for k in out]:
            out.append(KolomMatriks(key, str(heading).replace("{", "(").replace("}", ")")))
    return tuple(out) if "indikator" in [k.kunci for k in out] else MATRIKS_BAKU.kolom
