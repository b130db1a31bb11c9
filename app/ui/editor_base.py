"""What every editor page shares: the view context, the base class with its self-committing
fields, the lazily built chart slot."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..models.data import PeriodeData
from ..models.rules import Band
from .commands import Document, SetFieldCommand
from .fields import ChoiceField, LineField, TextField


@dataclass(frozen=True)
class ViewContext:
    """What every editor needs besides its item: the period, the year (and quarter) the
    charts show, the category bands and the rule for negative polarity."""

    periode: PeriodeData
    tahun: int
    triwulan: int
    bands: tuple[Band, ...]
    aturan: str


class ChartSlot(QWidget):
    """Room for a chart. QtCharts is imported, and the chart built, only when the slot is
    on screen: start-up and edits do not pay for charts nobody looks at."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = None
        self._builder = None
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)

    def show_chart(self, builder) -> None:
        """``builder(charts_module)`` returns a QChart; built now if visible, else when shown."""
        self._builder = builder
        if self.isVisible():
            self._build()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._build()

    def _build(self) -> None:
        if self._builder is None:
            return
        from . import charts

        if self.view is None:
            self.view = charts.ChartView()
            self._lay.addWidget(self.view)
        builder, self._builder = self._builder, None
        self.view.show_chart(builder(charts))

    def chart(self):
        self._build()
        return None if self.view is None else self.view.chart()

    def save_png(self, path) -> bool:
        self._build()
        return self.view is not None and self.view.save_png(path)


def _scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return area


class EditorBase(QWidget):
    kind = ""

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.item_id: int | None = None
        self.ctx: ViewContext | None = None
        self.fields: dict[str, Any] = {}

    @property
    def store(self):
        return self.doc.store

    def commit(self, fields: dict[str, Any]) -> bool:
        if self.item_id is None:
            return False
        return self.doc.run(SetFieldCommand(self.doc, self.kind, self.item_id, fields))

    def _committer(self, name: str):
        return lambda value: self.commit({name: value})

    def line(self, form: QFormLayout, name: str, label: str, optional: bool = False) -> LineField:
        w = LineField(self._committer(name), optional=optional)
        self._add(form, name, label, w)
        return w

    def text(self, form: QFormLayout, name: str, label: str, lines: int = 2) -> TextField:
        w = TextField(self._committer(name), lines)
        self._add(form, name, label, w)
        return w

    def choice(self, form: QFormLayout, name: str, label: str, choices, editable: bool = False) -> ChoiceField:
        w = ChoiceField(self._committer(name), choices, editable=editable)
        self._add(form, name, label, w)
        return w

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        lab = QLabel(label)
        lab.setBuddy(widget)
        form.addRow(lab, widget)
        self.fields[name] = widget

    def fill(self, data: Any) -> None:
        """Set every field that ``data`` carries under the same name (the others, such as
        references, the editor sets itself)."""
        for name, w in self.fields.items():
            if hasattr(data, name):
                w.set_value(getattr(data, name))

    def flush(self) -> None:
        """Commit whatever is typed but not yet committed (before the item changes)."""
        for w in self.fields.values():
            w.flush()
        for w in self.findChildren(TextField):
            w.flush()

    def load(self, item_id: int, ctx: ViewContext) -> None:
        self.item_id, self.ctx = item_id, ctx
        self.reload()

    def reload(self) -> None:  # each editor fills itself from the store
        pass


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _title() -> QLabel:
    lab = QLabel()
    f = lab.font()
    f.setPointSizeF(f.pointSizeF() * 1.35)
    f.setBold(True)
    lab.setFont(f)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    return lab


