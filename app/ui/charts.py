"""Charts (QtCharts). They draw numbers that :mod:`app.models.capaian` computed; they
compute nothing of their own. Each can be saved as PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPainter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..models import display
from ..models.capaian import hitung, hitung_triwulan, realisasi_triwulan
from ..models.data import IndikatorData, JabatanData, PeriodeData
from ..models.rules import Band, dalam_batas, rollup
from .teks import escape, literal

NA_COLOUR = "#9e9e9e"
LABEL_CHARS = 26  # a category label wraps into lines of about this many characters


def _f(value) -> float:
    """The height of a bar: blank, and a stored value beyond the range (see rules.dalam_batas:
    NaN, 10^30) draw nothing, so one such value cannot flatten or break the whole chart."""
    return float(value) if value is not None and dalam_batas(value) else 0.0


def _chart(title: str) -> QChart:
    """A chart titled ``title`` (plain text: QtCharts reads titles and labels as HTML, so
    every text put on a chart is escaped)."""
    chart = QChart()
    chart.setTitle(escape(title))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5, 5 × 10^n) that covers ``top`` in about ``ticks`` steps."""
    import math

    raw = max(top, 1e-9) / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def _value_axis(values: list[float], integer: bool = False, title: str = "", at_least: float = 0.0) -> QValueAxis:
    """An axis from 0 with round ticks; counts get whole-number ticks only."""
    import math

    axis = QValueAxis()
    top = max([v for v in values if v is not None] + [at_least, 0.0])
    if top <= 0:
        top = 1.0 if integer else 100.0
    step = _nice_step(top)
    if integer:
        step = max(1.0, math.ceil(step))
    end = math.ceil(top / step) * step
    if end < top * 1.02 and not integer:
        end += step
    axis.setRange(0, end)
    axis.setTickCount(int(round(end / step)) + 1)
    axis.setLabelFormat("%d" if integer or step >= 1 else "%.1f")
    if title:
        axis.setTitleText(escape(title))
    return axis


def _wrapped(text: str, chars: int, lines: int = 2) -> str:
    """A category label in at most ``lines`` lines of about ``chars`` characters (escaped,
    joined with <br>): a long name wraps instead of being cut to "Sangat Kur…" on a small
    screen."""
    return "<br>".join(escape(line) for line in display.lipat(text, chars, lines))


def _place(chart: QChart, series, sets, categories: list[str], value_axis: QValueAxis, horizontal: bool = False,
           chars: int = LABEL_CHARS) -> None:
    """Put the bar sets in the series, the series in the chart, and hang it on a category
    axis (bottom, or left for horizontal bars; labels wrapped at about ``chars``
    characters) and the value axis."""
    for s in sets:
        series.append(s)
    chart.addSeries(series)
    cats = QBarCategoryAxis()
    cats.append([_wrapped(c, chars) for c in categories])
    chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(cats)
    series.attachAxis(value_axis)


def indikator_years_chart(ind: IndikatorData, periode: PeriodeData, bands, aturan: str, rencana=None) -> QChart:
    """Target against realisasi per year of the period (``rencana``: year → quarter →
    rencana aksi target, as the core measures it)."""
    chart = _chart(f"Target dan realisasi per tahun — {ind.nama or '(tanpa nama)'}")
    target, real = QBarSet("Target"), QBarSet("Realisasi")
    target.setColor(QColor("#90a4ae"))
    real.setColor(QColor("#1e88e5"))
    values = []
    for year in periode.tahun:
        c = hitung(ind, year, bands, aturan, 4, (rencana or {}).get(year))
        target.append(_f(c.target))
        real.append(_f(c.realisasi))
        values += [_f(c.target), _f(c.realisasi)]
    _place(chart, QBarSeries(), (target, real), [str(y) for y in periode.tahun],
           _value_axis(values, integer=ind.jenis == "jumlah", title=ind.satuan))
    return chart


def indikator_quarters_chart(ind: IndikatorData, tahun: int) -> QChart:
    """Realisasi per quarter of one year, and the year's figure up to each quarter."""
    chart = _chart(f"Realisasi per triwulan {tahun}")
    per_q = realisasi_triwulan(ind.realisasi, tahun)
    own, upto = QBarSet("Triwulan"), QBarSet("s.d. triwulan")
    own.setColor(QColor("#43a047"))
    upto.setColor(QColor("#fb8c00"))
    values = []
    for q in (1, 2, 3, 4):
        v, u = per_q.get(q), rollup(ind.jenis, per_q, sampai=q)
        own.append(_f(v))
        upto.append(_f(u))
        values += [_f(v), _f(u)]
    _place(chart, QBarSeries(), (own, upto), [display.nama_triwulan(q) for q in (1, 2, 3, 4)], _value_axis(values, integer=ind.jenis == "jumlah", title=ind.satuan))
    return chart


