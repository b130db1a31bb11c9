"""The indicators of some sasaran, with their penjelasan, targets and realisasi, in four
plain-SQL queries: the hot path of selecting a jabatan (thousands of realisasi rows on a big
file) and of a short print. One function for the store (:mod:`.reads`, through peewee's
connection) and the print's light read (:mod:`.baca_cetak`, without peewee): ``execute(sql,
params)`` gives the rows, ``param`` is the driver's placeholder."""

from __future__ import annotations

from collections import defaultdict

from .angka import desimal
from .data import IndikatorData, RealisasiData, TargetData
from .tree import Execute

KOLOM = ("id, sasaran_id, nomor, nama, urutan, jenis, polaritas, satuan, formulasi, label_pembilang, "
         "label_penyebut, penanggung_jawab, sumber_data, penjelasan_berbutir, di_lampiran, di_matriks, "
         "nama_matriks, sumber_data_matriks")


def indikator_menurut_sasaran(execute: Execute, param: str, sasaran_ids: list, tahun: int | None = None,
                              realisasi: bool = True, only: list | None = None) -> dict[int, list[IndikatorData]]:
    """Sasaran id -> its indicators in order; ``tahun``: only that year's realisasi;
    ``realisasi`` False: none; ``only``: those indicator ids only."""
    if not sasaran_ids:
        return {}
    where, params = f"sasaran_id IN ({','.join([param] * len(sasaran_ids))})", list(sasaran_ids)
    if only is not None:
        where += f" AND id IN ({','.join([param] * len(only))})"
        params += list(only)
    rows = list(execute(f"SELECT {KOLOM} FROM indikator WHERE {where} ORDER BY urutan, id", params))
    pen, tgt, real = defaultdict(list), defaultdict(list), defaultdict(list)
    if rows:
        sub = f"SELECT id FROM indikator WHERE {where}"
        for i, teks in execute(f"SELECT indikator_id, teks FROM penjelasan WHERE indikator_id IN ({sub}) "
                               "ORDER BY urutan, id", params):
            pen[i].append(teks)
        for i, year, nilai, teks in execute(f"SELECT indikator_id, tahun, nilai, teks FROM target "
                                            f"WHERE indikator_id IN ({sub}) ORDER BY tahun", params):
            tgt[i].append(TargetData(year, desimal(nilai), teks))
        year_filter, year_params = ("", []) if tahun is None else (f" AND tahun = {param}", [tahun])
        if not realisasi:
            year_filter = " AND 1 = 0"
        for i, year, tw, nilai, pemb, peny, cat in execute(
                f"SELECT indikator_id, tahun, triwulan, nilai, pembilang, penyebut, catatan FROM realisasi "
                f"WHERE indikator_id IN ({sub}){year_filter} ORDER BY tahun, triwulan", params + year_params):
            real[i].append(RealisasiData(year, tw, desimal(nilai), desimal(pemb), desimal(peny), cat))
    out: dict[int, list[IndikatorData]] = defaultdict(list)
    for r in rows:
        out[r[1]].append(IndikatorData(*r[:13], bool(r[13]), bool(r[14]), bool(r[15]), r[16], r[17],
                                       tuple(pen[r[0]]), tuple(tgt[r[0]]), tuple(real[r[0]])))
    return out
