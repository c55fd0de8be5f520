"""Page 5, the letter: language, the filled-in text (editable), and a live preview rendered by
the same ``desk`` function that writes the PDF."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.case.wizard_rules import BreakupDraft, letter_problems
from desk.documents.letter_text import LANGUAGES
from desk.documents.wizard_documents import render_preview, template_body
from ui.core_errors import error_text
from ui.wizard.base import DraftPage

LANGUAGE_NAMES = {"en": "English", "es": "Español", "ru": "Русский", "zh": "中文", "sv": "Svenska"}
PREVIEW_DELAY_MS = 400


class LetterPage(DraftPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("DraftPage", "Letter"),
            QT_TRANSLATE_NOOP(
                "DraftPage",
                "Check the letter, edit its text if you must, and see the page as it will print.",
            ),
            parent,
        )
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.text = QPlainTextEdit(self)
        self.preview = QLabel(self.tr("Preparing the preview…"), self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        scroll = self.preview_area = QScrollArea(self)
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(420)
        left = QVBoxLayout()
        left.addWidget(self.language)
        left.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(scroll, 1)
        self.body.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._request = 0
        self._filling = 0  # the template fill asked for last; older answers are dropped
        self.is_filling = False
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.text.textChanged.connect(self._on_text_changed)

    def initializePage(self) -> None:
        draft = self.breakup.draft
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        self.language.blockSignals(False)
        if not draft.body:
            self._fill_from_template()
        else:
            self.text.setPlainText(draft.body)
            self.refresh_preview()

    def _fill_from_template(self) -> None:
        """Fill the text from the language's template, read off the GUI thread; until it
        arrives the draft has no body, so Next waits, and the text cannot be edited."""
        draft = self.breakup.draft
        draft.body = ""
        self._filling += 1
        filling = self._filling
        self.is_filling = True
        self.text.setReadOnly(True)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.setPlaceholderText(self.tr("Filling in the letter…"))
        self.text.blockSignals(False)
        snapshot, engine = BreakupDraft(**{**draft.__dict__}), self.breakup.engine
        self.breakup.run(
            lambda: template_body(engine, snapshot),
            lambda body: self._on_filled(filling, body),
            lambda exc: self._on_fill_failed(filling, exc),
        )

    def _on_filled(self, filling: int, body: object) -> None:
        if filling != self._filling:
            return
        assert isinstance(body, str)
        self.is_filling = False
        self.text.setReadOnly(False)
        self.text.blockSignals(True)
        self.text.setPlainText(body)
        self.text.blockSignals(False)
        self.breakup.draft.body = self.text.toPlainText()
        self.refresh_preview()
        self.changed()

    def _on_fill_failed(self, filling: int, exc: BaseException) -> None:
        if filling == self._filling:
            self.is_filling = False
            self.text.setReadOnly(False)
            self.preview.setText(error_text(exc))

    def _on_language_changed(self) -> None:
        self.breakup.draft.language = str(self.language.currentData())
        self._fill_from_template()
        self.changed()

    def _on_text_changed(self) -> None:
        self.breakup.draft.body = self.text.toPlainText()
        self._timer.start()
        self.changed()

    def refresh_preview(self) -> None:
        self._request += 1
        request = self._request
        draft = BreakupDraft(**{**self.breakup.draft.__dict__})
        engine = self.breakup.engine
        self.breakup.run(
            lambda: render_preview(engine, draft),
            lambda png: self._on_preview(request, png),
            lambda exc: self.preview.setText(error_text(exc)),
        )

    def _on_preview(self, request: int, png: object) -> None:
        if request != self._request or not isinstance(png, bytes):
            return
        bar = self.preview_area.verticalScrollBar()
        room = self.preview_area.viewport().width() - (
            0 if bar.isVisible() else bar.sizeHint().width()
        )
        width = max(200, room - 8)  # the page's height brings the scroll bar in
        pixmap = QPixmap.fromImage(QImage.fromData(png))
        self.preview.setPixmap(
            pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )
        self.preview_ready = True

    def problems(self) -> list[str]:
        return letter_problems(self.breakup.draft) if self.wizard() is not None else []
