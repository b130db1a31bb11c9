"""Render the main window on the Belawang sample to PNG files, to look at what a user sees.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR] [--scale 1.5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--scale", default=None, help="display scaling, e.g. 1.5")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale

    from app.models.store import Store
    from app.ui.application import install_translations, make_application
    from app.ui.main_window import MainWindow

    app = make_application()
    install_translations(app, "id")
    args.out.mkdir(parents=True, exist_ok=True)
    store = Store.create(Path(tempfile.mkdtemp()) / "belawang.db", sample="belawang")
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    periode = store.periode_list()[0]
    jabatan = store.jabatan_all(periode.id)
    # a year of realisasi so that capaian, bands and charts have something to show
    from decimal import Decimal

    for j in jabatan:
        for s in j.sasaran:
            for n, ind in enumerate(s.indikator):
                target = ind.target_tahun(2018)
                if target and target.nilai:
                    for q in (1, 2, 3, 4):
                        part = target.nilai * Decimal(55 + 10 * q + 7 * n) / 100
                        value = part / 4 if ind.jenis == "jumlah" else part
                        store.set_realisasi(ind.id, 2018, q, nilai=value.quantize(Decimal("0.1")))
    window.rebuild_tree()
    poskamling = jabatan[7].sasaran[0].indikator[1].id
    shots = [
        ("00-ringkasan", "ringkasan", 0, None),
        ("01-jabatan-kasi-pemerintahan", "jabatan", jabatan[4].id, 0),
        ("02-jabatan-grafik-kesra", "jabatan", jabatan[6].id, 1),
        ("03-sasaran-kasubbag-pengadaan", "sasaran", jabatan[2].sasaran[3].id, None),
        ("04-indikator-poskamling-data", "indikator", poskamling, 0),
        ("05-indikator-penjelasan", "indikator", poskamling, 1),
        ("06-indikator-target-realisasi", "indikator", poskamling, 2),
        ("07-indikator-grafik", "indikator", poskamling, 3),
        ("08-indikator-tanpa-nama", "indikator", jabatan[1].sasaran[0].indikator[1].id, 0),
        ("09-kecamatan-pegawai", "kecamatan", 0, None),
        ("10-keputusan-matriks", "dokumen", 0, None),
    ]
    suffix = f"@{args.scale}x" if args.scale else ""
    for name, kind, item_id, tab in shots:
        window.select_item(kind, item_id)
        editor = window.editors[kind]
        if tab is not None and hasattr(editor, "tabs"):
            editor.tabs.setCurrentIndex(tab)
        app.processEvents()
        if kind == "ringkasan":  # computed in the background
            editor.background.wait()
            for _ in range(50):
                app.processEvents()
        path = args.out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)
    preview = window.open_print("lampiran", {}, modal=False)
    preview.resize(1100, 760)
    preview.show()
    import time

    while preview.pages == 0:
        app.processEvents()
    end = time.monotonic() + 1.5  # QPdfView renders its pages in a thread of its own
    while time.monotonic() < end:
        app.processEvents()
    path = args.out / f"11-pratinjau-cetak{suffix}.png"
    preview.grab().save(str(path))
    print(path)
    preview.close()
    window.search.setText("paskibra")
    app.processEvents()
    path = args.out / f"05-cari-paskibra{suffix}.png"
    window.grab().save(str(path))
    print(path)
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