def indikator_target_triwulan_chart(ind: IndikatorData, tahun: int, bands, aturan: str, target_triwulan=None) -> QChart:
    """The rencana aksi against what was done: per quarter of ``tahun`` the target up to
    that quarter and the realisasi up to it, both as the core measures the capaian
    (:func:`app.models.capaian.hitung_triwulan`, with the quarter targets ``target_triwulan``):
    a quarter not reported yet has its target bar and no realisasi bar."""
    chart = _chart(f"Target dan realisasi per triwulan {tahun} (rencana aksi)")
    target, real = QBarSet("Target s.d. triwulan"), QBarSet("Realisasi s.d. triwulan")
    target.setColor(QColor("#90a4ae"))
    real.setColor(QColor("#1e88e5"))
    values = []
    for q in (1, 2, 3, 4):
        c = hitung_triwulan(ind, tahun, bands, aturan, q, target_triwulan)
        target.append(_f(c.target))
        real.append(_f(c.realisasi))
        values += [_f(c.target), _f(c.realisasi)]
    _place(chart, QBarSeries(), (target, real), [display.nama_triwulan(q) for q in (1, 2, 3, 4)],
           _value_axis(values, integer=ind.jenis == "jumlah", title=ind.satuan))
    return chart


def _band_sets(bands: tuple[Band, ...]) -> dict[str, QBarSet]:
    sets = {}
    for b in bands:
        s = QBarSet(escape(b.nama))
        s.setColor(QColor(b.warna))
        sets[b.nama] = s
    na = QBarSet(display.TIDAK_TERHITUNG)
    na.setColor(QColor(NA_COLOUR))
    sets[display.TIDAK_TERHITUNG] = na
    return sets


def jabatan_chart(jabatan: JabatanData, tahun: int, bands, aturan: str, sampai: int = 4, target_triwulan=None) -> QChart:
    """The capaian of each indicator of a jabatan in one year, coloured by band
    (``target_triwulan``: indicator id → its rencana aksi's quarter targets of ``tahun``)."""
    bands = tuple(bands)
    chart = _chart(f"Capaian {tahun} — {jabatan.nama}")
    sets = _band_sets(bands)
    labels, values = [], []
    indicators = [i for s in jabatan.sasaran for i in s.indikator]
    # horizontal bars are drawn from the bottom up: feed them in reverse to read top-down
    for n, ind in reversed(list(enumerate(indicators, start=1))):
        c = hitung(ind, tahun, bands, aturan, sampai, (target_triwulan or {}).get(ind.id))
        labels.append(f"{n}. {display.pendek(ind.nama, 2 * LABEL_CHARS)}")
        name = display.nama_pita(c.band)
        for key, s in sets.items():
            s.append(_f(c.capaian) if key == name and c.capaian is not None else 0.0)
        values.append(_f(c.capaian))
    _place(chart, QHorizontalStackedBarSeries(), sets.values(), labels,
           _value_axis(values, title="Capaian (%)", at_least=100.0), horizontal=True)
    if not indicators:
        chart.setTitle(chart.title() + escape(" (belum ada indikator)"))
    return chart


def sebaran_chart(distribution: dict[str, int], bands, tahun: int) -> QChart:
    """How many indicators are in each band (dashboard)."""
    bands = tuple(bands)
    chart = _chart(f"Jumlah indikator per kategori capaian {tahun}")
    sets = _band_sets(bands)
    names = list(distribution)
    for key, s in sets.items():
        for name in names:
            s.append(float(distribution[name]) if name == key else 0.0)
    # band names stand under narrow bars: a word a line ("Sangat" / "Kurang")
    _place(chart, QStackedBarSeries(), sets.values(), names,
           _value_axis([float(v) for v in distribution.values()], integer=True, title="Indikator"), chars=8)
    chart.legend().setVisible(False)
    return chart


class ChartView(QChartView):
    """A chart with "Simpan sebagai PNG…" in its context menu."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        save = QAction(self.tr("Simpan grafik sebagai PNG…"), self)
        save.triggered.connect(self.ask_save)
        self.addAction(save)

    def show_chart(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def save_png(self, path: Path | str) -> bool:
        return self.grab().save(str(path), "PNG")

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan grafik"), "grafik.png", self.tr("Gambar PNG (*.png)"))
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            if not self.save_png(path):
                QMessageBox.warning(self, self.tr("Simpan grafik"),
                                    literal(self.tr("Grafik tidak dapat disimpan ke {0}.").format(path)))


def serapan_chart(rows, tahun: int) -> QChart:
    """Serapan anggaran beside the capaian kinerja of each program in one year (rows:
    :class:`app.models.sakip_data.BarisAnggaran`, figures computed in the core)."""
    chart = _chart(f"Serapan anggaran dan capaian kinerja per program {tahun}")
    ser, cap = QBarSet("Serapan (%)"), QBarSet("Capaian kinerja (%)")
    ser.setColor(QColor("#fb8c00"))
    cap.setColor(QColor("#1e88e5"))
    values = []
    for r in rows:
        ser.append(_f(r.serapan))
        cap.append(_f(r.capaian_kinerja))
        values += [_f(r.serapan), _f(r.capaian_kinerja)]
    labels = [display.pendek(f"{r.kode} {r.program}".strip(), 2 * LABEL_CHARS) for r in rows] or ["(belum ada program)"]
    if not rows:
        ser.append(0.0)
        cap.append(0.0)
    _place(chart, QBarSeries(), (ser, cap), labels, _value_axis(values, title="%", at_least=100.0))
    return chart
