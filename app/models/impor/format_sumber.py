"""The decree's format from what the importer saw (``Rencana.format_hints``), so that the
printout looks like its source: the title lines, the lampiran header's shape, the columns
with their headings, the numbering of fungsi, the place and date above the signer."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Mapping

from ..format_dokumen import IKU_BAKU, FormatDokumen, format_from_hints
from ..format_matriks import JUDUL_KOLOM_BAKU, matriks_dari_judul, nilai_format_matriks

# the importer's column roles -> the format's column keys
_KOLOM = {"no": "no", "sasaran": "sasaran", "indikator": "indikator", "penjelasan": "penjelasan",
          "pj": "penanggung_jawab", "sd": "sumber_data"}
_PENOMORAN = {"angka": "angka", "huruf": "huruf", "angka_kurung": "angka_kurung", "huruf_kurung": "huruf_kurung",
              "tidak ada": "tanpa", "tanpa": "tanpa"}
_BUTIR = {"➢": "➢", "•": "•", "▪": "•", "●": "•", "-": "-", "–": "-"}


def format_sumber(hints: Mapping[str, Any], kecamatan: str = "", kabupaten: str = "") -> FormatDokumen:
    """The format a source showed; what it did not show stays as the standard preset."""
    h: dict[str, Any] = {}
    judul = [_templat(t, kecamatan, kabupaten) for t in hints.get("judul_lampiran") or []]
    if judul:
        h["judul"] = judul
    kepala = hints.get("kepala_lampiran")
    if kepala and kepala != "tidak ada":
        h["kepala"] = kepala.replace("{nomor}", "{lampiran}")
    nomor = hints.get("nomor_keputusan") or ""
    if hints.get("kepala_baris"):  # the source's own labels, case and order: "NOMOR", "TANGGAL"
        h["kepala_baris"] = [tuple(x) for x in hints["kepala_baris"]]
    elif nomor:
        h["kepala_baris"] = [(label, value) for label, value in IKU_BAKU.kepala_baris if label != "Nomor"]
        h["kepala_baris"].insert(0, ("Nomor", "{nomor} Tahun {tahun}" if "tahun" in nomor.casefold() else "{nomor}"))
    kolom = [[_KOLOM[c["kolom"]], _judul_kolom(_KOLOM[c["kolom"]], c.get("judul") or "")]
             for c in hints.get("kolom_lampiran") or [] if c.get("kolom") in _KOLOM]
    if kolom:
        h["kolom"] = kolom
    if hints.get("fungsi_penomoran") in _PENOMORAN:
        h["penomoran_fungsi"] = _PENOMORAN[hints["fungsi_penomoran"]]
    if hints.get("penjelasan_butir") in _BUTIR:
        h["butir_penjelasan"] = _BUTIR[hints["penjelasan_butir"]]
    if hints.get("tempat_tanggal_di_atas_ttd"):
        h["tempat_tanggal"] = "{tempat}, {tanggal}"
    return format_from_hints(h)


def _judul_kolom(kunci: str, judul: str) -> str:
    """A heading that reads as the preset's but for punctuation and spacing (a PDF's text lost
    its closing bracket) is the preset's."""
    baku = next((k.judul for k in IKU_BAKU.kolom if k.kunci == kunci), "")
    return baku if baku and _huruf(baku) == _huruf(judul) else judul


def _huruf(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def _templat(line: str, kecamatan: str, kabupaten: str) -> str:
    """A title line with the kecamatan's and kabupaten's names as fields (they follow the
    names if these are corrected later)."""
    for name, field in ((kecamatan, "{KECAMATAN}"), (kabupaten, "{KABUPATEN}")):
        if name and name.upper() in line:
            line = line.replace(name.upper(), field)
    return line


def format_matriks_sumber(hints: Mapping[str, Any], r: Any) -> str:
    """The matrix's format (stored JSON, "" the standard preset) from the title lines the
    source's matrix showed (``judul_matriks``) and its columns with their headings
    (``kolom_matriks``), without a place-and-date line or a signer when the source's
    matrix has none; the period's own title and year line (``r.matriks_judul``,
    ``r.matriks_tahun``) stay fields of it."""
    fmt = matriks_dari_judul(hints.get("judul_matriks") or [], r.kecamatan, r.kabupaten,
                             r.matriks_judul, r.matriks_tahun, kolom_matriks_sumber(hints))
    if hints.get("tempat_tanggal_matriks") is False:  # the source's matrix has no place-and-date line
        fmt = replace(fmt, tempat_tanggal="")
    if hints.get("ttd_matriks") is False:  # nor a signer under it: none printed
        fmt = replace(fmt, tanda_tangan=False)
    return nilai_format_matriks(fmt)


# the importer's column roles in a matrix -> the matrix format's keys ("PENJELASAN" in place
# of a formula column is the formula's)
_KOLOM_MATRIKS = {"sasaran": "sasaran", "indikator": "indikator", "formulasi": "formulasi", "penjelasan": "formulasi",
                  "target": "target", "sd": "sumber_data"}


def kolom_matriks_sumber(hints: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(key, heading) of the matrix columns the source showed (``kolom_matriks``), in its
    order; a heading that reads as the preset's but for punctuation is the preset's."""
    out = []
    for c in hints.get("kolom_matriks") or []:
        key = _KOLOM_MATRIKS.get(c.get("kolom") or "")
        if key and key not in [k for k, _ in out]:
            baku = JUDUL_KOLOM_BAKU[key]
            judul = c.get("judul") or baku
            out.append((key, baku if _huruf(baku) == _huruf(judul) else judul))
    return out
