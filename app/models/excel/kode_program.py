"""Programs re-coded in a workbook, settled once the whole workbook is read (the rows may
come in any order): each new code is checked against its parent's code as it will be
after the import (the parent re-coded too, or not), and the lines under a re-coded program
follow it as in the app's budget editor (7.01.01 → 7.01.09: 7.01.01.2.01 → 7.01.09.2.01),
shown in the preview. Only the code changes that will be written count: one kept from the
database, in conflict or refused moves nothing."""

from __future__ import annotations

from ..anggaran import cek_kode, kode_pindah
from ..errors import InputTidakValid
from .model import Posisi, Tolak, Ubah


def _diubah(b) -> dict[int, Ubah]:
    """Program id -> the change of its code that the preview will write."""
    return {u.alamat[1]: u for u in b.ubah if u.alamat[0] == "program" and u.alamat[2] == "kode"
            and isinstance(u.alamat[1], int)}


def kode_akhir(b) -> None:
    """Check the workbook's code changes of ``b`` (:class:`.beda.Banding`) against their
    parents' final codes (refused ones leave the preview, with their place) and add the
    codes of the lines that follow their parent."""
    fakta = b.p.fakta
    lama = {r["id"]: fakta.get(("program", r["id"], "kode")) or "" for r in b.p.program}
    by_code = {k: i for i, k in lama.items() if k}
    induk = {r["id"]: by_code.get(r["induk"]) for r in b.p.program}
    while True:  # a parent refused changes its children's check: again until nothing more is refused
        ubah = _diubah(b)
        salah = []
        for pid, u in ubah.items():
            parent = induk.get(pid)
            akhir = (ubah[parent].baru if parent in ubah else lama[parent]) if parent is not None else ""
            try:
                cek_kode(u.baru, akhir or None)
            except InputTidakValid as exc:
                salah.append((u, exc.pesan))
        if not salah:
            break
        for u, pesan in salah:
            b.ubah = [x for x in b.ubah if x is not u]
            b.tolak.append(Tolak(u.pos, f"{pesan} Tidak diimpor."))
    _ikut(b, ubah, lama)


def _ikut(b, ubah: dict[int, Ubah], lama: dict[int, str]) -> None:
    anak: dict[str, list[int]] = {}
    for r in b.p.program:
        anak.setdefault(r["induk"], []).append(r["id"])
    done: set[int] = set()

    def ikut(dulu: str, kini: str) -> None:
        for cid in anak.get(dulu, ()):
            old = lama.get(cid, "")
            if cid in ubah or cid in done or not old:  # its own change is followed from the loop below
                continue
            done.add(cid)
            new = kode_pindah(old, dulu, kini)
            if new != old:
                pos = b.baris_program.get(cid, Posisi("Program", 0, "", "Kode"))
                name = b.p.fakta.get(("program", cid, "nama")) or ""
                b.ubah.append(Ubah(pos, ("program", cid, "kode"), old, new, f"{name} (ikut kode induk)"))
                ikut(old, new)
    for pid, u in ubah.items():
        if lama.get(pid):
            ikut(lama[pid], u.baru)
