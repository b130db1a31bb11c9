"""What a printed Perjanjian Kinerja shows, read from the stored PK rows
(:mod:`app.models.pk_ops`) as the frozen :class:`app.models.sakip_data.PerjanjianKinerja`:
its parties as signed (snapshots), its targets as set on the PK, the heading of the level,
and the program / kegiatan / anggaran of the sasaran it covers, read from the budget tables
(Program linked to the sasaran, Pagu of the year)."""

from __future__ import annotations

from .errors import InputTidakValid
from .pk_ops import PkData
from .sakip import tingkat_pk
from .sakip_data import KOMITMEN_BAKU, PEMBUKA_BAKU, IndikatorPK, PerjanjianKinerja, Pihak, SasaranPK

CARA_BUAT = ("Buat dulu di jendela: pilih jabatannya, buka tab «Perjanjian Kinerja», pilih tahunnya, "
             "lalu klik «Buat PK» (targetnya diambil dari target IKU tahun itu).")


def _sama(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def data_pk(store, tahun: int, jabatan: str | None = None, periode_id: int | None = None,
            revisi: int | None = None) -> list[PerjanjianKinerja]:
    """The PK of ``jabatan`` (a name, case and spacing ignored) for ``tahun``, or of every
    jabatan that has one (in the order of the hierarchy): the latest revision, or revision
    ``revisi`` (0 the first PK, 1 the PK Perubahan…). Refused with the way to make one when
    there is none."""
    semua = store.jabatan_list()
    if jabatan is not None:
        chosen = [j for j in semua if _sama(j.nama, jabatan)]
        if not chosen:
            names = ", ".join(f"«{j.nama}»" for j in semua)
            raise InputTidakValid(f"Jabatan «{jabatan}» tidak ada. Jabatan yang ada: {names}.")
    else:
        chosen = semua
    out = []
    for j in chosen:
        pks = [p for p in store.pk_list(j.id, tahun) if periode_id is None or p.periode_id == periode_id]
        if not pks:
            if jabatan is not None:
                raise InputTidakValid(f"Jabatan «{j.nama}» belum punya Perjanjian Kinerja tahun {tahun}. {CARA_BUAT}")
            continue
        out.append(_pilih_revisi(store, j, pks, revisi))
    if not out:
        raise InputTidakValid(f"Belum ada Perjanjian Kinerja tahun {tahun} untuk jabatan mana pun. {CARA_BUAT}")
    kec, anggaran = store.kecamatan(), {}
    for _, pk in out:  # the budget read once per period (not once per PK)
        key = (pk.periode_id, pk.tahun)
        if key not in anggaran:
            anggaran[key] = store.anggaran_pk(*key)
    return [dari_pk(store, pk, j, kec, anggaran[pk.periode_id, pk.tahun]) for j, pk in out]


def _pilih_revisi(store, j, pks: list[PkData], revisi: int | None):
    if revisi is None:
        return j, store.pk(pks[-1].id)
    found = [p for p in pks if p.revisi == revisi]
    if not found:
        ada = ", ".join(str(p.revisi) for p in pks)
        raise InputTidakValid(f"Perjanjian Kinerja «{j.nama}» tahun {pks[0].tahun} tidak punya revisi {revisi}. "
                              f"Revisi yang ada: {ada} (0 = PK pertama, 1 = PK Perubahan).")
    return j, store.pk(found[0].id)


def dari_pk(store, pk: PkData, jabatan, kec, anggaran=None) -> PerjanjianKinerja:
    """One stored PK as printed (``jabatan``: a JabatanRingkas, for the level; ``anggaran``:
    the budget of its period and year when already read)."""
    p1, p2 = (Pihak(**p) for p in pk.pihak)
    sasaran: dict[int, list] = {}
    heads: dict[int, tuple[str, str]] = {}
    for t in pk.target:
        heads.setdefault(t.sasaran_id, (t.sasaran_nomor, t.sasaran))
        sasaran.setdefault(t.sasaran_id, []).append(IndikatorPK(t.nomor, t.indikator, t.satuan, t.nilai, t.teks))
    rows = tuple(SasaranPK(*heads[sid], tuple(inds)) for sid, inds in sasaran.items())
    komitmen = tuple(x.strip() for x in pk.komitmen.split("\n\n") if x.strip()) or KOMITMEN_BAKU
    program = store.program_pk(list(sasaran), pk.periode_id, pk.tahun, anggaran)
    return PerjanjianKinerja(
        pk.tahun, pk.revisi, tingkat_pk(jabatan), f"Kecamatan {kec.nama} Kabupaten {kec.kabupaten}", jabatan.nama,
        p1, p2, pk.tempat, pk.tanggal, rows, program, pk.pembuka.strip() or PEMBUKA_BAKU, komitmen,
        pk.tanggal_teks, pk.kertas)
