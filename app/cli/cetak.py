"""``kinerja print``: every printed document, to PDF or (``--format docx``) to Word."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..models.errors import KinerjaError
from .base import EXIT_OK, db_arg, resolve_db

if TYPE_CHECKING:
    import argparse


def daftar(sub, parser_class, hanya: str | None = None) -> None:
    """The ``print`` command; ``hanya``: only that document's parser (app.cli._parse)."""
    cetak = sub.add_parser("print", help="cetak ke PDF (atau Word): lampiran, matriks, capaian, sk (seluruh keputusan), "
                                         "lkjip, pk, rencana-aksi, pengukuran")
    jenis = cetak.add_subparsers(dest="dokumen", parser_class=parser_class, required=True)
    for name, help_text in (("lampiran", "lampiran IKU tiap jabatan (Keputusan Camat)"),
                            ("matriks", "matriks Indikator Kinerja Eselon IV"),
                            ("capaian", "laporan capaian untuk satu tahun"),
                            ("sk", "seluruh keputusan: semua lampiran menurut nomornya, lalu matriks, satu PDF"),
                            ("lkjip", "tabel Bab III LKjIP satu tahun: capaian IKU dan realisasi anggaran"),
                            ("rencana-aksi", "rencana aksi satu tahun: target, aksi dan anggaran per triwulan"),
                            ("pengukuran", "pengukuran kinerja satu triwulan: realisasi, capaian, kendala, solusi")):
        if hanya not in (None, name):
            continue
        q = jenis.add_parser(name, help=help_text)
        db_arg(q)
        q.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="berkas PDF (atau .docx) yang ditulis")
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
            q.add_argument("--tanggal", default=None, metavar="TANGGAL",
                           help="tanggal di atas tanda tangan, dicetak seperti diketik (mis. \"01 Nopember 2021\"); "
                                "bawaan: hari ini, atau untuk tahun/triwulan yang sudah lewat tempat dan tanggal kosong "
                                "untuk diisi tangan")
        if name == "pengukuran":
            q.add_argument("--triwulan", type=int, choices=[1, 2, 3, 4], required=True, metavar="N",
                           help="triwulan yang diukur (1-4)")
        if name in ("capaian", "lkjip"):
            q.add_argument("--tahun", type=int, required=True, metavar="YYYY")
        if name == "capaian":
            q.add_argument("--triwulan", type=int, choices=[1, 2, 3, 4], default=4, metavar="N",
                           help="sampai triwulan ke-N (bawaan: 4)")
    if hanya in (None, "pk"):
        _daftar_pk(jenis)
    for q in jenis.choices.values():  # every document, those added elsewhere too
        format_arg(q)


def format_arg(q) -> None:
    """``--format pdf|docx`` on a document's parser (once)."""
    if any("--format" in a.option_strings for a in q._actions):
        return
    q.add_argument("--format", choices=["pdf", "docx"], default=None,
                   help="pdf (bawaan) atau docx (Word, dapat disunting); tanpa ini: docx bila --out berakhiran .docx")


def format_keluaran(args) -> str:
    """The output's format: as given, else by the --out file's suffix; a mismatch refused."""
    suffix = Path(args.out).suffix.lower()
    chosen = getattr(args, "format", None) or ("docx" if suffix == ".docx" else "pdf")
    if suffix in (".pdf", ".docx") and suffix != f".{chosen}":
        raise KinerjaError(f"--format {chosen} tetapi berkas --out berakhiran {suffix}: samakan keduanya "
                           f"(mis. --out {Path(args.out).with_suffix('.' + chosen).name}).")
    return chosen


def _daftar_pk(jenis) -> None:
    """``print pk``: the Perjanjian Kinerja of a year (F4 portrait unless told otherwise)."""
    q = jenis.add_parser("pk", help="Perjanjian Kinerja satu tahun: satu jabatan atau semua jabatan")
    db_arg(q)
    q.add_argument("--tahun", type=int, required=True, metavar="YYYY")
    q.add_argument("--jabatan", default=None, metavar="NAMA", help="hanya PK jabatan ini (bawaan: semua jabatan yang punya PK)")
    q.add_argument("--revisi", type=int, default=None, metavar="N",
                   help="revisi yang dicetak: 0 PK pertama, 1 PK Perubahan… (bawaan: yang terbaru)")
    q.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="berkas PDF yang ditulis")
    q.add_argument("--paper", choices=["a4", "f4"], default=None, help="ukuran kertas (bawaan: yang tersimpan pada PK, f4)")
    q.add_argument("--margin", type=float, default=None, metavar="MM", help="margin halaman dalam mm (bawaan: 25 kiri, 20 lainnya)")
    q.add_argument("--ttd-gambar", type=Path, default=None, metavar="PNG", help="gambar tanda tangan hasil pindai")
    q.add_argument("--cap-gambar", type=Path, default=None, metavar="PNG", help="gambar cap/stempel")
    q.add_argument("--periode", default=None, metavar="YYYY-YYYY",
                   help="periode PK-nya: tahunnya (2021-2026) atau namanya (bawaan: periode terbaru yang memuat tahun itu)")


