"""The database layer on SQLite and a real PostgreSQL: schema, migrations, constraints."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError

from desk.db.engine import create_db_engine, open_database
from desk.db.migrate import current_revision, head_revision, upgrade_to_head
from desk.db.models import Base, Conversation, Customer, Message


def test_schema_is_complete_and_at_head(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert current_revision(engine) == head_revision(engine)
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            assert "PostgreSQL" in connection.execute(text("SELECT version()")).scalar_one()


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(
            insert(Message).values(
                source="t",
                external_id="1",
                conversation_id=999,
                customer_id=999,
                author_kind="customer",
                created_at=dt.datetime(2024, 1, 1),
                body_text="x",
                body_sha256="0" * 64,
                public=True,
            )
        )


def test_sqlite_file_is_owner_only_with_wal(tmp_path: Path) -> None:
    path = tmp_path / "new" / "desk.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    try:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    finally:
        engine.dispose()


def test_first_revision_upgrades_to_head_with_rows_intact(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        upgrade_to_head(engine, "0001")
        assert current_revision(engine) == "0001"
        # Core statements on the columns that exist at revision 0001.
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO customer (id, display_name, primary_email, created_at) "
                    "VALUES (1, 'Victor Krane', 'victor@example.com', '2021-01-01 00:00:00')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO conversation (id, source, external_id, customer_id, created_at) "
                    "VALUES (1, 'zendesk', '10', 1, '2021-01-02 00:00:00')"
                )
            )
            for i in range(3):
                connection.execute(
                    text(
                        "INSERT INTO message (id, source, external_id, conversation_id, "
                        "customer_id, author_kind, created_at, public, body_text, body_sha256) "
                        "VALUES (:id, 'zendesk', :ext, 1, 1, 'customer', :at, :public, :body, :sha)"
                    ),
                    {
                        "id": i + 1,
                        "ext": f"m{i}",
                        "at": f"2021-01-0{i + 2} 10:00:00",
                        "public": True,
                        "body": f"message {i}",
                        "sha": "0" * 64,
                    },
                )
        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision(engine) != "0001"
        with engine.connect() as connection:
            assert connection.execute(select(Customer.display_name)).scalar_one() == "Victor Krane"
            assert connection.execute(select(Conversation.external_id)).scalar_one() == "10"
            bodies = connection.execute(select(Message.body_text).order_by(Message.id)).scalars()
            assert list(bodies) == ["message 0", "message 1", "message 2"]
    finally:
        engine.dispose()


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    from desk.errors import InputError

    with pytest.raises(InputError, match="cannot open database"):
        open_database("postgresql://nobody@127.0.0.1:1/none")
