"""The customer list shows its first screen before every id is read: the exact length at once,
placeholders past the ids known, then the rest from a second background read, with the
selected customer kept selected throughout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.customers.queries import load_customer_ids, load_customer_list, load_customer_rows
from desk.customers.roster import CustomerQuery, SortKey
from desk.db.models import Customer
from ui.models.customer_table import PLACEHOLDER, CustomerTableModel
from ui.views import customer_list
from ui.views.customer_list import CustomerListView
from ui.workers import TaskRunner

M = CustomerTableModel
BY_NAME = CustomerQuery(sort=SortKey.NAME, descending=False)
NAMES = [f"Customer {n:02}" for n in range(7)]


@pytest.fixture
def seven(sqlite_engine: Engine) -> Engine:
    with Session(sqlite_engine) as session:
        session.add_all(Customer(display_name=name) for name in reversed(NAMES))
        session.commit()
    return sqlite_engine


def _partial_model(engine: Engine, first: int) -> tuple[CustomerTableModel, TaskRunner]:
    runner = TaskRunner()
    model = CustomerTableModel(lambda ids: load_customer_rows(engine, ids), runner, runner)
    listed = load_customer_list(engine, BY_NAME, first=first, rows=first)
    model.set_ids(listed.ids, listed.mean_messages, listed.total, listed.rows)
    return model, runner


def test_the_length_is_exact_before_the_ids_and_placeholders_fill_in(
    qtbot: QtBot, qtmodeltester: ModelTester, seven: Engine
) -> None:
    model, runner = _partial_model(seven, 3)
    assert model.rowCount() == 7 and not model.complete
    assert model.data(model.index(0, M.NAME)) == "Customer 00"  # read with the first ids
    assert model.data(model.index(5, M.NAME)) == PLACEHOLDER
    assert model.customer_id(5) is None and model.data(model.index(5, M.IdRole)) is None
    assert not runner.busy  # no page asked for without its ids
    qtmodeltester.check(model)

    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.waitSignal(model.dataChanged) as seen:
        model.complete_ids(load_customer_ids(seven, BY_NAME))
    assert (seen.args[0].row(), seen.args[1].row()) == (3, 6)  # the rows whose ids came
    assert model.complete and model.row_of(model.customer_id(6) or 0) == 6
    model.data(model.index(6, M.NAME))
    qtbot.waitUntil(lambda: model.data(model.index(6, M.NAME)) == "Customer 06")
    qtbot.waitUntil(lambda: not runner.busy)


def test_the_rest_of_the_ids_may_change_the_length_and_the_rows(
    qtbot: QtBot, seven: Engine
) -> None:
    model, runner = _partial_model(seven, 3)
    whole = load_customer_ids(seven, BY_NAME)
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        model.complete_ids(whole[1:])  # the first customer was deleted meanwhile
    assert (removed.args[1], removed.args[2]) == (6, 6) and model.rowCount() == 6
    assert model.data(model.index(0, M.NAME)) == "Customer 01"  # as read before, until re-read
    assert model.data(model.index(3, M.NAME)) == PLACEHOLDER
    qtbot.waitUntil(lambda: model.data(model.index(3, M.NAME)) == "Customer 04")
    with qtbot.waitSignal(model.rowsInserted):
        model.complete_ids(whole)
    assert model.rowCount() == 7
    qtbot.waitUntil(lambda: not runner.busy)


def test_the_view_shows_the_first_ids_then_the_rest_keeping_the_selection(
    qtbot: QtBot, seven: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(customer_list, "FIRST_IDS", 3)
    runner = TaskRunner()
    view = CustomerListView(seven, runner)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.table.sortByColumn(M.NAME, Qt.SortOrder.AscendingOrder)
    with qtbot.waitSignals([view.loaded, view.ids_completed]) as both:
        pass
    assert view.model.rowCount() == 7 and view.model.complete
    assert view.summary.text() == "7 of 7 customers"
    del both

    last = view.model.customer_id(6)
    assert last is not None and view.select_customer(last)
    with qtbot.waitSignal(view.loaded) as loaded:
        view.reload()
    assert loaded.args == [7, 7, 0]
    assert view.selected_customer() is None  # its row's id is not known yet...
    with qtbot.waitSignal(view.ids_completed):
        pass
    assert view.selected_customer() == last  # ...and it is selected again once it is
    qtbot.waitUntil(lambda: not runner.busy)
