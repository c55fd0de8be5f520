"""Connect a helpdesk: the vendor's fields, a test that must pass before Save, and the list.

The token is typed into a password field and handed to :mod:`desk.connect.forms` on the
reader pool (Test) or the writer (Save), which keeps it in the OS keyring
(:mod:`desk.connect.secrets`): never in the settings, the database or a log. Any edit after a
successful test disables Save again, so what is saved is what was tested. Below the form,
:class:`ui.views.connections_panel.ConnectionsPanel` lists the connections and syncs them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.connect.forms import (
    CHOICES,
    FORM_FIELDS,
    OPTIONAL_FIELDS,
    check_credentials,
    save_connection,
)
from desk.connect.store import ConnectionInfo
from desk.connect.sync import CONNECTORS
from desk.db.handle import Engine
from ui import labels
from ui.dialogs.import_job import reason_of
from ui.views.connections_panel import ConnectionsPanel
from ui.workers import TaskRunner

FIELD_LABELS = {
    "subdomain": QT_TRANSLATE_NOOP("ConnectDialog", "Subdomain (acme for acme.zendesk.com)"),
    "email": QT_TRANSLATE_NOOP("ConnectDialog", "Agent's e-mail"),
    "domain": QT_TRANSLATE_NOOP("ConnectDialog", "Domain (acme for acme.freshdesk.com)"),
    "app_id": QT_TRANSLATE_NOOP("ConnectDialog", "App id"),
    "base_url": QT_TRANSLATE_NOOP("ConnectDialog", "Another API address (optional)"),
    "host": QT_TRANSLATE_NOOP("ConnectDialog", "Server (imap.gmail.com, outlook.office365.com)"),
    "port": QT_TRANSLATE_NOOP("ConnectDialog", "Port (optional: 993 with TLS, 143 with STARTTLS)"),
    "user": QT_TRANSLATE_NOOP("ConnectDialog", "Mailbox sign-in name"),
    "folders": QT_TRANSLATE_NOOP("ConnectDialog", "Folders, comma-separated (optional: INBOX)"),
    "company_domains": QT_TRANSLATE_NOOP(
        "ConnectDialog", "Your company's domains (optional: inferred from the mail)"
    ),
    "ca_file": QT_TRANSLATE_NOOP("ConnectDialog", "CA certificate file (optional, PEM)"),
}
CHOICE_LABELS = {
    "security": QT_TRANSLATE_NOOP("ConnectDialog", "Encryption"),
    "ssl": QT_TRANSLATE_NOOP("ConnectDialog", "TLS from the start (port 993)"),
    "starttls": QT_TRANSLATE_NOOP("ConnectDialog", "STARTTLS (port 143)"),
    "auth": QT_TRANSLATE_NOOP("ConnectDialog", "Sign in with"),
    "login": QT_TRANSLATE_NOOP("ConnectDialog", "Password or app password"),
    "xoauth2": QT_TRANSLATE_NOOP("ConnectDialog", "OAuth access token (XOAUTH2)"),
}
TOKEN_LABELS = {
    "zendesk": QT_TRANSLATE_NOOP("ConnectDialog", "API token"),
    "freshdesk": QT_TRANSLATE_NOOP("ConnectDialog", "API key"),
    "helpscout": QT_TRANSLATE_NOOP("ConnectDialog", "App secret"),
    "intercom": QT_TRANSLATE_NOOP("ConnectDialog", "Access token"),
    "front": QT_TRANSLATE_NOOP("ConnectDialog", "API token"),
    "imap": QT_TRANSLATE_NOOP("ConnectDialog", "Password or token"),
}


class ConnectDialog(QDialog):
    """A new connection's form above the list of connections.

    Signals:
        connected(str): a connection was saved (its name).
        synced(object): a sync finished (the connection as it is now, a ConnectionInfo).
    """

    connected = Signal(str)
    synced = Signal(object)

    def __init__(self, engine: Engine, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._tested = False
        self.setWindowTitle(self.tr("Connect a helpdesk"))
        self.setMinimumWidth(620)
        self.vendor = QComboBox(self)
        for vendor in FORM_FIELDS:
            self.vendor.addItem(labels.connector_label(vendor, CONNECTORS[vendor].label), vendor)
        self.name = QLineEdit(self)
        self.fields: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_label = QLabel(self)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setEnabled(False)
        self.outcome_label = QLabel(self)
        self.outcome_label.setWordWrap(True)
        self.form = QFormLayout()
        self._build_form()
        group = QGroupBox(self.tr("New connection"), self)
        box = QVBoxLayout(group)
        box.addLayout(self.form)
        buttons = QDialogButtonBox(group)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addWidget(buttons)
        box.addWidget(self.outcome_label)
        self.panel = ConnectionsPanel(engine, runner, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.vendor.currentIndexChanged.connect(self._on_vendor_changed)
        self.name.textEdited.connect(self._on_edited)
        self.token.textEdited.connect(self._on_edited)
        self.test_button.clicked.connect(self.on_test_button_clicked)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.panel.synced.connect(self.synced)
        self._on_vendor_changed()
        self.panel.reload()

    # -- the form --------------------------------------------------------------------------

    def _build_form(self) -> None:
        self.form.addRow(self.tr("Helpdesk"), self.vendor)
        self.form.addRow(self.tr("Name"), self.name)
        for key, label in FIELD_LABELS.items():
            edit = QLineEdit(self)
            edit.textEdited.connect(self._on_edited)
            self.fields[key] = edit
            self.form.addRow(QCoreApplication.translate("ConnectDialog", str(label)), edit)
        for key, options in {k: v for c in CHOICES.values() for k, v in c.items()}.items():
            box = QComboBox(self)
            for option in options:
                box.addItem(_translated(option), option)
            box.currentIndexChanged.connect(self._on_edited)
            self.choices[key] = box
            self.form.addRow(_translated(key), box)
        self.form.addRow(self.token_label, self.token)

    @property
    def vendor_key(self) -> str:
        return str(self.vendor.currentData())

    def field_values(self) -> dict[str, str]:
        """The visible fields' text and choices (never the token)."""
        values = {k: e.text() for k, e in self.fields.items() if self.form.isRowVisible(e)}
        for key, box in self.choices.items():
            if self.form.isRowVisible(box):
                values[key] = str(box.currentData())
        return values

    def select_vendor(self, vendor: str) -> None:
        self.vendor.setCurrentIndex(self.vendor.findData(vendor))

    @Slot()
    def _on_vendor_changed(self) -> None:
        vendor = self.vendor_key
        wanted = (*FORM_FIELDS[vendor], *OPTIONAL_FIELDS.get(vendor, ()))
        wanted += ("base_url",) if vendor != "imap" else ()  # a mailbox's address is its server
        for key, edit in self.fields.items():
            self.form.setRowVisible(edit, key in wanted)
        for key, box in self.choices.items():
            self.form.setRowVisible(box, key in CHOICES.get(vendor, {}))
        label = TOKEN_LABELS[self.vendor_key]
        self.token_label.setText(QCoreApplication.translate("ConnectDialog", str(label)))
        if not self.name.isModified():
            self.name.setText(self.vendor_key)
        self._on_edited()

    @Slot()
    def _on_edited(self) -> None:
        """What was tested is no longer what would be saved: test again first."""
        self._tested = False
        self.save_button.setEnabled(False)

    # -- test and save ---------------------------------------------------------------------

    @Slot()
    def on_test_button_clicked(self) -> None:
        vendor, fields, token = self.vendor_key, self.field_values(), self.token.text()
        self._tested = False
        self.save_button.setEnabled(False)
        self.test_button.setEnabled(False)
        self.outcome_label.setText(self.tr("Testing…"))
        self._runner.run(
            lambda: check_credentials(vendor, fields, token),
            self._on_tested,
            self._on_test_failed,
        )

    def _on_tested(self, who: object) -> None:
        self.test_button.setEnabled(True)
        self._tested = True
        self.save_button.setEnabled(True)
        self.outcome_label.setText(self.tr("It works: {who}.").format(who=who))

    def _on_test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.outcome_label.setText(
            self.tr("The test failed: {reason}").format(reason=reason_of(exc))
        )

    @Slot()
    def on_save_button_clicked(self) -> None:
        if not self._tested:
            return
        engine, name = self._engine, self.name.text().strip()
        vendor, fields, token = self.vendor_key, self.field_values(), self.token.text()
        self.save_button.setEnabled(False)
        self._runner.run(
            lambda: save_connection(engine, name, vendor, fields, token),
            self._on_saved,
            self._on_save_failed,
            write=True,
        )

    def _on_saved(self, info: object) -> None:
        assert isinstance(info, ConnectionInfo)
        self.token.clear()  # the keyring has it now; the window keeps no copy
        self._on_edited()
        self.outcome_label.setText(
            self.tr("Saved {name}; the token is kept in the system keyring.").format(name=info.name)
        )
        self.panel.reload(select=info.name)
        self.connected.emit(info.name)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self._tested)
        self.outcome_label.setText(self.tr("Not saved: {reason}").format(reason=reason_of(exc)))


def _translated(key: str) -> str:
    return QCoreApplication.translate("ConnectDialog", str(CHOICE_LABELS[key]))
