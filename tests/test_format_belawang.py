"""The Belawang preset prints exactly what the code of before issue 12 printed (the text
of both PDFs, frozen in tests/fixtures/belawang_cetak_lama.txt)."""

from __future__ import annotations

from app.models.format_dokumen import IKU_BAKU, PRESET, nama_preset
from tests.helpers import FIXTURES
from tests.helpers_cetak import cetak_teks


def test_the_sample_decree_has_the_belawang_preset(sample_store):
    (k,) = sample_store.keputusan_list()
    assert k.format == IKU_BAKU
    assert nama_preset(k.format) == "IKU per jabatan, enam kolom"
    assert PRESET["IKU per jabatan, enam kolom"] is IKU_BAKU


def test_belawang_prints_exactly_what_it_printed_before(sample_store):
    assert cetak_teks(sample_store) == (FIXTURES / "belawang_cetak_lama.txt").read_text(encoding="utf-8")
