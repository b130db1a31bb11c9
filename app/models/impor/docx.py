"""Reading a decree's Word file (.docx) with python-docx, in document order: paragraphs go
line by line through :class:`~.baris.PembacaBaris`; a table with a header row is an annex
table (one or several per jabatan) or the matrix (with TARGET year columns); a table
without one right after such a table continues it (a table split over pages); any other
table is layout (a header or signer block laid out in a table) and is read as lines.
Repeated header rows are skipped; a sasaran cell merged over its indicators is told by
the cell's identity (python-docx gives a vertically merged cell again for every row)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import KinerjaError
from . import tabel as tb
from .baris import PembacaBaris, rapi
from .model import Bahan, BarisIku, BarisMatriks, Potongan


def baca_docx(path: Path) -> Bahan:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise KinerjaError(f"Berkas {Path(path).name} bukan dokumen Word (.docx) yang dapat dibaca "
                           f"atau rusak. Simpan ulang dari Word sebagai .docx, lalu impor lagi.") from exc
    except Exception as exc:  # noqa: BLE001 - lxml and python-docx raise many kinds on a damaged file
        raise KinerjaError(f"Berkas {Path(path).name} rusak: isinya tidak dapat dibaca sebagai dokumen Word. "
                           "Simpan ulang dari Word sebagai .docx, lalu impor lagi.") from exc
    reader = _Reader(Bahan(sumber="docx"))
    for n, item in enumerate(document.iter_inner_content(), start=1):
        if isinstance(item, Table):
            reader.table(item)
        else:
            reader.paragraph(item, n)
    reader.lines.selesai()
    return reader.bahan


class _Reader:
    def __init__(self, bahan: Bahan):
        self.bahan = bahan
        self.lines = PembacaBaris(bahan)
        self.n_table = 0
        self.last: tuple[str, dict, int, list] | None = None  # (kind, roles, columns, years) of the table before
        self.prev_cells: list | None = None
        self.last_header: list[str] | None = None

    def paragraph(self, p, n: int) -> None:
        text = p.text
        if text.strip():
            self.last = None
        for line in text.split("\n"):
            self.lines.baris(line, f"paragraf {n}")

    # ---------------------------------------------------------------- tables

    def table(self, t) -> None:
        self.n_table += 1
        rows = [r.cells for r in t.rows]
        if not rows:
            return
        head = self._header(rows)
        if head is not None:
            kind, roles, at, first, years = head
            self.hint_columns(kind, rows[at], roles)
            judul = self.lines.tabel_dimulai()
            if kind == "matriks":
                self._matrix_title(judul)
            elif judul and self.lines.blok is not None:
                self.lines.blok.judul += judul
            self.last, self.prev_cells = (kind, roles, len(rows[0]), years), None
        elif self.last is not None and len(rows[0]) == self.last[2]:
            kind, roles, _, years = self.last
            first, at = 0, None
            header_texts = self.last_header
        else:
            self._layout(rows)
            return
        self.lines.mode, self.lines.tabel_terakhir = "tabel", kind
        if head is not None:
            header_texts = self.last_header = _texts(rows[at])
        for i in range(first, len(rows)):
            texts = _texts(rows[i])
            if not any(texts) or texts == header_texts or tb.baris_nomor_kolom(texts) or _years_row(texts, years):
                continue
            where = f"tabel {self.n_table}, baris {i + 1}"
            if kind == "iku":
                self._iku_row(rows[i], roles, where)
            else:
                self._matrix_row(rows[i], roles, years, where)
            self.prev_cells = rows[i]

    def _header(self, rows):
        """(kind, roles, first data row, years by column) when the table starts with a header."""
        for i, cells in enumerate(rows[:3]):
            roles = tb.peta_kolom(_texts(cells))
            if roles is None:
                continue
            if "target" in roles or "formulasi" in roles:
                # the matrix has a TARGET column per year; without years the table is a
                # jabatan's annex that happens to have a formula or target column
                for j in range(i + 1, min(i + 3, len(rows))):
                    years = {c: int(t) for c, t in enumerate(_texts(rows[j])) if tb.TAHUN.match(t)}
                    if years:
                        return "matriks", roles, i, j + 1, years
                roles = _as_annex(roles)
            first = i + 1
            if first < len(rows) and tb.baris_nomor_kolom(_texts(rows[first])):
                first += 1
            return "iku", roles, i, first, {}
        return None

    def hint_columns(self, kind: str, cells, roles: dict) -> None:
        key = "kolom_matriks" if kind == "matriks" else "kolom_lampiran"
        if key in self.bahan.hints:
            return
        order = sorted((cols[0], r) for r, cols in roles.items())
        texts = _texts(cells)
        self.bahan.hints[key] = [{"kolom": r, "judul": texts[c]} for c, r in order]

    def _matrix_title(self, judul: list[str]) -> None:
        if not self.bahan.matriks_judul:
            self.bahan.matriks_judul = judul

    def _layout(self, rows) -> None:
        """A table that is not a data table: its rows read as lines."""
        self.last = None
        for i, cells in enumerate(rows):
            where = f"tabel {self.n_table}, baris {i + 1}"
            for line in _row_lines(cells):
                self.lines.baris(line, where)

    def _cells(self, cells, cols: list[int]) -> tuple[list, object]:
        """The distinct cells of a role in a row, and the first one (for identity)."""
        seen: list = []
        for c in cols:
            if c < len(cells) and not any(cells[c]._tc is s._tc for s in seen):
                seen.append(cells[c])
        return seen, (seen[0] if seen else None)

    def _same(self, cells, cols) -> bool:
        """The role's cell is the previous row's (vertically merged)."""
        if self.prev_cells is None or not cols:
            return False
        c = cols[0]
        return c < len(cells) and c < len(self.prev_cells) and cells[c]._tc is self.prev_cells[c]._tc

    def _iku_row(self, cells, roles: dict, where: str) -> None:
        def lines(role):
            found, _ = self._cells(cells, roles.get(role, []))
            return [x for c in found for p in c.paragraphs for x in p.text.split("\n")]

        row = BarisIku(tempat=where)
        row.sasaran_lanjut = self._same(cells, roles.get("sasaran", []))
        row.indikator_lanjut = self._same(cells, roles.get("indikator", []))
        row.no = "" if self._same(cells, roles.get("no", [])) else tb.nama(lines("no"))
        row.sasaran = "" if row.sasaran_lanjut else tb.nama(lines("sasaran"))
        row.indikator = "" if row.indikator_lanjut else tb.nama(lines("indikator"))
        found, _ = self._cells(cells, roles.get("penjelasan", []))
        pj_lines = [(x, _is_list(p)) for c in found for p in c.paragraphs for x in p.text.split("\n")]
        row.penjelasan, row.berbutir, bullet = tb.penjelasan(pj_lines)
        if bullet:
            self.bahan.hints.setdefault("penjelasan_butir", bullet)
        row.pj = "" if self._same(cells, roles.get("pj", [])) else tb.daftar(lines("pj"))
        row.sd = "" if self._same(cells, roles.get("sd", [])) else tb.daftar(lines("sd"))
        for role in set(roles) - _ANNEX_ROLES:  # a column the annex has no place for: shown, not dropped
            extra = " ".join(lines(role)).strip()
            if extra and not self._same(cells, roles[role]):
                self.bahan.tak_terpakai.append(Potongan(where, extra, f"kolom «{role}» tidak ada tempatnya di lampiran"))
        if self.lines.blok is None:
            self.bahan.tak_terpakai.append(Potongan(where, " | ".join(_texts(cells)), "baris tabel sebelum lampiran mana pun"))
            return
        self.lines.blok.baris.append(row)

    def _matrix_row(self, cells, roles: dict, years: dict, where: str) -> None:
        texts = [rapi("\n".join(p.text for p in c.paragraphs)) for c in cells]

        def one(role):
            found, _ = self._cells(cells, roles.get(role, []))
            return [x for c in found for p in c.paragraphs for x in p.text.split("\n")]

        row = BarisMatriks(tempat=where, sasaran_lanjut=self._same(cells, roles.get("sasaran", [])))
        row.sasaran = "" if row.sasaran_lanjut else tb.nama(one("sasaran"))
        row.indikator, row.formulasi = tb.nama(one("indikator")), tb.nama(one("formulasi"))
        row.target = [texts[c] for c in sorted(years)]
        row.sd = tb.daftar(one("sd"))
        self.bahan.matriks.append(row)
        self.bahan.matriks_tahun = self.bahan.matriks_tahun or [years[c] for c in sorted(years)]


_ANNEX_ROLES = {"no", "sasaran", "indikator", "penjelasan", "pj", "sd"}


def _as_annex(roles: dict) -> dict:
    """The roles of an annex table: a formula column is its explanation when it has none."""
    roles = dict(roles)
    if "formulasi" in roles and "penjelasan" not in roles:
        roles["penjelasan"] = roles.pop("formulasi")
    return roles


def _texts(cells) -> list[str]:
    return [rapi(" ".join(p.text for p in c.paragraphs)) for c in cells]


def _years_row(texts: list[str], years: dict) -> bool:
    return bool(years) and all(texts[c] == str(y) for c, y in years.items() if c < len(texts))


def _row_lines(cells) -> list[str]:
    """A layout row as lines: a cell's first paragraph joins the line before ("JABATAN", ":",
    "KASI …" is one line); its other paragraphs are lines of their own."""
    out: list[str] = []
    seen: list = []
    for c in cells:
        if any(c._tc is s._tc for s in seen):
            continue
        seen.append(c)
        paras = [x for p in c.paragraphs for x in p.text.split("\n")]
        for k, text in enumerate(paras):
            if k == 0 and out:
                out[-1] = rapi(f"{out[-1]} {text}")
            else:
                out.append(text)
    return out


def _is_list(p) -> bool:
    ppr = p._p.pPr
    return ppr is not None and ppr.numPr is not None
