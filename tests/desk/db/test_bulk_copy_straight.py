"""PostgreSQL: :func:`desk.db.bulk.insert_rows` COPYs new rows straight into the table (no
staging table, no ``INSERT … SELECT``), and falls back to the staging path's ``ON CONFLICT DO
NOTHING`` as soon as a row is already stored or repeated, with the same results as before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, func, insert, select

from desk.db.bulk import insert_rows
from desk.db.engine import open_database
from desk.db.models import Conversation, Customer, Message
from desk.ingest.loader import import_file
from tests.desk.ingest.test_zendesk_json import USERS, _comment, _ticket, write_ndjson

pytestmark = pytest.mark.postgres

COLUMNS = ("source", "external_id", "customer_id", "created_at")
KEYS = ["source", "external_id"]
AT = dt.datetime(2024, 1, 1)


@pytest.fixture
def pg_engine(pg_server: object) -> Iterator[Engine]:
    engine = open_database(pg_server.create_database())  # type: ignore[attr-defined]
    yield engine
    engine.dispose()


def _customer(engine: Engine) -> int:
    with engine.begin() as connection:
        return connection.execute(
            insert(Customer).values(display_name="C").returning(Customer.id)
        ).scalar_one()


def _staged(connection: Connection) -> bool:
    """Whether this transaction created the conversations' staging table."""
    found = connection.exec_driver_sql(
        "SELECT to_regclass('pg_temp.desk_stage_conversation')"
    ).scalar()
    return found is not None


def _insert(connection: Connection, customer: int, *keys: str) -> int:
    counted: list[int] = []
    insert_rows(
        connection,
        Conversation,
        COLUMNS,
        [("zendesk", key, customer, AT) for key in keys],
        KEYS,
        on_inserted=counted.append,
    )
    return sum(counted)


def _stored(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return sorted(connection.scalars(select(Conversation.external_id)))


def _data_version(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT version FROM data_version").scalar_one())


def test_new_rows_go_straight_into_the_table(pg_engine: Engine) -> None:
    customer = _customer(pg_engine)
    version = _data_version(pg_engine)
    with pg_engine.begin() as connection:
        assert _insert(connection, customer, "a", "b") == 2
        assert not _staged(connection)  # no staging table, no INSERT … SELECT
    assert _stored(pg_engine) == ["a", "b"]
    # the COPY fired the statement trigger other managers' windows watch, as an INSERT does
    assert _data_version(pg_engine) > version


def test_a_stored_or_repeated_row_falls_back_to_on_conflict(pg_engine: Engine) -> None:
    customer = _customer(pg_engine)
    with pg_engine.begin() as connection:
        _insert(connection, customer, "a")
    with pg_engine.begin() as connection:
        # "a" is stored, "b" twice: the straight COPY fails, its savepoint is rolled back, and
        # the staging path keeps "b" once and skips "a", as before.
        assert _insert(connection, customer, "a", "b", "b") == 1
        assert _staged(connection)
        assert _insert(connection, customer, "c") == 1  # the transaction goes on
    assert _stored(pg_engine) == ["a", "b", "c"]
    with pg_engine.begin() as connection:  # a new transaction tries the straight COPY again
        assert _insert(connection, customer, "d") == 1
        assert not _staged(connection)
    assert _stored(pg_engine) == ["a", "b", "c", "d"]


def test_a_rollback_takes_the_straight_rows_with_it(pg_engine: Engine) -> None:
    customer = _customer(pg_engine)
    with pg_engine.connect() as connection:
        connection.begin()
        _insert(connection, customer, "a", "b")
        connection.rollback()  # as a cancel or an error does
    assert _stored(pg_engine) == []


def test_readers_are_not_locked_out_while_rows_go_straight_in(pg_engine: Engine) -> None:
    """Another manager's window reads the table while the import's transaction is open."""
    customer = _customer(pg_engine)
    with pg_engine.connect() as writer, pg_engine.connect() as reader:
        writer.begin()
        _insert(writer, customer, "a", "b")
        reader.exec_driver_sql("SET lock_timeout = '2s'")  # fails instead of waiting
        assert reader.scalar(select(func.count()).select_from(Conversation)) == 0
        writer.commit()
        assert reader.scalar(select(func.count()).select_from(Conversation)) == 2


def test_an_import_listing_a_ticket_twice_keeps_each_message_once(
    pg_engine: Engine, tmp_path: Path
) -> None:
    path = write_ndjson(
        tmp_path / "twice.json",
        [
            *USERS,
            _ticket(20, 1, [_comment(200, 1, "First."), _comment(201, 900, "Reply.")]),
            _ticket(20, 1, [_comment(200, 1, "First."), _comment(202, 1, "Later.")]),
        ],
    )
    first = import_file(pg_engine, path)
    again = import_file(pg_engine, path)
    assert (first.messages_seen, first.messages_new) == (4, 3)
    assert (again.messages_seen, again.messages_new) == (4, 0)
    with pg_engine.connect() as connection:
        ids = sorted(connection.scalars(select(Message.external_id)))
    assert ids == ["200", "201", "202"]
