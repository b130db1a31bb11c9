"""Store reads of the LKjIP (mixed into :class:`app.models.store.Store`): which year the
chapter III tables are printed for by default."""

from __future__ import annotations

import peewee as pw

from .schema import Indikator, Periode, Realisasi, Sasaran


class LkjipOps:
    """Mixed into :class:`app.models.store.Store` (needs ``_read``)."""

    def tahun_realisasi_terakhir(self, periode_id: int) -> int | None:
        """The last year of the period with a realisasi of any of its indicators (a value
        or a numerator); None when it has none."""
        with self._read():
            p = Periode.get_or_none(Periode.id == periode_id)
            if p is None:
                return None
            return (Realisasi.select(pw.fn.MAX(Realisasi.tahun))
                    .join(Indikator).join(Sasaran)
                    .where(Sasaran.periode == periode_id, Realisasi.tahun.between(p.tahun_awal, p.tahun_akhir),
                           Realisasi.nilai.is_null(False) | Realisasi.pembilang.is_null(False))
                    .scalar())
