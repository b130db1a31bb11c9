"""`kinerja print sk` imports only what printing needs (issue 12: the whole decree in one
process, fast): not the importer, not Qt, not peewee nor the store (a sound, current file
is read lightly), not the Excel, Word or SAKIP modules, not xml.sax (whose import pulls urllib.request, http.client, ssl and email)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from app.reports.common import esc

ROOT = Path(__file__).resolve().parents[1]
NOT_NEEDED = ("urllib.request", "http.client", "ssl", "xml.sax", "playhouse.migrate", "app.models.impor", "docx",
              "PySide6", "hypothesis", "app.ui",
              # a sound, current file is read without the store (app.models.baca_cetak):
              "peewee", "app.models.store", "app.models.schema", "app.models.reads", "app.models.sakip_data",
              "app.models.excel", "openpyxl", "app.models.periode_ops",
              # the capaian rules (the capaian report's, the dashboard's): a decree prints no capaian
              "app.models.capaian", "app.models.sakip", "app.models.laporan_capaian",
              # the window's list rows (app.models.data_jendela)
              "app.models.data_jendela")

CHILD = """
import sys
from app.cli import main
code = main(["--db", sys.argv[1], "print", "sk", "--out", sys.argv[2]])
print(" ".join(sorted(sys.modules)))
sys.exit(code)
"""


def test_print_sk_imports_only_what_it_needs(sample_path, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", CHILD, str(sample_path), str(tmp_path / "sk.pdf")], env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    loaded = set(r.stdout.split())
    assert "reportlab.platypus" in loaded  # it did print
    assert sorted(m for m in loaded if any(m == n or m.startswith(n + ".") for n in NOT_NEEDED)) == []


@pytest.mark.parametrize("text", ["a & b < c > d", "&amp; <b>x</b>", "baris 1\nbaris 2 & <3>", "", "➢ 100 %"])
def test_escaping_is_what_saxutils_did(text):
    assert esc(text) == escape(text).replace("\n", "<br/>")
    assert esc(None) == ""


def test_print_reads_two_font_faces_only(sample_store, monkeypatch):
    """Reading a TrueType face is a large part of a short print: the oblique face, which
    no document uses, is not read."""
    import io

    from reportlab.pdfbase import ttfonts

    from app.models.laporan import data_sk
    from app.reports import common
    from app.reports.sk import build_sk

    read = []
    real = ttfonts.TTFontFace.__init__

    def counting(self, filename, *a, **kw):
        read.append(Path(filename).name)
        real(self, filename, *a, **kw)

    monkeypatch.setattr(ttfonts.TTFontFace, "__init__", counting)
    monkeypatch.setattr(common, "_registered", False)
    build_sk(io.BytesIO(), data_sk(sample_store), common.Options())
    assert sorted(read) == ["DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed.ttf"]


def test_capaian_classes_still_offered_by_laporan():
    """The capaian report's classes live in app.models.laporan_capaian (a decree's print
    makes none of them) and are still importable from app.models.laporan."""
    from app.models import laporan, laporan_capaian
    from app.models.laporan import BagianCapaian, BarisCapaian, CetakCapaian

    assert (BarisCapaian, BagianCapaian, CetakCapaian) == (
        laporan_capaian.BarisCapaian, laporan_capaian.BagianCapaian, laporan_capaian.CetakCapaian)
    with pytest.raises(AttributeError):
        laporan.TidakAda  # noqa: B018 - a name neither module has


def test_window_rows_still_offered_by_data():
    """JabatanRingkas and RiwayatData live in app.models.data_jendela (no print makes them)
    and are still importable from app.models.data."""
    from app.models import data, data_jendela
    from app.models.data import JabatanRingkas, RiwayatData

    assert (JabatanRingkas, RiwayatData) == (data_jendela.JabatanRingkas, data_jendela.RiwayatData)
    with pytest.raises(AttributeError):
        data.TidakAda  # noqa: B018 - a name neither module has
