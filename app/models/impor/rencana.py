"""From what a reader found (:class:`~.model.Bahan`) to what the import will create
(:class:`~.model.Rencana`): the decree and its signer, the kecamatan, the period, one
jabatan per lampiran with its sasaran and indicators, the matrix joined to them
(:mod:`.matriks`), and the format the document showed (``format_hints``). What is
inferred rather than read is said in ``catatan``; what cannot be placed stays in
``tak_terpakai``."""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter

from ..errors import InputTidakValid
from ..rules import int_to_roman, roman_to_int
from ..tanggal import Tanggal, baca_tanggal
from . import jabatan as jb
from .baris import rapi
from .matriks import gabung_matriks
from .model import Bahan, BlokLampiran, IndikatorRencana, JabatanRencana, KeputusanRencana, Potongan, Rencana, SasaranRencana, Ttd

KECAMATAN = re.compile(r"\bKECAMATAN\s+(.+?)(?:\s+KABUPATEN\s+(.+))?$", re.IGNORECASE)
NOMOR_TAHUN = re.compile(r"^(.*?)\s+(TAHUN)\s+(\d{4})\.?$", re.IGNORECASE)  # "24 Tahun 2018"
NOMOR_IKU = re.compile(r"^(\d{1,2}\.)\s+(.*)$")


def buat_rencana(bahan: Bahan, sumber: str, periode: tuple[int, int] | None = None) -> Rencana:
    r = Rencana(sumber=sumber, tak_terpakai=list(bahan.tak_terpakai))
    _kecamatan(r, bahan)
    r.keputusan = _keputusan(r, bahan)
    for urutan, blok in enumerate(bahan.lampiran, start=1):
        r.jabatan.append(_jabatan(r, blok, urutan))
    _nomor_lampiran(r, bahan)
    _gabung_ganda(r)
    _periode(r, bahan, periode)
    gabung_matriks(r, bahan)
    jb.susun(r)
    r.format_hints = _hints(r, bahan)
    return r


def judul_kapital(text: str) -> str:
    """"BARITO KUALA" -> "Barito Kuala" (a name read from a title in capitals)."""
    return " ".join(w.capitalize() if w.isupper() else w for w in rapi(text).split())


def _kecamatan(r: Rencana, bahan: Bahan) -> None:
    lines = [t for b in bahan.lampiran for t in b.judul] + bahan.matriks_judul
    for line in lines:
        m = KECAMATAN.search(line)
        if m:
            r.kecamatan = r.kecamatan or judul_kapital(m.group(1))
            r.kabupaten = r.kabupaten or judul_kapital(m.group(2) or "")
    places = [t.tempat for t in [bahan.matriks_ttd, *(b.ttd for b in bahan.lampiran)] if t and t.tempat]
    r.tempat = places[0] if places else r.kecamatan
    if not r.kecamatan:
        r.catatan.append("Nama kecamatan tidak ditemukan di judul dokumen; isi di halaman Kecamatan.")


def _tanggal(text: str, where: str, r: Rencana) -> Tanggal | None:
    """The date as the source spells it ("01 Nopember 2021" stays so)."""
    if not text:
        return None
    try:
        return baca_tanggal(text.rstrip("."))
    except InputTidakValid:
        r.tak_terpakai.append(Potongan(where, text, "tanggal tidak dapat dibaca"))
        return None


def _tahun_tersebut(*texts: str) -> int | None:
    """The last year (1900–2099) written in the decree's number or its date lines
    ("800/15/KEC-MJ/2021", "Maju Jaya, 2021", an unreadable "31 Pebruari 2021")."""
    for text in texts:
        years = re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", text or "")
        if years:
            return int(years[-1])
    return None


def _ejaan(t: Tanggal | None) -> str:
    """The spelling to keep: only one that differs from the standard form ("30 Mei 2018")."""
    return t.teks if t is not None and t.teks != Tanggal(t.tanggal).teks else ""


