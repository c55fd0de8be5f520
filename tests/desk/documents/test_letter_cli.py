"""The letter from the command line: draft for an approved case, sign, store, verify."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.cli import main
from desk.db.engine import open_database
from desk.db.models import Case, CaseState, Customer, Evidence, EvidenceKind, Letter, Message
from desk.demo.generator import PLANTED_EMAIL
from tests.conftest import demo_copy
from tests.desk.documents.certs import PASSWORD, make_pki

pytestmark = pytest.mark.slow  # drafts, signs and verifies through the CLI


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    return demo_copy(demo_template, tmp_path_factory.mktemp("letter-demo"))


def _approved_case(url: str, quotes: list[str]) -> tuple[int, list[dt.datetime]]:
    """An approved case on the planted customer quoting the first message holding each text."""
    engine = open_database(url)
    with Session(engine) as session:
        customer = session.scalars(
            select(Customer).where(Customer.primary_email == PLANTED_EMAIL)
        ).one()
        case = Case(
            customer_id=customer.id,
            opened_by="Mia",
            state=CaseState.APPROVED,
            criteria=json.dumps(["harassment_language", "threats"]),
            refund_months=6,
        )
        session.add(case)
        session.flush()
        times = []
        for text in quotes:
            message = session.scalars(
                select(Message)
                .where(Message.customer_id == customer.id, Message.body_text.contains(text))
                .order_by(Message.created_at)
                .limit(1)
            ).one()
            start = message.body_text.index(text)
            session.add(
                Evidence(
                    case_id=case.id,
                    kind=EvidenceKind.QUOTE,
                    message_id=message.id,
                    quote=text,
                    quote_start=start,
                    quote_end=start + len(text),
                    message_time=message.created_at,
                    message_text=message.body_text,
                    message_sha256=message.body_sha256,
                    category="threat_financial",
                    criterion="threats",
                    created_by="Mia",
                )
            )
            times.append(message.created_at)
        session.commit()
        case_id = case.id
    engine.dispose()
    return case_id, times


def test_draft_sign_store_and_verify(
    demo_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quotes = ["I will file a chargeback with my bank", "My lawyer will be in touch"]
    case_id, times = _approved_case(demo_db, quotes)
    out = tmp_path / "letter.pdf"
    assert (
        main(
            [
                "--db",
                demo_db,
                "letter",
                "draft",
                str(case_id),
                "--lang",
                "en",
                "--out",
                str(out),
                "--end-date",
                "2026-12-31",
            ]
        )
        == 0
    )
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    text = " ".join(text.split())
    assert "Victor Krane" in text
    for when in times:
        assert f"{when:%B} {when.day}, {when.year}" in text
    assert "Dana Whitfield" in text  # the demo's signatory
    assert "$1,494.00" in text  # 6 months × the planted customer's 249.00 plan

    pki = make_pki(tmp_path)
    monkeypatch.setenv("COO_PASSWORD", PASSWORD.decode())
    engine = open_database(demo_db)
    with Session(engine) as session:
        letter_id = session.scalars(select(Letter.id).where(Letter.case_id == case_id)).one()
    signed = tmp_path / "signed.pdf"
    assert (
        main(
            [
                "--db",
                demo_db,
                "letter",
                "sign",
                str(out),
                "--p12",
                str(pki.p12),
                "--password-env",
                "COO_PASSWORD",
                "--out",
                str(signed),
                "--letter",
                str(letter_id),
            ]
        )
        == 0
    )
    with Session(engine) as session:
        letter = session.get_one(Letter, letter_id)
        assert letter.signed_pdf == signed.read_bytes()
        assert letter.signer is not None and "Dana Whitfield" in letter.signer
    engine.dispose()
    ca = tmp_path / "ca.der"
    ca.write_bytes(pki.ca.dump())
    capsys.readouterr()
    assert main(["letter", "verify", str(signed), "--trust", str(ca)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "Verdict: VALID"
    assert "Signed by: Dana Whitfield, Lumen Ledger" in out
    damaged = tmp_path / "damaged.pdf"
    data = signed.read_bytes()
    position = data.index(b"Dana Whitfield")
    damaged.write_bytes(data[:position] + b"X" + data[position + 1 :])
    assert main(["letter", "verify", str(damaged)]) == 1
    assert "NOT VALID" in capsys.readouterr().out


def test_letter_refusals_are_one_line(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_database(demo_db)
    with Session(engine) as session:
        customer = session.scalars(select(Customer).limit(1)).one()
        draft = Case(customer_id=customer.id, opened_by="Mia")
        session.add(draft)
        session.commit()
        draft_id = draft.id
    engine.dispose()
    out = str(tmp_path / "x.pdf")
    assert main(["--db", demo_db, "letter", "draft", str(draft_id), "--out", out]) == 1
    assert "a letter needs an approved case" in capsys.readouterr().err
    assert main(["--db", demo_db, "letter", "draft", "99999", "--out", out]) == 1
    assert "no case #99999" in capsys.readouterr().err
    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(b"%PDF-1.4 not really")
    assert main(["letter", "sign", str(pdf), "--p12", str(tmp_path / "none.p12")]) == 1
    assert "no such certificate file" in capsys.readouterr().err
