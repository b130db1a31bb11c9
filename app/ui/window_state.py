"""What the window keeps between sessions in ``kinerja-tampilan.ini`` (beside the data
file; nothing about the data): its geometry and layout, the last period, year and item,
and the settings of this PC that Pengaturan sets. Every key is named here only."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGE = "bahasa"
OPERATOR = "operator"
BACKUPS_KEPT = "cadangan/simpan"
DEFAULT_BACKUPS_KEPT = 10
PERIOD, YEAR, KIND, ITEM = "pilihan/periode", "pilihan/tahun", "pilihan/jenis", "pilihan/id"
_LAYOUT = (("jendela/pembagi", "splitter"), ("jendela/pembagi_mutu", "vsplitter"))


def saved_int(settings: QSettings | None, key: str) -> int | None:
    value = settings.value(key) if settings is not None else None
    return int(value) if value is not None else None


def backups_kept(settings: QSettings | None) -> int:
    """How many automatic backups to keep, as Pengaturan set it — read when needed, so a
    change takes effect at once."""
    kept = saved_int(settings, BACKUPS_KEPT)
    return DEFAULT_BACKUPS_KEPT if kept is None else kept


def operator(settings: QSettings | None) -> str:
    return str(settings.value(OPERATOR, "") or "") if settings is not None else ""


def restore_layout(window, settings: QSettings | None) -> None:
    """Geometry, docks and splitters of the last session (before the window shows)."""
    if settings is None:
        return
    geometry = settings.value("jendela/geometri")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = settings.value("jendela/keadaan")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    for key, name in _LAYOUT:
        split = settings.value(key)
        if isinstance(split, QByteArray):
            getattr(window, name).restoreState(split)
    window.act_quality.setChecked(str(settings.value("jendela/mutu", "true")).lower() != "false")


def last_choice(settings: QSettings | None) -> tuple[str, int] | None:
    """The item of the last session, if any."""
    if settings is None:
        return None
    kind, item = settings.value(KIND), saved_int(settings, ITEM)
    return (str(kind), item) if kind and item is not None else None


def save(window, settings: QSettings | None, chosen: tuple[str, int] | None) -> None:
    if settings is None:
        return
    settings.setValue("jendela/geometri", window.saveGeometry())
    settings.setValue("jendela/keadaan", window.saveState())
    for key, name in _LAYOUT:
        settings.setValue(key, getattr(window, name).saveState())
    settings.setValue("jendela/mutu", window.act_quality.isChecked())
    settings.setValue(PERIOD, window.periode_combo.currentData())
    settings.setValue(YEAR, window.tahun_combo.currentData())
    if chosen is not None:
        settings.setValue(KIND, chosen[0])
        settings.setValue(ITEM, chosen[1])
    settings.sync()
