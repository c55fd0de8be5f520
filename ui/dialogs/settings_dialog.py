"""Settings: the company profile, the signatory and the policy (kept in the database, for
every manager on it), the manager's name and the cost figures (kept in the user's settings
file), and where the database is.

The database part is read and saved through the task runner, never on the GUI thread: the
dialog opens with empty fields and Save disabled until the stored values arrive (``loaded``),
and it closes once the save is in.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
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

from desk.case.policy import default_policy
from desk.db.handle import Engine
from desk.documents.company_profile import CompanyProfile, Signatory
from desk.documents.settings_data import StoredSettings, read_settings, write_settings
from desk.errors import DeskError
from ui import settings as opt
from ui.dialogs.language_box import LanguageBox
from ui.dialogs.policy_editor import PolicyEditor
from ui.settings import Settings
from ui.workers import TaskRunner


class SettingsDialog(QDialog):
    """Signals:
    loaded(): the stored company, signatory and policy are shown; Save is enabled.
    """

    loaded = Signal()

    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(760)
        self._engine = engine
        self._settings = settings
        # The window's runner, so the save queues behind its other writes; a dialog made
        # without one brings its own.
        self._runner = runner if runner is not None else TaskRunner(self)
        self._stored: StoredSettings | None = None  # as read: None until it arrives
        self._saving = False
        company, signatory = CompanyProfile(), Signatory()
        self.policy_editor = PolicyEditor(default_policy(), self)

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
        self.language = LanguageBox(settings.get(opt.LANGUAGE), self)

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
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the stored values are shown
        self.save_button.setToolTip(self.tr("Reading the settings…"))

        self.tabs = QTabWidget(self)
        letters = QWidget(self.tabs)
        column = QVBoxLayout(letters)
        column.addWidget(company_box)
        column.addWidget(signatory_box)
        column.addStretch(1)
        you = QWidget(self.tabs)
        column = QVBoxLayout(you)
        column.addWidget(you_box)
        column.addWidget(self.language)
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
        # An explicit minimum overrides the layout's: keep the labels whole in any language.
        self.setMinimumWidth(max(760, self.minimumSizeHint().width()))
        self._load()

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
        """Save (on the write queue), then close; Save stays disabled while it runs."""
        if self._stored is None or self._saving:
            return  # still reading, or already saving
        try:
            policy = self.policy_editor.policy()
        except DeskError as exc:
            self.tabs.setCurrentWidget(self.policy_editor)
            QMessageBox.warning(self, self.tr("The policy has a mistake"), str(exc))
            return
        stored = StoredSettings(
            company=CompanyProfile(
                name=self.company_name.text().strip(),
                address=self.company_address.toPlainText().strip(),
                logo=self.logo[1].text().strip() or None,
                data_export=self.data_export.text().strip() or None,
            ),
            signatory=Signatory(
                name=self.signatory_name.text().strip(),
                title=self.signatory_title.text().strip(),
                signature_image=self.signature_image[1].text().strip() or None,
            ),
            policy=policy,
        )
        engine, was = self._engine, self._stored.policy
        actor = self.manager.text().strip() or "manager"
        self._set_saving(True)
        self._runner.run(
            lambda: write_settings(engine, stored, was, actor),
            lambda _none: self._on_saved(),
            self._on_save_failed,
            write=True,
        )

    # -- the database's part, off the GUI thread -----------------------------------------

    def _load(self) -> None:
        engine = self._engine
        self._runner.run(lambda: read_settings(engine), self._on_loaded, self._on_load_failed)

    def _on_loaded(self, stored: object) -> None:
        assert isinstance(stored, StoredSettings)
        self._stored = stored
        company, signatory = stored.company, stored.signatory
        self.company_name.setText(company.name)
        self.company_address.setPlainText(company.address)
        self.logo[1].setText(company.logo or "")
        self.data_export.setText(company.data_export or "")
        self.signatory_name.setText(signatory.name)
        self.signatory_title.setText(signatory.title)
        self.signature_image[1].setText(signatory.signature_image or "")
        self.policy_editor.set_policy(stored.policy)
        self.save_button.setEnabled(True)
        self.save_button.setToolTip("")
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        self.save_button.setToolTip(str(exc))
        QMessageBox.warning(self, self.tr("Cannot read the settings"), str(exc))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        QMessageBox.warning(self, self.tr("The settings were not saved"), str(exc))

    def _on_saved(self) -> None:
        self._set_saving(False)
        self._settings.set(opt.MANAGER_NAME, self.manager.text().strip())
        self._settings.set(opt.HANDLE_MINUTES, self.handle_minutes.value())
        self._settings.set(opt.HOURLY_COST, self.hourly_cost.value())
        self._settings.set(opt.COST_CURRENCY, self.currency.text().strip().upper() or "USD")
        self._settings.set(opt.LANGUAGE, self.language.choice())
        self._settings.sync()
        super().accept()
