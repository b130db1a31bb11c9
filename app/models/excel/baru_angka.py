"""Rows a clerk adds, without an id, to the Target, Realisasi, Rencana aksi and Anggaran
sheets: the row names its item (the jabatan and the indicator, or the program's code or
name) and, but on the Target sheet, its year and quarter; its filled cells become changes
of that item's numbers, shown in the preview as new rows (old value blank).

A new row never overwrites: a cell the database (or another row of the workbook) already
fills differently is refused with its position. An item named twice (two indicators of one
jabatan with the same name) is refused rather than guessed."""

from __future__ import annotations

from .kolom import RUMUS_TANPA_NILAI, SALAH, TANPA_NILAI, kanon, norm
from .model import BARIS_BARU, Posisi, Tolak, waktu

_ROMAWI = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_TABEL = {"Realisasi": "realisasi", "Rencana aksi": "rencana_aksi", "Anggaran": "anggaran"}


def _bulat(value) -> int | None:
    """A whole number as a cell holds it: 2024, 2024.0, " 2024 "; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value if value is not None else "").strip()
    return int(text) if text.isdecimal() else None  # what int() reads ("²" is a digit, not a decimal)


def triwulan(value) -> int | None:
    """A quarter as clerks write it: 2, "2", "II", "TW II", "TW 2", "Triwulan II"; None otherwise."""
    n = _bulat(value)
    if n is None:
        text = norm(value)
        for head in ("triwulan", "tw"):
            if text.startswith(head):
                text = text[len(head):].strip(" .")
                break
        n = _bulat(text) if text.isdecimal() else _ROMAWI.get(text)
    return n if n in (1, 2, 3, 4) else None


class AngkaBaru:
    """Reads the new rows of the numbers' sheets for :class:`.baru.BaruRows` (``rows``):
    its maps of names to items, and the comparison (:class:`.beda.Banding`: ``rows.b``)."""

    def __init__(self, rows):
        self.rows, self.b = rows, rows.b
        self._ind: dict[str, list[tuple]] | None = None  # indicator name -> [(jabatan, owner, name)]
        self._prog: dict[str, list] | None = None  # program name -> owners

    # ------------------------------------------------------------------ names (built on first use: the
    # sheets that make items, Sasaran & Indikator and Program, come before the ones that name them)

    def _peta_indikator(self) -> dict[str, list[tuple]]:
        if self._ind is None:
            out: dict[str, list[tuple]] = {}
            p = self.b.p
            if p is not None:
                jab_of = {s["id"]: s["jabatan"] for s in p.sasaran}
                for i in p.indikator:
                    out.setdefault(norm(p.dasar[("indikator", i["id"], "nama")]), []).append((jab_of[i["sasaran"]], i["id"]))
            for item in self.b.baru:
                if item.tabel == "indikator":
                    out.setdefault(norm(item.fields.get("nama")), []).append((self.rows.ind_jab.get(item.ref), item.ref))
            self._ind = out
        return self._ind

    def _peta_program(self) -> dict[str, list]:
        if self._prog is None:
            out: dict[str, list] = {}
            p = self.b.p
            if p is not None:
                for r in p.program:
                    out.setdefault(norm(p.dasar[("program", r["id"], "nama")]), []).append(r["id"])
            for item in self.b.baru:
                if item.tabel == "program":
                    out.setdefault(norm(item.fields.get("nama")), []).append(item.ref)
            self._prog = out
        return self._prog

    def _indikator(self, values: dict) -> tuple[object, str]:
        """(the indicator the row names, "") or (None, why not)."""
        nama, jabatan = values.get("indikator"), values.get("jabatan")
        if not norm(nama):
            return None, "Kolom Indikator kosong: tulis nama indikator persis seperti di lembar Sasaran & Indikator."
        satu = self.rows.satu
        if satu is not None and norm(jabatan) and norm(jabatan) != norm(satu):
            return None, f"Buku kerja ini hanya untuk jabatan «{satu}», bukan «{jabatan}»."
        found = self._peta_indikator().get(norm(nama), [])
        if norm(jabatan):
            jab = self.rows.jab.get(norm(jabatan))
            if jab is None:
                return None, (f"Jabatan «{str(jabatan)[:80]}» tidak ada di lembar Jabatan maupun di basis data. Tulis "
                              "nama jabatan persis seperti di sana (atau kosongkan kolomnya).")
            found = [f for f in found if f[0] == jab]
        where = f" jabatan «{jabatan}»" if norm(jabatan) else ""
        owners = list(dict.fromkeys(owner for _jab, owner in found))
        if not owners and satu is not None:
            return None, (f"Indikator «{str(nama)[:80]}» bukan indikator jabatan «{satu}», satu-satunya jabatan buku "
                          "kerja ini. Tulis namanya persis seperti di lembar Sasaran & Indikator.")
        if not owners:
            return None, (f"Indikator «{str(nama)[:80]}»{where} tidak ada di lembar Sasaran & Indikator maupun di basis "
                          "data. Tulis nama jabatan dan indikator persis seperti di sana.")
        if len(owners) > 1:
            return None, (f"Ada {len(owners)} indikator bernama «{str(nama)[:80]}»{where}: baris baru tidak dapat "
                          "menentukan yang mana." + ("" if where else " Isi kolom Jabatan.") +
                          " Isi angkanya di baris indikator itu yang sudah ada, atau di aplikasi.")
        return owners[0], ""

    def _program(self, values: dict) -> tuple[object, str]:
        kode, nama = str(values.get("kode") or "").strip(), values.get("nama")
        if kode:
            owner = self.rows.prog.get(kode)
            if owner is None:
                return None, f"Kode «{kode}» tidak ada di lembar Program maupun di basis data."
            if isinstance(owner, int) and ("program", owner, "nama") not in self.b.p.dasar:
                return None, f"Program berkode «{kode}» bukan bagian buku kerja ini."
            return owner, ""
        if not norm(nama):
            return None, "Kolom Kode dan Program / kegiatan kosong: tulis kode (mis. 7.01.02) atau nama programnya."
        owners = self._peta_program().get(norm(nama), [])
        if len(owners) != 1:
            return None, (f"Program/kegiatan «{str(nama)[:80]}» tidak ada di lembar Program maupun di basis data."
                          if not owners else f"Ada {len(owners)} program/kegiatan bernama «{str(nama)[:80]}»: tulis "
                                             "kodenya di kolom Kode.")
        return owners[0], ""

    # ------------------------------------------------------------------ a row

    def baris(self, lembar, sheet, r: int, values: dict) -> None:
        editable = [k for k in lembar.editable() if k.judul in sheet.kolom and _terisi(values.get(k.kunci))]
        if not editable:
            return  # a row with names only: nothing to take
        pos = Posisi(lembar.nama, r, "", "")
        owner, why = self._program(values) if lembar.nama == "Anggaran" else self._indikator(values)
        key: tuple = ()
        if owner is not None and lembar.nama != "Target":
            key, why = self._waktu(lembar.nama, values)
        if why:
            self.b.tolak.append(Tolak(pos, f"Baris baru: {why} Baris ini tidak diimpor."))
            return
        if isinstance(owner, str) and owner not in self.rows.refs:
            self.b.tolak.append(Tolak(pos, "Indikator atau program baris ini tidak diimpor (lihat penolakan di "
                                           "lembarnya): baris ini juga tidak."))
            return
        cells = [self._sel(lembar, sheet, r, k, owner, key, values) for k in editable]
        if any(c is None for c in cells):  # a bad cell: the whole row stays out, as on the other sheets
            self.b.tolak.append(Tolak(pos, "Baris baru: ada isian yang ditolak (lihat di atas), karena itu seluruh "
                                           "baris ini tidak diimpor."))
            return
        name = values.get("indikator") or values.get("nama") or values.get("kode") or ""
        when = {"tahun": key[0], "tw": key[1] if len(key) > 1 else None} if key else {}
        label = " ".join(str(name).split())[:70] + waktu(when) + BARIS_BARU
        for cell, adr, cur, value in filter(None, cells):
            self.b._tiga(cell, adr, cur, value, None, label, baris_baru=True)

    def _sel(self, lembar, sheet, r: int, k, owner, key: tuple, values: dict):
        """(position, address, database value, new value) of a cell to write; () nothing to
        write (the database holds the same); None refused (recorded)."""
        cell = self.b.pos(lembar, r, sheet, k)
        if lembar.nama == "Target":
            jenis = self.rows.jenis.get(owner) if isinstance(owner, str) else None
            adr = ("target", (owner, int(k.kunci[1:])), "teks" if jenis == "teks" else "nilai")
        else:
            adr = (_TABEL[lembar.nama], (owner, *key), k.kunci)
        if isinstance(owner, int):
            adr = self.b.tepat(adr)
        value = self.b.nilai(k, adr, values.get(k.kunci), cell)
        if value is SALAH:
            return None
        cur = self.b.p.fakta.get(adr) if isinstance(owner, int) else None
        if kanon(cur) == kanon(value):
            return ()
        if kanon(cur):
            from .ringkasan import nilai_teks

            self.b.tolak.append(Tolak(cell, f"Baris baru mengisi isian yang di basis data sudah berisi {nilai_teks(cur)}: "
                                            "tidak diimpor. Ubah isinya di baris yang sudah ada (yang kolom A-nya berisi "
                                            "id), bukan di baris baru."))
            return None
        return cell, adr, cur, value

    def _waktu(self, nama: str, values: dict) -> tuple[tuple, str]:
        """(year,) or (year, quarter) of a row, or ((), why not)."""
        years, raw = self.b.tahun_periode, values.get("tahun")
        if raw is RUMUS_TANPA_NILAI or values.get("tw") is RUMUS_TANPA_NILAI:
            return (), TANPA_NILAI
        year = _bulat(raw)
        if year is None:
            return (), (f"Tahun «{kanon(raw)[:20]}» tidak dapat dibaca: tulis tahunnya saja, mis. {years[0]}." if kanon(raw)
                        else f"Kolom Tahun kosong: tulis tahunnya ({years[0]}–{years[-1]}).")
        if year not in years:
            return (), f"Tahun {year} di luar periode ({years[0]}–{years[-1]})."
        chosen = self.b.p.tahun if self.b.p is not None else None
        if chosen is not None and year != chosen:  # the workbook holds that year's rows only: others are not known here
            return (), (f"Buku kerja ini diekspor untuk tahun {chosen} saja: baris tahun {year} tidak dapat dibandingkan "
                        f"dengan basis data. Ekspor buku kerja tahun {year} (atau semua tahun) untuk mengisinya.")
        if nama == "Anggaran":
            return (year,), ""
        q = triwulan(values.get("tw"))
        if q is None:
            return (), f"Kolom TW harus 1, 2, 3 atau 4 (atau I–IV), bukan «{kanon(values.get('tw'))}»."
        return (year, q), ""


def _terisi(value) -> bool:
    return value is RUMUS_TANPA_NILAI or bool(kanon(value))
