"""PostgreSQL: a bulk insert's foreign keys checked once per batch, the per-row triggers off
(desk/db/references.py), where the role may; the triggers as before where it may not."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, func, insert, make_url, select

from desk.db.bulk import insert_rows
from desk.db.engine import open_database
from desk.db.models import Agent, Conversation, Customer, ImportBatch, Message
from desk.db.references import MissingParent, may_disable_triggers
from desk.ingest.load import MESSAGE_COLUMNS
from desk.ingest.loader import import_file
from tests.desk.ingest.test_zendesk_json import small_export

pytestmark = pytest.mark.postgres

AT = dt.datetime(2024, 1, 1)


@pytest.fixture
def pg_url(pg_server: object) -> str:
    return str(pg_server.create_database())  # type: ignore[attr-defined]


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = open_database(pg_url)
    yield engine
    engine.dispose()


def _parents(engine: Engine) -> tuple[int, int, int, int]:
    """A committed customer, conversation, agent and import batch: (ids)."""
    with engine.begin() as connection:
        customer = connection.execute(
            insert(Customer).values(display_name="C").returning(Customer.id)
        ).scalar_one()
        conversation = connection.execute(
            insert(Conversation)
            .values(source="zendesk", external_id="t1", customer_id=customer, created_at=AT)
            .returning(Conversation.id)
        ).scalar_one()
        agent = connection.execute(
            insert(Agent).values(source="zendesk", external_id="a1").returning(Agent.id)
        ).scalar_one()
        batch = connection.execute(
            insert(ImportBatch)
            .values(path="x", format="zendesk_json", sha256="0" * 64, size_bytes=0)
            .returning(ImportBatch.id)
        ).scalar_one()
    return customer, conversation, agent, batch


def _message(key: str, conversation: int, customer: int, agent: int | None, batch: int) -> tuple:  # type: ignore[type-arg]
    return (
        "zendesk", key, conversation, customer, "agent" if agent else "customer", agent,
        AT, None, "email", True, "body", None, "0" * 64, batch,
    )  # fmt: skip


def _messages(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(Message)) or 0)


def test_a_superuser_import_checks_by_batch_and_still_moves_the_data_version(
    pg_engine: Engine, tmp_path: Path
) -> None:
    with pg_engine.connect() as connection, connection.begin():
        assert may_disable_triggers(connection)
        # the probe left the session as it was
        assert connection.exec_driver_sql("SHOW session_replication_role").scalar() == "origin"
    with pg_engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT version FROM data_version").scalar_one()
    summary = import_file(pg_engine, small_export(tmp_path / "export.ndjson"))
    assert summary.messages_new > 0 and _messages(pg_engine) == summary.messages_new
    with pg_engine.connect() as connection:
        after = connection.exec_driver_sql("SELECT version FROM data_version").scalar_one()
        # the triggers moved it in replica mode (ENABLE ALWAYS, migration 0011)
        assert after > before
        assert connection.exec_driver_sql("SHOW session_replication_role").scalar() == "origin"


def test_a_row_naming_a_missing_parent_fails_and_nothing_goes_in(pg_engine: Engine) -> None:
    customer, conversation, agent, batch = _parents(pg_engine)
    rows = [
        _message("m1", conversation, customer, agent, batch),
        _message("m2", conversation + 1000, customer, None, batch),  # no such conversation
    ]
    with (
        pytest.raises(MissingParent, match=r"message rows name conversation \d+"),
        pg_engine.begin() as connection,
    ):
        insert_rows(
            connection, Message, MESSAGE_COLUMNS, rows, ["source", "external_id"],
        )  # fmt: skip
    assert _messages(pg_engine) == 0


def test_the_parents_are_locked_against_another_session_until_commit(
    pg_engine: Engine, pg_url: str
) -> None:
    customer, conversation, agent, batch = _parents(pg_engine)
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with pg_engine.connect() as connection, connection.begin():
        insert_rows(
            connection,
            Message,
            MESSAGE_COLUMNS,
            [_message("m1", conversation, customer, agent, batch)],
            ["source", "external_id"],
        )
        with psycopg.connect(dsn, autocommit=True) as other:
            other.execute("SET lock_timeout = '300ms'")
            # without the batch's FOR KEY SHARE lock the agent would go, leaving an orphan
            with pytest.raises(psycopg.errors.LockNotAvailable):
                other.execute("DELETE FROM agent WHERE id = %s", (agent,))
    assert _messages(pg_engine) == 1


def test_a_role_that_may_not_imports_with_the_per_row_checks(
    pg_engine: Engine, pg_url: str, tmp_path: Path
) -> None:
    role = f"desk_plain_{uuid.uuid4().hex[:8]}"
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN")
        admin.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}")
        admin.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}")
    plain = open_database(make_url(pg_url).set(username=role).render_as_string())
    try:
        with plain.connect() as connection, connection.begin():
            assert not may_disable_triggers(connection)
        summary = import_file(plain, small_export(tmp_path / "export.ndjson"))
        assert summary.messages_new > 0 and _messages(pg_engine) == summary.messages_new
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(f"GRANT SET ON PARAMETER session_replication_role TO {role}")
        plain.dispose()  # new sessions: the grant is read at connection
        with plain.connect() as connection, connection.begin():
            assert may_disable_triggers(connection)
    finally:
        plain.dispose()


def test_a_conversation_another_session_stores_meanwhile_is_joined_not_duplicated(
    pg_engine: Engine, pg_url: str, tmp_path: Path
) -> None:
    """The import chooses its conversations' ids first and COPYs them straight in; another
    manager's import that stores the same ticket first (committed while ours waits on it) makes
    ours skip that one and attach the messages to the stored conversation."""
    customer = _parents(pg_engine)[0]
    path = small_export(tmp_path / "export.ndjson")
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as other:
        other.execute(
            "INSERT INTO conversation (source, external_id, customer_id, created_at) "
            "VALUES ('zendesk', '10', %s, %s) RETURNING id",
            (customer, AT),
        )
        theirs = other.execute("SELECT id FROM conversation WHERE external_id = '10'").fetchone()
        outcome: list[object] = []
        worker = threading.Thread(target=lambda: outcome.append(import_file(pg_engine, path)))
        worker.start()
        time.sleep(1.0)  # our import now waits on their uncommitted row's unique key
        other.commit()
    worker.join(timeout=60)
    summary = outcome[0]
    assert summary.conversations_new == 1  # type: ignore[attr-defined]
    with pg_engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT c.id, count(m.id) FROM conversation c LEFT JOIN message m "
            "ON m.conversation_id = c.id WHERE c.external_id = '10' GROUP BY c.id"
        ).all()
    assert theirs is not None and rows == [(theirs[0], 4)]
