"""The preview: a workbook compared with the database, cell by cell, three ways — what the
export wrote (the fingerprints of hidden column B), what the workbook holds, what the
database holds now:

* workbook = database: nothing to do;
* workbook changed, database not: the cell is written (old → new);
* database changed, workbook not: the database is kept (counted in ``dibiarkan``);
* both changed, differently: a **conflict**, shown, never written.

A workbook from this database names its rows by their ids; a row whose item was deleted
since is refused. A workbook from another database (or a blank template) creates its items
(:mod:`.baru`)."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputTidakValid
from ..schema import Jabatan, Periode, Sasaran
from . import identitas
from .baca import LembarBaca, baca_buku
from .baru import BaruRows
from .kolom import ANGKA, SALAH, TEKS, Kolom, baca_sel, kanon, sidik
from .lembar import Lembar, IdRusak, semua
from .model import Konflik, PeriodeBaru, Posisi, Pratinjau, Tolak, Ubah, waktu
from .potret import Potret, kosong, potret

_TEKS_TARGET = Kolom("teks", "Target", TEKS)


def pratinjau(store, path: Path | str) -> Pratinjau:
    """Read ``path`` and compare it with the database; writes nothing."""
    path = Path(path)
    big = {"Realisasi": "realisasi", "Rencana aksi": "rencana", "Anggaran": "anggaran"}
    layout = Potret(0, "", 2000, 2000, None, None)
    perlu = {lb.nama: {"id", "asal", "Indikator", "Program / kegiatan", *(k.judul for k in lb.kolom if k.diubah)}
             for lb in semua(layout) if lb.nama in big}  # the other information columns are not read…
    meta, sheets = baca_buku(path, perlu, {"Jabatan", "Kode", "Tahun", "TW"})  # …but a new row's, naming its item
    with store._read():
        b = Banding(meta, sheets, path.name)
        b.jalankan()
    return b.hasil()


def _int(text: str) -> int | None:
    return int(text) if str(text).strip().isdigit() else None


class Banding:
    def __init__(self, meta: dict, sheets: dict[str, LembarBaca], sumber: str):
        self.meta, self.sheets, self.sumber = meta, sheets, sumber
        awal, akhir = _int(meta.get("tahun_awal", "")), _int(meta.get("tahun_akhir", ""))
        if awal is None or akhir is None or awal > akhir:
            raise InputTidakValid(f"Lembar tersembunyi «_kinerja» di «{sumber}» rusak (tahun periode). Ekspor ulang.")
        self.layout = Potret(_int(meta.get("periode_id", "")) or 0, meta.get("periode", ""), awal, akhir,
                             _int(meta.get("tahun", "")), _int(meta.get("jabatan_id", "")))
        self.ubah: list[Ubah] = []
        self.konflik: list[Konflik] = []
        self.tolak: list[Tolak] = []
        self.baru: list = []
        self.dibiarkan = 0
        self.seen: dict[tuple, tuple[object, Posisi]] = {}
        self.periode_baru: PeriodeBaru | None = None
        self.baris_program: dict[int, Posisi] = {}  # program id -> its row on the Program sheet
        self.asing = not self._sama()
        self.p = self._potret()
        self.periode_ref: int | str = self.p.periode_id if self.p else "periode"

    # ------------------------------------------------------------------ which database

    def _sama(self) -> bool:
        """Whether the workbook was exported from this database: its period is here with its
        name, and (when it has jabatan rows with ids) one of them is here with its name."""
        per = Periode.get_or_none(Periode.id == self.layout.periode_id)
        theirs = self.meta.get("basis_data", "")
        if theirs:  # a workbook that says which database it came from
            return theirs == identitas.baca() and per is not None
        if per is None or per.nama != self.layout.periode_nama:
            return False
        sheet = self.sheets.get("Jabatan")
        pairs = []
        if sheet is not None and "Nama jabatan" in sheet.kolom:
            at = sheet.kolom["Nama jabatan"]
            pairs = [(str(v[0]), v[at]) for _r, v in sheet.baris if v and isinstance(v[0], str) and v[0].startswith("j:")]
        if not pairs:
            return True
        names = dict(Jabatan.select(Jabatan.id, Jabatan.nama).tuples())
        return any(names.get(_int(i[2:]) or -1) == n for i, n in pairs)

    def _potret(self) -> Potret | None:
        L = self.layout
        if not self.asing:
            if L.jabatan_id is not None and not Jabatan.select().where(Jabatan.id == L.jabatan_id).exists():
                raise InputTidakValid("Jabatan buku kerja ini sudah dihapus dari basis data: tidak ada yang dapat diimpor.")
            per = Periode.get_by_id(L.periode_id)
            tahun = L.tahun if L.tahun is not None and per.tahun_awal <= L.tahun <= per.tahun_akhir else None
            return potret(L.periode_id, L.jabatan_id, tahun)
        same = Periode.get_or_none(Periode.nama == L.periode_nama)
        if same is not None and self.meta.get("basis_data") and Sasaran.select().where(Sasaran.periode == same.id).exists():
            raise InputTidakValid(
                f"«{self.sumber}» diekspor dari basis data lain, bukan dari berkas ini, dan periode {same.nama} di sini "
                "sudah berisi sasaran: mengimpornya akan menggandakan jabatan, sasaran dan indikator. Impor buku kerja "
                "itu ke basis data asalnya atau ke basis data kosong; untuk memindahkan isiannya ke berkas ini, ekspor "
                "dari berkas ini lalu salin isiannya ke buku kerja hasil ekspor itu. Data tidak diubah.")
        if same is not None:
            return potret(same.id)
        only = list(Periode.select().limit(2))
        if len(only) == 1 and not Jabatan.select().exists() and not Sasaran.select().exists():
            self.periode_baru = PeriodeBaru(only[0].id, L.periode_nama, L.tahun_awal, L.tahun_akhir, ganti=True)
            return None
        self.periode_baru = PeriodeBaru(None, L.periode_nama, L.tahun_awal, L.tahun_akhir)
        return None

    @property
    def tahun_periode(self) -> range:
        if self.p is not None:
            return range(self.p.tahun_awal, self.p.tahun_akhir + 1)
        return range(self.layout.tahun_awal, self.layout.tahun_akhir + 1)

    # ------------------------------------------------------------------ sheets

    def jalankan(self) -> None:
        self.news = BaruRows(self)
        known = [lb.nama for lb in semua(self.layout)]
        for name in self.sheets:
            if name not in known:
                self.tolak.append(Tolak(Posisi(name, 1, "", ""), f"Lembar «{name}» tidak dikenal (namanya diubah?): "
                                        "isinya tidak diimpor. Kembalikan namanya menjadi salah satu dari "
                                        f"{', '.join(known)}, lalu impor lagi."))
        for lembar in semua(self.layout):
            sheet = self.sheets.get(lembar.nama)
            if sheet is None:
                self.tolak.append(Tolak(Posisi(lembar.nama, 1, "", ""), f"Lembar «{lembar.nama}» tidak ada di buku kerja "
                                        "(dihapus atau namanya diubah): isinya tidak diimpor."))
                continue
            missing = [k.judul for k in lembar.kolom if k.diubah and k.judul not in sheet.kolom]
            if "id" not in sheet.kolom:
                self.tolak.append(Tolak(Posisi(lembar.nama, 1, "A", "id"), "Kolom id tersembunyi tidak ada: lembar ini "
                                        "tidak diimpor. Jangan hapus kolom A dan B."))
                continue
            if missing:
                self.tolak.append(Tolak(Posisi(lembar.nama, 1, "", ""), "Kolom tidak ditemukan (judulnya diubah atau "
                                        f"dihapus): {', '.join(missing)}. Isinya tidak diimpor."))
            for r, raw in sheet.baris:
                self._baris(lembar, sheet, r, raw)
        if self.p is not None:
            from .kode_program import kode_akhir

            kode_akhir(self)

    def _baris(self, lembar: Lembar, sheet: LembarBaca, r: int, raw: tuple) -> None:
        values = {k.kunci: _at(raw, sheet.kolom.get(k.judul)) for k in lembar.kolom}
        ident = _at(raw, sheet.kolom["id"])
        ident = str(ident).strip() if ident not in (None, "") else ""
        if self.asing or not ident:
            self.news.baris(lembar, sheet, r, raw, values, ident)
            return
        try:
            alamat = lembar.alamat(ident, values)
        except IdRusak:
            self._tolak(lembar, r, "", "", f"Id tersembunyi di kolom A rusak («{ident[:30]}»): baris ini tidak diimpor. "
                        "Untuk baris baru, kosongkan kolom A.")
            return
        if lembar.nama == "Program":
            self.baris_program[alamat["kode"][1]] = Posisi(lembar.nama, r, "", "Kode")
        problem = self._tidak_ada(ident, alamat)
        if problem:
            self._tolak(lembar, r, "", "", problem)
            return
        asal = str(_at(raw, sheet.kolom.get("asal")) or "").split()
        editable = lembar.editable()
        base = dict(zip((k.kunci for k in editable), asal)) if len(asal) == len(editable) else {}
        fakta = self.p.fakta
        for k in editable:
            if k.judul not in sheet.kolom:
                continue
            adr = self.tepat(alamat[k.kunci])
            raw = values[k.kunci]
            cur = fakta.get(adr, _KOSONG)
            if cur is _KOSONG:
                cur = kosong(adr[0], adr[2])
            elif raw == cur and raw is not None:  # the common case: a text cell as exported
                continue
            value = self.nilai(k, adr, raw, lambda: self.pos(lembar, r, sheet, k))
            if value is SALAH:
                continue
            now, was = kanon(value), kanon(cur)
            if now == was:
                continue
            if base.get(k.kunci) is not None and sidik(value) == base[k.kunci]:
                self.dibiarkan += 1
                continue
            self._tiga(self.pos(lembar, r, sheet, k), adr, cur, value, base.get(k.kunci), _label(values, adr))

    def _tiga(self, pos: Posisi, adr: tuple, cur, value, base: str | None, label: str, baris_baru: bool = False) -> None:
        if adr in self.seen:
            first_value, first = self.seen[adr]
            if first_value is _BERBEDA or kanon(first_value) != kanon(value):
                self.tolak.append(Tolak(pos, f"Isian yang sama diisi berbeda di {first.teks()}: keduanya tidak "
                                             "diimpor. Samakan isinya, lalu impor lagi."))
                if first_value is not _BERBEDA:  # the first one is taken back: neither value is guessed right
                    self.ubah = [u for u in self.ubah if u.alamat != adr]
                    self.konflik = [k for k in self.konflik if k.alamat != adr]
                    self.tolak.append(Tolak(first, f"Isian yang sama diisi berbeda di {pos.teks()}: keduanya tidak "
                                                   "diimpor. Samakan isinya, lalu impor lagi."))
                    self.seen[adr] = (_BERBEDA, first)
            return
        self.seen[adr] = (value, pos)
        if base is None or sidik(cur) == base:
            self.ubah.append(Ubah(pos, adr, cur, value, label, baris_baru))
        else:
            self.konflik.append(Konflik(pos, adr, cur, value, label))

    # ------------------------------------------------------------------ helpers

    def tepat(self, adr: tuple) -> tuple:
        """A target of a text indicator is its text."""
        if adr[0] == "target" and isinstance(adr[1][0], int) and self.p is not None:
            if self.p.fakta.get(("indikator", adr[1][0], "jenis")) == "teks":
                return (adr[0], adr[1], "teks")
        return adr

    def nilai(self, k: Kolom, adr: tuple, raw, pos):
        """The cell read as the database stores it, or SALAH (refused, recorded);
        ``pos``: its Posisi, or a function giving it."""
        if adr[2] == "teks" and k.jenis == ANGKA:
            k = _TEKS_TARGET
        try:
            value = baca_sel(k, raw)
            if adr[0] == "realisasi" and adr[2] == "penyebut" and value is not None and value < 0:
                raise InputTidakValid("Penyebut tidak boleh negatif.")
            if adr[2] == "urutan_matriks" and value is not None and (value != value.to_integral_value() or value < 0):
                raise InputTidakValid("Urutan di matriks harus bilangan bulat, mis. 3.")
            if adr[0] == "program" and adr[2] == "kode" and isinstance(adr[1], int):
                value = self._kode(adr[1], value)
            return value
        except InputTidakValid as exc:
            self.tolak.append(Tolak(pos() if callable(pos) else pos, exc.pesan))
            return SALAH

    def _kode(self, program_id: int, kode: str) -> str:
        """A program's code edited: digits and dots, not used by another line of the period
        (the store's rules); under its parent's code: checked once the workbook is read
        (:func:`.kode_program.kode_akhir`)."""
        from ..anggaran import cek_kode
        from ..anggaran_ops import AnggaranOps

        kode = cek_kode(kode)
        if kode and kode != self.p.fakta.get(("program", program_id, "kode")):
            AnggaranOps._kode_bebas(self.p.periode_id, kode)
        return kode

    def pos(self, lembar: Lembar, r: int, sheet: LembarBaca, k: Kolom) -> Posisi:
        from openpyxl.utils import get_column_letter

        at = sheet.kolom.get(k.judul)
        return Posisi(lembar.nama, r, get_column_letter(at + 1) if at is not None else "", k.judul)

    def _tolak(self, lembar: Lembar, r: int, kolom: str, judul: str, alasan: str) -> None:
        self.tolak.append(Tolak(Posisi(lembar.nama, r, kolom, judul), alasan))

    def _tidak_ada(self, ident: str, alamat: dict) -> str:
        """Why a row's id cannot be used ("" when it can)."""
        f = self.p.fakta
        for tabel, key, _field in alamat.values():
            item = key if isinstance(key, int) else key[0]
            owner = {"jabatan": "jabatan", "fungsi": "jabatan", "sasaran": "sasaran", "indikator": "indikator",
                     "penjelasan": "indikator", "program": "program", "anggaran": "program"}.get(tabel, "indikator")
            if (owner, item, "nama") not in f:
                return (f"{owner.capitalize()} baris ini (id {item}) sudah tidak ada di basis data — dihapus sesudah "
                        "ekspor? Baris ini tidak diimpor.")
            if not isinstance(key, int) and key[1] not in self.tahun_periode:
                return f"Tahun {key[1]} di luar periode {self.p.periode_nama}: baris ini tidak diimpor."
        return ""

    def hasil(self) -> Pratinjau:
        return Pratinjau(self.sumber, self.p.periode_id if self.p else None, tuple(self.ubah), tuple(self.baru),
                         tuple(self.konflik), tuple(self.tolak), self.dibiarkan, self.periode_baru, self.asing)



_KOSONG = object()
_BERBEDA = object()  # a cell filled differently on two rows: neither is imported


def _at(raw: tuple, n: int | None):
    return raw[n] if n is not None and n < len(raw) else None


def _label(values: dict, adr: tuple) -> str:
    """What a row is about, as the preview names it: the item, and — from the cell's address
    — its year and quarter on the per-year sheets (twenty rows of one indicator told apart)."""
    name = next((" ".join(str(values[k]).split())[:80] for k in ("indikator", "i_nama", "nama", "s_nama") if values.get(k)), "")
    key = adr[1]
    when = waktu({"tahun": key[1], "tw": key[2] if len(key) > 2 else None}) \
        if isinstance(key, tuple) and adr[0] != "target" else ""
    return name + when if name else when.removeprefix(" — ")

