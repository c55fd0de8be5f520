"""The breakup wizard: a thin QWizard over the case's :class:`desk.breakup.BreakupDraft`.

The draft is saved on the case whenever the manager moves between pages, so closing the app
loses nothing and the wizard resumes where it was left.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget, QWizard
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.breakup import BreakupDraft, load_draft, save_draft
from ui.wizard.export_page import ExportPage
from ui.wizard.letter_page import LetterPage
from ui.wizard.terms import TermsPage
from ui.workers import TaskRunner

PAGES = (TermsPage, LetterPage, ExportPage)


class BreakupWizard(QWizard):
    """Walks a manager from an approved case to the letter for the COO."""

    def __init__(
        self,
        engine: Engine,
        runner: TaskRunner,
        case_id: int,
        actor: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.runner = runner
        self.actor = actor
        with Session(engine) as session:
            self.draft: BreakupDraft = load_draft(session, case_id)
        self.setWindowTitle(self.tr("End the relationship — case #{id}").format(id=case_id))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(1100, 760)
        self.pages = [page_class(self) for page_class in PAGES]
        for page in self.pages:
            self.addPage(page)
        if 0 < self.draft.page < len(self.pages):
            self.setStartId(self.draft.page)
        self.currentIdChanged.connect(self._on_current_id_changed)

    def save_draft(self) -> None:
        """Keep the draft on the case (through the single write queue)."""
        snapshot = BreakupDraft(**{**self.draft.__dict__})
        engine = self.engine

        def write() -> None:
            with Session(engine) as session:
                save_draft(session, snapshot)

        self.runner.run(write, write=True)

    @Slot(int)
    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id >= 0:
            self.draft.page = page_id
            self.save_draft()

    def done(self, result: int) -> None:
        self.save_draft()
        self.runner.wait()
        super().done(result)
