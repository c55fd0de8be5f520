"""The loader's driver-level look-ups (:func:`desk.db.bulk.select_in`) and the ids SQLite is
given ahead (:func:`desk.db.bulk.sqlite_next_ids`) return exactly what the ORM sees."""

from __future__ import annotations

from sqlalchemy import Engine, insert, select

from desk.db.bulk import insert_rows, select_in, sqlite_next_ids
from desk.db.models import Agent


def _agents(engine: Engine, count: int) -> None:
    with engine.begin() as connection:
        rows = [(source, f"a{n}") for n in range(count) for source in ("zendesk", "front")]
        insert_rows(connection, Agent, ("source", "external_id"), rows, ["source", "external_id"])


def test_select_in_finds_every_key_over_several_chunks_and_only_the_filtered(
    engine: Engine,
) -> None:
    _agents(engine, 12_000)  # more keys than one SQLite chunk (5,000) holds
    wanted = [f"a{n}" for n in range(0, 12_000, 2)] + ["absent", "a-1"]
    with engine.connect() as connection:
        found = dict(
            select_in(
                connection, Agent, ("external_id", "id"), {"source": "front"}, "external_id", wanted
            )
        )
        expected = dict(
            connection.execute(
                select(Agent.external_id, Agent.id).where(
                    Agent.source == "front", Agent.external_id.in_(wanted)
                )
            ).all()
        )
    assert len(found) == 6_000
    assert found == expected


def test_select_in_of_no_keys_finds_nothing(engine: Engine) -> None:
    _agents(engine, 3)
    with engine.connect() as connection:
        assert list(select_in(connection, Agent, ("id",), {}, "external_id", [])) == []


def test_next_ids_are_the_ones_sqlite_would_choose(engine: Engine) -> None:
    with engine.begin() as connection:
        ahead = sqlite_next_ids(connection, Agent, 3)
        chosen = [
            connection.execute(
                insert(Agent).values(source="zendesk", external_id=f"x{n}").returning(Agent.id)
            ).scalar_one()
            for n in range(3)
        ]
        if engine.dialect.name == "sqlite":
            assert ahead == chosen
            assert sqlite_next_ids(connection, Agent, 2) == [chosen[-1] + 1, chosen[-1] + 2]
        else:
            assert ahead is None  # PostgreSQL draws from the column's sequence instead
