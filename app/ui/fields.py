"""Form fields that commit on their own: a line when editing finishes, a text block when it
loses focus, a choice when chosen. ``set_value`` never disturbs a field whose text already
matches (the cursor stays where the user left it)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

Commit = Callable[[Any], None]


class LineField(QLineEdit):
    """One line of text. ``optional``: an empty field means "not set" (None)."""

    def __init__(self, commit: Commit, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._commit, self._optional, self._loaded = commit, optional, ""
        self.editingFinished.connect(self.flush)

    def set_value(self, value: str | None) -> None:
        text = value or ""
        self._loaded = text
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)

    def value(self) -> str | None:
        return (self.text() or None) if self._optional else self.text()

    def flush(self) -> None:
        if self.text() != self._loaded:
            self._loaded = self.text()
            self._commit(self.value())


class TextField(QPlainTextEdit):
    """A paragraph (tugas, sumber data): commits when it loses focus, or on flush()."""

    def __init__(self, commit: Commit, lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self._commit, self._loaded = commit, ""
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 8)

    def set_value(self, value: str | None) -> None:
        text = value or ""
        self._loaded = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def value(self) -> str:
        return self.toPlainText()

    def flush(self) -> None:
        if self.toPlainText() != self._loaded:
            self._loaded = self.toPlainText()
            self._commit(self._loaded)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().focusOutEvent(event)


class ChoiceField(QComboBox):
    """A choice among (label, value) pairs; ``editable`` lets the user type a new value."""

    def __init__(self, commit: Commit, choices: list[tuple[str, Any]] = (), editable: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._commit = commit
        self.setEditable(editable)
        self.set_choices(choices)
        self.activated.connect(self._chosen)
        if editable:
            self.lineEdit().editingFinished.connect(self.flush)
        self._loaded: Any = None

    def set_choices(self, choices) -> None:
        self.blockSignals(True)
        current = self.currentData()
        self.clear()
        for label, value in choices:
            self.addItem(label, value)
        if current is not None:
            self._select(current)
        self.blockSignals(False)

    def _select(self, value) -> None:
        i = self.findData(value)
        if i >= 0:
            self.setCurrentIndex(i)
        elif self.isEditable():
            self.setEditText(value or "")

    def set_value(self, value) -> None:
        self._loaded = value
        self.blockSignals(True)
        self._select(value)
        self.blockSignals(False)

    def value(self):
        if self.isEditable():
            text = self.currentText()
            i = self.findText(text)
            return self.itemData(i) if i >= 0 else (text or None)
        return self.currentData()

    def _chosen(self, _index: int) -> None:
        self.flush()

    def flush(self) -> None:
        value = self.value()
        if value != self._loaded:
            self._loaded = value
            self._commit(value)


class CheckField(QCheckBox):
    def __init__(self, text: str, commit: Commit, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._commit = commit
        self.clicked.connect(lambda checked: self._commit(bool(checked)))

    def set_value(self, value: bool) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)

    def flush(self) -> None:
        pass


class ListField(QWidget):
    """An ordered list of texts (fungsi, penjelasan): add, edit in place (F2 or double
    click), remove, move up and down. Every change commits the whole list."""

    changed = Signal(list)

    def __init__(self, commit: Commit, item_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._commit, self._loading = commit, False
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.list.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(self.tr("&Tambah {0}").format(item_name))
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.up_button = QPushButton(self.tr("Naik"))
        self.down_button = QPushButton(self.tr("Turun"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list)
        lay.addLayout(buttons)
        self.list.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.list and event.type() == QEvent.Type.KeyPress:
            mods = event.modifiers()
            if event.key() == Qt.Key.Key_Delete and self.list.state() != QAbstractItemView.State.EditingState:
                self.remove_current()
                return True
            if mods & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(obj, event)

    def set_value(self, items) -> None:
        if self.items() == list(items):
            return
        self._loading = True
        row = self.list.currentRow()
        self.list.clear()
        for text in items:
            self._append(text)
        if self.list.count():
            self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
        self._loading = False

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _emit(self) -> None:
        if not self._loading:
            self._commit(self.items())

    def _item_changed(self, _item) -> None:
        self._emit()

    def add_item(self) -> None:
        self._loading = True
        item = self._append("")
        self._loading = False
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._emit()

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        new = row + delta
        if row < 0 or not 0 <= new < self.list.count():
            return
        self._loading = True
        item = self.list.takeItem(row)
        self.list.insertItem(new, item)
        self.list.setCurrentRow(new)
        self._loading = False
        self._emit()

    def flush(self) -> None:
        pass
