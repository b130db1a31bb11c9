"""What a printed Perjanjian Kinerja shows, read from the stored PK rows
(:mod:`app.models.pk_ops`) as the frozen :class:`app.models.sakip_data.PerjanjianKinerja`:
its parties as signed (snapshots), its targets as set on the PK, the heading of the level,
and its program / kegiatan / anggaran — all as stored on the PK when it was made (a signed
document stays as signed: a later edit of the IKU or the budget does not change it)."""

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
    kec = store.kecamatan()
    return [dari_pk(store, pk, j, kec) for j, pk in out]


def _pilih_revisi(store, j, pks: list[PkData], revisi: int | None):
    if revisi is None:
        return j, store.pk(pks[-1].id)
    found = [p for p in pks if p.revisi == revisi]
    if not found:
        ada = ", ".join(str(p.revisi) for p in pks)
        raise InputTidakValid(f"Perjanjian Kinerja «{j.nama}» tahun {pks[0].tahun} tidak punya revisi {revisi}. "
                              f"Revisi yang ada: {ada} (0 = PK pertama, 1 = PK Perubahan).")
    return j, store.pk(found[0].id)


def dari_pk(store, pk: PkData, jabatan, kec) -> PerjanjianKinerja:
    """One stored PK as printed (``jabatan``: a JabatanRingkas, for the level): its content
    as stored on it (:mod:`app.models.pk_isi`), never the IKU or the budget now."""
    p1, p2 = (Pihak(**p) for p in pk.pihak)
    groups: list[tuple[tuple[str, str], list[IndikatorPK]]] = []
    for t in pk.target:  # consecutive rows of one sasaran make one group
        head = (t.sasaran_nomor, t.sasaran)
        if not groups or groups[-1][0] != head:
            groups.append((head, []))
        groups[-1][1].append(IndikatorPK(t.nomor, t.indikator, t.satuan, t.nilai, t.teks))
    rows = tuple(SasaranPK(*head, tuple(inds)) for head, inds in groups)
    komitmen = tuple(x.strip() for x in pk.komitmen.split("\n\n") if x.strip()) or KOMITMEN_BAKU
    return PerjanjianKinerja(
        pk.tahun, pk.revisi, tingkat_pk(jabatan), f"Kecamatan {kec.nama} Kabupaten {kec.kabupaten}", jabatan.nama,
        p1, p2, pk.tempat, pk.tanggal, rows, pk.program, pk.pembuka.strip() or PEMBUKA_BAKU, komitmen,
        pk.tanggal_teks, pk.kertas)
