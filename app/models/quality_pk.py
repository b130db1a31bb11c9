"""The data-quality warnings about Perjanjian Kinerja: an indicator of a PK without a
target ("PK tanpa target"). Checked on the latest revision of each jabatan's PK of a year
(the earlier ones are kept as signed)."""

from __future__ import annotations

from .kinds import Jenis
from .schema import Indikator, Jabatan, PerjanjianKinerja, TargetPK


def periksa_pk(store) -> list[tuple[str, str, Jenis, int]]:
    """One warning per PK with indicators that have no target, naming them: (kode, pesan,
    the jabatan to select) as :class:`app.models.quality.Peringatan` takes them."""
    with store._read():
        rows = list(PerjanjianKinerja.select(PerjanjianKinerja.id, PerjanjianKinerja.jabatan, PerjanjianKinerja.tahun,
                                             PerjanjianKinerja.revisi, Jabatan.nama)
                    .join(Jabatan, on=(PerjanjianKinerja.jabatan == Jabatan.id))
                    .order_by(PerjanjianKinerja.jabatan, PerjanjianKinerja.tahun, PerjanjianKinerja.revisi).tuples())
        latest = {(j, t): (pk_id, rev, nama) for pk_id, j, t, rev, nama in rows}
        empty: dict[int, list[str]] = {}
        for pk_id, nama in (TargetPK.select(TargetPK.pk, Indikator.nama).join(Indikator)
                            .where(TargetPK.nilai.is_null(), TargetPK.teks == "")
                            .order_by(TargetPK.pk, Indikator.urutan, Indikator.id).tuples()):
            empty.setdefault(pk_id, []).append(nama.strip() or "(tanpa nama)")
    out = []
    for (jabatan_id, tahun), (pk_id, rev, nama) in sorted(latest.items(), key=lambda x: (x[0][1], x[0][0])):
        names = empty.get(pk_id)
        if names:
            label = f"PK{' Perubahan' if rev else ''} {nama} {tahun}"
            shown = ", ".join(f"«{n}»" for n in names[:5]) + (f" dan {len(names) - 5} lainnya" if len(names) > 5 else "")
            out.append(("pk_tanpa_target", f"{label}: indikator {shown} belum punya target. Isi targetnya "
                                  "di tab «Perjanjian Kinerja» jabatan itu.", Jenis.JABATAN, jabatan_id))
    return out
