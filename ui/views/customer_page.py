"""One customer's page: who they are, their conversations and messages, their flags, and the
case against them (the evidence basket beside the conversations, and the breakup wizard)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from desk.abuse.flag_list import CategoryPrecision, category_precision_in, precision_of
from desk.abuse.flag_writes import decide_flag_in
from desk.abuse.learned.combine import learned_label
from desk.analytics.cache import ReferenceCache
from desk.case.basket import Basket
from desk.customers.history import (
    FlagSpan,
    MessageView,
)
from desk.customers.queries import CustomerHeader, load_customer_header, load_messages
from desk.db.handle import Engine
from desk.db.models import AuthorKind, FlagStatus
from desk.errors import DeskError
from ui import labels
from ui.charts import ChartPanel
from ui.dialogs.note_dialog import NoteDialog
from ui.models.conversation_table import ConversationTableModel
from ui.views.case_calls import CallsPanel
from ui.views.evidence_basket import EvidenceBasket
from ui.views.message_view import MessageBrowser, overlapping_flag
from ui.workers import TaskRunner

ATTACHMENT_FILTER = QT_TRANSLATE_NOOP(
    "CustomerPage", "Images and PDFs (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)"
)


class CustomerPage(QWidget):
    """Signals:
    flags_changed(): a flag was confirmed or dismissed (the list's counts are stale).
    case_changed(): a case was opened or the wizard changed one (the list's filter is stale).
    """

    flags_changed = Signal()
    case_changed = Signal()

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
        self._quoted: dict[int, list[tuple[int, int]]] = {}  # spans the case quotes
        self._precision: dict[str, CategoryPrecision] = {}  # the company's, per category

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

        self.basket = EvidenceBasket(engine, runner, actor, self)
        self.basket.case_loaded.connect(self._on_basket_case_loaded)
        self.case_button = QPushButton(self.tr("Open a case"), self)
        self.case_button.clicked.connect(self._on_case_button_clicked)
        self.wizard_button = QPushButton(self.tr("Start the breakup wizard"), self)
        self.wizard_button.clicked.connect(self.start_wizard)
        self.add_quote_action = QAction(self.tr("&Add selection to case"), self)
        self.add_quote_action.triggered.connect(self.add_selection)
        self.messages.set_context_actions([self.add_quote_action])
        self.messages.selectionChanged.connect(self._update_case_actions)
        self.add_quote_button = QPushButton(self.add_quote_action.text(), self)
        self.add_quote_button.clicked.connect(self.add_quote_action.trigger)
        self.note_button = QPushButton(self.tr("Add &note…"), self)
        self.note_button.clicked.connect(self.open_note_dialog)
        self.attach_button = QPushButton(self.tr("Attach &file…"), self)
        self.attach_button.clicked.connect(self.open_attach_dialog)
        self.wizard: QWizard | None = None
        self.note_dialog: NoteDialog | None = None
        self.message_box: QMessageBox | None = None

        flag_row = QHBoxLayout()
        flag_row.addWidget(self.flag_label, 1)
        flag_row.addWidget(self.confirm_button)
        flag_row.addWidget(self.dismiss_button)
        flag_row.addWidget(self.add_quote_button)
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
        # The basket sits beside the conversations, where evidence is gathered; it shows only
        # while the customer has an open case.
        self.case_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.case_splitter.addWidget(self.splitter)
        self.case_splitter.addWidget(self.basket)
        self.case_splitter.setStretchFactor(0, 3)
        self.case_splitter.setStretchFactor(1, 2)
        self.case_splitter.setSizes([600, 400])
        self.basket.hide()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.case_splitter, self.tr("Conversations"))
        self.calls = CallsPanel(engine, runner, actor, self)  # the case's calls; block
        self.tabs.addTab(self.calls, self.tr("Calls"))
        self.basket.title_row.addWidget(self.note_button)
        self.basket.title_row.addWidget(self.attach_button)

        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.case_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.wizard_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._update_flag_buttons()
        self._update_case_actions()

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def show_customer(self, customer_id: int) -> None:
        self._customer_id = customer_id
        engine = self._engine

        self._runner.run(
            lambda: load_customer_header(engine, customer_id),
            lambda result: self._on_customer_fetched(customer_id, result),
        )
        self.charts.show_customer(customer_id)
        self.basket.show_customer(customer_id)

    def _on_customer_fetched(self, customer_id: int, result: object) -> None:
        if customer_id != self._customer_id:
            return
        assert isinstance(result, CustomerHeader)
        rows = result.conversations
        self.title.setText(result.name)
        self.subtitle.setText(result.details)
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

        self._runner.run(
            lambda: load_messages(engine, conversation_id),
            lambda result: self._on_messages_fetched(conversation_id, result),
        )
        self._runner.run(lambda: category_precision_in(engine), self._on_precision_fetched)

    def _on_precision_fetched(self, table: dict[str, CategoryPrecision]) -> None:
        self._precision = table
        self._update_flag_buttons()

    def _on_messages_fetched(self, conversation_id: int, result: object) -> None:
        if conversation_id != self._conversation_id:
            return
        assert isinstance(result, list)
        self._messages = result
        self.messages.show_messages(result, self._quoted)
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
            learned = learned_label(flag.rule_id, flag.category, flag.score)
            self.flag_label.setText(
                (learned + " · " if learned is not None else "")
                + self.tr("{category} · {status} · score {score:.2f}").format(
                    category=labels.name(flag.category),
                    status=labels.name(flag.status.value),
                    score=flag.score,
                )
                + " · "
                + self._precision_text(precision_of(self._precision, flag.category))
            )

    def _precision_text(self, figure: CategoryPrecision) -> str:
        """How often managers confirmed this category's flags, company-wide."""
        if figure.precision is None:
            return self.tr("not enough decisions yet ({n} decided)").format(n=figure.decided)
        return self.tr("{share:.0%} confirmed ({confirmed}/{decided})").format(
            share=figure.precision, confirmed=figure.confirmed, decided=figure.decided
        )

    def _decide(self, status: FlagStatus) -> None:
        flag = self.flag_at_cursor()
        if flag is None or self._conversation_id is None:
            return
        engine = self._engine
        actor = self._actor
        conversation_id = self._conversation_id

        def write() -> None:
            decide_flag_in(engine, flag.id, status, actor)

        def done(_result: object) -> None:
            self._load_messages(conversation_id)
            self.flags_changed.emit()

        self._runner.run(write, done, write=True)

    # -- the case ---------------------------------------------------------------------------

    @Slot(object)
    def _on_basket_case_loaded(self, basket: Basket | None) -> None:
        self.basket.setVisible(basket is not None)
        self.calls.show_case(basket.case_id if basket else None)
        if basket is None:
            self.case_button.setText(self.tr("Open a case"))
            self.case_button.setToolTip(self.tr("Open a draft case against this customer"))
        else:
            self.case_button.setText(
                self.tr("Case #{case} ({state})").format(
                    case=basket.case_id, state=labels.name(basket.state)
                )
            )
            self.case_button.setToolTip(self.tr("Show the case's evidence"))
        quoted = basket.quoted() if basket else {}
        shown = {m.id for m in self._messages}
        if {k: v for k, v in quoted.items() if k in shown} != {
            k: v for k, v in self._quoted.items() if k in shown
        }:
            bar = self.messages.verticalScrollBar()
            position = bar.value()
            self.messages.show_messages(self._messages, quoted)
            bar.setValue(position)
        self._quoted = quoted
        self._update_case_actions()

    @Slot()
    def _update_case_actions(self) -> None:
        editable = self.basket.editable
        quote = self.messages.selected_quote()
        by_customer = quote is not None and quote[0].author_kind == AuthorKind.CUSTOMER
        self.add_quote_action.setEnabled(editable and by_customer)
        self.add_quote_button.setEnabled(editable and by_customer)
        if not editable:
            why = self.basket.reason.text() or self.tr("Open a case first.")
        elif quote is None:
            why = self.tr("Select words in one of the customer's messages.")
        elif not by_customer:
            why = self.tr("Only the customer's own words can be quoted.")
        else:
            why = self.tr("Add the selected words to the case as a quote.")
        self.add_quote_button.setToolTip(why)
        self.note_button.setEnabled(editable)
        self.attach_button.setEnabled(editable)
        self.case_button.setEnabled(self._customer_id is not None)
        self.wizard_button.setEnabled(self.basket.case_id is not None)

    @Slot()
    def _on_case_button_clicked(self) -> None:
        if self.basket.case_id is None:
            self.basket.open_case(on_done=self._on_case_opened, on_error=self.show_error)
        else:
            self.show_basket()

    def _on_case_opened(self) -> None:
        self.show_basket()
        self.case_changed.emit()

    def show_basket(self) -> None:
        """Bring the basket into view beside the conversations, with the keyboard in it."""
        self.tabs.setCurrentWidget(self.case_splitter)
        sizes = self.case_splitter.sizes()
        if sizes[1] == 0:  # the manager collapsed it
            self.case_splitter.setSizes([sizes[0] * 3 // 5, sizes[0] * 2 // 5])
        self.basket.view.setFocus()

    @Slot()
    def add_selection(self) -> None:
        """Quote the selected words of one customer message, under the flag they overlap."""
        quote = self.messages.selected_quote()
        if quote is None:
            return
        message, start, end = quote
        flag = overlapping_flag(message, start, end)
        self.basket.add_quote(
            message.id, start, end, flag.category if flag else None, on_error=self.show_error
        )

    @Slot()
    def open_note_dialog(self) -> NoteDialog | None:
        basket = self.basket.basket
        if basket is None:
            return None
        titles = [(g.key, self.basket.model.group_title(g)) for g in basket.groups if g.key]
        dialog = NoteDialog(titles, basket.case_id, self)
        dialog.accepted.connect(
            lambda: self.basket.add_note(dialog.text, dialog.criterion, on_error=self.show_error)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.note_dialog = dialog
        return dialog

    @Slot()
    def open_attach_dialog(self) -> QFileDialog:
        dialog = QFileDialog(
            self,
            self.tr("Attach a file to the case"),
            str(Path.home()),
            self.tr(str(ATTACHMENT_FILTER)),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.attach_file(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def attach_file(self, path: Path) -> None:
        self.basket.add_attachment(path, on_error=self.show_error)

    def show_error(self, exc: BaseException) -> None:
        """Say what went wrong in a message box that does not block the window."""
        text = str(exc) if isinstance(exc, DeskError) else f"{type(exc).__name__}: {exc}"
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Breakup Desk"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _result: self._forget_message_box(box))
        box.open()
        self.message_box = box

    def _forget_message_box(self, box: QMessageBox) -> None:
        """Drop the reference to a dismissed box: Qt deletes it (``deleteLater``), and a
        reference kept past that reads a deleted object."""
        if self.message_box is box:
            self.message_box = None

    @Slot()
    def start_wizard(self) -> QWizard | None:
        case_id = self.basket.case_id
        if case_id is None:
            return None
        # Imported on first use: the wizard brings the PDF and signing stack, which the
        # window does not need to start.
        from ui.wizard.wizard import BreakupWizard

        wizard = BreakupWizard(self._engine, self._runner, case_id, self._actor, self)
        wizard.finished.connect(self._on_wizard_finished)
        wizard.open()
        self.wizard = wizard
        return wizard

    @Slot(int)
    def _on_wizard_finished(self, _result: int) -> None:
        self.basket.reload()
        self.case_changed.emit()
