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
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow

    app = make_application()
    args.out.mkdir(parents=True, exist_ok=True)
    store = Store.create(Path(tempfile.mkdtemp()) / "belawang.db", sample="belawang")
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    periode = store.periode_list()[0]
    jabatan = store.jabatan_all(periode.id)
    shots = [
        ("01-jabatan-kasi-pemerintahan", "jabatan", jabatan[4].id),
        ("02-sasaran-kasubbag-pengadaan", "sasaran", jabatan[2].sasaran[3].id),
        ("03-indikator-poskamling", "indikator", jabatan[7].sasaran[0].indikator[1].id),
        ("04-indikator-tanpa-nama", "indikator", jabatan[1].sasaran[0].indikator[1].id),
    ]
    suffix = f"@{args.scale}x" if args.scale else ""
    for name, kind, item_id in shots:
        window.select_item(kind, item_id)
        app.processEvents()
        path = args.out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)
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
