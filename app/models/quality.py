"""The data-quality check: the warnings a careful planner would give. It never refuses
anything (the reference itself has many of these), it points them out, each in plain
Indonesian and naming the item, so that the main window can select it."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Iterator

from .data import IndikatorData, JabatanData, KecamatanData, KeputusanData, PeriodeData, SasaranData
from .format_dokumen import KOLOM
from .kinds import Jenis
from .rules import dalam_batas, format_angka, int_to_roman, roman_to_int

_PERCENT_FORMULA = re.compile(r"[x×]\s*100\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Peringatan:
    kode: str  # a stable name of the rule, for tests and filtering
    pesan: str
    jenis_item: Jenis  # the item to select: indikator, sasaran, jabatan, keputusan, periode, kecamatan, program
    item_id: int
    tahun: int | None = None  # the year the warning is about (a budget line's pagu or realisasi), if one


def periksa(store) -> list[Peringatan]:
    """All warnings over the whole file (reads through the store, then pure)."""
    periode = store.periode_list()
    jabatan = {p.id: store.jabatan_all(p.id, realisasi=False) for p in periode}
    from .quality_anggaran import periksa_anggaran_store  # the budget's warnings
    from .quality_aksi import periksa_aksi  # the rencana aksi and the measurement
    from .quality_pk import periksa_pk

    return [*periksa_data(periode, jabatan, store.keputusan_list(), store.kecamatan()),
            *(Peringatan(*t) for t in periksa_anggaran_store(store, periode)),
            *(Peringatan(*w) for w in periksa_pk(store)),
            *periksa_aksi(store, jabatan, Peringatan)]


def periksa_data(
    periode: Iterable[PeriodeData],
    jabatan_per_periode: dict[int, list[JabatanData]],
    keputusan: Iterable[KeputusanData],
    kecamatan: KecamatanData | None = None,
) -> list[Peringatan]:
    out: list[Peringatan] = []
    periode, keputusan = list(periode), list(keputusan)
    for p in periode:
        years_with_target: set[int] = set()
        decrees = [k for k in keputusan if k.periode_id == p.id]
        kolom = set(decrees[-1].format.kunci_kolom()) if decrees else set(KOLOM)
        for j in jabatan_per_periode.get(p.id, []):
            for s in j.sasaran:
                if not s.nama.strip():
                    out.append(Peringatan("sasaran_tanpa_nama", f"Sasaran nomor {s.nomor or '?'} pada {j.nama} belum bernama.", Jenis.SASARAN, s.id))
                if not s.indikator:
                    out.append(Peringatan("sasaran_tanpa_indikator", f"Sasaran «{s.nama}» ({j.nama}) belum punya indikator.", Jenis.SASARAN, s.id))
                for pos, ind in enumerate(s.indikator, start=1):
                    out.extend(_periksa_indikator(p, j, s, pos, ind, kolom))
                    years_with_target.update(t.tahun for t in ind.target if t.nilai is not None or t.teks)
        for year in p.tahun:
            if year not in years_with_target:
                out.append(Peringatan("tahun_tanpa_target", f"Tahun {year} pada periode {p.nama} belum punya target satu pun.", Jenis.PERIODE, p.id))
    for k in keputusan:
        out.extend(_periksa_lampiran(k))
    out.extend(periksa_teks(periode, jabatan_per_periode, keputusan, kecamatan))
    return out


def _label(j: JabatanData, s: SasaranData, pos: int, ind: IndikatorData) -> str:
    if ind.nama.strip():
        return f"Indikator «{ind.nama}» ({j.nama})"
    return f"Indikator ke-{pos} pada sasaran «{s.nama}» ({j.nama})"


def _periksa_indikator(p: PeriodeData, j: JabatanData, s: SasaranData, pos: int, ind: IndikatorData,
                       kolom: frozenset[str] | set[str] = frozenset(KOLOM)) -> list[Peringatan]:
    """``kolom``: the columns the period's lampiran prints (no warning about a column that
    is not printed)."""
    out = []
    label = _label(j, s, pos, ind)

    def warn(kode: str, pesan: str) -> None:
        out.append(Peringatan(kode, pesan, Jenis.INDIKATOR, ind.id))

    if not ind.nama.strip():
        warn("indikator_tanpa_nama", f"{label} belum bernama.")
    filled = {t.tahun for t in ind.target if t.nilai is not None or t.teks}
    missing = [y for y in p.tahun if y not in filled]
    if len(missing) == len(p.tahun):
        warn("tanpa_target", f"{label} belum punya target untuk periode {p.nama}.")
    elif missing:
        warn("target_kurang", f"{label} belum punya target untuk tahun {', '.join(map(str, missing))}.")
    if ind.di_lampiran:
        if "penanggung_jawab" in kolom and not ind.penanggung_jawab.strip():
            warn("tanpa_penanggung_jawab", f"{label} belum punya penanggung jawab.")
        if "sumber_data" in kolom and not ind.sumber_data.strip():
            warn("tanpa_sumber_data", f"{label} belum punya sumber data.")
    if ind.di_matriks and not ind.sumber_data_di_matriks.strip():
        warn("tanpa_sumber_data_matriks", f"{label} belum punya sumber data di matriks.")
    formula_text = " ".join([ind.formulasi, *ind.penjelasan])
    if ind.jenis == "jumlah" and _PERCENT_FORMULA.search(formula_text):
        warn("jumlah_dengan_rumus_persen",
             f"{label} berjenis jumlah, tetapi rumusnya persentase («× 100 %»). Periksa jenis atau rumusnya.")
    if ind.jenis == "persentase" and ind.formulasi.strip() and not _PERCENT_FORMULA.search(ind.formulasi):
        warn("persen_tanpa_rumus_persen",
             f"{label} berjenis persentase, tetapi rumusnya tidak dikali 100 %. Periksa jenis atau rumusnya.")
    wild = [t for t in ind.target if not dalam_batas(t.nilai)]
    wild += [r for r in ind.realisasi if not all(dalam_batas(v) for v in (r.nilai, r.pembilang, r.penyebut))]
    if wild:
        warn("angka_tak_wajar", f"{label} menyimpan angka yang bukan angka atau di luar batas "
             f"(tahun {', '.join(sorted({str(x.tahun) for x in wild}))}): tidak dipakai menghitung capaian. "
             "Ketik ulang angkanya.")
    if ind.jenis == "persentase":
        odd = [t for t in ind.target if dalam_batas(t.nilai) and t.nilai is not None and not 0 <= t.nilai <= 100]
        if odd:
            values = ", ".join(f"{format_angka(t.nilai)} ({t.tahun})" for t in odd)
            warn("target_persen_di_luar", f"{label} berjenis persentase, tetapi targetnya di luar 0–100: {values}.")
    return out


def _periksa_lampiran(k: KeputusanData) -> list[Peringatan]:
    out = []
    name = f"Keputusan Nomor {k.nomor} Tahun {k.tahun}" if k.nomor.strip() else f"Keputusan Tahun {k.tahun}"
    if not k.nomor.strip():
        out.append(Peringatan("keputusan_tanpa_nomor", f"{name} belum bernomor: nomornya dicetak kosong. "
                              "Isi nomornya setelah keputusan ditandatangani.", Jenis.KEPUTUSAN, k.id))
    if k.tanggal is None:
        out.append(Peringatan("keputusan_tanpa_tanggal", f"{name} belum bertanggal: tanggalnya dicetak kosong. "
                              "Isi tanggalnya setelah keputusan ditandatangani.", Jenis.KEPUTUSAN, k.id))
    numbers: dict[int, int] = {}
    for lamp in k.lampiran:
        n = roman_to_int(lamp.nomor)
        if n is None:
            out.append(Peringatan("nomor_lampiran_tidak_sah", f"Nomor lampiran «{lamp.nomor}» pada {name} bukan angka Romawi.", Jenis.KEPUTUSAN, k.id))
            continue
        numbers[n] = numbers.get(n, 0) + 1
    for n, count in sorted(numbers.items()):
        if count > 1:
            out.append(Peringatan("nomor_lampiran_ganda", f"Lampiran {int_to_roman(n)} dipakai {count} kali pada {name}.", Jenis.KEPUTUSAN, k.id))
    if numbers:
        gaps = [int_to_roman(n) for n in range(1, max(numbers)) if n not in numbers]
        if gaps:
            out.append(Peringatan("nomor_lampiran_loncat", f"Pada {name} tidak ada Lampiran {', '.join(gaps)}.", Jenis.KEPUTUSAN, k.id))
    return out


# ---------------------------------------------------------------- text the documents cannot print

# The fonts the documents are printed in (app/reports/common.py): regular, and bold for names.
_FONT_FILES = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")
_SHOWN = 12  # characters named in one warning


@functools.lru_cache(maxsize=1)
def karakter_cetak() -> frozenset[int]:
    """The code points both printing fonts have a glyph for (read once from their cmap)."""
    from reportlab.pdfbase.ttfonts import TTFontFile  # only here: ReportLab is slow to import

    from ..paths import resource

    covered = [set(TTFontFile(str(resource("fonts", name))).charWidths) for name in _FONT_FILES]
    return frozenset(set.intersection(*covered))


def _ignored(ch: str) -> bool:
    """Line breaks, tabs, invisible format characters and emoji variation selectors print
    as nothing anyway."""
    return ch in "\n\r\t" or unicodedata.category(ch) in ("Cc", "Cf") or "\ufe00" <= ch <= "\ufe0f"


def tak_tercetak(text: str) -> list[str]:
    """The distinct characters of ``text`` that the printing font has no glyph for (they
    would print as an empty box or nothing), in order of appearance."""
    if not text or text.isascii():
        return []
    font = karakter_cetak()
    return list(dict.fromkeys(ch for ch in text if ord(ch) not in font and not _ignored(ch)))


def kanan_ke_kiri(text: str) -> list[str]:
    """The distinct right-to-left letters (Arabic, Hebrew, ...) of ``text``: the documents
    print them in the wrong order and unjoined."""
    if not text or text.isascii():
        return []
    return list(dict.fromkeys(ch for ch in text if unicodedata.bidirectional(ch) in ("R", "AL")))


KENDALI_ARAH = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def kendali_arah(text: str) -> list[str]:
    """The distinct invisible bidi controls of ``text`` (embeddings, overrides, isolates:
    U+202A–U+202E, U+2066–U+2069): Word reverses the text after them; they are dropped from
    the Word file and print as nothing in the PDF."""
    if not text or text.isascii():
        return []
    return list(dict.fromkeys(ch for ch in text if ch in KENDALI_ARAH))


def _names(chars: list[str]) -> str:
    shown = ", ".join(f"«{ch}» (U+{ord(ch):04X})" for ch in chars[:_SHOWN])
    return shown + (f" dan {len(chars) - _SHOWN} lainnya" if len(chars) > _SHOWN else "")


def _text_warnings(label: str, fields: Iterable[tuple[str, str | None]], jenis: Jenis, item_id: int) -> Iterator[Peringatan]:
    for field, text in fields:
        missing = tak_tercetak(text or "")
        if missing:
            yield Peringatan("teks_tak_tercetak",
                             f"{label}, isian {field}: karakter {_names(missing)} tidak ada pada huruf dokumen "
                             "dan tercetak sebagai kotak kosong. Ganti dengan huruf Latin atau hapus karakter itu.",
                             jenis, item_id)
        rtl = kanan_ke_kiri(text or "")
        if rtl:
            yield Peringatan("teks_kanan_ke_kiri",
                             f"{label}, isian {field}: teks kanan-ke-kiri (huruf Arab atau Ibrani, {_names(rtl)}) "
                             "tercetak dengan urutan terbalik dan huruf tidak bersambung. Tuliskan dengan huruf Latin.",
                             jenis, item_id)
        arah = kendali_arah(text or "")
        if arah:
            yield Peringatan("teks_kendali_arah",
                             f"{''.join(ch for ch in label if ch not in KENDALI_ARAH)}, isian {field}: "
                             "karakter pengatur arah tak terlihat "
                             f"({', '.join(f'U+{ord(ch):04X}' for ch in arah)}) membuat "
                             "teks tampil terbalik bila disalin ke Word atau aplikasi lain (berkas Word buatan aplikasi "
                             "ini sudah membuangnya). Hapus karakter itu dengan mengetik ulang isiannya.",
                             jenis, item_id)


def _indikator_fields(ind: IndikatorData) -> Iterator[tuple[str, str | None]]:
    yield from (("nomor", ind.nomor), ("nama", ind.nama), ("satuan", ind.satuan), ("formulasi", ind.formulasi),
                ("penanggung jawab", ind.penanggung_jawab), ("sumber data", ind.sumber_data),
                ("nama di matriks", ind.nama_matriks), ("sumber data di matriks", ind.sumber_data_matriks))
    yield from ((f"penjelasan ke-{n}", t) for n, t in enumerate(ind.penjelasan, start=1))
    yield from ((f"target {t.tahun}", t.teks) for t in ind.target)


def _keputusan_fields(k: KeputusanData) -> Iterator[tuple[str, str | None]]:
    yield from (("nomor", k.nomor), ("sebutan", k.sebutan), ("jabatan penanda tangan", k.ttd_jabatan),
                ("jabatan penanda tangan (a.n.)", k.ttd_jabatan2), ("nama penanda tangan", k.ttd_nama),
                ("pangkat penanda tangan", k.ttd_pangkat))
    for lamp in k.lampiran:
        yield from ((f"nomor lampiran {lamp.nomor}", lamp.nomor), (f"kepala lampiran {lamp.nomor}", lamp.kepala))


def periksa_teks(periode: list[PeriodeData], jabatan_per_periode: dict[int, list[JabatanData]],
                 keputusan: list[KeputusanData], kecamatan: KecamatanData | None = None) -> list[Peringatan]:
    """Every printed field whose text the documents cannot print as typed: characters the
    font has no glyph for (Chinese, Japanese, emoji, ...), and right-to-left script."""
    out: list[Peringatan] = []
    if kecamatan is not None:
        out += _text_warnings(f"Kecamatan «{kecamatan.nama}»", (("nama", kecamatan.nama), ("kabupaten", kecamatan.kabupaten),
                              ("tempat", kecamatan.tempat)), Jenis.KECAMATAN, kecamatan.id)
    for p in periode:
        out += _text_warnings(f"Periode {p.nama}", (("nama", p.nama), ("judul matriks", p.matriks_judul),
                              ("tahun matriks", p.matriks_tahun)), Jenis.PERIODE, p.id)
    seen: set[int] = set()
    for p in periode:
        for j in jabatan_per_periode.get(p.id, []):
            if j.id not in seen:  # a jabatan is listed once per period
                seen.add(j.id)
                out += _text_warnings(f"Jabatan «{j.nama}»", (("nama", j.nama), ("tugas", j.tugas), *(
                    (f"fungsi ke-{n}", f) for n, f in enumerate(j.fungsi, start=1))), Jenis.JABATAN, j.id)
            for s in j.sasaran:
                out += _text_warnings(f"Sasaran «{s.nama}» ({j.nama})", (("nomor", s.nomor), ("nama", s.nama),
                                      ("nama di matriks", s.nama_matriks)), Jenis.SASARAN, s.id)
                for pos, ind in enumerate(s.indikator, start=1):
                    out += _text_warnings(_label(j, s, pos, ind), _indikator_fields(ind), Jenis.INDIKATOR, ind.id)
    for k in keputusan:
        out += _text_warnings(f"Keputusan Nomor {k.nomor} Tahun {k.tahun}", _keputusan_fields(k), Jenis.KEPUTUSAN, k.id)
    return out
