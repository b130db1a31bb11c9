"""The text outside the tables, line by line — shared by the Word and the plain-text
readers: lampiran headers ("Lampiran V. SK …", a bare "LAMPIRAN"), "Nomor :" and
"Tanggal :", title lines, the JABATAN / TUGAS / FUNGSI block (numbered or lettered), the
place-and-date line and the signer block (jabatan, name, pangkat, NIP). A line it cannot
place is kept as a :class:`~.model.Potongan`."""

from __future__ import annotations

import re

from .model import Bahan, BlokLampiran, Potongan, Ttd

KEPALA = re.compile(r"^LAMPIRAN\b\.?\s*(?:([IVXLC]+)\b\.?)?\s*(.*)$", re.IGNORECASE)
NOMOR = re.compile(r"^(NOMOR)\s*:\s*(.*)$", re.IGNORECASE)
TANGGAL = re.compile(r"^(TANGGAL)\s*:\s*(.*)$", re.IGNORECASE)
JABATAN = re.compile(r"^(?:NAMA\s+)?JABATAN\s*:\s*(.*)$", re.IGNORECASE)
TUGAS = re.compile(r"^TUGAS(?:\s+POKOK)?\s*:\s*(.*)$", re.IGNORECASE)
FUNGSI = re.compile(r"^FUNGSI\s*:\s*(.*)$", re.IGNORECASE)
BUTIR = re.compile(r"^(\d{1,2}|[a-zA-Z])([.)])\s+(.*)$")
TEMPAT_TANGGAL = re.compile(r"^([A-Z][A-Za-z .'-]{1,40}),\s*(\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})$")
TTD_JABATAN = re.compile(r"^(Plt\.?|Plh\.?|a\.\s?n\.?)?\s*([A-Z][A-Z .'/-]*[A-Z]),?$")
NIP = re.compile(r"^NIP\.?\s*:?\s*([\d ]{18,})$", re.IGNORECASE)
# the decree's name on the line under a bare "LAMPIRAN" ("KEPUTUSAN CAMAT KARANG JAYA")
SEBUTAN = re.compile(r"^(?:SK|SURAT KEPUTUSAN|KEPUTUSAN|PERATURAN)\b", re.IGNORECASE)


def rapi(text: str) -> str:
    """One line, single spaces."""
    return " ".join(str(text).split())


