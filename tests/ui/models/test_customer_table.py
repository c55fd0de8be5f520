"""The lazy customer model: model-tester clean, cells read without a window, pages read on
the runner's readers (a placeholder until they arrive, the old row after a write)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from desk.customers.queries import load_customer_list, load_customer_rows
from desk.customers.roster import CustomerQuery, SortKey
from desk.db.models import Customer
from desk.ingest.loader import import_file
from tests.desk.ingest.test_zendesk_json import small_export
from ui.models.customer_table import PLACEHOLDER, CustomerTableModel
from ui.workers import TaskRunner

M = CustomerTableModel


def _model(
    qtbot: QtBot,
    engine: Engine,
    query: CustomerQuery = CustomerQuery(),  # noqa: B008
) -> CustomerTableModel:
    """A model whose first page has been read (on the runner's readers)."""
    runner = TaskRunner()
    model = CustomerTableModel(lambda ids: load_customer_rows(engine, ids), runner, runner)
    listed = load_customer_list(engine, query)
    model.set_ids(listed.ids, listed.mean_messages)
    if listed.ids:
        model.data(model.index(0, M.NAME))
        qtbot.waitUntil(lambda: model.data(model.index(0, M.NAME)) != PLACEHOLDER)
    return model


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    import_file(sqlite_engine, small_export(tmp_path / "e.ndjson"))
    qtmodeltester.check(_model(qtbot, sqlite_engine))


def test_a_row_not_read_yet_shows_a_placeholder_until_its_page_arrives(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    import_file(sqlite_engine, small_export(tmp_path / "e.ndjson"))
    runner = TaskRunner()
    model = CustomerTableModel(lambda ids: load_customer_rows(sqlite_engine, ids), runner, runner)
    listed = load_customer_list(sqlite_engine, CustomerQuery())
    model.set_ids(listed.ids, listed.mean_messages)
    assert model.data(model.index(0, M.NAME)) == PLACEHOLDER
    assert model.data(model.index(0, M.EMAIL)) is None
    with qtbot.waitSignal(model.dataChanged) as changed:
        pass
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), first.column(), last.row(), last.column()) == (0, 0, 1, M.CASE)
    assert model.data(model.index(0, M.NAME)) == "Cora Customer"


@pytest.mark.slow
def test_after_a_write_the_old_row_shows_until_the_new_one_is_read(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    import_file(sqlite_engine, small_export(tmp_path / "e.ndjson"))
    model = _model(qtbot, sqlite_engine)
    with Session(sqlite_engine) as session:
        cora = model.customer_id(0)
        session.execute(update(Customer).where(Customer.id == cora).values(display_name="Cora K"))
        session.commit()
    model.mark_stale()
    assert model.data(model.index(0, M.NAME)) == "Cora Customer"
    qtbot.waitUntil(lambda: model.data(model.index(0, M.NAME)) == "Cora K")


def test_cells_sorting_and_search(qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path) -> None:
    import_file(sqlite_engine, small_export(tmp_path / "e.ndjson"))
    model = _model(qtbot, sqlite_engine)
    assert model.rowCount() == 2
    cell = model.data(model.index(0, CustomerTableModel.NAME))
    assert cell == "Cora Customer"
    assert model.data(model.index(0, CustomerTableModel.MESSAGES)) == "2"
    assert model.data(model.index(0, CustomerTableModel.RATIO)) == "1.3×"  # 2 against a mean of 1.5
    assert model.data(model.index(1, CustomerTableModel.EMAIL)) == ""
    assert model.data(model.index(0, CustomerTableModel.LAST_CONTACT)) == "2024-03-01"
    header = model.headerData(CustomerTableModel.RATIO, Qt.Orientation.Horizontal)
    assert header == "vs average"

    by_name = _model(qtbot, sqlite_engine, CustomerQuery(sort=SortKey.NAME, descending=False))
    assert [by_name.data(by_name.index(r, 0)) for r in range(2)] == [
        "Cora Customer",
        "Dan Customer",
    ]
    found = _model(qtbot, sqlite_engine, CustomerQuery(search="EXAMPLE.COM"))
    assert found.rowCount() == 1
    assert _model(qtbot, sqlite_engine, CustomerQuery(has_suggested_flags=True)).rowCount() == 0


def test_header_click_asks_for_a_sql_sort(qtbot: QtBot, sqlite_engine: Engine) -> None:
    model = _model(qtbot, sqlite_engine)
    seen: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, desc: seen.append((key, desc)))
    model.sort(CustomerTableModel.NAME, Qt.SortOrder.AscendingOrder)
    model.sort(CustomerTableModel.EMAIL, Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert seen == [("name", False)]
