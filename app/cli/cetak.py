"""``kinerja print``: every printed document, to PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..models.errors import KinerjaError
from .base import EXIT_OK, db_arg, resolve_db

if TYPE_CHECKING:
    import argparse


def daftar(sub, parser_class) -> None:
    cetak = sub.add_parser("print", help="cetak ke PDF: lampiran, matriks, capaian, sk (seluruh keputusan), "
                                         "rencana-aksi, pengukuran")
    jenis = cetak.add_subparsers(dest="dokumen", parser_class=parser_class, required=True)
    for name, help_text in (("lampiran", "lampiran IKU tiap jabatan (Keputusan Camat)"),
                            ("matriks", "matriks Indikator Kinerja Eselon IV"),
                            ("capaian", "laporan capaian untuk satu tahun"),
                            ("sk", "seluruh keputusan: semua lampiran menurut nomornya, lalu matriks, satu PDF"),
                            ("rencana-aksi", "rencana aksi satu tahun: target, aksi dan anggaran per triwulan"),
                            ("pengukuran", "pengukuran kinerja satu triwulan: realisasi, capaian, kendala, solusi")):
        q = jenis.add_parser(name, help=help_text)
        db_arg(q)
        q.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="berkas PDF yang ditulis")
        q.add_argument("--paper", choices=["a4", "f4"], default="a4", help="ukuran kertas (bawaan: a4)")
        q.add_argument("--margin", type=float, default=15, metavar="MM", help="margin halaman dalam mm (bawaan: 15)")
        q.add_argument("--ttd-gambar", type=Path, default=None, metavar="PNG", help="gambar tanda tangan hasil pindai")
        q.add_argument("--cap-gambar", type=Path, default=None, metavar="PNG", help="gambar cap/stempel")
        q.add_argument("--periode", default=None, metavar="YYYY-YYYY",
                       help="periode yang dicetak: tahunnya (2021-2026) atau namanya (bawaan: periode terbaru yang berisi data)")
        if name == "lampiran":
            q.add_argument("--jabatan", default=None, metavar="NAMA", help="hanya lampiran jabatan ini")
        if name in ("rencana-aksi", "pengukuran"):
            q.add_argument("--tahun", type=int, required=True, metavar="YYYY")
            q.add_argument("--jabatan", default=None, metavar="NAMA", help="hanya jabatan ini (bawaan: semua jabatan)")
        if name == "pengukuran":
            q.add_argument("--triwulan", type=int, choices=[1, 2, 3, 4], required=True, metavar="N",
                           help="triwulan yang diukur (1-4)")
        if name == "capaian":
            q.add_argument("--tahun", type=int, required=True, metavar="YYYY")
            q.add_argument("--triwulan", type=int, choices=[1, 2, 3, 4], default=4, metavar="N",
                           help="sampai triwulan ke-N (bawaan: 4)")


def cmd_print(args: argparse.Namespace) -> int:
    from ..models.laporan import periode_cetak
    from ..models.store import Store
    from ..reports import render

    path = resolve_db(args)
    if not 0 <= args.margin <= 60:
        raise KinerjaError("Margin harus antara 0 dan 60 mm.")
    m = args.margin
    options = render.Options(paper=args.paper, ttd_gambar=args.ttd_gambar, cap_gambar=args.cap_gambar,
                             margins_mm=(m, m, m, m))
    with Store.open(path) as store:
        periode, bawaan = periode_cetak(store, args.periode, getattr(args, "tahun", None))
        params = {"jabatan": getattr(args, "jabatan", None), "tahun": getattr(args, "tahun", None),
                  "triwulan": getattr(args, "triwulan", 4), "periode_id": periode.id}
        pages = render.print_to_file(store, args.dokumen, args.out, options, **params)
    how = ""
    if bawaan:
        which = f"yang memuat tahun {args.tahun} dan " if getattr(args, "tahun", None) else "yang "
        how = f" — periode terbaru {which}berisi data; pilih yang lain dengan --periode"
    print(f"Periode: {periode.nama} ({periode.tahun_awal}–{periode.tahun_akhir}){how}")
    print(f"{args.out}: {pages} halaman")
    return EXIT_OK


COMMANDS = {"print": cmd_print}
