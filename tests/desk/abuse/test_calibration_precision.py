"""The company's decisions on flags give each category a precision, shown beside suggestions.

Harassment: 8 confirmed, 2 dismissed, 1 still suggested -> 8 / (8 + 2) = 80 %, from 10
decisions (the minimum). Legal threats: 1 confirmed, 2 dismissed -> 3 decisions, under the
minimum: "not enough decisions yet". Suggestions never count.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.abuse.decisions import decide_flag
from desk.abuse.flag_list import MIN_DECISIONS, category_precision
from desk.cli import main
from desk.db.models import Flag, FlagStatus
from tests.desk.abuse.conftest import add_customer

PLAN = {
    "harassment": [FlagStatus.CONFIRMED] * 8 + [FlagStatus.DISMISSED] * 2 + [FlagStatus.SUGGESTED],
    "threat_legal": [FlagStatus.CONFIRMED] + [FlagStatus.DISMISSED] * 2,
}


def _decided_flags(engine: Engine) -> str:
    """Flags on one customer's messages, decided through the managers' own path."""
    with Session(engine) as session:
        count = sum(len(v) for v in PLAN.values())
        customer, ids = add_customer(session, "Vera", [f"message {i}" for i in range(count)])
        message_ids = iter(ids)
        decisions = []
        for category, statuses in PLAN.items():
            for status in statuses:
                flag = Flag(
                    message_id=next(message_ids),
                    category=category,
                    rule_id=f"en.{category}",
                    start=0,
                    end=7,
                    score=0.9,
                )
                session.add(flag)
                session.flush()
                decisions.append((flag.id, status))
        session.commit()
        for flag_id, status in decisions:
            if status != FlagStatus.SUGGESTED:
                decide_flag(session, flag_id, status, "lead")
        return str(customer.id)


def test_precision_per_category_from_confirmed_and_dismissed(sqlite_engine: Engine) -> None:
    _decided_flags(sqlite_engine)
    with Session(sqlite_engine) as session:
        table = category_precision(session)
    harassment, legal = table["harassment"], table["threat_legal"]
    assert (harassment.confirmed, harassment.dismissed) == (8, 2)
    assert harassment.precision == pytest.approx(0.8)
    assert harassment.text == "80% (8/10 confirmed)"
    assert MIN_DECISIONS > legal.decided == 3
    assert legal.precision is None
    assert legal.text.startswith("not enough decisions yet")


def test_the_flags_command_shows_the_precision_beside_each_flag(
    sqlite_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    customer = _decided_flags(sqlite_engine)
    url = sqlite_engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "-q", "flags", customer]) == 0
    out = capsys.readouterr().out
    assert "company precision" in out
    rows = [line for line in out.splitlines() if " harassment " in line]
    assert len(rows) == 11 and all("80% (8/10 confirmed)" in row for row in rows)
    legal = [line for line in out.splitlines() if " threat_legal " in line]
    assert len(legal) == 3 and all("not enough decisions yet (3 of 10)" in r for r in legal)
    assert main(["--db", url, "-q", "flags", customer, "--json"]) == 0
    flags = json.loads(capsys.readouterr().out)
    first = next(f for f in flags if f["category"] == "harassment")
    assert (first["category_confirmed"], first["category_dismissed"]) == (8, 2)
    assert first["category_precision"] == pytest.approx(0.8)
