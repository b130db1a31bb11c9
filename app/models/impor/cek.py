"""What the preview must warn about before an import, from the database it goes into: a
decree of another kecamatan (the database's name is kept, so the annexes would print
under this kecamatan's title), and a period the user chose whose years differ from the
document's (:func:`~.tulis.tujuan_periode`). Qt-free; used by the command line and the
window's preview."""

from __future__ import annotations

from ..errors import InputTidakValid
from .model import Rencana


def _kunci(text: str) -> str:
    return " ".join(text.split()).casefold()


def peringatan(store, r: Rencana) -> list[str]:
    """The warnings of importing ``r`` into ``store`` (empty: nothing to warn about)."""
    out = []
    kec = store.kecamatan()
    if kec.nama and r.kecamatan and _kunci(kec.nama) != _kunci(r.kecamatan):
        out.append(f"Dokumen ini milik Kecamatan {r.kecamatan}, sedangkan basis data ini milik Kecamatan {kec.nama}. "
                   f"Nama kecamatan di basis data tidak diubah: lampiran yang diimpor akan dicetak berjudul Kecamatan "
                   f"{kec.nama}. Jika dokumen ini bukan untuk kecamatan ini, batalkan dan impor ke basis data lain "
                   "(buat dengan: kinerja init --empty).")
    tolak = penolakan(store, r)
    return out + ([tolak] if tolak else [])


def penolakan(store, r: Rencana) -> str:
    """Why importing ``r`` as it stands (into the period it names) would be refused ("": it
    would not) — the window keeps Impor off until another period is chosen."""
    from .tulis import tujuan_periode

    try:
        with store._read():
            tujuan_periode(r)
    except InputTidakValid as exc:
        return exc.pesan
    return ""
