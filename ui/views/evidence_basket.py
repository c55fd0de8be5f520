"""The evidence basket: the open case's evidence grouped by criterion, with undo and redo.

Every edit (add, remove, reorder) is written through the runner's single write queue; the
write returns the case as it then stands, so the list always shows what the database holds.
Each case keeps its own undo stack in :attr:`EvidenceBasket.undo_group`, whose actions the
main window puts in its Edit menu.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.case.basket import Basket
from desk.case.case_access import ConflictError
from desk.case.edits import (
    Adder,
    adding,
    attachment_adder,
    load_customer_basket,
    note_adder,
    open_case_basket,
    quote_adder,
    write_change,
)
from desk.case.integrity_marks import case_marks
from desk.db.handle import Engine
from desk.db.models import CaseState
from desk.errors import DeskError
from ui import labels
from ui.models.evidence_tree import EvidenceTreeModel, one_line
from ui.views.evidence_commands import CaseTracker, Change, reordered, toggled
from ui.views.evidence_tree_view import EvidenceTreeView
from ui.workers import TaskRunner

log = logging.getLogger(__name__)
ErrorCallback = Callable[[BaseException], None]


def short(text: str, length: int = 32) -> str:
    text = one_line(text)
    return text if len(text) <= length else text[: length - 1] + "…"


class EvidenceBasket(QWidget):
    """The case of the customer shown, as a tree of evidence.

    Signals:
        case_loaded(object): the basket now shows this :class:`Basket` (None: no open case).
    """

    case_loaded = Signal(object)

    def __init__(
        self, engine: Engine, runner: TaskRunner, actor: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._actor = actor
        self._customer_id: int | None = None
        self._select_after: int | None = None
        self.tracker = CaseTracker()
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}

        self.title = QLabel(self.tr("Evidence"), self)
        self.title.setStyleSheet("font-weight: 600;")
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: palette(dark);")
        self.model = EvidenceTreeModel(self)
        self.model.order_changed.connect(self._on_model_order_changed)
        self.view = EvidenceTreeView(self.model, self)
        self.view.remove_requested.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c;")
        self.message.hide()
        self.preserve = QLabel(
            self.tr(
                "Build the case before you block this customer in your helpdesk: Zendesk "
                "deletes spam-marked tickets after 30 days, Intercom archives a blocked "
                "person's messages, Freshdesk deletes the contact. This case keeps its own "
                "copy of every message it quotes, with its hash."
            ),
            self,
        )
        self.preserve.setWordWrap(True)
        self.preserve.setStyleSheet("color: #5a5a5a; font-size: 11px;")

        self.remove_action = QAction(self.tr("&Remove from case"), self)
        self.remove_action.setToolTip(self.tr("Take the selected item out of the case (Delete)"))
        self.remove_action.triggered.connect(self.remove_selected)
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.triggered.connect(self.undo_group.redo)
        self.undo_group.canUndoChanged.connect(self._update_actions)
        self.undo_group.canRedoChanged.connect(self._update_actions)
        self.undo_group.undoTextChanged.connect(self._update_actions)
        self.undo_group.redoTextChanged.connect(self._update_actions)
        self.tools = QHBoxLayout()
        self.tools.setContentsMargins(0, 0, 0, 0)
        self.remove_button = self._tool_button(self.remove_action)
        self.undo_button = self._tool_button(self.undo_action)
        self.redo_button = self._tool_button(self.redo_action)
        self.tools.addStretch(1)

        self.title_row = QHBoxLayout()  # the title, then any buttons a page adds
        self.title_row.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.title_row)
        layout.addWidget(self.reason)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.preserve)
        layout.addLayout(self.tools)
        self._show(None)

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        self.tools.addWidget(button)
        return button

    # -- what is shown ------------------------------------------------------------------

    @property
    def basket(self) -> Basket | None:
        return self.model.basket

    @property
    def case_id(self) -> int | None:
        return self.basket.case_id if self.basket else None

    @property
    def editable(self) -> bool:
        return self.model.editable

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The undo stack of the case shown (None without a case or when read-only)."""
        return self.undo_group.activeStack()

    def stack_for(self, case_id: int) -> QUndoStack:
        if case_id not in self._stacks:
            self._stacks[case_id] = QUndoStack(self.undo_group)
        return self._stacks[case_id]

    def _activate(self, stack: QUndoStack | None) -> None:
        # The stubs forbid None, which Qt takes as "no active stack" (the actions disable).
        self.undo_group.setActiveStack(stack)  # type: ignore[arg-type]

    def show_customer(self, customer_id: int) -> None:
        """Follow this customer's open case (none yet: the basket says so)."""
        if customer_id != self._customer_id:
            self._customer_id = customer_id
            self.model.set_basket(None)
            self._activate(None)
            self.show_message("")
        self.reload()

    def reload(self) -> None:
        customer_id = self._customer_id
        if customer_id is None:
            return
        engine = self._engine

        self._runner.run(
            lambda: load_customer_basket(engine, customer_id),
            lambda result: self._apply(customer_id, result),
        )

    def _apply(self, customer_id: int, result: object) -> None:
        if customer_id != self._customer_id:
            return  # another customer was chosen meanwhile
        assert result is None or isinstance(result, Basket)
        shown = self.basket
        if (
            result is not None
            and shown is not None
            and result.case_id == shown.case_id
            and result.version < shown.version
        ):
            return  # an older read than what is shown
        if result is not None:
            self.tracker.adopt(result.case_id, result.version)
        self._show(result)

    def _show(self, result: Basket | None) -> None:
        selected = self._select_after or self.view.selected_id()
        self._select_after = None
        self.model.set_basket(result)
        self.view.select_id(selected)
        if result is not None:
            self._check_integrity(result.case_id)
        if result is None:
            self.title.setText(self.tr("Evidence"))
            self.reason.setText(self.tr("No open case. Open a case to collect evidence."))
            self.reason.show()
            self._activate(None)
        else:
            items = self.tr("%Ln item(s)", "", len(result.order))
            self.title.setText(
                self.tr("Case #{case} ({state}) · {items}").format(
                    case=result.case_id, state=labels.name(result.state), items=items
                )
            )
            self.reason.setText(self.read_only_text(result))
            self.reason.setVisible(not result.editable)
            self._activate(self.stack_for(result.case_id) if result.editable else None)
        self.view.set_editable(self.editable)
        self._update_actions()
        self.case_loaded.emit(result)

    def _check_integrity(self, case_id: int) -> None:
        """Mark items that no longer match their capture (desk.case.integrity, read pool)."""
        engine = self._engine
        self._runner.run(
            lambda: case_marks(engine, case_id),
            lambda marks: self.model.set_altered(case_id, marks),
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot()
    def _update_actions(self) -> None:
        self.remove_action.setEnabled(self.editable and self.view.selected_id() is not None)
        self.undo_action.setEnabled(self.undo_group.canUndo())
        self.redo_action.setEnabled(self.undo_group.canRedo())
        self.undo_action.setToolTip(self.undo_group.undoText() or self.tr("Nothing to undo"))
        self.redo_action.setToolTip(self.undo_group.redoText() or self.tr("Nothing to redo"))

    # -- writing ----------------------------------------------------------------------------

    def _write(
        self,
        case_id: int,
        change: Change,
        on_done: Callable[[object], None] | None = None,
        on_error: ErrorCallback | None = None,
        *,
        replay: bool = False,
    ) -> None:
        """Run ``change`` on the write queue, then show the case as it stands."""
        engine, tracker, customer_id = self._engine, self.tracker, self._customer_id
        epoch = tracker.epoch(case_id)

        def job() -> tuple[object, Basket] | None:
            if replay and tracker.epoch(case_id) != epoch:
                return None  # an earlier replay failed: the history was dropped
            try:
                result, after = write_change(engine, case_id, change, tracker)
            except BaseException:
                if replay:
                    tracker.invalidate(case_id)
                raise
            tracker.adopt(case_id, after.version)
            return result, after

        def done(outcome: object) -> None:
            if outcome is None:
                return
            assert isinstance(outcome, tuple)
            result, after = outcome
            self.show_message("")
            if customer_id is not None:
                self._apply(customer_id, after)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if replay:
                self.stack_for(case_id).clear()
            if isinstance(exc, ConflictError) or replay or on_error is None:
                self.show_message(self._describe(exc))
                self.reload()
            else:
                on_error(exc)

        self._runner.run(job, done, failed, write=True)

    def _describe(self, exc: BaseException) -> str:
        if not isinstance(exc, DeskError):
            log.error("writing the case failed", exc_info=exc)
            return f"{type(exc).__name__}: {exc}"
        return str(exc)

    def replay(self, case_id: int, change: Change) -> None:
        """Write an undo or a redo (called by the commands on the stack)."""
        self._write(case_id, change, replay=True)

    def _push_added(self, case_id: int, template: str) -> Callable[[object], None]:
        """After an add that returned (id, text): undo takes the item out again."""

        def push(result: object) -> None:
            assert isinstance(result, tuple)
            evidence_id, text = result
            self._select_after = evidence_id
            label = template.format(text=short(text))
            command = toggled(self, case_id, evidence_id, self._actor, label, present=True)
            self.stack_for(case_id).push(command)
            self._show(self.basket)

        return push

    # -- edits --------------------------------------------------------------------------

    def open_case(
        self, on_done: Callable[[], None] | None = None, on_error: ErrorCallback | None = None
    ) -> None:
        """Open a draft case against the customer shown (or resume the one open)."""
        customer_id, engine, actor = self._customer_id, self._engine, self._actor
        if customer_id is None:
            return

        def write() -> Basket:
            return open_case_basket(engine, customer_id, actor)

        def failed(exc: BaseException) -> None:
            if on_error is None:
                self.show_message(self._describe(exc))
            else:
                on_error(exc)

        def done(result: object) -> None:
            self._apply(customer_id, result)
            if on_done is not None:
                on_done()

        self._runner.run(write, done, failed, write=True)

    def _add(self, template: str, build: Adder, on_error: ErrorCallback | None) -> None:
        """Add what ``build`` writes; the command pushed after it takes it out on undo."""
        case_id = self._require_case()
        if case_id is None:
            return

        self._write(case_id, adding(case_id, build), self._push_added(case_id, template), on_error)

    def add_quote(
        self,
        message_id: int,
        start: int,
        end: int,
        category: str | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Quote characters ``start``–``end`` of one of the customer's messages."""
        actor = self._actor
        self._add(
            self.tr("Add quote “{text}”"),
            quote_adder(message_id, actor, start, end, category),
            on_error,
        )

    def add_note(
        self, text: str, criterion: str | None = None, on_error: ErrorCallback | None = None
    ) -> None:
        actor = self._actor
        self._add(
            self.tr("Add note “{text}”"),
            note_adder(text, actor, criterion),
            on_error,
        )

    def add_attachment(
        self, path: Path, criterion: str | None = None, on_error: ErrorCallback | None = None
    ) -> None:
        actor = self._actor
        self._add(
            self.tr("Attach {text}"),
            attachment_adder(path, actor, criterion),
            on_error,
        )

    @Slot()
    def remove_selected(self) -> None:
        evidence_id = self.view.selected_id()
        if evidence_id is not None:
            self.remove(evidence_id)

    def remove(self, evidence_id: int) -> None:
        case_id, shown = self._require_case(), self.basket
        item = shown.item(evidence_id) if shown else None
        if case_id is None or item is None:
            return
        self._select_after = self.view.neighbour_id(evidence_id)
        label = self.tr("Remove “{text}”").format(text=short(item.text))
        command = toggled(self, case_id, evidence_id, self._actor, label, present=False)
        self._write(case_id, command.forward, lambda _r: self.stack_for(case_id).push(command))

    @Slot(list, list)
    def _on_model_order_changed(self, before: list[int], after: list[int]) -> None:
        case_id, actor = self._require_case(), self._actor
        if case_id is None:
            return
        command = reordered(self, case_id, before, after, actor, self.tr("Reorder evidence"))
        self._write(case_id, command.forward, lambda _r: self.stack_for(case_id).push(command))

    def read_only_text(self, basket: Basket) -> str:
        """Why the case's evidence cannot change (the core's ``read_only_reason``), in the
        window's language; "" for a draft."""
        if basket.editable:
            return ""
        if basket.state == CaseState.READY_FOR_REVIEW:
            hint = self.tr("withdraw it from review to change its evidence")
        else:
            hint = self.tr("its evidence is kept as it was decided")
        return self.tr("Case #{case} is {state}: {hint}.").format(
            case=basket.case_id, state=labels.name(basket.state), hint=hint
        )

    def _require_case(self) -> int | None:
        if self.basket is None or not self.basket.editable:
            self.show_message(
                self.read_only_text(self.basket)
                if self.basket and self.basket.read_only_reason
                else self.tr("Open a case first.")
            )
            return None
        return self.basket.case_id
