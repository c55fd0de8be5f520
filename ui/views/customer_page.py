"""One customer's page: who they are, their conversations and messages, their flags."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.conversations import ConversationRow, FlagSpan, MessageView, conversations_of, messages_of
from desk.db.models import Customer, FlagStatus
from desk.flags import decide_flag
from ui.charts import ChartPanel
from ui.models.conversation_table import ConversationTableModel
from ui.views.message_view import MessageBrowser
from ui.workers import TaskRunner


class CustomerPage(QWidget):
    """Signals:
    flags_changed(): a flag was confirmed or dismissed (the list's counts are stale).
    """

    flags_changed = Signal()

    def __init__(
        self,
        engine: Engine,
        runner: TaskRunner,
        actor: str,
        cache: ReferenceCache,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._actor = actor
        self._customer_id: int | None = None
        self._messages: list[MessageView] = []
        self._conversation_id: int | None = None

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.subtitle = QLabel(self)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.conversations = ConversationTableModel(self)
        self.conversation_table = QTableView(self)
        self.conversation_table.setModel(self.conversations)
        self.conversation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conversation_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conversation_table.verticalHeader().setVisible(False)
        self.conversation_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.conversation_table.verticalHeader().setDefaultSectionSize(22)
        self.conversation_table.horizontalHeader().setSectionResizeMode(
            ConversationTableModel.SUBJECT, QHeaderView.ResizeMode.Stretch
        )
        self.conversation_table.setWordWrap(False)
        self.conversation_table.selectionModel().selectionChanged.connect(
            self._on_conversation_selection_changed
        )
        self.messages = MessageBrowser(self)
        self.messages.cursorPositionChanged.connect(self._update_flag_buttons)

        self.flag_label = QLabel(self)
        self.confirm_button = QPushButton(self.tr("Confirm flag"), self)
        self.dismiss_button = QPushButton(self.tr("Dismiss flag"), self)
        self.confirm_button.clicked.connect(lambda: self._decide(FlagStatus.CONFIRMED))
        self.dismiss_button.clicked.connect(lambda: self._decide(FlagStatus.DISMISSED))

        flag_row = QHBoxLayout()
        flag_row.addWidget(self.flag_label, 1)
        flag_row.addWidget(self.confirm_button)
        flag_row.addWidget(self.dismiss_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.messages, 1)
        right_layout.addLayout(flag_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.conversation_table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)

        self.charts = ChartPanel(engine, runner, cache, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.splitter, self.tr("Conversations"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        self._update_flag_buttons()

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def show_customer(self, customer_id: int) -> None:
        self._customer_id = customer_id
        engine = self._engine

        def fetch() -> tuple[str, str, list[ConversationRow]]:
            with Session(engine) as session:
                customer = session.get_one(Customer, customer_id)
                details = " · ".join(
                    part for part in (customer.primary_email, customer.organisation) if part
                )
                return customer.display_name, details, conversations_of(session, customer_id)

        self._runner.run(fetch, lambda result: self._on_customer_fetched(customer_id, result))
        self.charts.show_customer(customer_id)

    def _on_customer_fetched(self, customer_id: int, result: object) -> None:
        if customer_id != self._customer_id:
            return
        assert isinstance(result, tuple)
        name, details, rows = result
        self.title.setText(name)
        self.subtitle.setText(details)
        self.conversations.set_rows(rows)
        self.messages.clear()
        self._messages = []
        if rows:
            self.conversation_table.selectRow(0)

    @Slot(QItemSelection, QItemSelection)
    def _on_conversation_selection_changed(self, *_args: QItemSelection) -> None:
        rows = self.conversation_table.selectionModel().selectedRows()
        if not rows:
            return
        conversation = self.conversations.conversation(rows[0].row())
        self._load_messages(conversation.id)

    def _load_messages(self, conversation_id: int) -> None:
        self._conversation_id = conversation_id
        engine = self._engine

        def fetch() -> list[MessageView]:
            with Session(engine) as session:
                return messages_of(session, conversation_id)

        self._runner.run(fetch, lambda result: self._on_messages_fetched(conversation_id, result))

    def _on_messages_fetched(self, conversation_id: int, result: object) -> None:
        if conversation_id != self._conversation_id:
            return
        assert isinstance(result, list)
        self._messages = result
        self.messages.show_messages(result)
        self._update_flag_buttons()

    def flag_at_cursor(self) -> FlagSpan | None:
        """The flag under the text cursor, if any."""
        return self.messages.flag_at_cursor()

    def select_flag(self, flag: FlagSpan) -> None:
        for message in self._messages:
            if flag in message.flags:
                self.messages.select_span(message.id, flag.start, flag.end)
                return

    @Slot()
    def _update_flag_buttons(self) -> None:
        flag = self.flag_at_cursor()
        self.confirm_button.setEnabled(flag is not None and flag.status != FlagStatus.CONFIRMED)
        self.dismiss_button.setEnabled(flag is not None)
        if flag is None:
            self.flag_label.setText(
                self.tr("Click a highlighted passage to confirm or dismiss its flag.")
            )
        else:
            self.flag_label.setText(
                self.tr("{category} · {status} · score {score:.2f}").format(
                    category=flag.category.replace("_", " "),
                    status=flag.status.value,
                    score=flag.score,
                )
            )

    def _decide(self, status: FlagStatus) -> None:
        flag = self.flag_at_cursor()
        if flag is None or self._conversation_id is None:
            return
        engine = self._engine
        actor = self._actor
        conversation_id = self._conversation_id

        def write() -> None:
            with Session(engine) as session:
                decide_flag(session, flag.id, status, actor)

        def done(_result: object) -> None:
            self._load_messages(conversation_id)
            self.flags_changed.emit()

        self._runner.run(write, done, write=True)
