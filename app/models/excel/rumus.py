"""The Excel formulas of the workbook: the capaian of a quarter and the serapan of a
budget line, written so that Excel (or LibreOffice) shows what the app computes
(:func:`app.models.rules.capaian`, :func:`app.models.rules.rollup`,
:func:`app.models.sakip.serapan`): the same operands, the same rounding to 0,01 (Excel's
ROUND rounds halves away from zero, as ROUND_HALF_UP does)."""

from __future__ import annotations

from ..rules import cara_rollup


def capaian_rumus(t: str, y: str, polaritas: str, aturan_negatif: str) -> str:
    """The capaian of target cell ``t`` and realisasi cell ``y`` (as rules.capaian)."""
    ok = f"ISNUMBER({t}),ISNUMBER({y}),{t}<>0"
    if polaritas == "positif":
        return f'=IF(AND({ok}),ROUND({y}/{t}*100,2),"")'
    if aturan_negatif == "rasio":
        return f'=IF(AND({ok},{y}<>0),ROUND({t}/{y}*100,2),"")'
    return f'=IF(AND({ok}),ROUND((2*{t}-{y})/{t}*100,2),"")'


def rumus(kunci: str, r: int, values: dict, c: dict[str, str]) -> str:
    """The formula of column ``kunci`` in row ``r`` ("" none); ``c``: column letters."""
    if kunci == "terhitung":
        n, a, b = (f"{c[k]}{r}" for k in ("nilai", "pembilang", "penyebut"))
        return f'=IF(ISNUMBER({n}),{n},IF(AND(ISNUMBER({a}),ISNUMBER({b}),{b}<>0),{a}/{b}*100,""))'
    if kunci == "real_sd":
        cara = cara_rollup(values.get("_jenis", ""))
        first = r - int(values["tw"]) + 1
        rng = f"{c['terhitung']}{first}:{c['terhitung']}{r}"
        if cara == "jumlah":
            return f'=IF(COUNT({rng})=0,"",SUM({rng}))'
        if cara == "terakhir":
            return f'=IF(COUNT({rng})=0,"",LOOKUP(9.99E+307,{rng}))'
        return ""
    if kunci == "capaian":
        if cara_rollup(values.get("_jenis", "")) == "tidak":
            return ""
        return capaian_rumus(f"{c['target_sd']}{r}", f"{c['real_sd']}{r}", values["_polaritas"],
                             values.get("_aturan", "permenpan"))
    if kunci == "jumlah":
        rng = f"{c['tw1']}{r}:{c['tw4']}{r}"
        return f'=IF(COUNT({rng})=0,"",SUM({rng}))'
    if kunci == "serapan":
        pagu, real = f"{c['pagu']}{r}", f"{c['jumlah']}{r}"
        return f'=IF(AND(ISNUMBER({pagu}),ISNUMBER({real}),{pagu}>0,{real}>=0),ROUND({real}/{pagu}*100,2),"")'
    return ""