def _cetak_pk(store, args, periode_id: int, keluaran: str) -> int | None:
    """Gather the PKs, then print them on the paper asked for, else the paper stored on the PK."""
    from ..reports import render
    from ..reports.pk import OPSI_PK

    data = render.gather(store, "pk", args.jabatan, args.tahun, periode_id=periode_id, revisi=args.revisi)
    margins = OPSI_PK.margins_mm if args.margin is None else (args.margin,) * 4
    options = render.Options(paper=args.paper or data[0].kertas, orientation="portrait", margins_mm=margins,
                             ttd_gambar=args.ttd_gambar, cap_gambar=args.cap_gambar, font_size=OPSI_PK.font_size)
    return render.tulis("pk", data, args.out, options, keluaran)


def _tanggal_arg(args):
    """``--tanggal`` read with its spelling (app.models.tanggal), or None; a date that cannot
    be read is refused in Indonesian before the database is opened."""
    text = getattr(args, "tanggal", None)
    if text is None:
        return None
    from ..models.errors import InputTidakValid
    from ..models.tanggal import baca_tanggal

    try:
        return baca_tanggal(text)
    except InputTidakValid as exc:
        raise KinerjaError(f"--tanggal tidak dapat dibaca: {exc.pesan} Tidak ada yang dicetak.") from None


RINGAN = ("sk", "lampiran", "matriks")  # the decree's documents: a short print reads them without the store


def _baca_ringan(path: Path, args, params: dict):
    """The light read of a short print (:func:`app.models.sqlite.light_read.baca_ringan`):
    (period, chosen by default, data, period empty), or None — the file needs the store
    (to migrate, to recover, to say what is wrong), or another document, or one jabatan."""
    if args.dokumen not in RINGAN or getattr(args, "jabatan", None):
        return None
    from ..models.laporan import periode_cetak
    from ..models.sqlite.light_read import baca_ringan
    from ..reports import render

    def baca(reader):
        periode, bawaan = periode_cetak(reader, args.periode, getattr(args, "tahun", None))
        data = render.gather(reader, args.dokumen, **{**params, "periode_id": periode.id})
        return periode, bawaan, data, periode.id not in reader.periode_berisi()

    return baca_ringan(path, baca)


def _baca_store(path: Path, args, params: dict, options, keluaran: str):
    """The full path: open the store (migrating, recovering), gather; a PK is also written here."""
    from ..models.laporan import periode_cetak
    from ..models.store import Store
    from ..reports import render

    pages = data = None
    with Store.open(path) as store:
        periode, bawaan = periode_cetak(store, args.periode, getattr(args, "tahun", None))
        params = {**params, "periode_id": periode.id}
        if args.dokumen == "pk":
            pages = _cetak_pk(store, args, periode.id, keluaran)
        else:
            data = render.gather(store, args.dokumen, **params)
        kosong = periode.id not in store.periode_berisi()
    return periode, bawaan, data, kosong, pages


def cmd_print(args: argparse.Namespace) -> int:
    from ..reports import render

    path = resolve_db(args)
    keluaran = format_keluaran(args)
    if keluaran == "docx":
        from ..reports.word import pembuat_docx

        pembuat_docx(args.dokumen)  # a document without a Word builder is refused before the file is opened
    if args.margin is not None and not 0 <= args.margin <= 60:
        raise KinerjaError("Margin harus antara 0 dan 60 mm.")
    m = 15 if args.margin is None else args.margin
    options = render.Options(paper=args.paper, ttd_gambar=args.ttd_gambar, cap_gambar=args.cap_gambar,
                             margins_mm=(m, m, m, m))
    params = {"jabatan": getattr(args, "jabatan", None), "tahun": getattr(args, "tahun", None),
              "triwulan": getattr(args, "triwulan", 4)}
    tanggal = _tanggal_arg(args)
    if tanggal is not None:
        params["tanggal"] = tanggal
    ringan = _baca_ringan(path, args, params)
    if ringan is not None:
        (periode, bawaan, data, kosong), pages = ringan, None
    else:
        periode, bawaan, data, kosong, pages = _baca_store(path, args, params, options, keluaran)
    if args.dokumen != "pk":
        pages = render.tulis(args.dokumen, data, args.out, options, keluaran)  # the store is closed by now
    how = ""
    if kosong:
        how = (" — periode ini masih kosong (belum ada sasaran, indikator, maupun keputusan): isi dulu di jendela "
               "atau impor dokumennya (kinerja import), atau pilih periode lain dengan --periode")
    elif bawaan:
        which = f"yang memuat tahun {args.tahun} dan " if getattr(args, "tahun", None) else "yang "
        how = f" — periode terbaru {which}berisi data; pilih yang lain dengan --periode"
    print(f"Periode: {periode.nama} ({periode.tahun_awal}–{periode.tahun_akhir}){how}")
    print(f"{args.out}: dokumen Word" if keluaran == "docx" else f"{args.out}: {pages} halaman")
    return EXIT_OK


COMMANDS = {"print": cmd_print}
