"""Page 4, terms: the refund (total computed), the end date, data export, the legal check.

Next puts the refund and the end date on the case through the audited, version-checked
:func:`desk.case.wizard_rules.save_terms`; a save refused because someone else changed the
case says so
inline, with the terms now on the case, and Next then saves over them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desk.case.case_access import ConflictError
from desk.case.wizard_data import store_terms, terms_on
from desk.case.wizard_rules import CaseTerms, terms_of, terms_problems
from ui.formatting import number
from ui.wizard.base import CasePage


class TermsPage(CasePage):
    """The terms, kept in the draft as they are typed and saved on the case by Next.

    Signals:
        saved(): the terms are on the case (written, or already there); the wizard moves on.
    """

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("DraftPage", "Terms"),
            QT_TRANSLATE_NOOP(
                "DraftPage",
                "What the customer gets back, until when, and how they take their data.",
            ),
            parent,
        )
        self.months = QSpinBox(self)
        self.months.setRange(0, 36)
        self.monthly = QLineEdit(self)
        self.monthly.setPlaceholderText("249.00")
        self.total_override = QLineEdit(self)
        self.total_override.setPlaceholderText(self.tr("leave empty: months × monthly amount"))
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        self.total = QLabel(self)
        self.end_date = QDateEdit(self)
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat("yyyy-MM-dd")
        self.export = QPlainTextEdit(self)
        self.export.setMaximumHeight(70)
        self.legal = QCheckBox(
            self.tr("The contract was checked with legal (needed for business customers)"), self
        )
        form = QFormLayout()
        form.addRow(self.tr("Refund (months):"), self.months)
        form.addRow(self.tr("Monthly amount:"), self.monthly)
        form.addRow(self.tr("Refund total:"), self.total_override)
        form.addRow(self.tr("Currency:"), self.currency)
        form.addRow("", self.total)
        form.addRow(self.tr("Service ends on:"), self.end_date)
        form.addRow(self.tr("Data export:"), self.export)
        form.addRow("", self.legal)
        for field in (self.months, self.monthly, self.total_override, self.currency, self.end_date):
            field.setMaximumWidth(260)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self._loading = False
        for signal in (
            self.months.valueChanged,
            self.monthly.textChanged,
            self.total_override.textChanged,
            self.currency.textChanged,
            self.end_date.dateChanged,
            self.export.textChanged,
            self.legal.toggled,
        ):
            signal.connect(self._on_edited)

    def initializePage(self) -> None:
        draft = self.breakup.draft
        self._loading = True
        self.months.setValue(draft.refund_months)
        self.monthly.setText(draft.monthly_amount)
        self.total_override.setText(draft.refund_total)
        self.currency.setText(draft.currency)
        end = draft.end() or dt.date.today() + dt.timedelta(days=30)
        self.end_date.setDate(QDate(end.year, end.month, end.day))
        self.export.setPlainText(draft.export_instructions)
        self.legal.setChecked(draft.legal_checked)
        self._loading = False
        self._on_edited()

    def _on_edited(self) -> None:
        if self._loading or self.wizard() is None:
            return  # the widgets are being filled from the draft
        draft = self.breakup.draft
        draft.refund_months = self.months.value()
        draft.monthly_amount = self.monthly.text()
        draft.refund_total = self.total_override.text()
        draft.currency = self.currency.text().upper()
        draft.end_date = self.end_date.date().toString("yyyy-MM-dd")
        draft.export_instructions = self.export.toPlainText()
        draft.legal_checked = self.legal.isChecked()
        total = draft.total()
        self.total.setText(
            self.tr("Total refund: {total} {currency}").format(
                total=number(total, 2), currency=draft.currency
            )
            if total is not None
            else ""
        )
        self.changed()

    def problems(self) -> list[str]:
        wizard = self.wizard()
        return terms_problems(self.breakup.draft) if wizard is not None else []

    def load(self) -> None:
        """Nothing to read: the page works on the draft, already in memory."""
        self.mark_loaded()

    # -- saving ------------------------------------------------------------------------

    def validatePage(self) -> bool:
        if self.busy or self.problems():
            return False
        wizard = self.breakup
        terms = terms_of(wizard.draft)
        if terms == wizard.saved_terms:
            return True  # on the case already (this Next saved them, or an earlier one)
        work = store_terms(wizard.case_id, terms, wizard.actor)
        self.set_busy(True)
        wizard.run_case(work, lambda changed: self._on_saved(terms, changed), self._on_refused)
        return False  # the wizard moves on once the terms are on the case

    def _on_saved(self, terms: CaseTerms, changed: object) -> None:
        self.busy = False
        wizard = self.breakup
        wizard.saved_terms = terms
        if changed:
            wizard.announce_change()
        self.changed()
        self.saved.emit()
        wizard.next()

    def _on_refused(self, exc: BaseException) -> None:
        self.fail(exc)
        if isinstance(exc, ConflictError):
            # Read the case again: the wizard's version catches up, and the manager sees what
            # the other change put there before saving theirs over it.
            self.breakup.run_case(terms_on(self.breakup.case_id), self._on_reloaded, self.fail)

    def _on_reloaded(self, terms: object) -> None:
        assert isinstance(terms, CaseTerms)
        self.failure = self.tr(
            "Someone else changed case #{id} since you opened it, so your terms were not "
            "saved. The case now says: {terms}. Press Next to save yours instead."
        ).format(id=self.breakup.case_id, terms=terms.describe())
        self.changed()