def _keputusan(r: Rencana, bahan: Bahan) -> KeputusanRencana | None:
    if not bahan.lampiran:
        return None
    src = next((b for b in bahan.lampiran if b.nomor_sk), bahan.lampiran[0])
    ttd = next((b.ttd for b in bahan.lampiran if b.ttd and b.ttd.nama), None) or bahan.matriks_ttd or Ttd()
    m = NOMOR_TAHUN.match(src.nomor_sk)
    nomor, tahun = (m.group(1), int(m.group(3))) if m else (src.nomor_sk, None)
    tanggal = (_tanggal(src.tanggal_sk, src.tempat_tanggal or src.tempat, r)
               or _tanggal(ttd.tanggal, ttd.baris_tanggal or "penanda tangan", r))
    if tanggal is None:  # never invented: printed blank, and the quality check says so
        r.catatan.append("Tanggal keputusan tidak ditemukan; dibiarkan kosong: isi di halaman Keputusan.")
    if not nomor:
        r.catatan.append("Nomor keputusan tidak ditemukan; dibiarkan kosong: isi di halaman Keputusan.")
    if not ttd.nama:
        r.catatan.append("Penanda tangan tidak ditemukan; isi di halaman Keputusan.")
    heads = Counter(_sebutan(b) for b in bahan.lampiran if b.kepala and _sebutan(b))
    sebutan = heads.most_common(1)[0][0] if heads else ""
    if tahun is None and tanggal is None:
        tahun = _tahun_tersebut(src.nomor_sk, src.tanggal_sk, ttd.tanggal)
        if tahun is not None:
            r.catatan.append(f"Tahun keputusan {tahun} diambil dari nomor atau tanggal yang tertulis: periksa di "
                             "halaman Keputusan.")
    if tahun is None and tanggal is None:
        tahun = _dt.date.today().year
        r.catatan.append(f"Tahun keputusan tidak ditemukan; diisi {tahun}: periksa di halaman Keputusan.")
    return KeputusanRencana(nomor=nomor, tahun=tahun or tanggal.tanggal.year, sebutan=sebutan, ttd=ttd,
                            tanggal=tanggal.tanggal if tanggal else None, tanggal_teks=_ejaan(tanggal))


def _sebutan(b: BlokLampiran) -> str:
    """"Lampiran V. SK Keputusan Camat …" -> "SK Keputusan Camat …"."""
    m = re.match(r"^LAMPIRAN\b\.?\s*(?:[IVXLC]+\b\.?)?\s*(.*)$", b.kepala or "", re.IGNORECASE)
    return rapi(m.group(1)).rstrip(".").strip() if m else ""


def _jabatan(r: Rencana, blok: BlokLampiran, urutan: int) -> JabatanRencana:
    j = JabatanRencana(nama=blok.jabatan, tugas=blok.tugas, fungsi=list(blok.fungsi), lampiran_nomor=blok.nomor,
                       lampiran_kepala=blok.kepala, lampiran_urutan=urutan)
    if not blok.jabatan:
        r.catatan.append(f"Lampiran di {blok.tempat} tidak menyebut JABATAN; namanya dibiarkan kosong.")
    sasaran: SasaranRencana | None = None
    ind: IndikatorRencana | None = None
    for row in blok.baris:
        if not row.sasaran_lanjut and (row.sasaran or row.no) and not (
                sasaran and row.sasaran == sasaran.nama and not row.no):
            sasaran = SasaranRencana(nama=row.sasaran, nomor=row.no)
            j.sasaran.append(sasaran)
            ind = None
        elif sasaran is None:
            r.tak_terpakai.append(Potongan(row.tempat, " | ".join(
                x for x in (row.indikator, " ".join(row.penjelasan), row.pj, row.sd) if x), "baris tanpa sasaran"))
            continue
        if row.indikator_lanjut and ind is not None:
            ind.penjelasan += row.penjelasan
            ind.penanggung_jawab = rapi(f"{ind.penanggung_jawab} {row.pj}")
            ind.sumber_data = "\n".join(x for x in (ind.sumber_data, row.sd) if x)
            continue
        m = NOMOR_IKU.match(row.indikator)
        ind = IndikatorRencana(nama=m.group(2) if m else row.indikator, nomor=m.group(1) if m else "",
                               penjelasan=list(row.penjelasan), berbutir=row.berbutir,
                               penanggung_jawab=row.pj, sumber_data=row.sd)
        sasaran.indikator.append(ind)
    return j


def _nomor_lampiran(r: Rencana, bahan: Bahan) -> None:
    """A lampiran without a number (a bare "LAMPIRAN", or a header the document lost) gets the
    next one after the lampiran before it, said in ``catatan``."""
    last = 0
    for j, blok in zip(r.jabatan, bahan.lampiran):
        n = roman_to_int(j.lampiran_nomor) if j.lampiran_nomor else None
        if n is None:
            n = last + 1
            j.lampiran_nomor = int_to_roman(n)
            why = "tanpa kepala lampiran" if blok.kepala is None else f"kepala «{' / '.join(blok.kepala.splitlines())}» tanpa nomor"
            r.catatan.append(f"Jabatan «{j.nama}» ({why}): nomor lampiran disimpulkan {j.lampiran_nomor} dari urutannya.")
        last = n


