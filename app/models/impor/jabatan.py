"""Where each imported jabatan sits: a decree names positions, not the hierarchy, so the
place and the eselon are inferred from the name (the usual kecamatan structure, see
DOMAIN.md: Camat III.a; Sekretaris Kecamatan III.b under the Camat; Kasubbag IV.a under
the Sekretaris; Kasi IV.a under the Camat) and said in the plan's ``catatan``. The Camat,
who signs the decree and has no lampiran of his own in many decrees, is added when the
signer is the Camat, held by the signer."""

from __future__ import annotations

import re

from ..rules import roman_to_int
from .model import JabatanRencana, Rencana

CAMAT = re.compile(r"^camat$", re.IGNORECASE)
SEKRETARIS = re.compile(r"\bsekretaris\b|\bsekcam\b", re.IGNORECASE)
SUBBAG = re.compile(r"sub\s*bag|subbag", re.IGNORECASE)
SEKSI = re.compile(r"\bkasi\b|\bseksi\b", re.IGNORECASE)


def _eselon(nama: str) -> tuple[str | None, str | None]:
    """(eselon, kind of the atasan) by the name."""
    if CAMAT.match(nama.strip()):
        return "III.a", None
    if SUBBAG.search(nama):
        return "IV.a", "sekretaris"
    if SEKRETARIS.search(nama):
        return "III.b", "camat"
    if SEKSI.search(nama):
        return "IV.a", "camat"
    return None, "camat"


def susun(r: Rencana) -> None:
    """Add the Camat (from the signer) if no lampiran is his, order the jabatan by lampiran
    number (the Camat first) and set eselon and atasan."""
    signer = r.keputusan.ttd if r.keputusan else None
    camat = next((j for j in r.jabatan if CAMAT.match(j.nama.strip())), None)
    if camat is None and signer is not None and re.match(r"camat\b", signer.jabatan, re.IGNORECASE):
        camat = JabatanRencana(nama="Camat")
        r.jabatan.insert(0, camat)
    if camat is not None and signer is not None and signer.nama and not signer.awalan:
        camat.pemegang_ttd = True
    r.jabatan.sort(key=lambda j: (j is not camat, roman_to_int(j.lampiran_nomor or "") or 999))
    sekretaris = next((j for j in r.jabatan if SEKRETARIS.search(j.nama) and not SUBBAG.search(j.nama)), None)
    for j in r.jabatan:
        j.eselon, atasan = _eselon(j.nama)
        target = {"camat": camat, "sekretaris": sekretaris or camat}.get(atasan or "")
        j.atasan = target.nama if target is not None and target is not j else None
    if len(r.jabatan) > 1:
        r.catatan.append("Eselon dan atasan tiap jabatan disimpulkan dari namanya (Camat, Sekretaris, Kasubbag, "
                         "Kasi): periksa di halaman jabatan.")
