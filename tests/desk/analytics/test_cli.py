"""``stats`` and ``chart`` on the command line, over the hand-computed history (SQLite)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desk.commands import analytics
from desk.commands.base import Context
from desk.db.engine import session_factory
from desk.errors import DeskError, InputError, NotFoundError
from tests.desk.analytics.history import History, build_history


@pytest.fixture
def db(sqlite_engine: Engine) -> tuple[str, History]:
    with session_factory(sqlite_engine)() as session:
        history = build_history(session)
    return sqlite_engine.url.render_as_string(hide_password=False), history


def run(url: str, *argv: str) -> str:
    parser = argparse.ArgumentParser(prog="breakup-desk", exit_on_error=False)
    analytics.register(parser.add_subparsers())
    args = parser.parse_args(list(argv))
    out = io.StringIO()
    context = Context(db_url=url, out=out)
    try:
        assert args.func(args, context) == 0
    finally:
        context.close()
    return out.getvalue()


def test_stats_table(db: tuple[str, History]) -> None:
    url, _ = db
    text = run(url, "stats", "dana@example.test")
    assert "Dana (#" in text
    assert "5 vs 2.7 — 1.9× the average customer" in text
    assert "1st of 3" in text
    assert "0.50 agent hours" not in text and "0.5 agent hours" in text
    assert "1 after hours (20%), 1 at weekends (20%) of 5 messages" in text
    assert "1 confirmed incidents, 2024-01-10 to 2024-01-10" in text


def test_stats_json(db: tuple[str, History]) -> None:
    url, history = db
    data = json.loads(run(url, "stats", f"#{history.dana}", "--json", "--unit", "workload"))
    assert data["volume"]["unit"] == "workload"
    assert data["volume"]["count"] == 10
    assert data["volume"]["baseline"]["mean"] == 4.5
    assert data["messages"]["count"] == 5
    assert data["handoffs"]["distinct_agents"] == 3
    assert data["timeline"]["incidents"][0]["at"] == "2024-01-10 22:00:00"
    assert data["headline"] == "10 vs 4.5 — 2.2×"


def test_stats_period(db: tuple[str, History]) -> None:
    url, _ = db
    data = json.loads(
        run(
            url,
            "stats",
            "dana@example.test",
            "--since",
            "2024-02-01",
            "--until",
            "2024-02-29",
            "--json",
        )
    )
    assert (data["volume"]["count"], data["volume"]["rank"]) == (1, 2)
    assert data["period"] == {"start": "2024-02-01 00:00:00", "end": "2024-03-01 00:00:00"}


def test_unknown_customer_is_a_clear_error(db: tuple[str, History]) -> None:
    url, _ = db
    with pytest.raises(NotFoundError, match=r"no customer 'nobody@example\.test'"):
        run(url, "stats", "nobody@example.test")


@pytest.mark.parametrize("kind", analytics.CHART_KINDS)
@pytest.mark.parametrize("who", ["Dana", "Eve"])
@pytest.mark.slow
def test_chart_kinds(db: tuple[str, History], tmp_path: Path, kind: str, who: str) -> None:
    url, _ = db
    out = tmp_path / f"{kind}.png"
    email = f"{who.lower()}@example.test"
    text = run(url, "chart", email, "--kind", kind, "--out", str(out), "--dpi", "50")
    assert f"Wrote the {kind} chart of {who}" in text
    assert out.read_bytes().startswith(b"\x89PNG")


def test_stats_of_a_customer_without_interaction(db: tuple[str, History]) -> None:
    url, _ = db
    text = run(url, "stats", "eve@example.test")
    assert "0 vs 2.7 — 0.0× the average customer" in text
    assert "none of 3" in text
    assert "no revenue recorded" in text


@pytest.mark.slow
def test_chart_vector_formats(db: tuple[str, History], tmp_path: Path) -> None:
    url, _ = db
    run(url, "chart", "dana@example.test", "--out", str(tmp_path / "h.svg"))
    run(url, "chart", "dana@example.test", "--out", str(tmp_path / "h.pdf"))
    assert b"<svg" in (tmp_path / "h.svg").read_bytes()[:500]
    assert (tmp_path / "h.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (("--out", "chart.txt"), InputError),
        (("--out", "chart.png", "--dpi", "5"), InputError),
    ],
)
def test_chart_bad_output(
    db: tuple[str, History], tmp_path: Path, argv: tuple[str, ...], error: type[DeskError]
) -> None:
    url, _ = db
    charts = tmp_path / "charts"
    charts.mkdir()
    args = [a if not a.startswith("chart.") else str(charts / a) for a in argv]
    with pytest.raises(error):
        run(url, "chart", "dana@example.test", *args)
    assert not list(charts.iterdir())


def test_bad_date_is_a_usage_error(
    db: tuple[str, History], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = db
    with pytest.raises(SystemExit) as exit_info:
        run(url, "stats", "dana@example.test", "--since", "2024-13-01")
    assert exit_info.value.code == 2
    assert "is not a date like 2024-03-31" in capsys.readouterr().err
