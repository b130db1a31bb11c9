"""One entry point for every printed document, used by the command line and the GUI:
gather the data from the store, then build the PDF (atomically: a failed or cancelled job
leaves no half-written file under the requested name)."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from pathlib import Path
from typing import Callable

from ..models.errors import KinerjaError, alasan_os
from ..models.laporan import data_capaian, data_lampiran, data_matriks, data_sk
from .common import Options

DOCUMENTS = ("lampiran", "matriks", "capaian", "sk", "lkjip", "pk", "rencana-aksi", "pengukuran")


def gather(store, dokumen: str, jabatan: str | None = None, tahun: int | None = None, triwulan: int = 4,
           periode_id: int | None = None, revisi: int | None = None, tanggal=None):
    """The plain data of one document (reads the store; call it on the store's thread).
    ``revisi``: which revision of a PK (None: the latest). ``tanggal``: the signing date of a
    rencana aksi or measurement (a date or :class:`app.models.tanggal.Tanggal`; None: the
    rule of :func:`app.models.laporan_aksi.tanggal_ttd`)."""
    if dokumen == "lampiran":
        return data_lampiran(store, periode_id, jabatan)
    if dokumen == "matriks":
        return data_matriks(store, periode_id)
    if dokumen == "sk":
        return data_sk(store, periode_id)
    if dokumen == "capaian":
        if tahun is None:
            raise KinerjaError("Sebutkan tahunnya (--tahun YYYY).")
        return data_capaian(store, tahun, triwulan, periode_id)
    if dokumen == "lkjip":
        from ..models.laporan_lkjip import data_lkjip

        if tahun is None:
            raise KinerjaError("Sebutkan tahunnya (--tahun YYYY).")
        return data_lkjip(store, tahun, periode_id)
    if dokumen == "pk":
        if tahun is None:
            raise KinerjaError("Sebutkan tahun Perjanjian Kinerjanya (--tahun YYYY).")
        from ..models.laporan_pk import data_pk

        return data_pk(store, tahun, jabatan, periode_id, revisi)
    if dokumen in ("rencana-aksi", "pengukuran"):
        return _gather_aksi(store, dokumen, jabatan, tahun, triwulan, periode_id, tanggal)
    raise KinerjaError(f"Dokumen «{dokumen}» tidak dikenal; pilih salah satu: {', '.join(DOCUMENTS)}.")


def _gather_aksi(store, dokumen: str, jabatan: str | None, tahun: int | None, triwulan: int, periode_id: int | None,
                 tanggal=None):
    """The rencana aksi or the quarterly measurement (app.models.laporan_aksi)."""
    from ..models.laporan_aksi import data_pengukuran, data_rencana_aksi

    if tahun is None:
        raise KinerjaError("Sebutkan tahunnya (--tahun YYYY).")
    if dokumen == "rencana-aksi":
        return data_rencana_aksi(store, tahun, jabatan, periode_id, tanggal)
    return data_pengukuran(store, tahun, triwulan, jabatan, periode_id, tanggal)


def build(dokumen: str, data, out, options: Options, progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> int:
    """Build from gathered data (no store access: safe off the GUI thread). Returns pages."""
    if dokumen == "lampiran":
        from .lampiran import build_lampiran as builder
    elif dokumen == "matriks":
        from .matriks import build_matriks as builder
    elif dokumen == "sk":
        from .sk import build_sk as builder
    elif dokumen == "lkjip":
        from .lkjip import build_lkjip as builder
    elif dokumen == "pk":
        from .pk import OPSI_PK, build_pk as builder

        options = replace(options, font_size=OPSI_PK.font_size)  # a letter's type size, whatever the paper
    elif dokumen == "rencana-aksi":
        from .rencana_aksi import build_rencana_aksi as builder
    elif dokumen == "pengukuran":
        from .pengukuran import build_pengukuran as builder
    else:
        from .capaian_report import build_capaian as builder
    return builder(out, data, options, progress, cancelled)


def build_bytes(dokumen: str, data, options: Options, progress=None, cancelled=None) -> tuple[bytes, int]:
    buf = io.BytesIO()
    pages = build(dokumen, data, buf, options, progress, cancelled)
    return buf.getvalue(), pages


def write_atomically(path: Path, content: bytes, jenis: str = "PDF") -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.sementara")
    try:
        with open(tmp, "wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise KinerjaError(f"{jenis} tidak dapat ditulis ke {path}: {alasan_os(exc)}.") from exc


def tulis(dokumen: str, data, out: Path, options: Options = Options(), keluaran: str = "pdf") -> int | None:
    """Build gathered data and write it atomically: a PDF (its pages returned) or, with
    ``keluaran="docx"``, a Word file (:mod:`app.reports.word`; None)."""
    if keluaran == "docx":
        from .word import pembuat_docx

        write_atomically(out, pembuat_docx(dokumen)(data, options), "Berkas Word")
        return None
    content, pages = build_bytes(dokumen, data, options)
    write_atomically(out, content)
    return pages


def print_to_file(store, dokumen: str, out: Path, options: Options = Options(), **params) -> int:
    return tulis(dokumen, gather(store, dokumen, **params), out, options)


def print_docx(store, dokumen: str, out: Path, options: Options = Options(), **params) -> None:
    """The document as a Word file, written atomically; a document without a Word builder is
    refused before anything is read."""
    from .word import pembuat_docx

    pembuat_docx(dokumen)
    tulis(dokumen, gather(store, dokumen, **params), out, options, "docx")
