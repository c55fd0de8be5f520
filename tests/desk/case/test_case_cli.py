"""The planted demo customer's case, built from the command line end to end, and its brief."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from pypdf import PdfReader
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk.analytics.stats import customer_stats
from desk.cli import main
from desk.db.engine import open_database
from desk.db.models import AuditEvent, Customer, Message
from desk.demo.generator import PLANTED_EMAIL
from tests.conftest import demo_copy

pytestmark = pytest.mark.slow  # a whole case through the CLI on the demo data

# (category, the exact words the demo's planted customer wrote), in five languages
INCIDENTS = (
    ("harassment", "You're completely incompetent, you idiot."),
    ("threat_financial", "I will file a chargeback with my bank and dispute every single charge."),
    ("threat_job", "Я напишу вашему генеральному директору, чтобы вас наказали и уволили."),
    ("threat_legal", "我的律师会联系你们，我要起诉你们。"),
    ("threat_expose", "Sé su nombre completo y dónde vive, y lo voy a publicar en todas partes."),
    (
        "threat_public_shaming",
        "Jag ska berätta för alla på sociala medier och ge er ett i betyg överallt.",
    ),
)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    return demo_copy(demo_template, tmp_path_factory.mktemp("case-demo"))


def run(url: str, *args: str, capsys: pytest.CaptureFixture[str], code: int = 0) -> str:
    result = main(["-q", "--db", url, *args])
    captured = capsys.readouterr()
    assert result == code, captured.err
    return captured.out + captured.err


@pytest.fixture
def db(demo_db: str) -> Iterator[Session]:
    engine = open_database(demo_db)
    with Session(engine) as session:
        yield session
    engine.dispose()


def _message_with(session: Session, customer_id: int, text: str) -> Message:
    return session.scalars(
        select(Message)
        .where(Message.customer_id == customer_id, Message.body_text.contains(text))
        .order_by(Message.created_at)
        .limit(1)
    ).one()


def _screenshot(path: Path) -> Path:
    figure = Figure(figsize=(4, 2))
    figure.text(0.05, 0.5, "@victor: everyone avoid Lumen Ledger", fontsize=12)
    figure.savefig(path, format="png")
    return path


def test_a_whole_case_from_the_command_line(
    demo_db: str, db: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer = db.scalars(select(Customer).where(Customer.primary_email == PLANTED_EMAIL)).one()
    out = run(demo_db, "case", "--as", "Mia", "open", PLANTED_EMAIL, capsys=capsys)
    case_id = int(re.search(r"case #(\d+)", out).group(1))  # type: ignore[union-attr]

    # Before any evidence, the case cannot go to review.
    out = run(demo_db, "case", "submit", str(case_id), capsys=capsys, code=1)
    assert "claims no criterion" in out and "Traceback" not in out

    quoted = []
    for category, text in INCIDENTS:
        message = _message_with(db, customer.id, text)
        run(
            demo_db, "case", "--as", "Mia", "add-evidence", str(case_id),
            "--message", str(message.id), "--quote", text, "--category", category,
            capsys=capsys,
        )  # fmt: skip
        quoted.append((message.created_at, text))
    shot = _screenshot(tmp_path / "tweet.png")
    run(
        demo_db, "case", "add-evidence", str(case_id), "--file", str(shot),
        "--category", "threat_public_shaming", "--comment", "Posted on X the same day",
        capsys=capsys,
    )  # fmt: skip
    run(
        demo_db, "case", "warn", str(case_id), "--by", "Mia Manager", "--channel", "phone",
        "--date", "2026-05-04T10:00", "--text", "Insults end the call; next time we hang up.",
        capsys=capsys,
    )  # fmt: skip
    run(
        demo_db, "case", "warn", str(case_id), "--by", "Mia Manager", "--channel", "email",
        "--date", "2026-06-12", "--text", "Your contacts now go to our specialist team.",
        capsys=capsys,
    )  # fmt: skip

    out = run(demo_db, "case", "--as", "Mia", "submit", str(case_id), capsys=capsys)
    assert "ready for review (claims: harassment_language, threats, pattern)" in out
    out = run(
        demo_db, "case", "approve", str(case_id), "--by", "Dana Whitfield", "--title", "COO",
        capsys=capsys, code=1,
    )  # fmt: skip
    assert "were reasonable adjustments considered" in out
    run(
        demo_db, "case", "approve", str(case_id), "--by", "Dana Whitfield", "--title", "COO",
        "--adjustments-considered", "yes", "--note", "No known disability; circumstances heard.",
        capsys=capsys,
    )  # fmt: skip

    shown = json.loads(run(demo_db, "case", "show", str(case_id), "--json", capsys=capsys))
    assert shown["state"] == "approved" and shown["pattern"]["met"]
    assert len(shown["evidence"]) == len(INCIDENTS) + 1
    assert [w["step"] for w in shown["warnings"]] == [1, 2]
    hashes = [e["sha256"] for e in shown["evidence"]]

    pdf_path = tmp_path / "brief.pdf"
    run(demo_db, "case", "brief", str(case_id), "--out", str(pdf_path), capsys=capsys)
    reader = PdfReader(pdf_path)
    pages = [page.extract_text() for page in reader.pages]
    text = "\n".join(pages)
    flat = " ".join(text.split())

    stats = customer_stats(db, customer.id)
    assert f"{stats.volume.count:,}" in flat
    assert f"{stats.volume.baseline.mean:,.0f}" in flat
    assert f"{stats.volume.ratio_to_mean:,.0f}" in flat
    for when, quote in quoted:
        assert f"{when:%d %b %Y}".lstrip("0") in flat or f"{when:%d %b %Y}" in flat
        assert " ".join(quote.split())[:30] in flat, quote
    squashed = flat.replace(" ", "")
    for digest in hashes:
        assert digest in squashed
    printed = re.search(r"audit verify --head ([0-9a-f]{64})", flat)
    assert printed is not None
    out = run(demo_db, "audit", "verify", "--head", printed.group(1), capsys=capsys)
    assert "is in the chain" in out
    out = run(demo_db, "audit", "verify", "--head", "ab" * 32, capsys=capsys, code=4)
    assert "NOT in the chain" in out
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page and f"#{case_id}" in page
        assert "Confidential" in page

    # The letter moves the approved case to "letter issued"; the chain holds throughout.
    run(demo_db, "letter", "draft", str(case_id), "--out", str(tmp_path / "l.pdf"), capsys=capsys)
    shown = json.loads(run(demo_db, "case", "show", str(case_id), "--json", capsys=capsys))
    assert shown["state"] == "letter_issued"
    out = run(demo_db, "audit", "verify", capsys=capsys)
    assert "The audit log is intact" in out
    log = json.loads(run(demo_db, "audit", "log", str(case_id), "--json", capsys=capsys))
    actions = [event["action"] for event in log]
    assert actions[0] == "case.opened" and actions[-1] == "letter.issued"
    assert "brief.written" in actions and actions.count("warning.recorded") == 2

    # Tampering with one event is caught, and named.
    db.execute(
        update(AuditEvent)
        .where(AuditEvent.id == log[3]["id"])
        .values(detail=json.dumps({"quote": "a kinder quote"}))
    )
    db.commit()
    out = run(demo_db, "audit", "verify", capsys=capsys, code=3)
    assert f"event #{log[3]['id']}" in out and "changed after it was written" in out


def test_user_mistakes_are_one_line(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    for args, needle in (
        (("case", "show", "9999"), "no case #9999"),
        (("case", "open", "nobody@nowhere.example"), "no customer"),
        (("case", "add-evidence", "9999", "--note", "x"), "no case #9999"),
        (("case", "approve", "9999", "--by", "D", "--title", "COO"), "no case #9999"),
        (("policy", "load", "/nonexistent.toml"), "/nonexistent.toml"),
        (("purge", PLANTED_EMAIL), "add --yes"),
    ):
        out = run(demo_db, *args, capsys=capsys, code=1)
        assert needle in out and "Traceback" not in out
        assert out.count("\n") == 1, out


def test_brief_in_us_letter_with_agents_as_roles(
    demo_db: str, db: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = json.loads(run(demo_db, "case", "list", "--json", capsys=capsys))
    if not cases:  # run alone or on another process than the whole case's test: open one
        run(demo_db, "case", "--as", "Mia", "open", PLANTED_EMAIL, capsys=capsys)
        cases = json.loads(run(demo_db, "case", "list", "--json", capsys=capsys))
    case_id = cases[0]["id"]
    pdf_path = tmp_path / "brief-letter.pdf"
    run(
        demo_db, "case", "brief", str(case_id), "--out", str(pdf_path), "--paper", "letter",
        "--anonymise-agents", capsys=capsys,
    )  # fmt: skip
    reader = PdfReader(io.BytesIO(pdf_path.read_bytes()))
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (612, 792)
    assert dt.date.today().year >= 2026
