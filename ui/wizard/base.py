"""What every wizard page shares: the draft, the inline reason, completeness from ``desk``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from ui.core_errors import error_text
from ui.wizard.context import WizardContext
from ui.wizard.reasons import reason_text

# Inline notices: (text colour, background, border) for information, good news and caution.
NOTICE_STYLES = {
    "info": ("#1d3b5c", "#eaf2fb", "#b9d3ee"),
    "ok": ("#1b4d2e", "#e8f5ec", "#b5dcc2"),
    "warn": ("#5c3b00", "#fdf3e1", "#efd29a"),
}


def notice(parent: QWidget) -> QLabel:
    """A word-wrapped label for a one-paragraph notice; hidden until :func:`show_notice`."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_notice(label: QLabel, text: str, kind: str = "info") -> None:
    colour, background, border = NOTICE_STYLES[kind]
    label.setStyleSheet(
        f"QLabel {{ color: {colour}; background: {background}; border: 1px solid {border};"
        " border-radius: 4px; padding: 6px 9px; }"
    )
    label.setText(text)
    label.setVisible(bool(text))


class DraftPage(QWizardPage):
    """A page that reads the draft in ``initializePage`` and writes it back as it changes.

    Subclasses fill ``self.body`` and implement :meth:`problems` (the reasons, from ``desk``,
    that the page is not complete); Next stays disabled and the reasons show in a label.
    """

    def __init__(self, title: object, subtitle: object, parent: QWidget | None = None) -> None:
        """``title`` and ``subtitle`` are ``QT_TRANSLATE_NOOP("DraftPage", …)`` markers."""
        super().__init__(parent)
        self.setTitle(QCoreApplication.translate("DraftPage", str(title)))
        self.setSubTitle(QCoreApplication.translate("DraftPage", str(subtitle)))
        self.body = QVBoxLayout()
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b2182b;")
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.reason)

    @property
    def breakup(self) -> WizardContext:
        wizard = self.wizard()
        assert isinstance(wizard, WizardContext)
        return wizard

    def problems(self) -> list[str]:
        return []

    def isComplete(self) -> bool:
        problems = self.problems()
        self.reason.setText(" ".join(reason_text(p) for p in problems))
        return not problems

    def changed(self) -> None:
        """Call after any edit: the wizard re-asks isComplete()."""
        self.completeChanged.emit()


class CasePage(DraftPage):
    """A page over the case itself: it reloads its data off the GUI thread each time it is
    shown (:meth:`load`), and its writes go through the wizard's write queue.

    While a write runs (``busy``) Next is disabled; a refused write leaves its one-line reason
    in ``failure``, shown above the page's own reasons.

    Signals:
        loaded(): the page shows fresh data from the database.
    """

    loaded = Signal()

    def __init__(self, title: object, subtitle: object, parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent)
        self.is_loaded = False
        self.busy = False
        self.failure = ""

    def load(self) -> None:
        """Read the page's data (asynchronously); subclasses emit ``loaded`` once shown."""

    def isComplete(self) -> bool:
        problems = [] if self.is_loaded else [self.tr("Reading the case…")]
        problems += self.problems() if self.is_loaded else []
        said = [reason_text(p) for p in problems]
        self.reason.setText(" ".join(([self.failure] if self.failure else []) + said))
        return not problems and not self.busy

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.failure = ""
        self.changed()

    def fail(self, exc: BaseException) -> None:
        """A write was refused: say why inline (the core's one line), never a traceback."""
        self.busy = False
        self.failure = error_text(exc)
        self.changed()

    def mark_loaded(self) -> None:
        self.is_loaded = True
        self.changed()
        self.loaded.emit()
