"""The data-quality check: the warnings a careful planner would give. It never refuses
anything (the reference itself has many of these), it points them out, each in plain
Indonesian and naming the item, so that the main window can select it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .data import IndikatorData, JabatanData, KeputusanData, PeriodeData, SasaranData
from .rules import format_angka, int_to_roman, roman_to_int

_PERCENT_FORMULA = re.compile(r"[x×]\s*100\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Peringatan:
    kode: str  # a stable name of the rule, for tests and filtering
    pesan: str
    jenis_item: str  # "indikator", "sasaran", "jabatan", "keputusan", "periode"
    item_id: int


def periksa(store) -> list[Peringatan]:
    """All warnings over the whole file (reads through the store, then pure)."""
    periode = store.periode_list()
    jabatan = {p.id: store.jabatan_all(p.id, realisasi=False) for p in periode}
    return periksa_data(periode, jabatan, store.keputusan_list())


def periksa_data(
    periode: Iterable[PeriodeData],
    jabatan_per_periode: dict[int, list[JabatanData]],
    keputusan: Iterable[KeputusanData],
) -> list[Peringatan]:
    out: list[Peringatan] = []
    periode = list(periode)
    for p in periode:
        years_with_target: set[int] = set()
        for j in jabatan_per_periode.get(p.id, []):
            for s in j.sasaran:
                if not s.nama.strip():
                    out.append(Peringatan("sasaran_tanpa_nama", f"Sasaran nomor {s.nomor or '?'} pada {j.nama} belum bernama.", "sasaran", s.id))
                if not s.indikator:
                    out.append(Peringatan("sasaran_tanpa_indikator", f"Sasaran «{s.nama}» ({j.nama}) belum punya indikator.", "sasaran", s.id))
                for pos, ind in enumerate(s.indikator, start=1):
                    out.extend(_periksa_indikator(p, j, s, pos, ind))
                    years_with_target.update(t.tahun for t in ind.target if t.nilai is not None or t.teks)
        for year in p.tahun:
            if year not in years_with_target:
                out.append(Peringatan("tahun_tanpa_target", f"Tahun {year} pada periode {p.nama} belum punya target satu pun.", "periode", p.id))
    for k in keputusan:
        out.extend(_periksa_lampiran(k))
    return out


def _label(j: JabatanData, s: SasaranData, pos: int, ind: IndikatorData) -> str:
    if ind.nama.strip():
        return f"Indikator «{ind.nama}» ({j.nama})"
    return f"Indikator ke-{pos} pada sasaran «{s.nama}» ({j.nama})"


def _periksa_indikator(p: PeriodeData, j: JabatanData, s: SasaranData, pos: int, ind: IndikatorData) -> list[Peringatan]:
    out = []
    label = _label(j, s, pos, ind)

    def warn(kode: str, pesan: str) -> None:
        out.append(Peringatan(kode, pesan, "indikator", ind.id))

    if not ind.nama.strip():
        warn("indikator_tanpa_nama", f"{label} belum bernama.")
    filled = {t.tahun for t in ind.target if t.nilai is not None or t.teks}
    missing = [y for y in p.tahun if y not in filled]
    if len(missing) == len(p.tahun):
        warn("tanpa_target", f"{label} belum punya target untuk periode {p.nama}.")
    elif missing:
        warn("target_kurang", f"{label} belum punya target untuk tahun {', '.join(map(str, missing))}.")
    if ind.di_lampiran:
        if not ind.penanggung_jawab.strip():
            warn("tanpa_penanggung_jawab", f"{label} belum punya penanggung jawab.")
        if not ind.sumber_data.strip():
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
    if ind.jenis == "persentase":
        odd = [t for t in ind.target if t.nilai is not None and not 0 <= t.nilai <= 100]
        if odd:
            values = ", ".join(f"{format_angka(t.nilai)} ({t.tahun})" for t in odd)
            warn("target_persen_di_luar", f"{label} berjenis persentase, tetapi targetnya di luar 0–100: {values}.")
    return out


def _periksa_lampiran(k: KeputusanData) -> list[Peringatan]:
    out = []
    name = f"Keputusan Nomor {k.nomor} Tahun {k.tahun}"
    numbers: dict[int, int] = {}
    for lamp in k.lampiran:
        n = roman_to_int(lamp.nomor)
        if n is None:
            out.append(Peringatan("nomor_lampiran_tidak_sah", f"Nomor lampiran «{lamp.nomor}» pada {name} bukan angka Romawi.", "keputusan", k.id))
            continue
        numbers[n] = numbers.get(n, 0) + 1
    for n, count in sorted(numbers.items()):
        if count > 1:
            out.append(Peringatan("nomor_lampiran_ganda", f"Lampiran {int_to_roman(n)} dipakai {count} kali pada {name}.", "keputusan", k.id))
    if numbers:
        gaps = [int_to_roman(n) for n in range(1, max(numbers)) if n not in numbers]
        if gaps:
            out.append(Peringatan("nomor_lampiran_loncat", f"Pada {name} tidak ada Lampiran {', '.join(gaps)}.", "keputusan", k.id))
    return out
