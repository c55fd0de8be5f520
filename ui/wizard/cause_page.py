"""Page 1, establish the cause: the policy's criteria with the evidence behind each, the claims,
and the pattern rule; Next submits the case for review."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desk.case import case_access
from desk.case.criteria import CriterionStatus, PatternStatus
from desk.case.policy import PATTERN_CRITERION
from desk.case.wizard_data import CauseData, CriterionLine, cause_of, submit_claims
from desk.case.wizard_rules import cause_problems
from desk.db.models import CaseState
from ui import formatting, labels
from ui.wizard.base import CasePage, notice, show_notice
from ui.wizard.reasons import pattern_counts, pattern_minimum

CLAIMS_NOTE = "claims"  # key of the draft's notes: the ticks not yet submitted


class CausePage(CasePage):
    """The criteria as a tree (criterion → its evidence), a tick per criterion to claim it."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CausePage", "Criterion and the evidence behind it"),
        QT_TRANSLATE_NOOP("CausePage", "Date"),
        QT_TRANSLATE_NOOP("CausePage", "Backing"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("DraftPage", "Establish the cause"),
            QT_TRANSLATE_NOOP(
                "DraftPage",
                "Claim the policy's grounds that the evidence backs. The bar is high: anger at the "
                "company is not abuse, and one bad day is not a pattern.",
            ),
            parent,
        )
        self.data: CauseData | None = None
        self.claimed: list[str] = []
        self.state_notice = notice(self)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr(str(c)) for c in self.COLUMNS])
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.detail = CriterionDetail(self)
        self.pattern = notice(self)
        row = QHBoxLayout()
        row.addWidget(self.tree, 5)
        row.addWidget(self.detail, 2)
        self.body.addWidget(self.state_notice)
        self.body.addLayout(row, 1)
        self.body.addWidget(self.pattern)
        self.model.itemChanged.connect(self._on_item_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

    # -- reading -----------------------------------------------------------------------

    def load(self) -> None:
        wizard = self.breakup
        wizard.run_case(cause_of(wizard.case_id), self._on_loaded, self.fail)

    def _on_loaded(self, data: object) -> None:
        assert isinstance(data, CauseData)
        self.data = data
        self.breakup.set_state(data.state)
        backed = {line.status.key for line in data.criteria if line.status.backed}
        pending = self.breakup.draft.notes.get(CLAIMS_NOTE, [])
        chosen = list(data.claimed) if data.claimed or not self.editable else pending
        self.claimed = [key for key in chosen if key in backed]
        self._fill(data)
        self._show_state(data)
        self.mark_loaded()

    @property
    def editable(self) -> bool:
        return self.data is not None and self.data.state == CaseState.DRAFT

    def _fill(self, data: CauseData) -> None:
        current = self.tree.currentIndex()
        while current.parent().isValid():
            current = current.parent()
        row = max(0, current.row())
        self.model.blockSignals(True)
        self.model.removeRows(0, self.model.rowCount())
        for line in data.criteria:
            self.model.appendRow(self._criterion_row(line))
        self.model.blockSignals(False)
        self.tree.expandAll()
        self.tree.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        met = data.pattern.met or data.pattern.skips_ladder
        show_notice(self.pattern, self.pattern_text(data.pattern), "ok" if met else "warn")

    def pattern_text(self, pattern: PatternStatus) -> str:
        """The pattern rule's line, from its numbers (``PatternStatus.describe`` is the CLI's)."""
        counts = pattern_counts(pattern.days, pattern.conversations)
        minimum = pattern_minimum(pattern.min_days, pattern.min_conversations)
        if pattern.met:
            text = self.tr("Pattern rule met: incidents {counts} (the policy asks for {minimum}).")
        else:
            text = self.tr(
                "Pattern rule not met: incidents {counts} (the policy asks for {minimum})."
            )
        text = text.format(counts=counts, minimum=minimum)
        if pattern.skip_categories and not pattern.met:
            skips = ", ".join(labels.name(c) for c in pattern.skip_categories)
            needed = self.tr("Not needed: {categories} skips the ladder.")
            text += " " + needed.format(categories=skips)
        return ("✔ " if pattern.met or pattern.skips_ladder else "✘ ") + text

    def _criterion_row(self, line: CriterionLine) -> list[QStandardItem]:
        status = line.status
        title = QStandardItem(labels.policy_text(status.title))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        title.setData(status.key, Qt.ItemDataRole.UserRole)
        title.setCheckable(True)
        title.setCheckState(
            Qt.CheckState.Checked if status.key in self.claimed else Qt.CheckState.Unchecked
        )
        can_claim = self.editable and status.backed
        title.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsUserCheckable if can_claim else Qt.ItemFlag.NoItemFlags)
        )
        title.setToolTip(labels.policy_text(line.description))
        count = QStandardItem(self._backing_text(status))
        if not status.backed:
            count.setForeground(QBrush(QColor("#8a5a00")))
            count.setToolTip(self._unbacked_reason(status))
            title.setForeground(QBrush(QColor("#7a7a7a")))
            title.setToolTip(
                f"{labels.policy_text(line.description)}\n\n{self._unbacked_reason(status)}"
            )
        for item in line.items:
            quote = QStandardItem(f"“{item.text}”" if item.kind == "quote" else item.text)
            quote.setToolTip(item.text)
            when = QStandardItem(formatting.long_date(item.when))
            kind = QStandardItem(labels.name(item.kind))
            for cell in (quote, when, kind):
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            title.appendRow([quote, when, kind])
        blank = QStandardItem("")
        for cell in (blank, count):
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return [title, blank, count]

    def _backing_text(self, status: CriterionStatus) -> str:
        if status.backed:
            return self.tr("%n item(s)", "", status.evidence)
        if status.key == PATTERN_CRITERION:
            return self.tr("pattern rule not met")
        return self.tr("no evidence")

    def _unbacked_reason(self, status: CriterionStatus) -> str:
        if status.key == PATTERN_CRITERION:
            return self.tr(
                "Cannot be claimed: the pattern rule is not met (see below). It is backed by "
                "the other criteria's incidents once they span enough days and conversations."
            )
        return self.tr(
            "Cannot be claimed: no evidence backs it. Add quotes, conversations or files "
            "under this criterion from the customer's page."
        )

    def _show_state(self, data: CauseData) -> None:
        if data.state == CaseState.DRAFT:
            show_notice(self.state_notice, "")
            return
        titles = [
            labels.policy_text(line.status.title)
            for line in data.criteria
            if line.status.key in data.claimed
        ]
        show_notice(
            self.state_notice,
            self.tr(
                "The case is {state}; it claims: {claims}. Claims and evidence can change only "
                "in a draft: withdraw the case from review to change them."
            ).format(state=labels.name(data.state), claims="; ".join(titles) or "—"),
            "ok",
        )

    # -- claiming ----------------------------------------------------------------------

    def _on_item_changed(self, item: QStandardItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(key, str) or not self.editable:
            return
        ticked = item.checkState() == Qt.CheckState.Checked
        self.claimed = [k for k in self.claimed if k != key] + ([key] if ticked else [])
        order = [line.status.key for line in self.data.criteria] if self.data else []
        self.claimed.sort(key=lambda k: order.index(k) if k in order else len(order))
        self.breakup.draft.notes[CLAIMS_NOTE] = list(self.claimed)
        self.failure = ""
        self.changed()

    def criterion_index(self, key: str) -> QModelIndex:
        """The tree's row of criterion ``key`` (for keyboard and tests)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == key:
                return index
        raise KeyError(key)

    def problems(self) -> list[str]:
        if self.data is None or not self.editable:
            return []
        statuses = [line.status for line in self.data.criteria]
        return cause_problems(statuses, self.data.pattern, self.claimed)

    # -- submitting --------------------------------------------------------------------

    def validatePage(self) -> bool:
        wizard = self.breakup
        if wizard.state != CaseState.DRAFT:
            return True  # submitted already: the page is read-only
        if self.busy or self.problems():
            return False
        work = submit_claims(wizard.case_id, wizard.actor, list(self.claimed))
        self.set_busy(True)
        wizard.run_case(work, self._on_submitted, self._on_refused)
        return False  # the wizard moves on once the case is submitted

    def _on_submitted(self, state: object) -> None:
        assert isinstance(state, CaseState)
        self.busy = False
        self.breakup.set_state(state)
        self.breakup.draft.notes.pop(CLAIMS_NOTE, None)
        self.breakup.announce_change()
        self.breakup.next()

    def _on_refused(self, exc: BaseException) -> None:
        self.fail(exc)
        if isinstance(exc, case_access.ConflictError):
            self.load()  # show what changed; the next Next submits against it

    def _on_current_changed(self, current: QModelIndex) -> None:
        top = current
        while top.parent().isValid():
            top = top.parent()
        if self.data is None or not top.isValid() or top.row() >= len(self.data.criteria):
            return
        line = self.data.criteria[top.row()]
        reason = "" if line.status.backed else self._unbacked_reason(line.status)
        self.detail.show_criterion(line, self._backing_text(line.status), reason)


class CriterionDetail(QFrame):
    """What the selected criterion means, what backs it, and why it cannot be claimed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self.setStyleSheet(
            "QFrame#detail { background: white; border: 1px solid #d9dde3; border-radius: 6px; }"
        )
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.description = QLabel(self)
        self.backing = QLabel(self)
        self.categories = QLabel(self)
        self.categories.setStyleSheet("color: #5f6368;")
        self.reason = QLabel(self)
        self.reason.setStyleSheet("color: #8a5a00;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        for label in (self.title, self.description, self.backing, self.categories, self.reason):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        layout.addStretch(1)

    def show_criterion(self, line: CriterionLine, backing: str, reason: str) -> None:
        self.title.setText(labels.policy_text(line.status.title))
        self.description.setText(labels.policy_text(line.description))
        self.backing.setText(self.tr("Backed by: {backing}").format(backing=backing))
        self.categories.setText(
            self.tr("Flag categories: {names}").format(
                names=", ".join(labels.name(c) for c in line.categories)
            )
            if line.categories
            else ""
        )
        self.categories.setVisible(bool(line.categories))
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
