"""Rows that make new items: rows without an id (a clerk's new jabatan, sasaran,
indicator or program), and every row of a workbook from another database or a blank
template. A new item is named within the import by a ``ref`` (the row's old id, or
"baris:SHEET:ROW"); its targets, realisasi and budget rows point at that ref, and the write
(:mod:`.tulis`) puts the new ids in. A row without an id on the numbers' sheets names its
item and quarter (:mod:`.baru_angka`)."""

from __future__ import annotations

from ..anggaran import cek_kode, tingkat_anak
from ..anggaran_ops import AnggaranOps
from ..errors import InputTidakValid
from ..schema import Jabatan, Program
from .baru_angka import AngkaBaru
from .kolom import ANGKA, SALAH, baca_sel, kanon, norm
from .lembar import Lembar
from .model import Baru, Posisi, Tolak, Ubah

_DEFAULT = {"jenis": "persentase", "polaritas": "positif", "penjelasan_berbutir": True, "di_lampiran": True,
            "di_matriks": False, "tingkat": "program"}
_OWNER = {"t": "i", "r": "i", "a": "i", "g": "p"}
_TABEL = {"Target": "target", "Realisasi": "realisasi", "Rencana aksi": "rencana_aksi", "Anggaran": "anggaran"}


class BaruRows:
    def __init__(self, b):
        self.b = b
        self.refs: set[str] = set()
        self.jenis: dict[str, str] = {}
        self.ind_jab: dict[str, object] = {}  # a new indicator's ref -> its jabatan (id or ref)
        self.jab = {norm(n): i for i, n in Jabatan.select(Jabatan.id, Jabatan.nama).tuples()}
        p = b.p
        self.sas: dict[tuple, object] = {}
        self.sas_nama: dict[str, object] = {}
        self.prog: dict[str, object] = {}  # code -> program id, or the ref of a new one
        self.tingkat: dict[str, str] = {}  # code -> tingkat
        if p is not None:
            for s in p.sasaran:
                nama = norm(p.fakta[("sasaran", s["id"], "nama")])
                self.sas[(s["jabatan"], nama)] = s["id"]
                self.sas_nama.setdefault(nama, s["id"])
            rows = Program.select(Program.id, Program.kode, Program.tingkat).where(Program.periode == p.periode_id).tuples()
            for i, k, t in rows:
                if k:
                    self.prog[k], self.tingkat[k] = i, t
        self.angka: AngkaBaru | None = None  # the new rows of the numbers' sheets
        self.kode_baru: dict[str, Posisi] = {}  # the codes of new programs -> their row
        self.ganda: dict[tuple, int] = {}  # a new row's values -> the first row that had them
        # A workbook of one jabatan (from this database) touches only that jabatan.
        self.satu = p.jabatan[0]["nama"] if p is not None and not b.asing and p.jabatan_id is not None and p.jabatan else None
        self.prog_saya: set = {str(f).strip() for (t, _i, k), f in p.dasar.items() if t == "program" and k == "kode" and f} \
            if self.satu is not None else set()

    def baris(self, lembar: Lembar, sheet, r: int, raw, values: dict, ident: str) -> None:
        pos = Posisi(lembar.nama, r, "", "")
        if not ident:
            same = (lembar.nama, tuple(kanon(values.get(k.kunci)) for k in lembar.kolom))
            if same in self.ganda:
                self.b.tolak.append(_tolak(pos, f"Baris ini sama persis dengan baris baru {self.ganda[same]}: tidak "
                                                "diimpor dua kali. Hapus salah satunya."))
                return
            self.ganda[same] = r
        if lembar.nama in _TABEL:
            self._angka(lembar, sheet, r, values, ident)
            return
        fields = self._fields(lembar, sheet, r, values)
        if fields is None:
            return
        why = self._di_luar(lembar.nama, values)
        if why:
            self.b.tolak.append(_tolak(pos, why))
            return
        ref = ident or f"baris:{lembar.nama}:{r}"
        getattr(self, {"Jabatan": "_jabatan", "Sasaran & Indikator": "_si", "Program": "_program"}[lembar.nama])(
            lembar, pos, ref, fields, values)

    def _di_luar(self, nama: str, values: dict) -> str:
        """Why a new row lies outside a per-jabatan workbook's jabatan ("" when it does not)."""
        if self.satu is None:
            return ""
        only = f"Buku kerja ini hanya untuk jabatan «{self.satu}»"
        if nama == "Jabatan":
            return (f"{only}: jabatan baru tidak dapat ditambahkan di sini; baris ini tidak diimpor. Tambahkan jabatan "
                    "di aplikasi, atau di buku kerja semua jabatan.")
        if nama == "Sasaran & Indikator" and norm(values.get("jabatan")) != norm(self.satu):
            return (f"{only}, bukan «{values.get('jabatan') or ''}»: baris ini tidak diimpor. Tulis «{self.satu}» di "
                    "kolom Jabatan, atau isi baris jabatan lain di buku kerja jabatan itu.")
        if nama == "Program":
            induk, sas = str(values.get("induk") or "").strip(), values.get("sasaran")
            mine = (induk and (induk in self.prog_saya or isinstance(self.prog.get(induk), str))) or \
                   (not induk and sas and norm(sas) in self.sas_nama)
            if not mine:
                return (f"{only}: program baru harus di bawah program jabatan ini (Kode induk) atau untuk salah satu "
                        "sasarannya (kolom Sasaran); baris ini tidak diimpor.")
        return ""

    def _fields(self, lembar: Lembar, sheet, r: int, values: dict) -> dict | None:
        """The editable cells read (blank choices take their default); None when one is refused."""
        out, ok = {}, True
        for k in lembar.editable():
            raw = values.get(k.kunci)
            if raw in (None, "") and k.kunci in _DEFAULT:
                out[k.kunci] = _DEFAULT[k.kunci]
                continue
            try:
                out[k.kunci] = baca_sel(k, raw)
            except InputTidakValid as exc:
                self.b.tolak.append(_tolak(self.b.pos(lembar, r, sheet, k), f"{exc.pesan} Karena itu seluruh baris "
                                                                           "ini tidak diimpor."))
                ok = False
        return out if ok else None

    def _add(self, pos: Posisi, tabel: str, ref: str, fields: dict, induk: dict, label: str) -> None:
        self.b.baru.append(Baru(pos, tabel, ref, fields, induk, label))
        self.refs.add(ref)

    def _jabatan(self, lembar, pos, ref, f, values) -> None:
        if norm(f["nama"]) in self.jab:  # one of the same name is used as it is (as the Word import does)
            return
        atasan = self.jab.get(norm(values.get("atasan"))) if values.get("atasan") else None
        self._add(pos, "jabatan", ref, {"nama": f["nama"], "eselon": f["eselon"] or None, "tugas": f["tugas"],
                                        "fungsi": f["fungsi"]}, {"atasan": atasan}, f["nama"])
        self.jab[norm(f["nama"])] = ref

    def _si(self, lembar, pos, ref, f, values) -> None:
        jab = self.jab.get(norm(values.get("jabatan")))
        if jab is None:
            self.b.tolak.append(_tolak(pos, f"Jabatan «{values.get('jabatan') or ''}» tidak ada di lembar Jabatan maupun "
                                            "di basis data: baris ini tidak diimpor. Tulis nama jabatan persis seperti "
                                            "di lembar Jabatan."))
            return
        s_ref, _, i_ref = ref.partition("/")
        key = (jab, norm(f["s_nama"]))
        sid = self.sas.get(key)
        if sid is None:
            if not str(f["s_nama"]).strip():
                self.b.tolak.append(_tolak(pos, "Sasaran tidak boleh kosong: baris ini tidak diimpor."))
                return
            sid = s_ref if s_ref.startswith("s:") else f"{ref}:sasaran"
            urutan = f["s_urutan_matriks"]
            self._add(pos, "sasaran", sid, {"nomor": f["s_nomor"], "nama": f["s_nama"],
                                            "nama_matriks": f["s_nama_matriks"] or None,
                                            "urutan_matriks": None if urutan is None else int(urutan)},
                      {"jabatan": jab, "periode": self.b.periode_ref}, f["s_nama"])
            self.sas[key] = sid
            self.sas_nama.setdefault(key[1], sid)
        if not i_ref and ref.startswith("s:"):
            return  # a sasaran without indicators
        ind = {name: f[k] for k, name in _IND_FIELDS}
        if not any(kanon(ind[n]) for n in ("nomor", "nama", "satuan", "formulasi")) and not f["penjelasan"]:
            return
        i_ref = i_ref or f"{ref}:indikator"
        self.jenis[i_ref] = ind["jenis"]
        self.ind_jab[i_ref] = jab
        self._add(pos, "indikator", i_ref, {**ind, "penjelasan": f["penjelasan"]}, {"sasaran": sid}, ind["nama"])

    def _program(self, lembar, pos, ref, f, values) -> None:
        induk = values.get("induk")
        parent = self.prog.get(str(induk).strip()) if induk not in (None, "") else None
        if induk not in (None, "") and parent is None:
            self.b.tolak.append(_tolak(pos, f"Kode induk «{induk}» tidak ada di lembar Program maupun di basis data "
                                            "(induk harus di baris yang lebih atas): baris ini tidak diimpor."))
            return
        sas = self.sas_nama.get(norm(values.get("sasaran"))) if values.get("sasaran") else None
        if values.get("sasaran") and sas is None:
            self.b.tolak.append(_tolak(pos, f"Sasaran «{str(values['sasaran'])[:60]}» tidak ada di lembar Sasaran & "
                                            "Indikator maupun di basis data: baris ini tidak diimpor. Tulis nama "
                                            "sasaran persis, atau kosongkan kolomnya."))
            return
        induk = str(induk).strip() if parent is not None else None
        try:  # the store's rules for a new line (app/models/anggaran.py, anggaran_ops.py)
            tingkat = tingkat_anak(self.tingkat[induk] if induk else None)
            kode = cek_kode(f["kode"], induk)
            if kode and isinstance(self.b.periode_ref, int) and kode not in self.kode_baru:
                AnggaranOps._kode_bebas(self.b.periode_ref, kode)
        except InputTidakValid as exc:
            self.b.tolak.append(_tolak(pos, f"{exc.pesan} Baris ini tidak diimpor."))
            return
        if kode in self.kode_baru:
            self.b.tolak.append(_tolak(pos, f"Kode «{kode}» sudah dipakai di {self.kode_baru[kode].teks()}. Pakai kode "
                                            "lain. Baris ini tidak diimpor."))
            return
        if values.get("tingkat") not in (None, "") and f["tingkat"] != tingkat:
            self.b.tolak.append(_tolak(pos, f"Tingkat «{f['tingkat']}» tidak sesuai: di bawah "
                                            f"{'kode ' + induk if induk else 'tanpa induk'} tingkatnya «{tingkat}». "
                                            "Baris ini tidak diimpor."))
            return
        self._add(pos, "program", ref, {"tingkat": tingkat, "kode": kode, "nama": f["nama"]},
                  {"induk": parent, "sasaran": sas, "periode": self.b.periode_ref}, f["nama"])
        if kode:
            self.prog[kode], self.tingkat[kode], self.kode_baru[kode] = ref, tingkat, pos

    def _angka(self, lembar: Lembar, sheet, r: int, values: dict, ident: str) -> None:
        pos = Posisi(lembar.nama, r, "", "")
        if not ident:  # a clerk's new row, naming its item
            if self.angka is None:
                self.angka = AngkaBaru(self)
            self.angka.baris(lembar, sheet, r, values)
            return
        bits = ident.split(":")
        if bits[0] not in _OWNER or not all(x.isdigit() for x in bits[1:]) or len(bits) < 2:
            if any(kanon(values.get(k.kunci)) for k in lembar.editable()):
                self.b.tolak.append(_tolak(pos, f"Id tersembunyi di kolom A rusak («{ident[:30]}»): baris ini tidak "
                                                "diimpor. Untuk baris baru, kosongkan kolom A."))
            return
        owner = f"{_OWNER[bits[0]]}:{bits[1]}"
        if owner not in self.refs:
            self.b.tolak.append(_tolak(pos, "Indikator atau program baris ini tidak diimpor (lihat penolakan di "
                                            "lembarnya): baris ini juga tidak."))
            return
        rest = tuple(int(x) for x in bits[2:])
        key = (owner, *rest) if rest else None
        tabel = _TABEL[lembar.nama]
        for k in lembar.editable():
            if lembar.nama == "Target":
                year = int(k.kunci[1:])
                adr = ("target", (owner, year), "teks" if self.jenis.get(owner) == "teks" else "nilai")
            else:
                adr = (tabel, key, k.kunci)
            if adr[1][1] not in self.b.tahun_periode:
                continue
            if k.judul not in sheet.kolom:
                continue
            p = self.b.pos(lembar, r, sheet, k)
            value = self.b.nilai(k, adr, values.get(k.kunci), p)
            if value is not SALAH and kanon(value):
                self.b.ubah.append(Ubah(p, adr, None if k.jenis == ANGKA else "", value, str(values.get("indikator") or values.get("nama") or "")))


_IND_FIELDS = (("i_nomor", "nomor"), ("i_nama", "nama"), ("jenis", "jenis"), ("polaritas", "polaritas"),
               ("satuan", "satuan"), ("formulasi", "formulasi"), ("label_pembilang", "label_pembilang"),
               ("label_penyebut", "label_penyebut"), ("penanggung_jawab", "penanggung_jawab"),
               ("sumber_data", "sumber_data"), ("penjelasan_berbutir", "penjelasan_berbutir"),
               ("di_lampiran", "di_lampiran"), ("di_matriks", "di_matriks"), ("i_nama_matriks", "nama_matriks"),
               ("sumber_data_matriks", "sumber_data_matriks"))


def _tolak(pos: Posisi, alasan: str) -> Tolak:
    return Tolak(pos, alasan)
