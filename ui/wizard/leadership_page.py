"""Page 3, leadership: the business case at a glance, the leadership brief, and the decision.

Next records the decision: approved moves on to the terms; declined keeps the case (declined)
and ends the wizard with a message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
    QWizard,
)

from desk.case import case_access
from desk.case.wizard_data import DecisionForm, decide
from desk.case.wizard_rules import approval_problems
from desk.charts.words import Words, language_of
from desk.db.models import CaseState
from desk.documents.brief.language import write_brief_in
from desk.documents.wizard_documents import (
    BusinessCase,
    Decision,
    LeadershipData,
    leadership_of,
    load_business_case,
)
from ui import formatting, i18n, labels
from ui.wizard.base import CasePage, notice, show_notice
from ui.wizard.business_case import (
    BusinessCasePanel,
    default_paper,
)

DECIDED = (CaseState.APPROVED, CaseState.LETTER_ISSUED)


class LeadershipPage(CasePage):
    """The business case, the brief, and the approval form.

    Signals:
        brief_written(str): the leadership brief PDF was written to this path.
    """

    brief_written = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("DraftPage", "Leadership"),
            QT_TRANSLATE_NOOP(
                "DraftPage",
                "Present it as a business problem, with data; then record leadership's decision.",
            ),
            parent,
        )
        self.data: LeadershipData | None = None
        self.state_notice = notice(self)
        self.panel = BusinessCasePanel(self)
        self.body.addWidget(self.state_notice)
        self.body.addWidget(self.panel, 1)
        self.body.addWidget(self._build_form())
        self.brief_language = self._language_choice()
        self.panel.write_brief_requested.connect(self._on_write_brief_requested)

    def _language_choice(self) -> QComboBox:
        """The brief's language, beside its button: the window's by default, but a Spanish
        manager may brief an English-speaking board."""
        combo = QComboBox(self)
        for code, name in i18n.LANGUAGES:  # each language in its own name
            combo.addItem(name, code.split("_")[0])  # the brief's codes: zh, not zh_CN
        window = i18n.system_language(QLocale()).split("_")[0]  # QLocale(): the window's
        combo.setCurrentIndex(max(0, combo.findData(window)))
        row = QHBoxLayout()
        # The letters' language box's word, already translated: no new string for the .ts.
        row.addWidget(QLabel(QCoreApplication.translate("LanguageBox", "Language"), self))
        row.addWidget(combo, 1)
        parent = self.panel.brief_button.parentWidget()
        box = parent.layout() if parent is not None else None
        if isinstance(box, QBoxLayout):  # just above the button
            box.insertLayout(box.indexOf(self.panel.brief_button), row)
        return combo

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Leadership's decision"))
        self.approver = QLineEdit(self)
        self.approver_title = QLineEdit(self)
        self.decided_on = QDateEdit(self)
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("yyyy-MM-dd")
        self.approve = QRadioButton(self.tr("Approve: end the relationship"), self)
        self.decline = QRadioButton(self.tr("Decline: keep the customer"), self)
        self.decisions = QButtonGroup(self)
        self.adjusted_yes = QRadioButton(self.tr("Yes"), self)
        self.adjusted_no = QRadioButton(self.tr("No"), self)
        self.adjusted = QButtonGroup(self)
        for group, buttons in (
            (self.decisions, (self.approve, self.decline)),
            (self.adjusted, (self.adjusted_yes, self.adjusted_no)),
        ):
            for button in buttons:
                group.addButton(button)
            group.buttonToggled.connect(self._on_form_edited)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("optional: what was considered, or why declined"))
        decision = QHBoxLayout()
        decision.addWidget(self.approve)
        decision.addWidget(self.decline)
        decision.addStretch(1)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        for column, (label, field) in enumerate(
            (
                (self.tr("Approver:"), self.approver),
                (self.tr("Title:"), self.approver_title),
                (self.tr("Date:"), self.decided_on),
            )
        ):
            grid.addWidget(QLabel(label, box), 0, 2 * column)
            grid.addWidget(field, 0, 2 * column + 1)
        question = QLabel(
            self.tr(
                "Were reasonable adjustments for the customer's disability or circumstances "
                "considered?"
            ),
            box,
        )
        adjusted = QHBoxLayout()
        adjusted.addWidget(question)
        adjusted.addSpacing(12)
        adjusted.addWidget(self.adjusted_yes)
        adjusted.addWidget(self.adjusted_no)
        adjusted.addStretch(1)
        grid.addWidget(QLabel(self.tr("Decision:"), box), 1, 0)
        grid.addLayout(decision, 1, 1, 1, 5)
        grid.addLayout(adjusted, 2, 0, 1, 6)
        grid.addWidget(QLabel(self.tr("Note:"), box), 3, 0)
        grid.addWidget(self.note, 3, 1, 1, 5)
        for line in (self.approver, self.approver_title, self.note):
            line.textChanged.connect(self._on_form_edited)
        self.decided_on.dateChanged.connect(self._on_form_edited)
        self.form_box = box
        return box

    # -- reading -----------------------------------------------------------------------

    def initializePage(self) -> None:
        wizard = self.breakup
        self.panel.suggested_name = f"leadership-brief-case-{wizard.case_id}.pdf"
        today = QDate.currentDate()
        self.decided_on.setMaximumDate(today)
        if not self.approver.text():
            self.decided_on.setDate(today)

    def load(self) -> None:
        wizard = self.breakup
        case_id = wizard.case_id
        wizard.run_case(leadership_of(case_id), self._on_loaded, self.fail)
        if self.panel.business is None:
            engine, customer_id, cost = wizard.engine, wizard.customer_id, wizard.cost
            words = Words(language_of(i18n.window_language()))  # the chart in the window's
            wizard.run(
                lambda: load_business_case(engine, customer_id, cost, words),
                self._on_business,
                self.panel.brief_failed,
            )

    def _on_business(self, business: object) -> None:
        assert isinstance(business, BusinessCase)
        self.panel.show_business(business)

    def _on_loaded(self, data: object) -> None:
        assert isinstance(data, LeadershipData)
        self.data = data
        self.breakup.set_state(data.state)
        name, title = data.signatory
        self.approver.setPlaceholderText(name or self.tr("approver's name"))
        self.approver_title.setPlaceholderText(title or self.tr("title, such as COO"))
        if data.decision is not None and data.state != CaseState.READY_FOR_REVIEW:
            self._show_decision(data.decision)
        self.form_box.setEnabled(data.state == CaseState.READY_FOR_REVIEW)
        self.panel.show_summary(data.claims, data.evidence, data.warnings)
        show_notice(self.state_notice, *self._state_text(data))
        self._update_next_text()
        self.mark_loaded()

    def _show_decision(self, decision: Decision) -> None:
        self.approver.setText(decision.name)
        self.approver_title.setText(decision.title)
        on = decision.decided_on
        self.decided_on.setDate(QDate(on.year, on.month, on.day))
        (self.approve if decision.decision == "approved" else self.decline).setChecked(True)
        (self.adjusted_yes if decision.considered else self.adjusted_no).setChecked(True)
        self.note.setText(decision.note)

    def _state_text(self, data: LeadershipData) -> tuple[str, str]:
        decided = data.decision
        by = ""
        if decided:
            said = (
                self.tr("Approved by {name}, {title}, on {date}.")
                if decided.decision == "approved"
                else self.tr("Declined by {name}, {title}, on {date}.")
            )
            when = formatting.long_date(decided.decided_on)
            by = said.format(name=decided.name, title=decided.title, date=when)
        if data.state in DECIDED:
            approved = self.tr("Leadership approved the case.")
            return f"{approved} {by}".strip(), "ok"
        if data.state == CaseState.READY_FOR_REVIEW:
            return "", "info"
        state = labels.name(data.state)
        said_state = self.tr("The case is {state}.").format(state=state)
        return f"{said_state} {by}".strip(), "warn"

    # -- deciding ----------------------------------------------------------------------

    def decision(self) -> str | None:
        if self.approve.isChecked():
            return "approved"
        return "declined" if self.decline.isChecked() else None

    def considered(self) -> bool | None:
        if self.adjusted_yes.isChecked():
            return True
        return False if self.adjusted_no.isChecked() else None

    def _on_form_edited(self) -> None:
        self.failure = ""
        self._update_next_text()
        self.changed()

    def _update_next_text(self) -> None:
        text = self.tr("&Next >")
        if self.data is not None and self.data.state == CaseState.READY_FOR_REVIEW:
            if self.decision() == "approved":
                text = self.tr("&Approve >")
            elif self.decision() == "declined":
                text = self.tr("&Decline")
        self.setButtonText(QWizard.WizardButton.NextButton, text)

    def problems(self) -> list[str]:
        if self.data is None:
            return []
        state = self.data.state
        if state in DECIDED:
            return []
        if state == CaseState.DRAFT:
            return [self.tr("The case is a draft: go back and submit it for review first.")]
        if state != CaseState.READY_FOR_REVIEW:
            return [
                self.tr("No letter can follow: the case is {state}.").format(
                    state=labels.name(state)
                )
            ]
        return approval_problems(
            self.approver.text(), self.approver_title.text(), self.decision(), self.considered()
        )

    def validatePage(self) -> bool:
        wizard = self.breakup
        if wizard.state in DECIDED:
            return True
        if self.busy or self.data is None or self.problems():
            return False
        on = self.decided_on.date().toPython()
        assert isinstance(on, dt.date)
        form = DecisionForm(
            decision=self.decision(),
            name=self.approver.text(),
            title=self.approver_title.text(),
            note=self.note.text(),
            considered=self.considered(),
            decided_on=on,
        )
        work = decide(wizard.case_id, wizard.actor, form)
        self.set_busy(True)
        wizard.run_case(work, self._on_decided, self._on_refused)
        return False  # the wizard moves on (or ends) once the decision is recorded

    def _on_decided(self, state: object) -> None:
        assert isinstance(state, CaseState)
        wizard = self.breakup
        self.busy = False
        wizard.set_state(state)
        wizard.announce_change()
        if state in DECIDED:
            wizard.next()
            return
        if self.data is not None:
            self.data = replace(self.data, state=state)
            show_notice(self.state_notice, *self._state_text(self.data))
        self.form_box.setEnabled(False)
        self.changed()
        wizard.finish_with_message(
            self.tr("Case declined"),
            self.tr(
                "Leadership declined case #{id}. The case is kept, with its evidence, "
                "warnings and the decision on record; it can be reopened later."
            ).format(id=wizard.case_id),
        )

    def _on_refused(self, exc: BaseException) -> None:
        self.fail(exc)
        if isinstance(exc, case_access.ConflictError):
            self.load()

    # -- the brief ---------------------------------------------------------------------

    def _on_write_brief_requested(self, path: str) -> None:
        self.write_brief_to(Path(path))

    def write_brief_to(self, path: Path, *, open_when_done: bool = True) -> None:
        """Write the leadership brief PDF in the background, then open it."""
        wizard = self.breakup
        engine, case_id, actor, cost = wizard.engine, wizard.case_id, wizard.actor, wizard.cost
        paper = default_paper()
        lang = str(self.brief_language.currentData())
        self.panel.brief_busy()

        def done(result: object) -> None:
            assert isinstance(result, Path)
            self.panel.brief_done(result, open_when_done)
            self.brief_written.emit(str(result))

        wizard.run(
            lambda: write_brief_in(engine, case_id, path, actor, paper, cost, lang),
            done,
            self.panel.brief_failed,
            write=True,
        )
