"""End to end: the demo data set through import, ``scan`` and ``flags`` on the command line."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.abuse.categories import ABUSE_VALUES
from desk.cli import main
from desk.db.engine import open_database
from desk.db.models import Customer, Flag, FlagStatus, Message
from desk.demo import phrases as bank
from desk.demo.generator import PLANTED_EMAIL, write_demo_export
from desk.ingest.loader import import_file

pytestmark = pytest.mark.slow  # imports and scans the demo data


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, tuple[str, ...]]:
    folder = tmp_path_factory.mktemp("signals-demo")
    summary = write_demo_export(folder / "demo.ndjson", customers=200)
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    engine = open_database(url)
    import_file(engine, summary.path)
    engine.dispose()
    assert main(["--db", url, "-q", "scan"]) == 0
    return url, summary.civil_emails


def _flags_by_message(url: str, email: str) -> dict[str, set[str]]:
    engine = open_database(url)
    with Session(engine) as session:
        customer = session.scalars(select(Customer).where(Customer.primary_email == email)).one()
        rows = session.execute(
            select(Message.body_text, Flag.category)
            .outerjoin(Flag, Flag.message_id == Message.id)
            .where(Message.customer_id == customer.id)
        ).all()
    engine.dispose()
    found: dict[str, set[str]] = {}
    for text, category in rows:
        found.setdefault(text, set()).update({category} if category else set())
    return found


def test_the_planted_customers_threats_are_flagged_in_every_language(
    demo_db: tuple[str, tuple[str, ...]],
) -> None:
    flags = _flags_by_message(demo_db[0], PLANTED_EMAIL)
    for kind, phrases in bank.THREATS.items():
        for language, phrase in phrases.items():
            messages = [cats for text, cats in flags.items() if phrase in text]
            assert messages, (kind, language)
            assert all(kind in cats for cats in messages), (kind, language, phrase)
    for language, insults in bank.INSULTS.items():
        for insult in insults:
            assert all("harassment" in c for t, c in flags.items() if insult in t), language


def test_the_angry_but_civil_customers_get_no_abuse_flag(
    demo_db: tuple[str, tuple[str, ...]],
) -> None:
    url, civil = demo_db
    for email in civil:
        categories = set().union(*_flags_by_message(url, email).values())
        assert not categories & ABUSE_VALUES, email
        assert categories <= {"shouting", "manager_demand"}


def test_flags_lists_the_words_that_fired(
    demo_db: tuple[str, tuple[str, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = demo_db
    capsys.readouterr()
    assert main(["--db", url, "flags", PLANTED_EMAIL, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["status"] for r in rows} == {"suggested"}
    assert {r["language"] for r in rows} == {"en", "es", "ru", "zh", "sv"}
    legal = [r for r in rows if r["rule_id"] == "zh.threat.legal"]
    assert legal and {r["quote"] for r in legal} >= {"起诉"}
    assert main(["--db", url, "flags", "Victor Krane"]) == 0
    out = capsys.readouterr().out
    assert "threat_legal" in out and "[起诉]" in out
    assert "abuse (the rest are soft signals)" in out


def test_rescanning_one_customer_keeps_a_confirmed_flag(
    demo_db: tuple[str, tuple[str, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = demo_db
    engine = open_database(url)
    with Session(engine) as session:
        flag = session.scalars(
            select(Flag)
            .join(Message, Message.id == Flag.message_id)
            .join(Customer, Customer.id == Message.customer_id)
            .where(Customer.primary_email == PLANTED_EMAIL)
            .order_by(Flag.id)
            .limit(1)
        ).one()
        flag.status = FlagStatus.CONFIRMED
        session.commit()
        flag_id = flag.id
    capsys.readouterr()
    assert main(["--db", url, "scan", "Victor Krane", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["added"] == result["removed"] == 0
    assert result["kept_decided"] == 1
    with Session(engine) as session:
        assert session.get_one(Flag, flag_id).status == FlagStatus.CONFIRMED
    engine.dispose()
    assert main(["--db", url, "scan", "Nobody Atall"]) == 1
    assert "no customer 'Nobody Atall'" in capsys.readouterr().err
