"""Find text that a window cuts off: labels and buttons narrower than their text.

Used by the pseudo-locale test (tests/ui/test_i18n_layout.py) on every window, dialog and
wizard page at its default size. A widget counts when it is visible: a label whose one-line
text is wider than its contents, a word-wrapped label too short for its wrapped text, a
button (push, tool, check or radio) smaller than its own size hint, a group box narrower
than its title, a tab whose text is elided.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

SLACK = 2  # pixels of rounding
RICH = re.compile(r"<[a-zA-Z/][^>]*>")  # what QLabel's AutoText takes for rich text, roughly


def _name(widget: QWidget) -> str:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} in {'/'.join(parents)}"


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    indent = 2 * max(label.margin(), 0) + max(label.indent(), 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and bool(RICH.search(text))
    )
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"needs {need}px of height, has {label.height()}"
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        widest = int(document.idealWidth()) - 2 * int(document.documentMargin())
    else:
        metrics = QFontMetrics(label.font())
        if label.buddy() is not None:  # "&Name:" shows as "Name:" with a line under the N
            text = re.sub(r"&(.)", r"\1", text)
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if widest > rect.width() - indent + SLACK:
        return f"text {widest}px wide in {rect.width()}px"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"size hint {hint.width()}px wide, shown {button.width()}px"
    return None


def _group(box: QGroupBox) -> str | None:
    need = QFontMetrics(box.font()).horizontalAdvance(box.title()) + 16
    if box.title() and need > box.width():
        return f"title {need}px wide in {box.width()}px"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    metrics = QFontMetrics(bar.font())
    found = []
    for index in range(bar.count()):
        text = bar.tabText(index).replace("&", "")
        if metrics.horizontalAdvance(text) > bar.tabRect(index).width() - 8:
            found.append(f"tab {text!r} is cut to {bar.tabRect(index).width()}px")
    return found


def _scrolled_away(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area: the manager scrolls to it, nothing is cut."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(top: QWidget) -> list[str]:
    """One line per cut-off text in ``top`` and its visible children."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        if widget.width() <= 0 or _scrolled_away(widget, top):
            continue
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problems = [p for p in [_label(widget)] if p]
        elif isinstance(widget, QAbstractButton):
            problems = [p for p in [_button(widget)] if p]
        elif isinstance(widget, QGroupBox):
            problems = [p for p in [_group(widget)] if p]
        elif isinstance(widget, QTabBar):
            problems = _tabs(widget)
        text = ""
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        found += [f"{_name(widget)} {str(text)[:60]!r}: {p}" for p in problems]
    return found
