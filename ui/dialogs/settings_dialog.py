"""Settings: the company profile, the signatory and the policy (kept in the database, for
every manager on it), the manager's name and the cost figures (kept in the user's settings
file), and where the database is."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case.policy import load_policy, save_policy
from desk.documents.company_profile import (
    CompanyProfile,
    Signatory,
    load_company,
    load_signatory,
    save_company,
    save_signatory,
)
from desk.errors import DeskError
from ui import settings as opt
from ui.dialogs.policy_editor import PolicyEditor
from ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, engine: Engine, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(760)
        self._engine = engine
        self._settings = settings
        with Session(engine) as session:
            company = load_company(session)
            signatory = load_signatory(session)
            self._policy = load_policy(session)
        self.policy_editor = PolicyEditor(self._policy, self)

        self.company_name = QLineEdit(company.name, self)
        self.company_address = QPlainTextEdit(company.address, self)
        self.company_address.setMaximumHeight(70)
        self.logo = self._file_row(company.logo or "", self.tr("Logo image"))
        self.data_export = QLineEdit(company.data_export or "", self)
        self.data_export.setPlaceholderText(
            self.tr("How a customer exports their data, for the letter")
        )
        self.signatory_name = QLineEdit(signatory.name, self)
        self.signatory_title = QLineEdit(signatory.title, self)
        self.signature_image = self._file_row(
            signatory.signature_image or "", self.tr("Scanned signature")
        )
        self.manager = QLineEdit(settings.get(opt.MANAGER_NAME), self)
        self.handle_minutes = QDoubleSpinBox(self)
        self.handle_minutes.setRange(0.5, 240)
        self.handle_minutes.setSuffix(self.tr(" min per message"))
        self.handle_minutes.setValue(settings.get(opt.HANDLE_MINUTES))
        self.hourly_cost = QDoubleSpinBox(self)
        self.hourly_cost.setRange(0, 10_000)
        self.hourly_cost.setValue(settings.get(opt.HOURLY_COST))
        self.currency = QLineEdit(settings.get(opt.COST_CURRENCY), self)
        self.currency.setMaxLength(3)

        company_box = QGroupBox(self.tr("Company (letterhead)"), self)
        form = QFormLayout(company_box)
        form.addRow(self.tr("Name:"), self.company_name)
        form.addRow(self.tr("Address:"), self.company_address)
        form.addRow(self.tr("Logo:"), self.logo[0])
        form.addRow(self.tr("Data export:"), self.data_export)
        signatory_box = QGroupBox(self.tr("Who signs the letter"), self)
        form = QFormLayout(signatory_box)
        form.addRow(self.tr("Name:"), self.signatory_name)
        form.addRow(self.tr("Title:"), self.signatory_title)
        form.addRow(self.tr("Signature image:"), self.signature_image[0])
        you_box = QGroupBox(self.tr("You and the cost of support"), self)
        form = QFormLayout(you_box)
        form.addRow(self.tr("Your name (audit trail):"), self.manager)
        form.addRow(self.tr("Average handle time:"), self.handle_minutes)
        form.addRow(self.tr("Hourly cost of an agent:"), self.hourly_cost)
        form.addRow(self.tr("Currency:"), self.currency)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self.tabs = QTabWidget(self)
        letters = QWidget(self.tabs)
        column = QVBoxLayout(letters)
        column.addWidget(company_box)
        column.addWidget(signatory_box)
        column.addStretch(1)
        you = QWidget(self.tabs)
        column = QVBoxLayout(you)
        column.addWidget(you_box)
        column.addStretch(1)
        database = QWidget(self.tabs)
        column = QVBoxLayout(database)
        where = QLabel(
            self.tr(
                "<b>Database in use</b><br>{url}<br><br>To use another one (a file, or a "
                "PostgreSQL database shared by the team), choose File › Open Database…, or "
                "start the app with <code>--db URL</code> or the <code>BREAKUP_DESK_DB</code> "
                "environment variable."
            ).format(url=engine.url.render_as_string(hide_password=True)),
            database,
        )
        where.setWordWrap(True)
        column.addWidget(where)
        column.addStretch(1)
        self.tabs.addTab(letters, self.tr("Company and signatory"))
        self.tabs.addTab(self.policy_editor, self.tr("Policy"))
        self.tabs.addTab(you, self.tr("You and costs"))
        self.tabs.addTab(database, self.tr("Database"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _file_row(self, value: str, title: str) -> tuple[QWidget, QLineEdit]:
        row = QWidget(self)
        edit = QLineEdit(value, row)
        browse = QPushButton(self.tr("Choose…"), row)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(browse)

        def choose() -> None:
            name, _ = QFileDialog.getOpenFileName(
                self, title, edit.text(), self.tr("Images (*.png *.jpg *.jpeg)")
            )
            if name:
                edit.setText(name)

        browse.clicked.connect(choose)
        return row, edit

    def accept(self) -> None:
        try:
            policy = self.policy_editor.policy()
        except DeskError as exc:
            self.tabs.setCurrentWidget(self.policy_editor)
            QMessageBox.warning(self, self.tr("The policy has a mistake"), str(exc))
            return
        with Session(self._engine) as session:
            if policy != self._policy:
                save_policy(session, policy, self.manager.text().strip() or "manager")
                session.commit()
            save_company(
                session,
                CompanyProfile(
                    name=self.company_name.text().strip(),
                    address=self.company_address.toPlainText().strip(),
                    logo=self.logo[1].text().strip() or None,
                    data_export=self.data_export.text().strip() or None,
                ),
            )
            save_signatory(
                session,
                Signatory(
                    name=self.signatory_name.text().strip(),
                    title=self.signatory_title.text().strip(),
                    signature_image=self.signature_image[1].text().strip() or None,
                ),
            )
        self._settings.set(opt.MANAGER_NAME, self.manager.text().strip())
        self._settings.set(opt.HANDLE_MINUTES, self.handle_minutes.value())
        self._settings.set(opt.HOURLY_COST, self.hourly_cost.value())
        self._settings.set(opt.COST_CURRENCY, self.currency.text().strip().upper() or "USD")
        self._settings.sync()
        super().accept()
