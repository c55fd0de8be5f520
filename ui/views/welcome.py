"""The first page on an empty database: import an export, or try the demo data; and the
reviews that are due (a case's review or appeal date, an e-mail-only restriction's review)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desk.case.reminders import Reminder, reminders_in
from desk.db.handle import Engine
from ui.formatting import iso_date
from ui.workers import TaskRunner


class WelcomePage(QWidget):
    """Signals:
    import_requested(): the manager wants to import an export.
    demo_requested(): the manager wants to try the demo data.
    """

    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Breakup Desk"), self)
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "Breakup Desk shows, with your own helpdesk data, when one customer's "
                "behaviour has become a problem for the whole team, builds the case for "
                "leadership, and helps you write a calm, final letter.\n\n"
                "Start by importing an export from your helpdesk (Zendesk, Freshdesk, Help "
                "Scout, Intercom, Front, an email archive or a CSV), or look around with "
                "the demo data of a fictional company."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        self.import_button = QPushButton(self.tr("Import an export…"), self)
        self.import_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Try the demo data"), self)
        for button in (self.import_button, self.demo_button):
            button.setMinimumWidth(240)
            button.setMinimumHeight(36)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.reminders = QLabel(self)
        self.reminders.setWordWrap(True)
        self.reminders.setMaximumWidth(560)
        self.reminders.hide()
        self._today = dt.date.today()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, text, self.import_button, self.demo_button, self.reminders):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def load_reminders(
        self, runner: TaskRunner, engine: Engine, today: dt.date | None = None
    ) -> None:
        """Read the reviews that are due (on the reader pool) and list them."""
        self._today = today or dt.date.today()
        runner.run(lambda: reminders_in(engine, today), self._on_reminders_read)

    def _on_reminders_read(self, found: object) -> None:
        assert isinstance(found, list)
        if not found:
            self.reminders.hide()
            return
        head = self.tr("Reviews due:")
        lines = [f"• {self.reminder_text(r, self._today)}" for r in found]
        self.reminders.setText("\n".join([head, *lines]))
        self.reminders.show()

    def reminder_text(self, reminder: Reminder, today: dt.date) -> str:
        """One review in the window's language (``Reminder.describe`` is the CLI's)."""
        late = (today - reminder.due).days
        if late <= 0:
            when = self.tr("due today")
        else:
            when = self.tr("due {date} (%n day(s) ago)", "", late).format(
                date=iso_date(reminder.due)
            )
        who = (
            self.tr("{customer}, case #{case}").format(
                customer=reminder.customer, case=reminder.case_id
            )
            if reminder.case_id is not None
            else reminder.customer
        )
        if reminder.given_on is not None:
            what = self.tr("review the restriction given on {date} (step {step})").format(
                date=iso_date(reminder.given_on), step=reminder.step
            )
        else:
            what = self.tr("hold the review or appeal the letter promised")
        return self.tr("{who}: {what}, {when}.").format(who=who, what=what, when=when)
