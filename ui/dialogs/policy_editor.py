"""The policy, editable: criteria and the categories that back them, the warning ladder, the
categories that skip it, the pattern rule and the default refund.

The editor only edits; :mod:`desk.case.policy` validates (one readable reason on a mistake)
and stores the policy for everyone on the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.case.policy import Policy, default_policy, policy_from_dict
from ui.labels import policy_text

CRITERION_COLUMNS = ("key", "title", "categories", "description")
LADDER_COLUMNS = ("title", "action")
STORED = Qt.ItemDataRole.UserRole  # a translated cell: the text as stored
SHOWN = Qt.ItemDataRole.UserRole + 1  # … and as shown


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class PolicyEditor(QWidget):
    """Edits a :class:`Policy`; :meth:`policy` returns it validated (raises ``InputError``)."""

    def __init__(self, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criteria = self._table(
            [self.tr("Key"), self.tr("Criterion"), self.tr("Flag categories that back it"),
             self.tr("Description")]
        )  # fmt: skip
        self.ladder = self._table([self.tr("Step"), self.tr("What happens")])
        self.skip = QLineEdit(self)
        self.skip.setPlaceholderText(self.tr("hate, threat_violence"))
        self.min_days = QSpinBox(self)
        self.min_days.setRange(1, 365)
        self.min_days.setSuffix(self.tr(" days"))
        self.min_conversations = QSpinBox(self)
        self.min_conversations.setRange(1, 1000)
        self.min_conversations.setSuffix(self.tr(" conversations"))
        self.refund = QSpinBox(self)
        self.refund.setRange(0, 120)
        self.refund.setSuffix(self.tr(" months"))
        self.refund.setMaximumWidth(140)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b2182b;")

        add_step = QPushButton(self.tr("Add step"), self)
        remove_step = QPushButton(self.tr("Remove last step"), self)
        add_step.clicked.connect(lambda: self._append(self.ladder, ["", ""]))
        remove_step.clicked.connect(
            lambda: self.ladder.setRowCount(max(0, self.ladder.rowCount() - 1))
        )
        defaults = QPushButton(self.tr("Restore the defaults"), self)
        defaults.clicked.connect(lambda: self.set_policy(default_policy()))

        criteria_box = QGroupBox(self.tr("Grounds for ending the relationship"), self)
        box = QVBoxLayout(criteria_box)
        box.addWidget(self.criteria)
        ladder_box = QGroupBox(self.tr("Warning ladder, one step per offence"), self)
        box = QVBoxLayout(ladder_box)
        box.addWidget(self.ladder)
        steps = QHBoxLayout()
        steps.addWidget(add_step)
        steps.addWidget(remove_step)
        steps.addStretch(1)
        box.addLayout(steps)
        rules = QFormLayout()
        rules.addRow(self.tr("Skip the ladder for:"), self.skip)
        pattern = QHBoxLayout()
        pattern.addWidget(QLabel(self.tr("incidents on at least"), self))
        pattern.addWidget(self.min_days)
        pattern.addWidget(QLabel(self.tr("in at least"), self))
        pattern.addWidget(self.min_conversations)
        pattern.addStretch(1)
        rules.addRow(self.tr("A pattern, not a bad day:"), pattern)
        rules.addRow(self.tr("Refund, unasked:"), self.refund)
        layout = QVBoxLayout(self)
        layout.addWidget(criteria_box, 1)
        layout.addWidget(ladder_box, 1)
        layout.addLayout(rules)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(defaults)
        layout.addLayout(bottom)
        self.set_policy(policy)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return table

    def _append(
        self, table: QTableWidget, values: list[str], translated: tuple[int, ...] = ()
    ) -> None:
        """A row of ``values``; the ``translated`` columns show the default policy's text in
        the window's language and keep the stored text, which :meth:`_text` hands back while
        the cell is left as shown (the stored policy stays in the words it was written in)."""
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            shown = policy_text(value) if column in translated and value else value
            item = QTableWidgetItem(shown)
            if shown != value:
                item.setData(STORED, value)
                item.setData(SHOWN, shown)
            table.setItem(row, column, item)

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        if item is None:
            return ""
        if item.data(STORED) is not None and item.text() == item.data(SHOWN):
            return str(item.data(STORED))
        return item.text().strip()

    def set_policy(self, policy: Policy) -> None:
        self.criteria.setRowCount(0)
        for criterion in policy.criteria:
            self._append(
                self.criteria,
                [criterion.key, criterion.title, ", ".join(criterion.categories),
                 criterion.description],
                translated=(1, 3),
            )  # fmt: skip
        self.ladder.setRowCount(0)
        for step in policy.ladder:
            self._append(self.ladder, [step.title, step.action], translated=(0, 1))
        self.criteria.setColumnWidth(0, 140)
        self.criteria.setColumnWidth(1, 260)
        self.criteria.setColumnWidth(2, 260)
        self.ladder.setColumnWidth(0, 200)
        self.criteria.resizeRowsToContents()
        self.ladder.resizeRowsToContents()
        self.skip.setText(", ".join(policy.skip_ladder_categories))
        self.min_days.setValue(policy.pattern.min_days)
        self.min_conversations.setValue(policy.pattern.min_conversations)
        self.refund.setValue(policy.refund_months)
        self.error.clear()

    def as_dict(self) -> dict[str, Any]:
        return {
            "criterion": [
                {
                    "key": self._text(self.criteria, row, 0),
                    "title": self._text(self.criteria, row, 1),
                    "categories": _split(self._text(self.criteria, row, 2)),
                    "description": self._text(self.criteria, row, 3),
                }
                for row in range(self.criteria.rowCount())
            ],
            "ladder": [
                {
                    "step": row + 1,
                    "title": self._text(self.ladder, row, 0),
                    "action": self._text(self.ladder, row, 1),
                }
                for row in range(self.ladder.rowCount())
            ],
            "skip_ladder_categories": _split(self.skip.text()),
            "pattern": {
                "min_days": self.min_days.value(),
                "min_conversations": self.min_conversations.value(),
            },
            "refund_months": self.refund.value(),
        }

    def policy(self) -> Policy:
        """The edited policy, validated by the core; shows and re-raises a mistake."""
        try:
            return policy_from_dict(self.as_dict(), "the policy")
        except Exception as exc:
            self.error.setText(str(exc))
            raise
