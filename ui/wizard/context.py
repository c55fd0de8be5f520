"""What a wizard page may ask of the wizard it sits in.

Pages reach the wizard through this protocol, never by importing :mod:`ui.wizard.wizard`
(which imports every page): the pages stay below the wizard, and the package has no import
cycle. :class:`~ui.wizard.wizard.BreakupWizard` is the one implementation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar, runtime_checkable

from desk.analytics.cost import CostSettings
from desk.case.case_version import CaseWork
from desk.case.wizard_rules import BreakupDraft, CaseTerms
from desk.db.handle import Engine
from desk.db.models import CaseState

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@runtime_checkable
class WizardContext(Protocol):
    """The case the wizard works on, its draft, and its way to run work off the GUI thread."""

    engine: Engine
    actor: str
    case_id: int
    customer_id: int
    cost: CostSettings
    state: CaseState
    draft: BreakupDraft
    saved_terms: CaseTerms

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        write: bool = False,
    ) -> None:
        """Run ``fn`` on the task runner; the callbacks are dropped once the wizard closed."""

    def run_case(
        self, work: CaseWork[T], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Run ``work(session, expected_version)`` on the write queue, tracking the version."""

    def set_state(self, state: CaseState) -> None: ...

    def save_draft(self) -> None: ...

    def announce_change(self) -> None:
        """The case's state, claims, warnings or decision changed (emits ``case_changed``)."""

    def next(self) -> None: ...

    def finish_with_message(self, title: str, text: str) -> None: ...
