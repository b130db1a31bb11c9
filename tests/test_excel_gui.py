"""Berkas → Ekspor ke Excel… and Impor dari Excel… in the window: the export runs in the
background; the preview dialog lists the changed cells; Impor is one undoable step; Batal
writes nothing."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from app.models.schema import Realisasi, using
from app.ui import excel_dialog
from tests.excel_contoh import isi_sakip
from tests.helpers import table_rows


def _edit(out, ident: str, heading: str, value) -> None:
    wb = load_workbook(out)
    ws = wb["Realisasi"]
    col = next(c.column_letter for c in ws[1] if c.value == heading)
    row = next(c.row for c in ws["A"] if c.value == ident)
    ws[f"{col}{row}"] = value
    wb.save(out)


def test_export_preview_import_and_undo_in_the_window(window, qtbot, tmp_path, monkeypatch, sample_path):
    ids = isi_sakip(window.doc.store)
    out = tmp_path / "kasi.xlsx"
    job = excel_dialog.export_file(window, str(out), window.toolbar.periode.id, None, 2019, False)
    qtbot.waitUntil(lambda: out.exists() and "Diekspor" in window.statusBar().currentMessage(), timeout=10000)
    job.wait()
    _edit(out, f"r:{ids['first']}:2019:4", "Realisasi TW", "Rp 1.004.422.800")
    before = table_rows(sample_path, skip=("riwayat",))
    shown = []

    def accept(dialog):
        shown.append([dialog.ubah.item(r, c).text() for r in range(dialog.ubah.rowCount()) for c in range(4)])
        shown.append(dialog.ok.isEnabled())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(excel_dialog.PratinjauDialog, "exec", accept)
    excel_dialog.import_file(window, str(out))
    qtbot.waitUntil(lambda: window.undo_stack.undoText() == "Impor Excel kasi.xlsx", timeout=10000)
    assert len(shown) == 2 and "Diimpor dari kasi.xlsx" in window.statusBar().currentMessage()
    assert shown[0][2:] == ["(kosong)", "1.004.422.800"] and shown[0][0].startswith("Realisasi!") and shown[1]
    assert shown[0][1].endswith(" — 2019 TW IV")  # which row: the item, its year and quarter
    with using(window.doc.store.db):
        assert Realisasi.get(indikator=ids["first"], tahun=2019, triwulan=4).nilai == Decimal("1004422800")
    assert window.undo_stack.undoText() == "Impor Excel kasi.xlsx"
    window.act_undo.trigger()
    assert table_rows(sample_path, skip=("riwayat",)) == before
    window.act_redo.trigger()
    with using(window.doc.store.db):
        assert Realisasi.get(indikator=ids["first"], tahun=2019, triwulan=4).nilai == Decimal("1004422800")


def test_cancel_in_the_preview_writes_nothing(window, qtbot, tmp_path, monkeypatch, sample_path):
    from app.models.excel import ekspor

    ids = isi_sakip(window.doc.store)
    out = tmp_path / "a.xlsx"
    ekspor(window.doc.store, out, tahun=2019)
    _edit(out, f"r:{ids['first']}:2019:4", "Realisasi TW", "abc")
    seen = []

    def cancel(dialog):
        seen.append((dialog.tolak.rowCount(), dialog.tolak.item(0, 1).text(), dialog.ok.isEnabled()))
        seen.append((dialog.tabs.currentIndex(), dialog.kosong.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(excel_dialog.PratinjauDialog, "exec", cancel)
    before = table_rows(sample_path, skip=("riwayat",))
    excel_dialog.import_file(window, str(out))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen[0][0] == 1 and "bukan angka" in seen[0][1] and seen[0][2] is False
    assert seen[1] == (3, "Tidak ada yang dapat diimpor dari buku kerja ini: lihat tab Konflik dan Ditolak.")
    assert table_rows(sample_path, skip=("riwayat",)) == before and not window.undo_stack.canUndo()


def test_unreadable_workbook_shown_as_an_error(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 rusak")
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    excel_dialog.import_file(window, str(bad))
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "bukan buku kerja Excel" in errors[0]


def test_cancelled_export_leaves_no_file(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QProgressDialog

    out = tmp_path / "batal.xlsx"
    job = excel_dialog.export_file(window, str(out), window.toolbar.periode.id, None, None, False)
    progress = [w for w in window.findChildren(QProgressDialog) if w.labelText() == "Mengekspor ke Excel…"][-1]
    progress.cancel()  # before the job reports: its result arrives through the event loop
    qtbot.waitUntil(lambda: "Ekspor dibatalkan" in window.statusBar().currentMessage(), timeout=10000)
    job.wait()
    assert not out.exists() and not list(tmp_path.glob("batal.xlsx*"))


def _write_waiting_for_batal(window, qtbot, monkeypatch, tmp_path, first: bool, sample_path=None):
    """Import an edited workbook, the write held until «Batal» is pressed (``first``: the
    write done before Batal, as when Batal comes too late)."""
    import threading

    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    import app.models.excel as excel
    from app.models.excel import ekspor, pratinjau

    ids = isi_sakip(window.doc.store)
    out = tmp_path / "a.xlsx"
    ekspor(window.doc.store, out, tahun=2019)
    _edit(out, f"r:{ids['first']}:2019:4", "Realisasi TW", 77)
    pr = pratinjau(window.doc.store, out)
    before = table_rows(sample_path, skip=("riwayat",)) if sample_path else None
    real, pressed = excel.terapkan, threading.Event()

    def held(store, pr, berhenti):
        result = real(store, pr, lambda: False) if first else None
        assert pressed.wait(10)
        return result if first else real(store, pr, berhenti)

    monkeypatch.setattr(excel, "terapkan", held)
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    job = excel_dialog.write(window, pr)
    progress = [w for w in window.findChildren(QProgressDialog) if w.labelText() == "Mengimpor…"][-1]
    assert progress.isVisible()  # at once: the window takes nothing else while the import writes
    progress.findChild(QPushButton).click()  # «Batal», as the clerk presses it
    progress.reject()  # then Esc, then the window's close button
    progress.close()
    assert progress.isVisible() and QApplication.activeModalWidget() is progress  # until the write has ended
    assert "Membatalkan" in progress.labelText()
    pressed.set()
    return ids, job, errors, before


def test_batal_while_writing_rolls_the_import_back(window, qtbot, tmp_path, monkeypatch, sample_path):
    _ids, job, errors, before = _write_waiting_for_batal(window, qtbot, monkeypatch, tmp_path, first=False,
                                                         sample_path=sample_path)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    job.wait()
    assert "dibatalkan: tidak ada yang diubah" in errors[0]
    assert not window.undo_stack.canUndo()
    assert table_rows(sample_path, skip=("riwayat",)) == before


def test_batal_too_late_keeps_the_written_import_undoable(window, qtbot, tmp_path, monkeypatch):
    ids, job, errors, _ = _write_waiting_for_batal(window, qtbot, monkeypatch, tmp_path, first=True)
    qtbot.waitUntil(lambda: window.undo_stack.canUndo(), timeout=10000)
    job.wait()
    assert errors == [] and window.undo_stack.undoText() == "Impor Excel a.xlsx"
    with using(window.doc.store.db):
        assert Realisasi.get(indikator=ids["first"], tahun=2019, triwulan=4).nilai == Decimal(77)
    window.act_undo.trigger()
    with using(window.doc.store.db):
        assert not Realisasi.select().where(Realisasi.indikator == ids["first"], Realisasi.tahun == 2019,
                                            Realisasi.triwulan == 4).exists()


def test_the_reading_progress_shows_after_a_moment_not_after_four_seconds(window, qtbot, tmp_path, monkeypatch):
    """(A clerk's trial: Qt shows a busy indicator only after 4 s unless its value is set.)"""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    import app.models.excel as excel

    from app.models.errors import InputTidakValid

    gate = threading.Event()

    def slow(store, path):
        gate.wait(10)
        raise InputTidakValid("dibaca")

    monkeypatch.setattr(excel, "pratinjau", slow)
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    job = excel_dialog.import_file(window, str(tmp_path / "a.xlsx"))
    progress = [w for w in window.findChildren(QProgressDialog) if w.labelText() == "Membaca buku kerja…"][-1]
    assert progress.value() == 0 and progress.minimumDuration() == 300
    qtbot.waitUntil(progress.isVisible, timeout=3000)
    gate.set()
    qtbot.waitUntil(lambda: errors == ["dibaca"] and not progress.isVisible(), timeout=10000)
    job.wait()


def test_undo_and_redo_of_a_large_import_say_so_and_handle_no_events(window, qtbot, tmp_path, monkeypatch, sample_path):
    """(A clerk's trial: Ctrl+Z of a 20,000-cell import froze the window for 7 s without a
    word.) The wait cursor and a status line; done on the GUI thread, with no event handled
    meanwhile (a review: a nested event loop inside an undo let an edit land on the undo
    stack in the wrong place)."""
    import threading

    from PySide6.QtWidgets import QApplication

    import app.models.excel.tulis as tulis
    from app.models.excel import ekspor, pratinjau

    monkeypatch.setattr(excel_dialog.ExcelImporCommand, "BESAR", 1)  # this small import counts as large
    ids = isi_sakip(window.doc.store)
    out = tmp_path / "a.xlsx"
    ekspor(window.doc.store, out, tahun=2019)
    _edit(out, f"r:{ids['first']}:2019:4", "Realisasi TW", 77)
    before = table_rows(sample_path, skip=("riwayat",))
    excel_dialog.write(window, pratinjau(window.doc.store, out)).wait()
    qtbot.waitUntil(window.undo_stack.canUndo, timeout=10000)
    after = table_rows(sample_path, skip=("riwayat",))
    seen = []
    for name in ("batalkan", "ulangi"):
        real = getattr(tulis, name)
        monkeypatch.setattr(tulis, name, lambda store, record, real=real: (seen.append((
            threading.current_thread() is threading.main_thread(), window.statusBar().currentMessage(),
            QApplication.overrideCursor() is not None)), real(store, record))[-1])
    window.act_undo.trigger()
    assert table_rows(sample_path, skip=("riwayat",)) == before and window.undo_stack.index() == 0
    window.act_redo.trigger()
    assert table_rows(sample_path, skip=("riwayat",)) == after and window.undo_stack.index() == 1
    assert seen == [(True, "Mengurungkan impor…", True), (True, "Mengulangi impor…", True)]
    assert QApplication.overrideCursor() is None


def test_file_dialogs_open_where_the_last_file_went(window, qtbot, tmp_path, monkeypatch):
    """(A clerk's trial: the export always offered the home folder and one name; the import
    opened elsewhere.) The export names its workbook by period, jabatan and year; the import
    opens in the folder the export went to."""
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "Kantor #2" / "Data Ümi"
    folder.mkdir(parents=True)
    asked = []

    def save(parent, title, start, filters):
        asked.append(start)
        return str(folder / "kasi.xlsx"), ""

    def choose(d):
        d.jabatan.setCurrentIndex(d.jabatan.findData("KASI PEMERINTAHAN"))
        d.tahun.setCurrentIndex(d.tahun.findData(2019))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(excel_dialog.EksporDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(excel_dialog, "export_file", lambda *a: None)
    excel_dialog.ask_export(window)
    assert asked[0].endswith("kinerja-2018-2022-KASI PEMERINTAHAN-2019.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda parent, title, start, filters: asked.append(start) or ("", ""))
    excel_dialog.ask_import(window)
    assert asked[1] == str(folder)


def test_a_suggested_file_name_holds_nothing_windows_refuses():
    from app.ui.folder import nama_berkas

    assert nama_berkas("kinerja", "2018-2022", 'KASI A/B: "x" <y>?', None, 2024) == "kinerja-2018-2022-KASI A_B_ _x_ _y_-2024"
    assert nama_berkas(" ", "") == "kinerja"


def test_a_read_only_window_writes_no_import(qtbot, tmp_path, settings, monkeypatch):
    """(Review: the import's background write opened the file read-write in a window that
    another user's copy of the app holds.)"""
    from app.models.excel import ekspor, pratinjau
    from app.models.sqlite.lock import Lock
    from app.models.store import Store
    from app.ui.main_window import MainWindow

    path = tmp_path / "a.db"
    with Store.create(path, sample="belawang") as src:
        ids = isi_sakip(src)
        ekspor(src, tmp_path / "a.xlsx", tahun=2019)
        _edit(tmp_path / "a.xlsx", f"r:{ids['first']}:2019:4", "Realisasi TW", 77)
        pr = pratinjau(src, tmp_path / "a.xlsx")
    other = Lock(path, "pengguna lain").acquire()
    store = Store.open(path, read_only=True)
    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    errors = []
    monkeypatch.setattr(w, "show_error", errors.append)
    before = table_rows(path, skip=("riwayat",))
    excel_dialog.write(w, pr).wait()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "dibuka hanya-baca" in errors[0]
    assert table_rows(path, skip=("riwayat",)) == before and not w.undo_stack.canUndo()
    w.close()
    store.close()
    other.release()
