"""The matrix joined to the lampiran: one indicator row per real indicator, as the model
keeps it (README, "One set of rows, two documents"). A matrix indicator is matched to the
lampiran indicator of most similar wording (one to one, best pairs first); its sasaran goes
with the sasaran most of its indicators belong to, or the one of most similar wording. The
matrix's own wording goes into ``nama_matriks`` where it differs; a matrix indicator no
lampiran has is added to that sasaran (``di_lampiran`` off) after the one before it."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from ..angka import parse_angka
from ..errors import InputTidakValid
from .model import Bahan, BarisMatriks, IndikatorRencana, Potongan, Rencana, SasaranRencana

MIRIP = 0.6
KALI_100 = re.compile(r"\s*[xX×]\s*100\s*%?\s*\.?$")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def mirip(a: str, b: str) -> float:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return 0.0
    return 1.0 if a == b else SequenceMatcher(None, a, b).ratio()


def _groups(rows: list[BarisMatriks]) -> list[tuple[str, list[BarisMatriks]]]:
    out: list[tuple[str, list[BarisMatriks]]] = []
    for row in rows:
        if out and (row.sasaran_lanjut or not row.sasaran or row.sasaran == out[-1][0]):
            out[-1][1].append(row)
        else:
            out.append((row.sasaran, [row]))
    return out


def gabung_matriks(r: Rencana, bahan: Bahan) -> None:
    groups = _groups(bahan.matriks)
    owners = {id(i): s for j in r.jabatan for s in j.sasaran for i in s.indikator}
    indicators = [i for j in r.jabatan for s in j.sasaran for i in s.indikator]
    rows = [row for _, g in groups for row in g]
    pairs = sorted(((mirip(row.indikator, i.nama), n, k) for n, row in enumerate(rows)
                    for k, i in enumerate(indicators)), reverse=True)
    match: dict[int, IndikatorRencana] = {}
    used: set[int] = set()
    for score, n, k in pairs:
        if score < MIRIP:
            break
        if n not in match and k not in used:
            match[n], _ = indicators[k], used.add(k)
    all_sasaran = [s for j in r.jabatan for s in j.sasaran]
    n = 0
    for urutan, (text, group) in enumerate(groups, start=1):
        found = Counter(id(owners[id(match[n + k])]) for k in range(len(group)) if n + k in match)
        sasaran = next((s for s in all_sasaran if found and id(s) == found.most_common(1)[0][0]), None)
        if sasaran is None:
            best = max(all_sasaran, key=lambda s: mirip(text, s.nama), default=None)
            sasaran = best if best is not None and mirip(text, best.nama) >= MIRIP else None
        if sasaran is None:
            r.tak_terpakai += [Potongan(row.tempat, f"{row.sasaran} | {row.indikator} | {row.formulasi}",
                                        "sasaran matriks tanpa pasangan di lampiran") for row in group]
        else:
            _place(r, sasaran, text, urutan, group, [match.get(n + k) for k in range(len(group))], bahan)
        n += len(group)
    for i in indicators + [i for s in all_sasaran for i in s.indikator if not i.di_lampiran]:
        _jenis(i)


def _place(r: Rencana, sasaran: SasaranRencana, text: str, urutan: int, group: list[BarisMatriks],
           matched: list[IndikatorRencana | None], bahan: Bahan) -> None:
    sasaran.nama_matriks = text if text and text != sasaran.nama else None
    sasaran.urutan_matriks = urutan
    previous: IndikatorRencana | None = None
    for row, ind in zip(group, matched):
        if ind is None:
            ind = IndikatorRencana(nama=row.indikator, di_lampiran=False)
            at = sasaran.indikator.index(previous) + 1 if previous in sasaran.indikator else len(sasaran.indikator)
            sasaran.indikator.insert(at, ind)
        else:
            ind.nama_matriks = row.indikator if row.indikator != ind.nama else None
        ind.di_matriks, ind.formulasi, ind.sumber_data_matriks = True, row.formulasi, row.sd
        _targets(r, ind, row, bahan.matriks_tahun)
        previous = ind


def _targets(r: Rencana, ind: IndikatorRencana, row: BarisMatriks, years: list[int]) -> None:
    for year, text in zip(years, row.target):
        if not text:
            continue
        try:
            value = parse_angka(text)
        except InputTidakValid:
            value = None
        if value is None or not r.periode_awal <= year <= r.periode_akhir:
            why = "target bukan angka" if value is None else f"tahun {year} di luar periode {r.periode_nama}"
            r.tak_terpakai.append(Potongan(row.tempat, f"{ind.nama}: target {year} = {text}", why))
            continue
        ind.target[year] = value


def _jenis(ind: IndikatorRencana) -> None:
    """A percentage when either wording says "Persentase"; then the formula's two sides are
    the numerator and denominator labels ("A / B X 100 %")."""
    if not any(_norm(t).startswith("persentase") for t in (ind.nama, ind.nama_matriks or "")):
        return
    ind.jenis, ind.satuan = "persentase", "%"
    sides = KALI_100.sub("", ind.formulasi).split("/")
    if len(sides) == 2 and all(x.strip() for x in sides):
        ind.label_pembilang, ind.label_penyebut = sides[0].strip(), sides[1].strip()
