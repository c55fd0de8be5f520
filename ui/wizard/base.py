"""What every wizard page shares: the draft, the inline reason, completeness from ``desk``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

if TYPE_CHECKING:
    from ui.wizard.wizard import BreakupWizard


class DraftPage(QWizardPage):
    """A page that reads the draft in ``initializePage`` and writes it back as it changes.

    Subclasses fill ``self.body`` and implement :meth:`problems` (the reasons, from ``desk``,
    that the page is not complete); Next stays disabled and the reasons show in a label.
    """

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr(title))
        self.setSubTitle(self.tr(subtitle))
        self.body = QVBoxLayout()
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b2182b;")
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.reason)

    @property
    def breakup(self) -> BreakupWizard:
        wizard = self.wizard()
        from ui.wizard.wizard import BreakupWizard

        assert isinstance(wizard, BreakupWizard)
        return wizard

    def problems(self) -> list[str]:
        return []

    def isComplete(self) -> bool:
        problems = self.problems()
        self.reason.setText(" ".join(problems))
        return not problems

    def changed(self) -> None:
        """Call after any edit: the wizard re-asks isComplete()."""
        self.completeChanged.emit()
