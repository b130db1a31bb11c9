"""The data-quality warnings about Perjanjian Kinerja, each pointing at the jabatan: a row
of a PK without a target ("PK tanpa target"), a PK without a date ("PK tanpa tanggal": it
would be printed with the date left blank to fill in by hand), a PK whose party has no name
("PK tanpa nama": nothing under the signature). Checked on the latest revision of each
jabatan's PK of a year (the earlier ones are kept as signed)."""

from __future__ import annotations

from .kinds import Jenis
from .schema import Jabatan, PerjanjianKinerja, TargetPK

_DI_TAB = "di tab «Perjanjian Kinerja» jabatan itu."


def periksa_pk(store) -> list[tuple[str, str, Jenis, int]]:
    """The warnings as (kode, pesan, the jabatan to select, its id), as
    :class:`app.models.quality.Peringatan` takes them."""
    P = PerjanjianKinerja
    with store._read():
        rows = list(P.select(P.id, P.jabatan, P.tahun, P.revisi, Jabatan.nama, P.tanggal, P.tanggal_teks,
                             P.p1_nama, P.p2_nama)
                    .join(Jabatan, on=(P.jabatan == Jabatan.id)).order_by(P.jabatan, P.tahun, P.revisi).tuples())
        latest = {(r[1], r[2]): r for r in rows}
        empty: dict[int, list[str]] = {}
        for pk_id, nama in (TargetPK.select(TargetPK.pk, TargetPK.nama)
                            .where(TargetPK.nilai.is_null(), TargetPK.teks == "")
                            .order_by(TargetPK.pk, TargetPK.urutan, TargetPK.id).tuples()):
            empty.setdefault(pk_id, []).append(nama.strip() or "(tanpa nama)")
    out = []
    for (jabatan_id, tahun), (pk_id, _, _, rev, nama, tanggal, tanggal_teks, p1, p2) in sorted(
            latest.items(), key=lambda x: (x[0][1], x[0][0])):
        label = f"PK{' Perubahan' if rev else ''} {nama} {tahun}"
        names = empty.get(pk_id)
        if names:
            shown = ", ".join(f"«{n}»" for n in names[:5]) + (f" dan {len(names) - 5} lainnya" if len(names) > 5 else "")
            out.append(("pk_tanpa_target", f"{label}: indikator {shown} belum punya target. Isi targetnya {_DI_TAB}",
                        Jenis.JABATAN, jabatan_id))
        if tanggal is None and not (tanggal_teks or "").strip():
            out.append(("pk_tanpa_tanggal", f"{label} belum bertanggal: dicetak dengan tanggal kosong untuk diisi "
                                            f"tangan. Isi tanggal penandatanganannya {_DI_TAB}", Jenis.JABATAN, jabatan_id))
        blank = [w for w, n in (("pihak pertama", p1), ("pihak kedua", p2)) if not (n or "").strip()]
        if blank:
            out.append(("pk_tanpa_nama", f"{label}: nama {' dan '.join(blank)} masih kosong, tidak ada nama di bawah "
                                         f"tanda tangan. Isi namanya {_DI_TAB}", Jenis.JABATAN, jabatan_id))
    return out