class PembacaBaris:
    """Feeds lines into a :class:`Bahan`. ``mode`` says what a continuation line extends."""

    def __init__(self, bahan: Bahan):
        self.bahan = bahan
        self.blok: BlokLampiran | None = None
        self.mode: str | None = None
        self.tertunda: list[tuple[str, str]] = []  # lines not placed yet: (tempat, text)
        self.tabel_terakhir: str | None = None  # "iku" or "matriks": whose signer follows
        self.hints = bahan.hints.setdefault("fungsi_penomoran", [])

    # ---------------------------------------------------------------- entry

    def baris(self, teks: str, tempat: str) -> None:
        s = rapi(teks)
        if not s:
            return
        for rule in (self._kepala, self._nomor, self._jabatan, self._tugas, self._fungsi, self._ttd,
                     self._lanjutan):
            if rule(s, tempat):
                return
        self.tertunda.append((tempat, s))

    def tabel_dimulai(self) -> list[str]:
        """A table begins: the pending lines are its title (returned), the mode ends."""
        self.mode = None
        judul = [s for _, s in self.tertunda]
        self.tertunda = []
        return judul

    def selesai(self) -> None:
        self._buang("teks di luar lampiran dan matriks")

    # ---------------------------------------------------------------- rules

    def _blok_baru(self, tempat: str) -> BlokLampiran:
        self.blok = BlokLampiran(tempat=tempat)
        self.bahan.lampiran.append(self.blok)
        return self.blok

    def _buang(self, alasan: str) -> None:
        self.bahan.tak_terpakai += [Potongan(t, s, alasan) for t, s in self.tertunda]
        self.tertunda = []

    def _kepala(self, s: str, tempat: str) -> bool:
        m = KEPALA.match(s)
        if not m or (m.group(2) and len(m.group(2)) > 200):
            return False
        self._buang("teks di luar lampiran dan matriks")
        blok = self._blok_baru(tempat)
        blok.kepala, blok.nomor = s, (m.group(1).upper() if m.group(1) else None)
        self.mode = "kepala"
        return True

    def _nomor(self, s: str, tempat: str) -> bool:
        if self.mode != "kepala":
            return False
        m = NOMOR.match(s) or TANGGAL.match(s)
        if not m:
            return False
        if s.upper().startswith("NOMOR"):
            self.blok.nomor_sk = m.group(2)
        else:
            self.blok.tanggal_sk, self.blok.tempat_tanggal = m.group(2), tempat
        self.blok.kepala_baris.append((m.group(1), m.group(2)))  # the label as written: "NOMOR", "Nomor"
        return True

    def _jabatan(self, s: str, tempat: str) -> bool:
        m = JABATAN.match(s)
        if not m:
            return False
        if self.blok is None or self.blok.jabatan or self.mode not in ("kepala", None):
            self._blok_baru(tempat)
        self.blok.judul += [t for _, t in self.tertunda]
        self.tertunda = []
        self.blok.jabatan, self.mode = m.group(1), "jabatan"
        return True

    def _tugas(self, s: str, tempat: str) -> bool:
        m = TUGAS.match(s)
        if not m or self.blok is None or not self.blok.jabatan:
            return False
        self.blok.tugas, self.mode = m.group(1), "tugas"
        return True

    def _fungsi(self, s: str, tempat: str) -> bool:
        m = FUNGSI.match(s)
        if not m or self.blok is None or not self.blok.jabatan:
            return False
        self.mode = "fungsi"
        if m.group(1):
            self._lanjutan(m.group(1), tempat)
        return True

    def _ttd(self, s: str, tempat: str) -> bool:
        """The place-and-date line and the signer: after a table (mode "tabel") or in a signer block."""
        if self.mode not in ("tabel", "ttd"):
            return False
        m = TEMPAT_TANGGAL.match(s)
        ttd = self._ttd_sekarang()
        if m and not ttd.jabatan:
            ttd.tempat, ttd.tanggal, ttd.baris_tanggal = m.group(1), m.group(2), tempat
            return True
        return self._ttd_baris(ttd, s)

    def _ttd_sekarang(self) -> Ttd:
        if self.tabel_terakhir == "iku" and self.blok is not None:
            if self.blok.ttd is None:
                self.blok.ttd = Ttd()
            return self.blok.ttd
        if self.bahan.matriks_ttd is None:
            self.bahan.matriks_ttd = Ttd()
        return self.bahan.matriks_ttd

    def _ttd_baris(self, ttd: Ttd, s: str) -> bool:
        nip = NIP.match(s)
        if nip:
            ttd.nip, self.mode = re.sub(r"\D", "", nip.group(1)), None
            return True
        if not ttd.jabatan:
            m = TTD_JABATAN.match(s)
            if not m or not (s.endswith(",") or m.group(1)):
                return False
            ttd.awalan = _awalan(m.group(1))
            ttd.jabatan, self.mode = (m.group(2) + ("," if s.endswith(",") else "")), "ttd"
        elif ttd.awalan == "a.n." and not ttd.jabatan2 and not ttd.nama and s.endswith(","):
            ttd.jabatan2 = s
        elif not ttd.nama:
            ttd.nama = s
        elif ttd.pangkat is None:
            ttd.pangkat = s
        else:
            return False
        return True

    def _lanjutan(self, s: str, tempat: str) -> bool:
        blok = self.blok
        if self.mode == "tugas":
            blok.tugas = rapi(f"{blok.tugas} {s}")
        elif self.mode == "fungsi":
            m = BUTIR.match(s)
            if m:
                kind = "huruf" if m.group(1).isalpha() else "angka"
                self.hints.append(kind + ("_kurung" if m.group(2) == ")" else ""))
                blok.fungsi.append(m.group(3))
            elif blok.fungsi:
                blok.fungsi[-1] = rapi(f"{blok.fungsi[-1]} {s}")
            else:
                blok.fungsi.append(s)
        elif self.mode == "kepala" and blok is not None and not blok.jabatan:
            if self._sebutan_di_bawah(blok, s):
                blok.kepala = f"{blok.kepala}\n{s}"  # the header's second line, as the source has it
            else:
                blok.judul.append(s)
        else:
            return False
        return True


    @staticmethod
    def _sebutan_di_bawah(blok: BlokLampiran, s: str) -> bool:
        """The decree's name on the line right under a bare "LAMPIRAN" (or "LAMPIRAN II"),
        before its Nomor and Tanggal lines: part of the header, not a title line."""
        m = KEPALA.match(blok.kepala or "")
        return bool(m and not m.group(2) and "\n" not in blok.kepala and not blok.kepala_baris and not blok.judul
                    and SEBUTAN.match(s))


def _awalan(text: str | None) -> str:
    if not text:
        return ""
    t = text.replace(" ", "").lower().rstrip(".")
    return {"plt": "Plt.", "plh": "Plh.", "a.n": "a.n.", "an": "a.n."}.get(t, text)
