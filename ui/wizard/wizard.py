"""The breakup wizard: a thin QWizard over the case and its
:class:`desk.case.wizard_rules.BreakupDraft`.

Six pages: the cause, the warnings and leadership's decision work on the case itself (each
reloads it when shown and writes through the single write queue); the terms, the letter and
the export fill the draft. The draft is saved on the case whenever the manager moves between
pages, so closing the app loses nothing and the wizard resumes where it was left, on a page the
case's state allows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from desk.analytics.cost import DEFAULT_COST, CostSettings
from desk.case.case_version import CaseVersion, CaseWork, tracked
from desk.case.wizard_data import WizardStart, keep_draft, read_start
from desk.case.wizard_rules import BreakupDraft, CaseTerms, terms_of
from desk.db.handle import Engine
from desk.db.models import CaseState
from ui.wizard.base import CasePage, DraftPage
from ui.wizard.cause_page import CausePage
from ui.wizard.export_page import ExportPage
from ui.wizard.leadership_page import LeadershipPage
from ui.wizard.letter_page import LetterPage
from ui.wizard.terms import TermsPage
from ui.wizard.warnings_page import WarningsPage
from ui.workers import TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")

PAGES = (CausePage, WarningsPage, LeadershipPage, TermsPage, LetterPage, ExportPage)
CAUSE, WARNINGS, LEADERSHIP, TERMS, LETTER, EXPORT = range(len(PAGES))


def start_page(state: CaseState, saved: int) -> int:
    """The page to open on: the furthest the case's state allows, or the page the manager left
    when it is still one the state allows."""
    if state == CaseState.DRAFT:
        return CAUSE
    if state == CaseState.READY_FOR_REVIEW:
        return saved if WARNINGS <= saved <= LEADERSHIP else LEADERSHIP
    if state in (CaseState.APPROVED, CaseState.LETTER_ISSUED):
        return min(max(saved, TERMS), EXPORT)
    return LEADERSHIP  # declined or closed: the decision, read-only


class BreakupWizard(QWizard):
    """Walks a manager from a draft case to the letter for the COO.

    The case is read off the GUI thread: the wizard opens empty and adds its pages once the
    case arrives (``opened``); until then it holds placeholders no page can see.

    Signals:
        case_changed(int): the case's state, claims, warnings or decision changed (its id).
        opened(): the case was read and the wizard shows the page it opens on.
    """

    case_changed = Signal(int)
    opened = Signal()

    def __init__(
        self,
        engine: Engine,
        runner: TaskRunner,
        case_id: int,
        actor: str,
        parent: QWidget | None = None,
        *,
        cost: CostSettings = DEFAULT_COST,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.runner = runner
        self.actor = actor
        self.case_id = case_id
        self.cost = cost
        self.message_box: QMessageBox | None = None
        self._closed = False
        self._ending = False  # closing after a message: no page to validate
        self.is_open = False
        # Placeholders until the case is read (:meth:`_on_read`); no page exists before then.
        self.draft: BreakupDraft = BreakupDraft(case_id)
        self.customer_id = 0
        self.state = CaseState.DRAFT
        self.version = CaseVersion(0)
        self.saved_terms: CaseTerms = terms_of(self.draft)
        self.pages: list[DraftPage] = []
        self.setWindowTitle(self.tr("End the relationship — case #{id}").format(id=case_id))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(1100, 760)
        self.run(lambda: read_start(engine, case_id), self._on_read, self._on_read_failed)

    def _on_read(self, start: object) -> None:
        assert isinstance(start, WizardStart)
        self.draft = start.draft
        self.customer_id = start.customer_id
        self.state = start.state
        self.version.seen(start.version)
        self.saved_terms = start.saved_terms
        self.pages = [page_class(self) for page_class in PAGES]
        for page in self.pages:
            self.addPage(page)
        self._open_on(start_page(self.state, self.draft.page))
        self.currentIdChanged.connect(self._on_current_id_changed)
        self.is_open = True
        self.opened.emit()

    def _on_read_failed(self, exc: BaseException) -> None:
        """The case cannot be read (gone, or the database refused): say so, then close."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cannot open the case"),
            str(exc) or type(exc).__name__,
            parent=self,
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(self.reject)
        self.message_box = box
        box.open()

    def _open_on(self, page_id: int) -> None:
        """Start at the first page and step forward to ``page_id``, so Back still reaches the
        earlier pages (they show the case read-only once it has moved past them)."""
        self.restart()
        while self.currentId() < page_id:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break  # a page refused: stay on it
        self._load_current()

    def _load_current(self) -> None:
        page = self.currentPage()
        if isinstance(page, CasePage):
            page.load()

    # -- background work -----------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        write: bool = False,
    ) -> None:
        """:meth:`TaskRunner.run`, with the callbacks dropped once the wizard has closed."""

        def done(result: Any) -> None:
            if not self._closed and on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if self._closed:
                log.warning("background task failed after the wizard closed: %s", exc)
            elif on_error is not None:
                on_error(exc)

        self.runner.run(fn, done, failed if on_error is not None else None, write=write)

    def run_case(
        self,
        work: CaseWork[T],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work(session, expected_version)`` on the write queue, keeping track of the
        case's version (see :mod:`ui.wizard.case_version`)."""
        engine, case_id, version = self.engine, self.case_id, self.version
        self.run(lambda: tracked(engine, case_id, version, work), on_done, on_error, write=True)

    def set_state(self, state: CaseState) -> None:
        self.state = state

    def announce_change(self) -> None:
        self.case_changed.emit(self.case_id)

    def save_draft(self) -> None:
        """Keep the draft (the work in progress) on the case, through the single write queue.

        The draft is not a decision, so it is neither audited nor checked against the version;
        the terms it holds reach the case only through the terms page's audited save.
        """
        snapshot = BreakupDraft(**{**self.draft.__dict__})
        self.run_case(keep_draft(snapshot))

    # -- navigation ----------------------------------------------------------------------

    @Slot(int)
    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id >= 0:
            self.draft.page = page_id
            self.save_draft()
            self._load_current()

    def finish_with_message(self, title: str, text: str) -> None:
        """Say how the wizard ended, then close it (accepted) when the message is dismissed."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(self._on_message_finished)
        self.message_box = box
        box.open()

    @Slot(int)
    def _on_message_finished(self, _result: int) -> None:
        self._ending = True
        self.accept()

    def done(self, result: int) -> None:
        accepted = result != QDialog.DialogCode.Rejected
        if accepted and not self._ending and not self.validateCurrentPage():
            return  # as QWizard.done: a page that refuses keeps the wizard open
        if not self._closed:
            if self.is_open:
                self.save_draft()
            self.runner.wait()
            self._closed = True
        if accepted:
            QDialog.done(self, result)  # validated above (QWizard.done would ask again)
        else:
            super().done(result)
