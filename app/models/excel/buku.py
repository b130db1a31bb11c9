"""Writing the workbook, formatted as a clerk expects — a bold, frozen, filtered header;
widths; wrapped text; numbers grouped the Indonesian way by Excel's own locale; the capaian
and the serapan as formulas; validation on the cells that take numbers or a choice; grey
columns that are only information. Hidden: column A (the row's id), column B (what the
export wrote, as fingerprints) and the sheet ``_kinerja`` (which period, jabatan and year).

openpyxl writes the frame (header, styles, widths, validation, hidden parts); the data rows
— a million cells on a large file — are written by :mod:`.xml_baris` as the same
SpreadsheetML openpyxl writes (inline strings; the grey information columns' names, repeated
on every quarter, as shared strings; a run of rows' same formula as one shared formula), far
faster than cell objects, and put into each sheet's ``<sheetData>`` (:func:`_sisipkan`)."""

from __future__ import annotations

import datetime as _dt
import zipfile
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .kolom import ANGKA, PILIHAN, YATIDAK
from .lembar import Lembar, semua
from .potret import Potret
from .xml_baris import NUM_DEC as _NUM_DEC, NUM_INT as _NUM_INT, NUM_PCT as _NUM_PCT, PenulisBaris, sst_xml

META = "_kinerja"
FORMAT = "kinerja-xlsx 1"
BARIS_KOSONG = 500  # rows with validation in a blank template or under the rows of a sheet that takes new rows


class _Gaya:
    """The styles of the data cells, registered with the workbook; ``id``: style → its index."""

    def __init__(self, wb: Workbook, ws):
        grey = PatternFill("solid", fgColor="F2F2F2")
        wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
        self.head = self._make(ws, font=Font(bold=True), fill=PatternFill("solid", fgColor="DDEBF7"),
                               alignment=Alignment(wrap_text=True, vertical="center"),
                               border=Border(bottom=Side(style="thin", color="BFBFBF")))
        styles = {"teks": {"alignment": wrap}, "baca": {"alignment": wrap, "fill": grey}}
        for fmt in (_NUM_INT, _NUM_DEC, _NUM_PCT):
            styles[fmt] = {"number_format": fmt, "alignment": top}
            styles["baca" + fmt] = {"number_format": fmt, "alignment": top, "fill": grey}
        self.id = {name: wb._cell_styles.add(self._make(ws, **style)) for name, style in styles.items()}

    @staticmethod
    def _make(ws, **style):
        cell = WriteOnlyCell(ws)
        for name, value in style.items():
            setattr(cell, name, value)
        return cell._style


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


def _lembar(wb: Workbook, lembar: Lembar, p: Potret, kosong: bool, sst: dict[str, int]) -> tuple[int, Iterator[str]]:
    """The sheet's frame through openpyxl; returns (rows, the rows' XML in pieces)."""
    ws = wb.create_sheet(lembar.nama)
    gaya = _Gaya(wb, ws)
    letters = {k.kunci: get_column_letter(n) for n, k in enumerate(lembar.kolom, start=3)}
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].hidden = True
    for k in lembar.kolom:
        ws.column_dimensions[letters[k.kunci]].width = k.lebar
    ws.freeze_panes = "C2"
    ws.page_setup.orientation = "landscape"  # printed: one page wide, the header on every page
    ws.page_setup.paperSize = "9"  # A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "1:1"
    ws.auto_filter.ref = f"C1:{get_column_letter(len(lembar.kolom) + 2)}1"
    rows = [] if kosong else list(lembar.baris(p))
    _validasi(ws, lembar, letters, max(2, len(rows) + 1 + (BARIS_KOSONG if kosong or lembar.baru else 0)))
    head = []
    for text in ("id", "asal", *(k.judul for k in lembar.kolom)):
        cell = WriteOnlyCell(ws, value=text)
        cell._style = gaya.head
        head.append(cell)
    ws.append(head)
    return len(rows), PenulisBaris(lembar, letters, gaya.id, sst).potongan(rows)


