"""Word (.docx) export of the printed documents (issue 14), with python-docx: from the same
gathered data as the PDF builders (:func:`app.reports.render.gather`), the same content and
order. No Qt here; python-docx is imported only when a Word file is made (``print sk`` to PDF
stays lean)."""

from __future__ import annotations

from importlib import import_module
from typing import Callable

from ...models.errors import KinerjaError

# document name → (module of this package, builder(data, options) -> bytes)
BUILDERS = {
    "lampiran": ("keputusan", "docx_lampiran"),
    "matriks": ("keputusan", "docx_matriks"),
    "sk": ("keputusan", "docx_sk"),
    "capaian": ("capaian", "docx_capaian"),
    "pk": ("sakip", "docx_pk"),
    "rencana-aksi": ("aksi", "docx_rencana_aksi"),
    "pengukuran": ("aksi", "docx_pengukuran"),
    "lkjip": ("sakip", "docx_lkjip"),
}


def pembuat_docx(dokumen: str) -> Callable:
    """The Word builder of a document; a document without one is refused in Indonesian."""
    if dokumen not in BUILDERS:
        ada = ", ".join(BUILDERS)
        raise KinerjaError(f"Dokumen «{dokumen}» belum dapat disimpan sebagai Word (.docx); cetak ke PDF saja "
                           f"(--format pdf). Yang dapat disimpan sebagai Word: {ada}.")
    module, name = BUILDERS[dokumen]
    return getattr(import_module(f"{__name__}.{module}"), name)


def build_docx(dokumen: str, data, options) -> bytes:
    """The .docx file's bytes of a document from its gathered data."""
    return pembuat_docx(dokumen)(data, options)
