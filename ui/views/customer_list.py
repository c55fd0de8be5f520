"""The customer list panel: search box, filters, the lazy table."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.customers.queries import (
    CustomerList,
    load_customer_ids,
    load_customer_list,
    load_customer_rows,
)
from desk.customers.roster import CustomerQuery, SortKey
from desk.db.handle import Engine
from ui.formatting import number
from ui.models.customer_table import CustomerTableModel
from ui.workers import TaskRunner

ROW_HEIGHT = 24
SEARCH_DELAY_MS = 250
# Ids read with the list's length, before the rest: a few screens, so the list shows (and
# scrolls a little) at once whatever the number of customers.
FIRST_IDS = 1000
# Rows read to size the columns fitted to their contents: a screen and a half of them (Qt's
# default, 1,000, would read five pages on every relayout; each row read costs a dozen data()
# calls, which the first screen waits for).
SIZED_ROWS = 48
M = CustomerTableModel
# Shown on a first start. The list shares the window with the customer page, so at 1280 px it
# has room for the name, the email and the headline numbers; the rest is one right-click on the
# header away (the header's state, hidden columns included, is saved with the window).
DEFAULT_COLUMNS = frozenset({M.NAME, M.EMAIL, M.MESSAGES, M.RATIO})
# Words stretch (and elide) to share what is left; numbers, dates and "open" are sized to their
# contents so they are never cut off.
TEXT_COLUMNS = frozenset({M.NAME, M.EMAIL, M.ORGANISATION})


class CustomerListView(QWidget):
    """Searchable, filterable, sortable list of customers.

    Signals:
        customer_selected(int): the id of the customer the manager picked.
        loaded(int, int, int): shown customers, all customers, all messages (the first
            screen is shown; the rest of the ids may still be on their way).
        ids_completed(int): every id of the list is known now (their number).
    """

    customer_selected = Signal(int)
    loaded = Signal(int, int, int)
    ids_completed = Signal(int)

    def __init__(self, engine: Engine, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._query = CustomerQuery()
        self._generation = 0
        # A selected customer whose row is not known yet (past the first ids read).
        self._pending_selection: int | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._on_reload_timer_timeout)
        self.model = CustomerTableModel(lambda ids: load_customer_rows(engine, ids), runner, self)
        self.model.sort_requested.connect(self._on_model_sort_requested)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, email, organisation…"))
        self.search.setClearButtonEnabled(True)
        self.only_flagged = QCheckBox(self.tr("Has suggested flags"), self)
        self.only_cases = QCheckBox(self.tr("Has open case"), self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setSortIndicator(CustomerTableModel.MESSAGES, Qt.SortOrder.DescendingOrder)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        self.reset_columns()

        filters = QHBoxLayout()
        filters.addWidget(self.only_flagged)
        filters.addWidget(self.only_cases)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.only_flagged.toggled.connect(self.reload)
        self.only_cases.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # -- columns ----------------------------------------------------------------------------

    def reset_columns(self) -> None:
        """The first-start layout: :data:`DEFAULT_COLUMNS`, fitted to the list's width."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionHidden(column, column not in DEFAULT_COLUMNS)
        self._apply_resize_modes()

    def _apply_resize_modes(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in TEXT_COLUMNS
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

    def restore_header(self, state: QByteArray) -> bool:
        """Restore the saved column layout; False (and the defaults) when it is empty, corrupt
        or saved by the earlier fixed-width layout, which pushed the numbers off screen."""
        header = self.table.horizontalHeader()
        if (
            state.isEmpty()
            or not header.restoreState(state)
            or header.sectionResizeMode(M.NAME) != QHeaderView.ResizeMode.Stretch
        ):
            self.reset_columns()
            return False
        self._apply_resize_modes()
        return True

    def column_menu(self) -> QMenu:
        """A menu that shows or hides each column but the name."""
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column == M.NAME:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        return menu

    @Slot(QPoint)
    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    # -- query ------------------------------------------------------------------------------

    def current_query(self) -> CustomerQuery:
        return CustomerQuery(
            search=self.search.text(),
            has_suggested_flags=self.only_flagged.isChecked(),
            has_open_case=self.only_cases.isChecked(),
            sort=self._query.sort,
            descending=self._query.descending,
        )

    @Slot()
    def reload(self) -> None:
        """Re-run the list query in the background; the newest answer wins.

        Calls in one pass of the event loop make one read (building the window asks more than
        once: enabling sorting, restoring the header, the window itself). The first answer is the
        list's exact length, its first :data:`FIRST_IDS` ids and its first page of rows (a
        first screen that does not wait on a million customers); the rest of the ids follow in
        a second background read (:meth:`_on_fetched`).
        """
        self._query = self.current_query()
        self._generation += 1  # an answer already on its way is stale now
        self._reload_timer.start()

    @Slot()
    def _on_reload_timer_timeout(self) -> None:
        generation = self._generation
        query = self._query
        engine = self._engine
        page = CustomerTableModel.PAGE

        self._runner.run(
            lambda: load_customer_list(engine, query, first=FIRST_IDS, rows=page),
            lambda result: self._on_fetched(generation, result),
        )

    def _on_fetched(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        assert isinstance(result, CustomerList)
        selected = self._pending_selection
        if selected is None:
            selected = self.selected_customer()
        self.model.set_ids(result.ids, result.mean_messages, result.total, result.rows)
        self.summary.setText(
            self.tr("{shown} of %Ln customer(s)", "", result.customers).format(
                shown=number(result.total)
            )
        )
        self._pending_selection = None
        if selected is not None and not self.select_customer(selected) and not result.complete:
            self._pending_selection = selected  # selected again once its row is known
        self.loaded.emit(result.total, result.customers, result.messages)
        if not result.complete:
            # Behind the events already posted (the first screen's paint among them): reading a
            # million ids competes with the GUI thread for the interpreter.
            QTimer.singleShot(0, self, lambda: self._fetch_rest(generation))

    def _fetch_rest(self, generation: int) -> None:
        if generation != self._generation:
            return
        query, engine = self._query, self._engine
        self._runner.run(
            lambda: load_customer_ids(engine, query),
            lambda ids: self._on_ids_fetched(generation, ids),
        )

    def _on_ids_fetched(self, generation: int, ids: object) -> None:
        if generation != self._generation:
            return
        assert isinstance(ids, list)
        # Rows may have moved if the data changed meanwhile: the customer stays selected.
        selected = self._pending_selection
        if selected is None:
            selected = self.selected_customer()
        self._pending_selection = None
        self.model.complete_ids(ids)
        if selected is not None and self.selected_customer() != selected:
            self.select_customer(selected)
        self.ids_completed.emit(len(ids))

    def selected_customer(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.customer_id(rows[0].row()) if rows else None

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    @Slot(str, bool)
    def _on_model_sort_requested(self, key: str, descending: bool) -> None:
        self._query = CustomerQuery(
            search=self._query.search,
            has_suggested_flags=self._query.has_suggested_flags,
            has_open_case=self._query.has_open_case,
            sort=SortKey(key),
            descending=descending,
        )
        self.reload()

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        customer = self.selected_customer()
        if customer is not None:
            self.customer_selected.emit(customer)