def _meta(wb: Workbook, p: Potret, kosong: bool) -> None:
    ws = wb.create_sheet(META)
    ws.sheet_state = "hidden"
    for row in (("format", FORMAT), ("periode_id", p.periode_id), ("periode", p.periode_nama),
                ("tahun_awal", p.tahun_awal), ("tahun_akhir", p.tahun_akhir),
                ("jabatan_id", p.jabatan_id or ""), ("tahun", p.tahun or ""), ("kosong", "ya" if kosong else "tidak"),
                ("kecamatan", p.kecamatan), ("basis_data", p.basis_data), ("diekspor", _dt.datetime.now().replace(microsecond=0).isoformat(" "))):
        ws.append(list(row))


_SST = "xl/sharedStrings.xml"
_SST_JENIS = ('<Override PartName="/xl/sharedStrings.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_SST_REL = ('<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
            'Target="sharedStrings.xml" Id="rIdKinerjaSst"/></Relationships>')


def _dengan_sst(name: str, data: bytes, sst: dict[str, int]) -> bytes:
    """The package's list of parts and the workbook's relations naming the shared strings
    (openpyxl's write-only workbook has none of its own)."""
    if not sst:
        return data
    if name == "[Content_Types].xml":
        return data.replace(b"</Types>", _SST_JENIS.encode(), 1)
    if name == "xl/_rels/workbook.xml.rels":
        return data.replace(b"</Relationships>", _SST_REL.encode(), 1)
    return data


def _sisipkan(src: Path, dest: Path, rows: dict[str, Iterable[str]], sst: dict[str, int] | None = None) -> None:
    """Copy the package, each sheet's data rows put after its header row, streamed into the
    zip: a thread compresses and writes one piece while the next piece is made (zlib works
    without the interpreter lock: on two cores the compressing costs no time)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout, \
            ThreadPoolExecutor(1) as pool:
        for info in zin.infolist():
            data = zin.read(info.filename)
            pieces = rows.get(info.filename)
            if pieces is None:
                zout.writestr(info.filename, _dengan_sst(info.filename, data, sst or {}))
                continue
            data = data.replace(b'<row r="1">', b'<row r="1" ht="32" customHeight="1">', 1)
            head, sep, tail = data.partition(b"</sheetData>")
            with zout.open(info.filename, "w") as f:
                pending: deque = deque([pool.submit(f.write, head)])
                for piece in pieces:
                    pending.append(pool.submit(f.write, piece.encode("utf-8")))
                    while len(pending) > 2:  # at most two pieces waiting: the memory of a large sheet stays small
                        pending.popleft().result()
                pending.append(pool.submit(f.write, sep + tail))
                while pending:
                    pending.popleft().result()
        if sst:
            if _SST in zin.namelist():
                raise ValueError("openpyxl wrote shared strings of its own")
            zout.writestr(_SST, sst_xml(sst).encode("utf-8"))


def tulis_xlsx(p: Potret, out: Path, kosong: bool = False) -> dict[str, int]:
    """Write the workbook of ``p`` to ``out`` (through temporary files: a failure leaves no
    half file); returns the rows written per sheet."""
    wb = Workbook(write_only=True)
    counts, rows, sst = {}, {}, {}
    for n, lembar in enumerate(semua(p), start=1):
        counts[lembar.nama], rows[f"xl/worksheets/sheet{n}.xml"] = _lembar(wb, lembar, p, kosong, sst)
    _meta(wb, p, kosong)
    out = Path(out)
    frame, tmp = out.with_name(out.name + ".kerangka.tmp"), out.with_name(out.name + ".tmp")
    try:
        wb.save(frame)
        _sisipkan(frame, tmp, rows, sst)
        tmp.replace(out)
    finally:
        frame.unlink(missing_ok=True)
        tmp.unlink(missing_ok=True)
    return counts
