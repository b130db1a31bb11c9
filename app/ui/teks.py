"""User text reaches the screen as plain text.

Qt guesses: a string that *looks* like HTML is drawn as rich text by a label, a message
box or a tooltip, and QtCharts reads every title, axis label and legend as HTML. An
indicator named ``<img src="...">`` would then make the window open and draw that file
(on Windows a ``\\\\host\\share`` path would touch the network). So every text that comes
from the data or from the user goes through here:

- :func:`plain` on a QLabel that shows such text (the label stops guessing);
- :func:`literal` for places that guess and cannot be told not to (the static
  QMessageBox functions, tooltips): the text itself when Qt would take it as plain, else
  HTML that shows it character for character;
- :func:`escape` for places that always read HTML (QtCharts) or markup of our own that
  mixes in user text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


def escape(text: object) -> str:
    """``text`` as HTML that shows it as it is (``&``, ``<`` and ``>`` escaped)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def literal(text: str | None) -> str | None:
    """``text`` for a place that decides by itself whether a text is HTML (message boxes,
    tooltips): unchanged when Qt would show it as plain text, else HTML showing it exactly
    (line breaks and spaces kept). Qt's guess (``Qt::mightBeRichText``) needs a ``<`` or an
    ``&lt;``."""
    if not isinstance(text, str) or ("<" not in text and "&lt;" not in text):
        return text
    return "<p style='white-space:pre-wrap'>" + escape(text).replace("\n", "<br>") + "</p>"


def plain(label):
    """The label (or message box) shows its text as plain text, never as HTML."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