def _gabung_ganda(r: Rencana) -> None:
    """A jabatan named twice in one document: one jabatan (the first page's), with the
    sasaran of both; the second page gets no lampiran of its own. Said in ``catatan``."""
    seen: dict[str, JabatanRencana] = {}
    for j in list(r.jabatan):
        key = " ".join(j.nama.split()).lower()
        first = seen.setdefault(key, j)
        if first is j:
            continue
        first.sasaran += j.sasaran
        first.fungsi = first.fungsi or j.fungsi
        first.tugas = first.tugas or j.tugas
        r.jabatan.remove(j)
        r.catatan.append(f"Jabatan «{j.nama}» muncul lagi di Lampiran {j.lampiran_nomor}: sasarannya digabung ke "
                         f"Lampiran {first.lampiran_nomor}; lampiran kedua tidak dibuat.")


def _periode(r: Rencana, bahan: Bahan, periode: tuple[int, int] | None) -> None:
    judul = [t for t in bahan.matriks_judul if not KECAMATAN.search(t)]
    r.matriks_tahun = next((t for t in judul if t.upper().startswith("TAHUN")), "")
    r.matriks_judul = next((t for t in judul if not t.upper().startswith("TAHUN")), "")
    if bahan.matriks_ttd and bahan.matriks_ttd.tanggal:
        t = _tanggal(bahan.matriks_ttd.tanggal, bahan.matriks_ttd.baris_tanggal or "matriks", r)
        r.matriks_tanggal, r.matriks_tanggal_teks = (t.tanggal, _ejaan(t)) if t else (None, "")
    if periode is not None:
        r.periode_awal, r.periode_akhir = periode
        r.periode_dipilih = True
    elif bahan.matriks_tahun:
        r.periode_awal, r.periode_akhir = min(bahan.matriks_tahun), max(bahan.matriks_tahun)
    else:
        awal = r.keputusan.tahun if r.keputusan else _dt.date.today().year
        r.periode_awal, r.periode_akhir = awal, awal + 4
        r.catatan.append(f"Dokumen tidak punya kolom target per tahun: periode {awal}-{awal + 4} diambil dari tahun "
                         "keputusan (pilih yang lain dengan --periode).")


def _hints(r: Rencana, bahan: Bahan) -> dict:
    first = bahan.lampiran[0] if bahan.lampiran else None
    h = dict(bahan.hints)
    numbering = h.pop("fungsi_penomoran", [])
    h["fungsi_penomoran"] = Counter(numbering).most_common(1)[0][0] if numbering else "tidak ada"
    h["judul_lampiran"] = list(first.judul) if first else []
    h["kepala_lampiran"] = [_bentuk_kepala(b) for b in bahan.lampiran if b.kepala][:1] or ["tidak ada"]
    h["kepala_lampiran"] = h["kepala_lampiran"][0]
    h["nomor_keputusan"] = next((b.nomor_sk for b in bahan.lampiran if b.nomor_sk), "")
    h["kepala_baris"] = next((_baris_kepala(b) for b in bahan.lampiran if b.kepala_baris), [])
    h["tempat_tanggal_di_atas_ttd"] = any(b.ttd and b.ttd.tanggal for b in bahan.lampiran)
    h["judul_matriks"] = list(bahan.matriks_judul)
    if bahan.matriks:  # whether the matrix has its own place-and-date line, and a signer under it
        t = bahan.matriks_ttd
        h["tempat_tanggal_matriks"] = bool(t and t.tanggal)
        # a place-and-date line is a signer's head (the reference's signature itself is lost)
        h["ttd_matriks"] = bool(t and (t.tanggal or t.jabatan or t.nama))
    return h


def _baris_kepala(b: BlokLampiran) -> list[tuple[str, str]]:
    """The header's lines under the lampiran's heading as templates, with the labels as the
    source writes them and in its order: ("NOMOR", "{nomor}"), ("Tanggal", "{tanggal}"); a
    number written "24 Tahun 2018" gives "{nomor} Tahun {tahun}" (its "Tahun" as written)."""
    out: list[tuple[str, str]] = []
    for label, value in b.kepala_baris:
        if any(label.casefold() == x.casefold() for x, _ in out):
            continue
        if label.upper() == "NOMOR":
            m = NOMOR_TAHUN.match(value)
            out.append((label, f"{{nomor}} {m.group(2)} {{tahun}}" if m else "{nomor}"))
        else:
            out.append((label, "{tanggal}"))
    return out


def _bentuk_kepala(b: BlokLampiran) -> str:
    """The header's shape with the number and the decree's name as fields."""
    text = b.kepala or ""
    if b.nomor:
        text = re.sub(rf"\b{b.nomor}\b", "{nomor}", text, count=1)
    s = _sebutan(b)
    return text.replace(s, "{sebutan}") if s else text
