"""The peewee schema: the tables as they are at the latest schema version.

Nothing here imports Qt. Rows never leave the store: store operations turn them into the
frozen dataclasses of :mod:`app.models.data`.

How the two documents of the reference share one set of rows
-------------------------------------------------------------
The decree's lampiran (one page per jabatan) and the "Indikator Kinerja Eselon IV" matrix
describe the same objectives and indicators, but word some of them differently and the
matrix has indicators that no lampiran has. One :class:`Sasaran` / :class:`Indikator` row
stands for one real objective / indicator; its ``nama`` is the wording of the lampiran.
Where the matrix words it differently, ``nama_matriks`` holds the matrix wording (NULL: the
same). ``di_lampiran`` / ``di_matriks`` say in which document the indicator is printed.
The matrix's own columns (``formulasi``, its ``sumber_data_matriks``, the yearly targets)
live on the same row, so an edit of a target is seen by both documents.
"""


from __future__ import annotations

from ..engine import SCHEMA_VERSION  # noqa: F401 - part of this API
from .base import JENIS, POLARITAS, Base, DesimalField, ThreadDatabase, database, desimal, using  # noqa: F401
from .inti import (MODELS_INTI, Fungsi, Indikator, Jabatan, Kategori, Kecamatan, Keputusan, Lampiran,  # noqa: F401
                   Pegawai, Pengaturan, Penjelasan, Periode, Realisasi, Riwayat, Sasaran, Target)
from .sakip import (SAKIP_MODELS, AnggaranPK, Bukti, Pagu, PerjanjianKinerja, Program, RealisasiAnggaran,  # noqa: F401
                    RencanaAksi, TargetPK)

MODELS = [*MODELS_INTI, *SAKIP_MODELS]
