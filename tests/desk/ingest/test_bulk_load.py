"""The loader's fast paths (plain-tuple inserts, COPY on PostgreSQL, given customer ids on
SQLite, joined-text cleaning) store exactly what the per-row Core path stored."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, func, insert, select, text
from sqlalchemy.orm import Session

from desk.db.bulk import Growth, insert_rows, time_param
from desk.db.engine import open_database
from desk.db.models import Agent, Conversation, Customer, Identity, Message
from desk.ingest.loader import import_file
from desk.ingest.text.normalise import clean_text
from tests.desk.ingest.test_zendesk_json import USERS, _comment, _ticket, write_ndjson


def _export(path: Path) -> Path:
    dirty = _comment(202, 1, "nul\x00inside")
    dirty["html_body"] = "<p>lone \ud800 surrogate</p>"
    return write_ndjson(
        path,
        [
            *USERS,
            _ticket(20, 1, [_comment(200, 1, "Plain ascii."), _comment(201, 900, "Où est-il ?")]),
            _ticket(21, 2, [dirty, _comment(203, 2, "at", at="2024-03-01T09:15:30.250+02:00")]),
            {**_ticket(22, 3, []), "comments": []},  # a requester never described: a placeholder
        ],
    )


def test_rows_read_back_as_the_orm_wrote_them(engine: Engine, tmp_path: Path) -> None:
    summary = import_file(engine, _export(tmp_path / "z.ndjson"))
    assert (summary.messages_new, summary.conversations_new, summary.customers_new) == (4, 3, 3)
    with Session(engine) as session:
        bodies = {
            row[0]: row[1]
            for row in session.execute(select(Message.external_id, Message.body_text))
        }
        html = session.scalar(select(Message.body_html).where(Message.external_id == "202"))
        times = dict(session.execute(select(Message.external_id, Message.created_at)).all())
        kinds = dict(session.execute(select(Message.external_id, Message.author_kind)).all())
        public = set(session.scalars(select(Message.public)))
        agent = session.scalar(select(Message.agent_id).where(Message.external_id == "201"))
        conversations = select(Conversation.external_id, Conversation.customer_id)
        owners = dict(session.execute(conversations).all())
        identities = select(Identity.value, Identity.customer_id).where(Identity.kind == "id")
        ids = {row[0]: row[1] for row in session.execute(identities)}
        agent_ids = set(session.scalars(select(Agent.id).where(Agent.external_id == "900")))
    assert bodies["202"] == "nulinside"  # the NUL removed, as clean_text does
    assert html == clean_text("<p>lone \ud800 surrogate</p>") != "<p>lone \ud800 surrogate</p>"
    assert bodies["201"] == "Où est-il ?"
    assert times["200"] == dt.datetime(2024, 3, 1, 9, 20)
    assert times["203"] == dt.datetime(2024, 3, 1, 7, 15, 30, 250000)  # to naive UTC
    assert kinds["200"] == "customer" and kinds["201"] == "agent"
    assert public == {True}
    assert agent in agent_ids
    # each conversation points at the customer its requester's identity names
    assert owners == {"20": ids["1"], "21": ids["2"], "22": ids["3"]}


@pytest.mark.slow
def test_sqlite_stores_times_in_sqlalchemys_text_form(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    import_file(sqlite_engine, _export(tmp_path / "z.ndjson"))
    with sqlite_engine.connect() as connection:
        stored = set(connection.execute(text("SELECT created_at FROM message")).scalars())
    assert "2024-03-01 09:20:00.000000" in stored
    assert all(len(value) == 26 for value in stored)


def test_given_customer_ids_follow_on_from_existing_ones(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    with Session(sqlite_engine) as session:
        session.add(Customer(id=41, display_name="Before"))
        session.commit()
    import_file(sqlite_engine, _export(tmp_path / "z.ndjson"))
    with Session(sqlite_engine) as session:
        ids = sorted(session.scalars(select(Customer.id)))
        linked = set(session.scalars(select(Identity.customer_id)))
    assert ids == [41, 42, 43, 44]
    assert linked <= {42, 43, 44}


def test_imported_customers_leave_the_id_sequence_ahead(engine: Engine, tmp_path: Path) -> None:
    """PostgreSQL draws new customers' ids from the column's sequence and COPYs them: a
    customer added afterwards the ordinary way gets the next id, not a taken one."""
    import_file(engine, _export(tmp_path / "z.ndjson"))
    with Session(engine) as session:
        imported = set(session.scalars(select(Customer.id)))
        later = Customer(display_name="Added by hand")
        session.add(later)
        session.commit()
        created = set(session.scalars(select(Customer.created_at)))
        assert later.id > max(imported)
    assert len(imported) == 3 and None not in created


def test_insert_rows_skips_existing_keys_and_a_rollback_leaves_nothing(engine: Engine) -> None:
    with engine.begin() as connection:
        customer = connection.scalar(
            insert(Customer).values(display_name="C").returning(Customer.id)
        )
        stamp = time_param(connection)
        conversation = ("zendesk", "c1", customer, None, None, None, stamp(dt.datetime(2024, 1, 1)))
        insert_rows(
            connection,
            Conversation,
            ("source", "external_id", "customer_id", "subject", "channel", "status", "created_at"),
            [conversation, conversation],  # the same key twice in one batch: kept once
            ["source", "external_id"],
        )
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Conversation)) == 1
    try:
        with engine.begin() as connection:
            insert_rows(
                connection,
                Conversation,
                ("source", "external_id", "customer_id", "created_at"),
                [("zendesk", "c2", customer, time_param(connection)(dt.datetime(2024, 1, 2)))],
                ["source", "external_id"],
            )
            raise RuntimeError("cancelled")
    except RuntimeError:
        pass
    with engine.begin() as connection:  # the staging table went with the rollback: works again
        assert connection.scalar(select(func.count()).select_from(Conversation)) == 1
        insert_rows(
            connection,
            Conversation,
            ("source", "external_id", "customer_id", "created_at"),
            [("zendesk", "c3", customer, time_param(connection)(dt.datetime(2024, 1, 3)))],
            ["source", "external_id"],
        )
    with engine.connect() as connection:
        keys = set(connection.execute(select(Conversation.external_id)).scalars())
    assert keys == {"c1", "c3"}


def test_insert_rows_returns_only_the_rows_it_inserted(engine: Engine) -> None:
    """PostgreSQL: the new ids come from the insert itself (no look-up after it); rows skipped
    as already stored are not returned. SQLite: ``None`` (the loader looks them up)."""
    columns = ("source", "external_id", "customer_id", "created_at")
    with engine.begin() as connection:
        customer = connection.scalar(
            insert(Customer).values(display_name="C").returning(Customer.id)
        )
        at = time_param(connection)(dt.datetime(2024, 1, 1))
        first = insert_rows(
            connection,
            Conversation,
            columns,
            [("zendesk", "a", customer, at)],
            ["source", "external_id"],
            returning=("external_id", "id"),
        )
        second = insert_rows(
            connection,
            Conversation,
            columns,
            [("zendesk", "a", customer, at), ("zendesk", "b", customer, at)],
            ["source", "external_id"],
            returning=("external_id", "id"),
        )
        stored = dict(connection.execute(select(Conversation.external_id, Conversation.id)).all())
    if engine.dialect.name == "sqlite":
        assert first is None and second is None
    else:
        assert first == [("a", stored["a"])]
        assert second == [("b", stored["b"])]  # "a" existed: skipped, not returned


def _estimated_rows(connection: Connection, keys: list[str]) -> int:
    """How many rows PostgreSQL expects the loader's conversation look-up (``source = … AND
    external_id IN (…)``) to find: what its choice of plan rests on."""
    statement = select(Conversation.id).where(
        Conversation.source == "zendesk", Conversation.external_id.in_(keys)
    )
    compiled = statement.compile(connection, compile_kwargs={"literal_binds": True})
    top = connection.exec_driver_sql(f"EXPLAIN {compiled}").scalars().first() or ""
    match = re.search(r" rows=(\d+) ", top)
    assert match, top[:200]
    return int(match.group(1))


@pytest.mark.postgres
@pytest.mark.slow
def test_growth_keeps_lookups_on_the_index_inside_the_transaction(pg_server: object) -> None:
    """A table grown inside one transaction has no statistics, so PostgreSQL misjudged every
    look-up (quadratic imports); :class:`Growth` ANALYZEs it as it grows, ANALYZE counts the
    transaction's own rows, and the look-up is planned for the rows it really finds."""
    engine = open_database(pg_server.create_database())  # type: ignore[attr-defined]
    columns = ("source", "external_id", "customer_id", "created_at")
    try:
        with engine.begin() as connection:
            customer = connection.scalar(
                insert(Customer).values(display_name="C").returning(Customer.id)
            )
            at = dt.datetime(2024, 1, 1)
            growth = Growth(connection)
            for batch in range(10):
                rows = [("zendesk", f"{batch}-{n}", customer, at) for n in range(5000)]
                insert_rows(connection, Conversation, columns, rows, ["source", "external_id"])
                growth.added(Conversation, len(rows))
            keys = [f"9-{n}" for n in range(0, 5000, 2)]  # as many as a batch's threads
            assert growth.analyzed == 2  # at 20,000 rows and again at 40,000: O(log n)
            reltuples = connection.exec_driver_sql(
                "SELECT reltuples FROM pg_class WHERE relname = 'conversation'"
            ).scalar()
            assert reltuples == 40_000  # ANALYZE counted this transaction's own rows
            assert len(keys) / 2 <= _estimated_rows(connection, keys) <= len(keys) * 2
            found = connection.execute(
                select(func.count()).where(
                    Conversation.source == "zendesk", Conversation.external_id.in_(keys)
                )
            ).scalar()
            assert found == len(keys)
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.slow
def test_without_growth_the_lookup_scans_the_whole_table(pg_server: object) -> None:
    """The control for the test above: the same rows, no ANALYZE, and PostgreSQL expects the
    look-up to find a handful of rows, so it plans a scan of every row of the source for it
    (why :class:`Growth` exists). Fails if PostgreSQL ever estimates it well on its own,
    which would make Growth unnecessary."""
    engine = open_database(pg_server.create_database())  # type: ignore[attr-defined]
    columns = ("source", "external_id", "customer_id", "created_at")
    try:
        with engine.begin() as connection:
            customer = connection.scalar(
                insert(Customer).values(display_name="C").returning(Customer.id)
            )
            at = dt.datetime(2024, 1, 1)
            for batch in range(10):
                rows = [("zendesk", f"{batch}-{n}", customer, at) for n in range(5000)]
                insert_rows(connection, Conversation, columns, rows, ["source", "external_id"])
            keys = [f"9-{n}" for n in range(0, 5000, 2)]
            assert _estimated_rows(connection, keys) < len(keys) / 10  # planned as if tiny
    finally:
        engine.dispose()
