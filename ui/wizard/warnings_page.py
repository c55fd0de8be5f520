"""Page 2, warnings: the ladder and the warnings given on it, whether the case may skip it, and
a form to record a warning given by phone. Information only: the ladder does not gate a case."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desk.case.ladder import CHANNELS
from desk.case.wizard_data import LadderData, WarningGiven, load_ladder, record
from ui import labels
from ui.wizard.base import CasePage, notice, show_notice
from ui.wizard.ladder_model import LadderModel


class WarningsPage(CasePage):
    """The ladder table, where the case stands on it, and the "record a warning" form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("DraftPage", "Warnings"),
            QT_TRANSLATE_NOOP(
                "DraftPage",
                "The warnings already given on the policy's ladder. Record one here if it was "
                "given by phone; slurs and threats of violence skip the ladder.",
            ),
            parent,
        )
        self.data: LadderData | None = None
        self.standing = notice(self)
        self.model = LadderModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet("QTableView::item { padding: 4px 4px; }")
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((LadderModel.STEP, 210), (LadderModel.GIVEN, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        for column in (LadderModel.ACTION, LadderModel.SAID):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        self.body.addWidget(self.standing)
        self.body.addWidget(self.table)
        self.body.addSpacing(8)
        self.body.addWidget(self._build_form())
        self.body.addStretch(1)
        self.model.modelReset.connect(self.table.resizeRowsToContents)

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record a warning that was given by phone, email or in person"))
        self.given_at = QDateTimeEdit(self)
        self.given_at.setCalendarPopup(True)
        self.given_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.channel = QComboBox(self)
        for channel in CHANNELS:
            self.channel.addItem(labels.name(channel), channel)
        self.given_by = QLineEdit(self)
        self.given_by.setPlaceholderText(self.tr("who gave it"))
        self.step = QComboBox(self)
        self.said = QLineEdit(self)
        self.said.setPlaceholderText(self.tr("what the customer was told, in a sentence or two"))
        self.record_button = QPushButton(self.tr("Record warning"), self)
        self.record_status = QLabel(self)
        self.record_status.setWordWrap(True)
        left = QFormLayout()
        left.addRow(self.tr("Given on:"), self.given_at)
        left.addRow(self.tr("Channel:"), self.channel)
        right = QFormLayout()
        right.addRow(self.tr("Given by:"), self.given_by)
        right.addRow(self.tr("Ladder step:"), self.step)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        said = QFormLayout()
        said.addRow(self.tr("What was said:"), self.said)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_status, 1)
        buttons.addWidget(self.record_button)
        layout = QFormLayout(box)
        layout.addRow(columns)
        layout.addRow(said)
        layout.addRow(buttons)
        self.given_by.textChanged.connect(self._on_form_edited)
        self.said.textChanged.connect(self._on_form_edited)
        self.record_button.clicked.connect(self.record)
        self.record_button.setEnabled(False)
        return box

    # -- reading -----------------------------------------------------------------------

    def initializePage(self) -> None:
        self.given_by.setText(self.given_by.text() or self.breakup.actor)
        self.given_at.setDateTime(QDateTime.currentDateTime())
        self.given_at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))

    def load(self) -> None:
        engine, case_id = self.breakup.engine, self.breakup.case_id
        self.breakup.run(lambda: load_ladder(engine, case_id), self._on_loaded, self.fail)

    def _on_loaded(self, data: object) -> None:
        assert isinstance(data, LadderData)
        self.data = data
        self.model.set_rows(list(data.rows))
        current = self.step.currentData()
        self.step.clear()
        for row in data.rows:
            self.step.addItem(f"{row.step}. {labels.policy_text(row.title)}", row.step)
        wanted = current if current is not None else data.next_step
        self.step.setCurrentIndex(max(0, self.step.findData(wanted)))
        self._show_standing(data)
        self.mark_loaded()

    def _show_standing(self, data: LadderData) -> None:
        recorded = self.tr("%Ln warning(s) on record.", "", data.recorded)
        if data.may_skip:
            show_notice(self.standing, f"{data.skip_reason} {recorded}", "ok")
        elif data.skipped:
            steps = [f"{r.step} ({labels.policy_text(r.title)})" for r in data.skipped]
            which = (
                self.tr("Step {step} was").format(step=steps[0])
                if len(steps) == 1
                else self.tr("Steps {steps} and {last} were").format(
                    steps=", ".join(steps[:-1]), last=steps[-1]
                )
            )
            show_notice(
                self.standing,
                self.tr(
                    "{which} never given, and nothing in the evidence lets the case skip the "
                    "ladder. The leadership brief shows this; if a warning was given by phone, "
                    "record it below."
                ).format(which=which)
                + f" {recorded}",
                "warn",
            )
        else:
            show_notice(
                self.standing,
                self.tr("Every step before the last was given.") + f" {recorded}",
                "ok",
            )

    # -- recording ---------------------------------------------------------------------

    def _on_form_edited(self) -> None:
        ready = bool(self.given_by.text().strip() and self.said.text().strip())
        self.record_button.setEnabled(ready and not self.busy)

    def record(self) -> None:
        """Record the warning in the form (through the write queue), then reload the ladder."""
        wizard = self.breakup
        customer_id, actor = wizard.customer_id, wizard.actor
        when = self.given_at.dateTime().toPython()
        assert isinstance(when, dt.datetime)
        step = self.step.currentData()
        warning = WarningGiven(
            customer_id=customer_id,
            given_at=when,
            channel=str(self.channel.currentData()),
            given_by=self.given_by.text(),
            text=self.said.text(),
            ladder_step=int(step) if step is not None else None,
        )
        self.set_busy(True)
        self.record_button.setEnabled(False)
        self.record_status.setText(self.tr("Recording…"))
        wizard.run_case(record(warning, actor), self._on_recorded, self._on_record_failed)

    def _on_recorded(self, _result: object) -> None:
        self.busy = False
        self.record_status.setText(self.tr("Recorded."))
        self.said.clear()
        self.step.setCurrentIndex(-1)
        self.breakup.announce_change()
        self.load()

    def _on_record_failed(self, exc: BaseException) -> None:
        self.record_status.setText("")
        self.fail(exc)
        self._on_form_edited()

    def problems(self) -> list[str]:
        return []  # warnings inform leadership; the ladder never blocks the case
