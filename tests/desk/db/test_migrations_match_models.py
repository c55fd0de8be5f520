"""The migrations build exactly the schema the models declare: a model changed without its
migration (or the reverse) is a difference alembic's autogenerate can see."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from desk.db.migrate import upgrade_to_head
from desk.db.models import Base


def test_a_database_migrated_to_head_matches_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []
