"""The layout of a decree's lampiran, per decree (issue 12): which title lines, which header
lines, which table columns with which headings, how tugas/fungsi are numbered, the
place-and-date line above the signer, the holder's name (IKI) and a note under the table.

Stored as JSON text in ``keputusan.format`` ("" reads as the standard preset, the look of
every decree before schema 4). Texts are templates: ``{nomor}``, ``{tahun}``,
``{tanggal}``, ``{lampiran}``, ``{sebutan}``, ``{tempat}``, ``{kecamatan}``/``{KECAMATAN}``,
``{kabupaten}``/``{KABUPATEN}``, ``{jabatan}``/``{JABATAN}``, ``{pemegang}``. Nothing else
in braces is allowed (refused with a message), and user text is never given to
``str.format``.

:func:`format_from_hints` maps what an importer saw in a Word file onto a format.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from typing import Any, Mapping

from .errors import InputTidakValid

KOLOM = ("no", "sasaran", "indikator", "penjelasan", "penanggung_jawab", "sumber_data")
NAMA_KOLOM = {"no": "Nomor", "sasaran": "Kinerja utama / sasaran", "indikator": "Indikator",
              "penjelasan": "Penjelasan", "penanggung_jawab": "Penanggung jawab", "sumber_data": "Sumber data"}
JUDUL_BAKU = {
    "no": "NO", "sasaran": "KINERJA UTAMA", "indikator": "INDIKATOR KINERJA UTAMA",
    "penjelasan": "PENJELASAN (MAKNA INDIKATOR, ALASAN PEMILIHAN DAN CARA PERHITUNGAN INDIKATOR)",
    "penanggung_jawab": "PENANGGUNG JAWAB", "sumber_data": "SUMBER DATA",
}
LEBAR_BAKU = {"no": 0.045, "sasaran": 0.15, "indikator": 0.17, "penjelasan": 0.37, "penanggung_jawab": 0.125,
              "sumber_data": 0.14}
PENOMORAN = {"angka": "1. 2. 3.", "huruf": "a. b. c.", "angka_kurung": "1) 2) 3)", "huruf_kurung": "a) b) c)",
             "tanpa": "tanpa nomor"}
BUTIR = {"➢": "➢ (panah)", "•": "• (bulatan)", "-": "- (strip)"}  # the penjelasan's bullet
PENANDA = ("nomor", "tahun", "tanggal", "lampiran", "sebutan", "tempat", "kecamatan", "KECAMATAN", "kabupaten",
           "KABUPATEN", "jabatan", "JABATAN", "pemegang")
_PENANDA = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Kolom:
    kunci: str  # one of KOLOM
    judul: str  # the heading as printed
    lebar: float  # relative width (the printed columns share the page width)


@dataclass(frozen=True)
class FormatDokumen:
    judul: tuple[str, ...]
    kepala: str  # the lampiran's heading line ("" none); a lampiran's own heading wins
    kepala_baris: tuple[tuple[str, str], ...]  # (label, value): ("Nomor", "{nomor} Tahun {tahun}")
    kolom: tuple[Kolom, ...]
    penomoran_fungsi: str = "angka"
    identitas: bool = True  # the JABATAN / TUGAS / FUNGSI block
    pemegang: bool = False  # a NAMA line with the holder (IKI)
    tempat_tanggal: str = ""  # above the signer: "{tempat}, {tanggal}"
    catatan: str = ""  # under the table
    butir_penjelasan: str = "➢"  # the bullet of a penjelasan given as items (one of BUTIR)

    def kunci_kolom(self) -> tuple[str, ...]:
        return tuple(k.kunci for k in self.kolom)

    def ke_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)


def _kolom(*keys: str, **judul: str) -> tuple[Kolom, ...]:
    return tuple(Kolom(k, judul.get(k, JUDUL_BAKU[k]), LEBAR_BAKU[k]) for k in keys)


IKU_BAKU = FormatDokumen(
    judul=("INDIKATOR KINERJA UTAMA", "KECAMATAN {KECAMATAN} KABUPATEN {KABUPATEN}"),
    kepala="Lampiran {lampiran}. {sebutan}",
    kepala_baris=(("Nomor", "{nomor} Tahun {tahun}"), ("Tanggal", "{tanggal}")),
    kolom=_kolom(*KOLOM),
)
PRESET = {
    "IKU per jabatan, enam kolom": IKU_BAKU,
    "IKI, empat kolom": FormatDokumen(
        judul=("INDIKATOR KINERJA INDIVIDU (IKI)", "{JABATAN}", "KECAMATAN {KECAMATAN} KABUPATEN {KABUPATEN}"),
        kepala="LAMPIRAN {lampiran}", kepala_baris=(("NOMOR", "{nomor}"), ("TANGGAL", "{tanggal}")),
        kolom=_kolom("sasaran", "indikator", "penjelasan", "sumber_data", sasaran="SASARAN STRATEGIS",
                     indikator="INDIKATOR KINERJA INDIVIDU", penjelasan="ALASAN/PENJELASAN"),
        penomoran_fungsi="huruf", pemegang=True, tempat_tanggal="{tempat}, {tanggal}"),
    "IKU organisasi tanpa halaman jabatan": FormatDokumen(
        judul=("INDIKATOR KINERJA UTAMA (IKU)", "KECAMATAN {KECAMATAN}", "KABUPATEN {KABUPATEN}"),
        kepala="LAMPIRAN", kepala_baris=(("NOMOR", "{nomor}"), ("TANGGAL", "{tanggal}")),
        kolom=_kolom("no", "sasaran", "indikator", "penjelasan", "sumber_data", sasaran="SASARAN STRATEGIS"),
        identitas=False, tempat_tanggal="{tempat}, {tanggal}"),
}


def nama_preset(fmt: FormatDokumen) -> str | None:
    return next((name for name, p in PRESET.items() if p == fmt), None)


# ----------------------------------------------------------------------------- checks and JSON


def periksa_templat(teks: str, label: str, penanda: tuple[str, ...] = PENANDA) -> str:
    if not isinstance(teks, str) or "\x00" in teks:
        raise InputTidakValid(f"Isian {label} harus berupa teks.")
    for name in _PENANDA.findall(teks):
        if name not in penanda:
            raise InputTidakValid(f"Penanda «{{{name}}}» pada {label} tidak dikenal. Yang dapat dipakai: "
                                  + ", ".join("{" + p + "}" for p in penanda) + ".")
    if "{" in _PENANDA.sub("", teks) or "}" in _PENANDA.sub("", teks):
        raise InputTidakValid(f"Tanda kurung kurawal pada {label} tidak berpasangan: tulis penanda seperti "
                              "{nomor}, dengan satu «{» dan satu «}».")
    return teks


LEBAR_MIN = 0.03  # of the table's width


def periksa_format(fmt: FormatDokumen) -> FormatDokumen:
    """Refuse (InputTidakValid, in Indonesian) a format that cannot be printed."""
    for n, line in enumerate(fmt.judul, start=1):
        periksa_templat(line, f"baris judul ke-{n}")
    periksa_templat(fmt.kepala, "kepala lampiran")
    for label, value in fmt.kepala_baris:
        periksa_templat(label, "label kepala lampiran")
        periksa_templat(value, f"isian «{label}» pada kepala lampiran")
    periksa_templat(fmt.tempat_tanggal, "baris tempat dan tanggal")
    periksa_templat(fmt.catatan, "catatan di bawah tabel")
    keys = fmt.kunci_kolom()
    if not keys:
        raise InputTidakValid("Tabel lampiran harus punya sedikitnya satu kolom. Centang kolom yang dicetak.")
    if len(set(keys)) != len(keys) or any(k not in KOLOM for k in keys):
        raise InputTidakValid("Kolom tabel lampiran tidak sah: tiap kolom hanya boleh sekali.")
    for k in fmt.kolom:
        periksa_templat(k.judul, f"judul kolom {NAMA_KOLOM[k.kunci]}")
        if not 0 < k.lebar <= 1:
            raise InputTidakValid(f"Lebar kolom {NAMA_KOLOM[k.kunci]} harus lebih dari 0 dan paling besar 1.")
    total = sum(k.lebar for k in fmt.kolom)
    for k in fmt.kolom:  # the printed columns share the page: a sliver cannot hold a letter
        if k.lebar / total < LEBAR_MIN:
            raise InputTidakValid(f"Kolom {NAMA_KOLOM[k.kunci]} terlalu sempit (kurang dari "
                                  f"{LEBAR_MIN:.0%} lebar tabel); lebarkan kolom itu atau jangan cetak.")
    if fmt.penomoran_fungsi not in PENOMORAN:
        raise InputTidakValid("Penomoran fungsi harus salah satu dari: " + ", ".join(f"«{k}»" for k in PENOMORAN) + ".")
    if fmt.butir_penjelasan not in BUTIR:
        raise InputTidakValid("Butir penjelasan harus salah satu dari: " + " ".join(f"«{k}»" for k in BUTIR) + ".")
    return fmt


def _daftar(value: Any) -> list:
    if not isinstance(value, (list, tuple)):
        raise TypeError("a list of lines")  # a bare "ABC" would be three lines A, B, C
    return list(value)


def ya_tidak(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("true or false")  # bool("false") is True
    return value


def dari_dict(d: Mapping[str, Any]) -> FormatDokumen:
    try:
        fmt = FormatDokumen(
            judul=tuple(_daftar(d["judul"])), kepala=d["kepala"],
            kepala_baris=tuple((a, b) for a, b in d["kepala_baris"]),
            kolom=tuple(Kolom(k["kunci"], k["judul"], float(k["lebar"])) for k in d["kolom"]),
            penomoran_fungsi=d.get("penomoran_fungsi", "angka"), identitas=ya_tidak(d.get("identitas", True)),
            pemegang=ya_tidak(d.get("pemegang", False)), tempat_tanggal=d.get("tempat_tanggal", ""),
            catatan=d.get("catatan", ""), butir_penjelasan=d.get("butir_penjelasan", "➢"))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise InputTidakValid("Format dokumen tidak dapat dibaca; pilih salah satu bentuk baku lalu ubah.") from None
    return periksa_format(fmt)


def dari_json(teks: str | None) -> FormatDokumen:
    """The stored format; "" (a decree of before schema 4) is the standard preset. A
    damaged value reads as the standard preset too: a printout never fails on it."""
    if not teks:
        return IKU_BAKU
    try:
        return dari_dict(json.loads(teks))
    except (InputTidakValid, ValueError):
        return IKU_BAKU


def nilai_format(value: Any, label: str = "format dokumen") -> str:
    """The validator of the stored field: a FormatDokumen, a dict or JSON text → JSON."""
    if isinstance(value, FormatDokumen):
        return periksa_format(value).ke_json()
    if isinstance(value, str) and not value.strip():
        return ""  # the standard preset, as a decree of before schema 4 stores it
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise InputTidakValid(f"Isian {label} tidak dapat dibaca.") from None
    if isinstance(value, Mapping):
        return dari_dict(value).ke_json()
    raise InputTidakValid(f"Isian {label} tidak dapat dibaca.")


# ----------------------------------------------------------------------------- printing helpers


def isi(templat: str, nilai: Mapping[str, str]) -> str:
    """A template filled in (unknown fields stay as typed)."""
    return _PENANDA.sub(lambda m: nilai.get(m.group(1), m.group(0)), templat)


_SUDAH_BERNOMOR = re.compile(r"^\s*(\d{1,3}|[a-zA-Z])[.)]\s")


def penanda_fungsi(gaya: str, n: int, teks: str) -> str:
    """The marker before the n-th fungsi (from 1): "1. ", "a. ", "1) ", "a) " or none; none either when the
    text was typed with its own marker ("a. Menyiapkan…"), which is printed as typed."""
    if gaya == "tanpa" or _SUDAH_BERNOMOR.match(teks):
        return ""
    end = ") " if gaya.endswith("_kurung") else ". "
    if gaya.startswith("huruf"):
        letters = ""
        while n:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return f"{letters}{end}"
    return f"{n}{end}"


# ----------------------------------------------------------------------------- importer hints


_KATA_KOLOM = (("penanggung", "penanggung_jawab"), ("sumber", "sumber_data"), ("penjelasan", "penjelasan"),
               ("alasan", "penjelasan"), ("formulasi", "penjelasan"), ("indikator", "indikator"),
               ("sasaran", "sasaran"), ("kinerja", "sasaran"), ("tujuan", "sasaran"))


def kunci_dari_judul(judul: str) -> str | None:
    """The column a heading stands for ("SASARAN STRATEGIS" → sasaran), or None."""
    t = " ".join(judul.split()).casefold()
    if t in ("no", "no.", "nomor"):
        return "no"
    return next((key for word, key in _KATA_KOLOM if word in t), None)


def format_from_hints(hints: Mapping[str, Any], dasar: FormatDokumen = IKU_BAKU) -> FormatDokumen:
    """A format from what an importer saw; what the hints do not say comes from ``dasar``.

    Keys (all optional; English aliases in brackets):
    - ``judul`` [``title_lines``]: the title lines as printed, list of str;
    - ``kepala`` [``header``]: the lampiran heading, e.g. "LAMPIRAN" or "Lampiran {lampiran}. {sebutan}";
    - ``kepala_baris`` [``header_lines``]: [[label, value template], ...];
    - ``kolom`` [``columns``]: the headings in order, each a str (its column found by its words:
      "SASARAN STRATEGIS" → sasaran) or [key, heading]; unknown headings are left out;
    - ``penomoran_fungsi`` [``numbering``]: a key of PENOMORAN or "1."/"a."/"1)"/"a)"/"";
    - ``butir_penjelasan`` [``bullet``]: "➢", "•" or "-";
    - ``identitas``, ``pemegang`` (bool), ``tempat_tanggal``, ``catatan`` (str).
    The result is checked like a typed format (InputTidakValid when it cannot print)."""
    def get(*names):
        return next((hints[n] for n in names if n in hints), None)

    changes: dict[str, Any] = {}
    if (judul := get("judul", "title_lines")) is not None:
        changes["judul"] = tuple(str(x) for x in judul)
    if (kepala := get("kepala", "header")) is not None:
        changes["kepala"] = str(kepala)
    if (baris := get("kepala_baris", "header_lines")) is not None:
        changes["kepala_baris"] = tuple((str(a), str(b)) for a, b in baris)
    if (kolom := get("kolom", "columns")) is not None:
        cols: list[Kolom] = []
        for c in kolom:
            key, heading = (c[0], c[1]) if isinstance(c, (list, tuple)) else (kunci_dari_judul(str(c)), str(c))
            if key in KOLOM and key not in [k.kunci for k in cols]:
                cols.append(Kolom(key, heading, LEBAR_BAKU[key]))
        changes["kolom"] = tuple(cols)
    if (num := get("penomoran_fungsi", "numbering")) is not None:
        changes["penomoran_fungsi"] = {"1.": "angka", "a.": "huruf", "1)": "angka_kurung", "a)": "huruf_kurung",
                                       "": "tanpa"}.get(str(num).strip(), str(num))
    if (butir := get("butir_penjelasan", "bullet")) is not None:
        changes["butir_penjelasan"] = {"–": "-", "▪": "•", "●": "•"}.get(str(butir).strip(), str(butir).strip())
    for name in ("identitas", "pemegang"):
        if name in hints:
            changes[name] = bool(hints[name])
    for name in ("tempat_tanggal", "catatan"):
        if name in hints:
            changes[name] = str(hints[name] or "")
    return periksa_format(replace(dasar, **changes))
