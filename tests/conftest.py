"""Shared fixtures. Qt runs offscreen, and no test touches the user's own files."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt or reads the configuration.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BREAKUP_DESK_HOME"] = tempfile.mkdtemp(prefix="breakup-desk-home-")
os.environ.pop("BREAKUP_DESK_DB", None)

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.db.engine import open_database, session_factory
from tests.sqlite_copy import sqlite_copy

# The keyring fixtures (a real Secret Service, or none) for every test that keeps a secret.
pytest_plugins = ["tests.keyring_service"]


def pytest_unconfigure(config: pytest.Config) -> None:
    """The run's own app folder (each xdist worker's) goes with it."""
    shutil.rmtree(os.environ["BREAKUP_DESK_HOME"], ignore_errors=True)


SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def shared_data(*parts: str) -> Path:
    """A file in ../shared/data, or skip the test with the reason when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared real-data folder is not beside this checkout)")
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The command line's demo with 200 customers (export, import, scan), built once per test
    process: about 17 s, which nine modules each paid before. Take a copy (:func:`demo_copy`)
    rather than this file, so that no module's writes reach another's."""
    from desk.cli import main

    folder = tmp_path_factory.mktemp("demo-template")
    database = folder / "demo.sqlite3"
    out = str(folder / "demo.ndjson")  # the export beside it (the screenshot tour imports it)
    assert (
        main(["-q", "--db", f"sqlite:///{database}", "demo", "--customers", "200", "--out", out])
        == 0
    )
    return database


def demo_copy(template: Path, folder: Path) -> str:
    """A private copy of the demo database in ``folder``; its URL."""
    target = folder / "demo.sqlite3"
    sqlite_copy(template, target)
    return f"sqlite:///{target}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A real PostgreSQL server on loopback in a temporary directory, for the whole run."""
    from tests.pgserver import PgServer, PgUnavailable

    try:
        server = PgServer.start()
    except PgUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL must run in CI: {exc}")
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL: a SQLite file, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite3'}"
    server = request.getfixturevalue("pg_server")
    return str(server.create_database())  # type: ignore[attr-defined]


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An upgraded database on SQLite and on PostgreSQL (each test runs twice)."""
    eng = open_database(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """An upgraded SQLite database, for tests whose subject is not the database."""
    eng = open_database(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    yield eng
    eng.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with session_factory(engine)() as s:
        yield s


# Started first: with one test process per core (scripts/test), a test this long that starts
# late is the whole run's tail (the shipped model's retrain alone takes about four minutes).
LONGEST_FIRST = frozenset({"test_retraining_reproduces_the_shipped_model"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.name not in LONGEST_FIRST)  # stable: the rest keep order
