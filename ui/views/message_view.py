"""Messages of one conversation as plain text, flagged spans highlighted by category.

The document is built with a text cursor from plain text only: no HTML from a message is ever
interpreted, so nothing remote is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from desk.abuse.learned.combine import learned_label
from desk.customers.history import FlagSpan, MessageView
from desk.db.models import AuthorKind, FlagStatus
from ui import labels
from ui.formatting import iso_date_time

# Colour-blind-safe (Okabe-Ito, lightened) backgrounds for the flag categories.
CATEGORY_COLOURS = {
    "harassment": "#f4c7a1",
    "hate": "#f3a6a6",
    "sexual_harassment": "#f3a6a6",
    "threat_violence": "#e89a9a",
    "threat_job": "#f7dd8f",
    "threat_expose": "#f7dd8f",
    "threat_financial": "#a9d3f0",
    "threat_legal": "#a9d3f0",
    "threat_public_shaming": "#c9b3df",
    "emotional_blackmail": "#c9b3df",
}
SOFT_COLOUR = "#e3e3e3"
QUOTED_COLOUR = "#0072b2"  # the quote icon's blue: words the case already quotes
CUSTOMER_BACKGROUND = "#f2f6fb"
NOTE_BACKGROUND = "#fff8e1"


@dataclass(frozen=True, slots=True)
class Placed:
    """Where a message's body sits in the document."""

    message: MessageView
    start: int
    end: int


def overlapping_flag(message: MessageView, start: int, end: int) -> FlagSpan | None:
    """The flag a quote of ``start``–``end`` falls under: a confirmed one first, then the one
    it overlaps most (a dismissed flag says the passage is not abuse: never that one)."""
    best: tuple[bool, int, FlagSpan] | None = None
    for flag in message.flags:
        overlap = min(end, flag.end) - max(start, flag.start)
        if overlap <= 0 or flag.status == FlagStatus.DISMISSED:
            continue
        key = (flag.status == FlagStatus.CONFIRMED, overlap, flag)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


class MessageBrowser(QTextBrowser):
    """Read-only view of a conversation; knows which message each character belongs to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._placed: list[Placed] = []
        self._context_actions: list[QAction] = []

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions offered first in the context menu (before Copy and Select All)."""
        self._context_actions = list(actions)

    def context_menu(self, position: QPoint) -> QMenu:
        menu = self.createStandardContextMenu(position)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, self._context_actions)  # type: ignore[arg-type]
        if self._context_actions and first is not None:
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # never fetch anything
        return None

    def show_messages(
        self,
        messages: list[MessageView],
        quoted: Mapping[int, Sequence[tuple[int, int]]] | None = None,
    ) -> None:
        """Show ``messages``, underlining the ``quoted`` spans (by message id) in blue."""
        self.clear()
        self._placed = []
        cursor = QTextCursor(self.document())
        header = QTextCharFormat()
        header.setFontWeight(QFont.Weight.Bold)
        for number, message in enumerate(messages):
            block = QTextBlockFormat()
            block.setTopMargin(10 if number else 0)
            if not message.public:
                block.setBackground(QColor(NOTE_BACKGROUND))
            elif message.author_kind == AuthorKind.CUSTOMER:
                block.setBackground(QColor(CUSTOMER_BACKGROUND))
            if number:
                cursor.insertBlock(block)
            else:
                cursor.setBlockFormat(block)
            note = self.tr(" · internal note") if not message.public else ""
            cursor.insertText(
                f"{message.author} · {iso_date_time(message.created_at)}"
                f"{' · ' + labels.name(message.channel) if message.channel else ''}{note}",
                header,
            )
            body_block = QTextBlockFormat(block)
            body_block.setTopMargin(2)
            cursor.insertBlock(body_block)
            start = cursor.position()
            self._insert_body(cursor, message)
            self._placed.append(Placed(message, start, cursor.position()))
            for begin, end in (quoted or {}).get(message.id, ()):
                self._mark_quoted(start + begin, start + end)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _mark_quoted(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        quoted = QTextCharFormat()
        quoted.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        quoted.setUnderlineColor(QColor(QUOTED_COLOUR))
        quoted.setToolTip(self.tr("Quoted in the case"))
        cursor.mergeCharFormat(quoted)

    def _insert_body(self, cursor: QTextCursor, message: MessageView) -> None:
        plain = QTextCharFormat()
        text = message.text
        position = 0
        for flag in sorted(message.flags, key=lambda f: f.start):
            if flag.start < position or flag.end > len(text):
                continue
            cursor.insertText(text[position : flag.start], plain)
            marked = QTextCharFormat()
            marked.setBackground(QColor(CATEGORY_COLOURS.get(flag.category, SOFT_COLOUR)))
            if flag.status == FlagStatus.CONFIRMED:
                marked.setFontUnderline(True)
                marked.setFontWeight(QFont.Weight.DemiBold)
            learned = learned_label(flag.rule_id, flag.category, flag.score)
            if learned is not None:  # the model's sentence, not a listed word: dotted
                marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                marked.setToolTip(f"{learned}, {labels.name(flag.status.value)}")
            else:
                status = labels.name(flag.status.value)
                marked.setToolTip(f"{labels.name(flag.category)} ({status}, {flag.rule_id})")
            cursor.insertText(text[flag.start : flag.end], marked)
            position = flag.end
        cursor.insertText(text[position:], plain)

    def selected_quote(self) -> tuple[MessageView, int, int] | None:
        """The message and the offsets into its stored text of the current selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        for placed in self._placed:
            if placed.start <= start and end <= placed.end:
                return placed.message, start - placed.start, end - placed.start
        return None

    def flag_at_cursor(self) -> FlagSpan | None:
        """The flag under the text cursor, if any."""
        position = self.textCursor().position()
        for placed in self._placed:
            if placed.start <= position <= placed.end:
                offset = position - placed.start
                for flag in placed.message.flags:
                    if flag.start <= offset <= flag.end:
                        return flag
        return None

    def select_span(self, message_id: int, start: int, end: int) -> None:
        for placed in self._placed:
            if placed.message.id == message_id:
                cursor = self.textCursor()
                cursor.setPosition(placed.start + start)
                cursor.setPosition(placed.start + end, QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                return
