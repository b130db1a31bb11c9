"""Writing the workbook (openpyxl, write-only: fast on a large file): a sheet per
:mod:`.lembar`, formatted as a clerk expects — a bold, frozen, filtered header; widths;
wrapped text; numbers grouped the Indonesian way by Excel's own locale; the capaian and the
serapan as formulas; validation on the cells that take numbers or a choice; grey columns
that are only information. Hidden: column A (the row's id), column B (what the export wrote,
as fingerprints) and the sheet ``_kinerja`` (which period, jabatan and year)."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..angka import format_angka
from .kolom import ANGKA, BACA, PILIHAN, RUMUS, YATIDAK, kanon, sidik
from .lembar import Lembar, semua
from .potret import Potret
from .rumus import rumus

META = "_kinerja"
FORMAT = "kinerja-xlsx 1"
BARIS_KOSONG = 500  # rows with validation in a blank template
_NUM_INT, _NUM_DEC, _NUM_PCT = "#,##0", "#,##0.0###", "#,##0.00"


class _Gaya:
    """Prototype cells whose style is copied (copying a style is cheap; setting one is not)."""

    def __init__(self, ws):
        thin = Side(style="thin", color="BFBFBF")
        wrap = Alignment(wrap_text=True, vertical="top")
        self.head = self._make(ws, font=Font(bold=True), fill=PatternFill("solid", fgColor="DDEBF7"),
                               alignment=Alignment(wrap_text=True, vertical="center"), border=Border(bottom=thin))
        self.teks = self._make(ws, alignment=wrap)
        self.baca = self._make(ws, alignment=wrap, fill=PatternFill("solid", fgColor="F2F2F2"))
        self.num = {fmt: self._make(ws, number_format=fmt, alignment=Alignment(vertical="top")) for fmt in (_NUM_INT, _NUM_DEC, _NUM_PCT)}
        self.num_baca = {fmt: self._make(ws, number_format=fmt, fill=PatternFill("solid", fgColor="F2F2F2"),
                                         alignment=Alignment(vertical="top")) for fmt in (_NUM_INT, _NUM_DEC, _NUM_PCT)}

    @staticmethod
    def _make(ws, **style):
        cell = WriteOnlyCell(ws)
        for name, value in style.items():
            setattr(cell, name, value)
        return cell._style


def _cell(ws, value, style) -> WriteOnlyCell:
    c = WriteOnlyCell(ws, value=value)
    if isinstance(value, str) and value.startswith("="):
        c.data_type = "s"  # a text that looks like a formula stays text
    c._style = style
    return c


def _teks(value) -> str:
    text = kanon(value)
    return ILLEGAL_CHARACTERS_RE.sub("", text) if ILLEGAL_CHARACTERS_RE.search(text) else text


def _angka(ws, gaya: _Gaya, value: Decimal | None, baca: bool):
    styles = gaya.num_baca if baca else gaya.num
    if value is None:
        return _cell(ws, None, gaya.baca if baca else gaya.teks)
    if not value.is_finite():
        return _cell(ws, str(value), gaya.baca)
    as_int = value == value.to_integral_value()
    number = int(value) if as_int else float(value)
    if not as_int and Decimal(repr(number)) != value:  # more digits than Excel keeps: as text, read back exactly
        return _cell(ws, format_angka(value), gaya.baca if baca else gaya.teks)
    return _cell(ws, number, styles[_NUM_INT if as_int else _NUM_DEC])


def _row(ws, gaya: _Gaya, lembar: Lembar, r: int, ident: str, values: dict, letters: dict[str, str]) -> list:
    cells = [ident, " ".join(sidik(values.get(k.kunci)) for k in lembar.editable())]
    for k in lembar.kolom:
        value = values.get(k.kunci)
        if k.jenis == RUMUS:
            text = rumus(k.kunci, r, values, letters)
            cells.append(_cell(ws, text, gaya.num[_NUM_PCT]) if text else None)
        elif isinstance(value, Decimal) or (k.jenis == ANGKA and value is None):
            cells.append(_angka(ws, gaya, value, k.jenis == BACA))
        elif isinstance(value, int) and not isinstance(value, bool):
            cells.append(value)
        else:
            cells.append(_cell(ws, _teks(value), gaya.baca if k.jenis == BACA else gaya.teks))
    return cells


def _validasi(ws, lembar: Lembar, letters: dict[str, str], last: int) -> None:
    num = DataValidation(type="decimal", operator="between", formula1="-999999999999999", formula2="999999999999999",
                         allow_blank=True, showErrorMessage=True, errorTitle="Bukan angka",
                         error="Isi dengan angka, paling banyak 999.999.999.999.999 (mis. 93,5 atau 1.004.422.800).")
    lists = []
    for k in lembar.kolom:
        ref = f"{letters[k.kunci]}2:{letters[k.kunci]}{last}"
        if k.jenis == ANGKA:
            num.add(ref)
        elif k.jenis in (PILIHAN, YATIDAK):
            options = k.pilihan if k.jenis == PILIHAN else ("ya", "tidak")
            dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle="Pilihan tidak dikenal",
                                error="Pilih salah satu: " + ", ".join(options) + ".")
            dv.add(ref)
            lists.append(dv)
    for dv in ([num] if num.sqref else []) + lists:
        ws.data_validations.append(dv)


def _lembar(wb: Workbook, lembar: Lembar, p: Potret, kosong: bool) -> None:
    ws = wb.create_sheet(lembar.nama)
    gaya = _Gaya(ws)
    letters = {k.kunci: get_column_letter(n) for n, k in enumerate(lembar.kolom, start=3)}
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].hidden = True
    for k in lembar.kolom:
        ws.column_dimensions[letters[k.kunci]].width = k.lebar
    ws.freeze_panes = "C2"
    last_col = get_column_letter(len(lembar.kolom) + 2)
    ws.auto_filter.ref = f"C1:{last_col}1"
    rows = [] if kosong else list(lembar.baris(p))
    _validasi(ws, lembar, letters, max(len(rows) + 1, BARIS_KOSONG if kosong or lembar.baru else 2))
    ws.append([_cell(ws, "id", gaya.head), _cell(ws, "asal", gaya.head),
               *(_cell(ws, k.judul, gaya.head) for k in lembar.kolom)])
    for r, (ident, values) in enumerate(rows, start=2):
        ws.append(_row(ws, gaya, lembar, r, ident, values, letters))


def _meta(wb: Workbook, p: Potret, kosong: bool) -> None:
    ws = wb.create_sheet(META)
    ws.sheet_state = "hidden"
    for row in (("format", FORMAT), ("periode_id", p.periode_id), ("periode", p.periode_nama),
                ("tahun_awal", p.tahun_awal), ("tahun_akhir", p.tahun_akhir),
                ("jabatan_id", p.jabatan_id or ""), ("tahun", p.tahun or ""), ("kosong", "ya" if kosong else "tidak"),
                ("kecamatan", p.kecamatan), ("diekspor", _dt.datetime.now().replace(microsecond=0).isoformat(" "))):
        ws.append(list(row))


def tulis_xlsx(p: Potret, out: Path, kosong: bool = False) -> dict[str, int]:
    """Write the workbook of ``p`` to ``out`` (through a temporary file: a failure leaves
    no half file); returns the rows written per sheet."""
    wb = Workbook(write_only=True)
    counts = {}
    for lembar in semua(p):
        _lembar(wb, lembar, p, kosong)
        counts[lembar.nama] = 0 if kosong else sum(1 for _ in lembar.baris(p))
    _meta(wb, p, kosong)
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp")
    try:
        wb.save(tmp)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return counts

