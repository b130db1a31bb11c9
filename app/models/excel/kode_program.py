"""Programs re-coded in a workbook, settled once the whole workbook is read (the rows may
come in any order): each new code is checked against its parent's code as it will be
after the import (the parent re-coded too, or not); the lines under a re-coded program
follow it as in the app's budget editor (7.01.01 → 7.01.09: 7.01.01.2.01 → 7.01.09.2.01),
shown in the preview; and no code may end up used twice in the period — by another line,
a line that followed its parent, or a new Program row. Only the code changes that will be
written count: one kept from the database, in conflict or refused moves nothing."""

from __future__ import annotations

from ..anggaran import cek_kode, kode_pindah
from ..errors import InputTidakValid
from .model import Posisi, Tolak, Ubah


def _diubah(b) -> dict[int, Ubah]:
    """Program id -> the change of its code that the preview will write."""
    return {u.alamat[1]: u for u in b.ubah if u.alamat[0] == "program" and u.alamat[2] == "kode"
            and isinstance(u.alamat[1], int)}


class _Kode:
    def __init__(self, b):
        self.b = b
        fakta = b.p.fakta
        self.lama = {r["id"]: fakta.get(("program", r["id"], "kode")) or "" for r in b.p.program}
        by_code = {k: i for i, k in self.lama.items() if k}
        self.induk = {r["id"]: by_code.get(r["induk"]) for r in b.p.program}
        self.anak: dict[int, list[int]] = {}
        for pid, parent in self.induk.items():
            if parent is not None:
                self.anak.setdefault(parent, []).append(pid)

    def ikut(self, ubah: dict[int, Ubah]) -> dict[int, tuple[str, int]]:
        """The lines that follow a re-coded parent: id -> (new code, the explicit change it follows)."""
        out: dict[int, tuple[str, int]] = {}

        def turun(pid: int, dulu: str, kini: str, root: int) -> None:
            for cid in self.anak.get(pid, ()):
                old = self.lama.get(cid, "")
                if cid in ubah or cid in out or not old:  # its own change is followed from the loop below
                    continue
                new = kode_pindah(old, dulu, kini)
                if new != old:
                    out[cid] = (new, root)
                    turun(cid, old, new, root)
        for pid, u in ubah.items():
            if self.lama.get(pid):
                turun(pid, self.lama[pid], u.baru, pid)
        return out

    def salah(self, ubah: dict[int, Ubah]) -> dict[int, str]:
        """Explicit changes to refuse: id -> why (not under the parent's final code; making a
        code used twice)."""
        out: dict[int, str] = {}
        for pid, u in ubah.items():
            parent = self.induk.get(pid)
            akhir = (ubah[parent].baru if parent in ubah else self.lama[parent]) if parent is not None else ""
            try:
                cek_kode(u.baru, akhir or None)
            except InputTidakValid as exc:
                out[pid] = exc.pesan
        moved = self.ikut(ubah)
        final = {**self.lama, **{pid: u.baru for pid, u in ubah.items()}, **{c: k for c, (k, _r) in moved.items()}}
        owners: dict[str, list[int]] = {}
        for pid, code in final.items():
            if code:
                owners.setdefault(code, []).append(pid)
        new_rows = self.b.news.kode_baru if getattr(self.b, "news", None) is not None else {}
        for code, pids in owners.items():
            if len(pids) < 2 and code not in new_rows:
                continue
            places = [self._tempat(p) for p in pids] + ([new_rows[code].teks()] if code in new_rows else [])
            for pid in pids:
                root = pid if pid in ubah else moved.get(pid, (None, None))[1]
                if root is not None and root not in out:
                    out[root] = (f"Kode «{code}» akan dipakai dua kali ({', '.join(places)}): perubahan kode "
                                 f"«{self.lama[root]}» → «{ubah[root].baru}» tidak diimpor.")
        return out

    def _tempat(self, pid: int) -> str:
        pos = self.b.baris_program.get(pid)
        return pos.teks() if pos is not None else "di basis data"


def kode_akhir(b) -> None:
    """Check the workbook's code changes of ``b`` (:class:`.beda.Banding`) — refused ones
    leave the preview, with their place — and add the codes of the lines that follow their
    parent."""
    k = _Kode(b)
    while True:  # a change refused alters the others' checks: again until nothing more is refused
        ubah = _diubah(b)
        salah = k.salah(ubah)
        if not salah:
            break
        for pid, pesan in salah.items():
            b.ubah = [x for x in b.ubah if x is not ubah[pid]]
            b.tolak.append(Tolak(ubah[pid].pos, pesan if pesan.endswith("tidak diimpor.") else f"{pesan} Tidak diimpor."))
    fakta = b.p.fakta
    for cid, (new, _root) in k.ikut(ubah).items():
        pos = b.baris_program.get(cid, Posisi("Program", 0, "", "Kode"))
        name = fakta.get(("program", cid, "nama")) or ""
        b.ubah.append(Ubah(pos, ("program", cid, "kode"), k.lama[cid], new, f"{name} (ikut kode induk)"))
