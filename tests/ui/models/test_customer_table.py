"""The lazy customer model: model-tester clean, cells read without a window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.customers.roster import CustomerQuery, SortKey, customer_ids, mean_customer_messages
from desk.ingest.loader import import_file
from tests.desk.ingest.test_zendesk_json import small_export
from ui.models.customer_table import CustomerTableModel


def _model(engine: Engine, query: CustomerQuery = CustomerQuery()) -> CustomerTableModel:  # noqa: B008
    model = CustomerTableModel(lambda: Session(engine))
    with Session(engine) as session:
        model.set_ids(customer_ids(session, query), mean_customer_messages(session))
    return model


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, sqlite_engine: Engine, tmp_path: Path
) -> None:
    import_file(sqlite_engine, small_export(tmp_path / "e.ndjson"))
    qtmodeltester.check(_model(sqlite_engine))


def test_cells_sorting_and_search(sqlite_engine: Engine, tmp_path: Path) -> None:
    import_file(sqlite_engine, small_export(tmp_path / "e.ndjson"))
    model = _model(sqlite_engine)
    assert model.rowCount() == 2
    cell = model.data(model.index(0, CustomerTableModel.NAME))
    assert cell == "Cora Customer"
    assert model.data(model.index(0, CustomerTableModel.MESSAGES)) == "2"
    assert model.data(model.index(0, CustomerTableModel.RATIO)) == "1.3×"  # 2 against a mean of 1.5
    assert model.data(model.index(1, CustomerTableModel.EMAIL)) == ""
    assert model.data(model.index(0, CustomerTableModel.LAST_CONTACT)) == "2024-03-01"
    header = model.headerData(CustomerTableModel.RATIO, Qt.Orientation.Horizontal)
    assert header == "vs average"

    by_name = _model(sqlite_engine, CustomerQuery(sort=SortKey.NAME, descending=False))
    assert [by_name.data(by_name.index(r, 0)) for r in range(2)] == [
        "Cora Customer",
        "Dan Customer",
    ]
    found = _model(sqlite_engine, CustomerQuery(search="EXAMPLE.COM"))
    assert found.rowCount() == 1
    assert _model(sqlite_engine, CustomerQuery(has_suggested_flags=True)).rowCount() == 0


def test_header_click_asks_for_a_sql_sort(qtbot: object, sqlite_engine: Engine) -> None:
    model = _model(sqlite_engine)
    seen: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, desc: seen.append((key, desc)))
    model.sort(CustomerTableModel.NAME, Qt.SortOrder.AscendingOrder)
    model.sort(CustomerTableModel.EMAIL, Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert seen == [("name", False)]
