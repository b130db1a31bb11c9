"""Periods: created with any years, re-dated, renamed, deleted and brought back (issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models.errors import InputTidakValid
from app.models.kinds import Jenis
from app.models.store import Store


def _snapshot(store: Store) -> dict:
    return {k: v for k, v in store.counts().items() if k != "riwayat"}


def test_an_empty_file_gets_the_years_asked_for(tmp_path):
    with Store.create(tmp_path / "a.db", periode=(2021, 2026)) as store:
        (p,) = store.periode_list()
        assert (p.nama, p.tahun_awal, p.tahun_akhir, p.matriks_tahun) == ("2021-2026", 2021, 2026, "TAHUN 2021-2026")
    with pytest.raises(InputTidakValid, match="sebelum"):
        Store.create(tmp_path / "b.db", periode=(2026, 2021))
    assert not (tmp_path / "b.db").exists()


@pytest.mark.parametrize("awal, akhir, pesan", [
    (2026, 2021, "sebelum"), (1899, 1903, "1900 dan 2100"), (2099, 2101, "1900 dan 2100"),
    ("dua ribu", 2026, "tahun empat angka"), (2021.0, 2026, "tahun empat angka"), (True, 2026, "tahun empat angka"),
    (2000, 2030, "terlalu panjang"),
])
def test_bad_years_are_refused_and_change_nothing(sample_store, awal, akhir, pesan):
    before = (sample_store.periode_list(), _snapshot(sample_store))
    with pytest.raises(InputTidakValid, match=pesan):
        sample_store.ubah_periode(1, tahun_awal=awal, tahun_akhir=akhir)
    with pytest.raises(InputTidakValid, match=pesan):
        sample_store.tambah_periode(awal, akhir)
    assert (sample_store.periode_list(), _snapshot(sample_store)) == before


def test_period_text_is_read_the_ways_offices_write_it():
    from app.models.periode_ops import baca_periode

    for teks in ("2021-2026", "2021–2026", " 2021 - 2026 ", "2021/2026", "2021 s.d. 2026"):
        assert baca_periode(teks) == (2021, 2026)
    for teks in ("2021", "abc", "2021-20xx", ""):
        with pytest.raises(InputTidakValid, match="misalnya 2021"):
            baca_periode(teks)


def test_redate_an_empty_period_and_undo(sample_store):
    pid = sample_store.tambah_periode(2026, 2030).item_id
    ch = sample_store.ubah_periode(pid, tahun_awal=2021, tahun_akhir=2026)
    p = sample_store.periode(pid)
    # the automatic name and matrix year line follow the years
    assert (p.nama, p.tahun, p.matriks_tahun) == ("2021-2026", tuple(range(2021, 2027)), "TAHUN 2021-2026")
    assert ch.tree and ch.numbers and {"tahun_awal", "tahun_akhir", "nama"} <= ch.fields
    sample_store.ubah_periode(pid, terima_tersembunyi=True, **ch.undo)
    p = sample_store.periode(pid)
    assert (p.nama, p.tahun_awal, p.tahun_akhir, p.matriks_tahun) == ("2026-2030", 2026, 2030, "TAHUN 2026-2030")
    log = [(r.aksi, r.kolom) for r in sample_store.riwayat(jenis="periode")]
    assert ("ubah", "tahun_awal") in log and ("ubah", "tahun_akhir") in log


def test_a_shrink_that_would_hide_data_asks_first_and_never_deletes(sample_store):
    p = sample_store.periode(1)
    assert (p.tahun_awal, p.tahun_akhir) == (2018, 2022)
    hidden = sample_store.periode_tersembunyi(1, 2018, 2020)
    assert hidden["tahun"] == [2021, 2022] and hidden["target"] > 0
    before = _snapshot(sample_store)
    with pytest.raises(InputTidakValid, match="tetap disimpan"):
        sample_store.ubah_periode(1, tahun_awal=2018, tahun_akhir=2020)
    assert sample_store.periode(1) == p
    ch = sample_store.ubah_periode(1, tahun_akhir=2020, terima_tersembunyi=True)
    assert sample_store.periode(1).tahun == (2018, 2019, 2020)
    assert _snapshot(sample_store) == before  # the targets of 2021-2022 are kept
    # The sample's own name ("2018-2022") follows; its matrix line "TAHUN 2017-2022" is as printed and stays.
    assert sample_store.periode(1).nama == "2018-2020"
    assert sample_store.periode(1).matriks_tahun == p.matriks_tahun
    sample_store.ubah_periode(1, terima_tersembunyi=True, **ch.undo)
    assert sample_store.periode(1) == p
    # growing never hides anything
    assert sample_store.periode_tersembunyi(1, 2015, 2025) == {}


def test_rename_checks_the_name(sample_store):
    other = sample_store.tambah_periode(2023, 2026).item_id
    ch = sample_store.ubah_periode(other, nama="Renstra 2023-2026")
    assert sample_store.periode(other).nama == "Renstra 2023-2026" and ch.fields == {"nama"} and ch.tree
    for bad, pesan in (("", "tidak boleh kosong"), ("  2018-2022 ", "sudah ada"), ("RENSTRA 2023-2026", None)):
        if pesan is None:  # its own name in another case: allowed
            sample_store.ubah_periode(other, nama=bad)
            continue
        with pytest.raises(InputTidakValid, match=pesan):
            sample_store.ubah_periode(other, nama=bad)
    # a name given explicitly is kept when the years change
    sample_store.ubah_periode(other, nama="Renstra", tahun_akhir=2027)
    assert sample_store.periode(other).nama == "Renstra"


def test_periods_may_overlap(sample_store):
    pid = sample_store.tambah_periode(2022, 2026).item_id  # 2022 is also in 2018-2022
    assert sample_store.periode(pid).tahun_awal == 2022


def test_delete_a_period_and_bring_it_all_back(sample_store):
    before = _snapshot(sample_store)
    isi = sample_store.isi_periode(1)
    assert isi == {"jabatan": 7, "sasaran": before["sasaran"], "indikator": before["indikator"],
                   "target": before["target"], "realisasi": before["realisasi"], "keputusan": 1,
                   "lampiran": before["lampiran"]}
    with pytest.raises(InputTidakValid, match="Periode terakhir"):
        sample_store.hapus_periode(1)
    assert _snapshot(sample_store) == before
    sample_store.tambah_periode(2023, 2027)
    ind = sample_store.jabatan_all(1)[1].sasaran[0].indikator[0]
    sample_store.set_realisasi(ind.id, 2019, 2, Decimal("7"))
    before = _snapshot(sample_store)
    ch = sample_store.hapus_periode(1)
    assert (Jenis.PERIODE, 1) in ch.deleted and ch.tree and ch.numbers
    after = _snapshot(sample_store)
    assert after["sasaran"] == after["indikator"] == after["target"] == after["keputusan"] == 0
    assert after["jabatan"] == before["jabatan"]  # the jabatan are the kecamatan's, not the period's
    sample_store.restore(ch.undo)
    assert _snapshot(sample_store) == before
    assert sample_store.jabatan_all(1)[1].sasaran[0].indikator[0].realisasi[0].nilai == Decimal("7")
    # in the history, and brought back from there too
    sample_store.hapus_periode(1)
    (row,) = [r for r in sample_store.riwayat(jenis="periode", aksi="hapus")][:1]
    assert row.dapat_dipulihkan
    sample_store.restore_from_history(row.id)
    assert _snapshot(sample_store) == before


# ---------------------------------------------------------------------------- the window


def _add_empty_period(path, nama: str) -> int:
    """A newer, empty period 2026-2030, put in with plain SQL (as any version of the file
    may hold it)."""
    import sqlite3

    con = sqlite3.connect(path)
    with con:
        cur = con.execute("INSERT INTO periode (nama, tahun_awal, tahun_akhir, matriks_judul, matriks_tahun) "
                          "VALUES (?, 2026, 2030, '', '')", (nama,))
    con.close()
    return cur.lastrowid


@pytest.fixture
def sample_with_empty_newest(sample_path):
    return sample_path, _add_empty_period(sample_path, "2026-2030")


def test_the_window_opens_on_the_newest_period_with_data(qtbot, sample_with_empty_newest, settings):
    from app.models.sqlite.light_read import light_read
    from app.ui.main_window import MainWindow

    path, empty_id = sample_with_empty_newest
    # the start-up's light read (fresh settings: no saved choice)
    preview = light_read(path)
    assert [p.nama for p in preview.periods] == ["2018-2022", "2026-2030"] and preview.periode_id == 1
    with Store.open(path) as store:
        assert store.periode_pembuka() == 1 and store.periode_pembuka(empty_id) == empty_id
        w = MainWindow(store, settings)  # the store opened first (first run, migration)
        qtbot.addWidget(w)
        assert w.periode_combo.currentText() == "2018-2022"
        w.close()
        # the saved choice in the ini still wins
        settings.setValue("pilihan/periode", empty_id)
        assert light_read(path, empty_id).periode_id == empty_id
        w = MainWindow(store, settings)
        qtbot.addWidget(w)
        assert w.periode_combo.currentText() == "2026-2030"
        w.close()


def test_periods_redated_and_deleted_in_the_window_and_undone(window, sample_store, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from app.ui.window_structure import EditPeriodDialog

    asked: list[str] = []
    monkeypatch.setattr(window, "confirm", lambda title, text: (asked.append(text), True)[1])

    def answer(self):
        self.akhir.setValue(2020)
        self.nama.setText("Renstra lama")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EditPeriodDialog, "exec", answer)
    before = _snapshot(sample_store)
    window.act_edit_period.trigger()
    assert "Tahun 2021, 2022 berisi" in asked[-1] and "tetap disimpan" in asked[-1]
    p = sample_store.periode(1)
    assert (p.nama, p.tahun_akhir) == ("Renstra lama", 2020)
    assert window.periode_combo.currentText() == "Renstra lama"
    assert [window.tahun_combo.itemText(i) for i in range(window.tahun_combo.count())] == ["2018", "2019", "2020"]
    assert _snapshot(sample_store) == before
    window.act_undo.trigger()
    assert (sample_store.periode(1).nama, sample_store.periode(1).tahun_akhir) == ("2018-2022", 2022)
    assert window.tahun_combo.count() == 5 and window.periode_combo.currentText() == "2018-2022"

    # the last period cannot go; with another one it can, and undo brings everything back
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    window.act_delete_period.trigger()
    assert "Periode terakhir" in errors[-1] and _snapshot(sample_store) == before
    sample_store.tambah_periode(2023, 2027)
    window.fill_periods(select=1)
    before = _snapshot(sample_store)
    window.act_delete_period.trigger()
    assert "15 sasaran (dari 7 jabatan), 27 indikator" in asked[-1] and "1 keputusan dengan 7 lampiran" in asked[-1]
    assert [p.nama for p in sample_store.periode_list()] == ["2023-2027"]
    assert window.periode_combo.currentText() == "2023-2027" and window.kind == "ringkasan"
    assert window.undo_stack.undoText() == "Hapus periode «2018-2022»"
    window.act_undo.trigger()
    assert _snapshot(sample_store) == before
    assert [window.periode_combo.itemText(i) for i in range(window.periode_combo.count())] == ["2018-2022", "2023-2027"]
    assert [(r.aksi, r.jenis) for r in sample_store.riwayat()[:2]] == [("pulihkan", "periode"), ("hapus", "periode")]


def test_the_welcome_screen_asks_the_years_of_an_empty_kecamatan(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from app.ui import application

    def empty_2021(self):
        self.awal.setValue(2021)
        self.akhir.setValue(2026)
        self._done(self.EMPTY)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(application.WelcomeDialog, "exec", empty_2021)
    with application.open_store(tmp_path / "baru.db") as store:
        assert [(p.nama, p.tahun_awal, p.tahun_akhir) for p in store.periode_list()] == [("2021-2026", 2021, 2026)]
    dialog = application.WelcomeDialog(tmp_path / "x.db")
    qtbot.addWidget(dialog)
    dialog.awal.setValue(2020)
    dialog.akhir.setValue(2024)
    assert dialog.periode == (2020, 2024)
    dialog.awal.setValue(2030)  # the end follows: never before the start
    assert dialog.periode == (2030, 2030)
    dialog.akhir.setValue(2025)
    assert dialog.periode == (2025, 2025)
