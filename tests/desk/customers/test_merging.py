"""A manager merges two customers into one person, and undoes it; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.cli import main
from desk.customers.merging import identities_of, merge_customers, undo_merge
from desk.db.models import Case, Conversation, Customer, CustomerMerge, Identity, Message
from desk.errors import InputError, NotFoundError
from desk.ingest.loader import import_file


def _export(path: Path) -> Path:
    """Two Help Scout customers who are one person (home and work address), and a third."""

    def convo(cid: int, customer: dict[str, object], text: str) -> str:
        thread = {
            "id": cid * 10,
            "type": "customer",
            "createdBy": {**customer, "type": "customer"},
            "body": f"<p>{text}</p>",
            "createdAt": "2024-03-01T09:00:00Z",
        }
        return json.dumps(
            {
                "id": cid,
                "createdAt": "2024-03-01T09:00:00Z",
                "primaryCustomer": customer,
                "_embedded": {"threads": [thread]},
            }
        )

    home = {"id": 1, "first": "Vex", "last": "Home", "email": "vex@home.example"}
    work = {"id": 2, "first": "Vex", "last": "Work", "email": "vex@work.example"}
    other = {"id": 3, "first": "Quiet", "last": "One", "email": "quiet@else.example"}
    lines = [
        convo(11, home, "a"),
        convo(12, home, "b"),
        convo(21, work, "c"),
        convo(31, other, "d"),
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def _ids(session: Session) -> dict[str, int]:
    return {
        str(email): cid
        for email, cid in session.execute(select(Customer.primary_email, Customer.id))
    }


def test_merge_moves_everything_and_undo_puts_back_exactly_that(
    engine: Engine, tmp_path: Path
) -> None:
    import_file(engine, _export(tmp_path / "hs.ndjson"))
    with Session(engine) as session:
        ids = _ids(session)
        home, work = ids["vex@home.example"], ids["vex@work.example"]
        session.add(Case(customer_id=work, opened_by="manager"))
        session.commit()
        record = merge_customers(session, home, work, "manager", "same person, two addresses")
        session.commit()
        moved = json.loads(record.identity_ids)
        assert len(moved["conversations"]) == 1 and len(moved["messages"]) == 1
        assert len(moved["identities"]) == 2 and len(moved["cases"]) == 1
        assert set(session.scalars(select(Conversation.customer_id))) == {
            home,
            ids["quiet@else.example"],
        }
        assert set(session.scalars(select(Message.customer_id))) == {
            home,
            ids["quiet@else.example"],
        }
        assert session.get_one(Customer, work).merged_into_id == home
        values = {r.value for r in identities_of(session, home)}
        assert {"vex@home.example", "vex@work.example"} <= values
        assert record.merged_by == "manager"

        undone = undo_merge(session, record.id, "lead")
        session.commit()
        assert undone.undone_at is not None and "[undone by lead]" in undone.reason
        assert session.get_one(Customer, work).merged_into_id is None
        per_customer = {
            c: n
            for c, n in session.execute(
                select(Conversation.customer_id, Conversation.id).order_by(Conversation.id)
            ).all()
        }
        assert work in per_customer and home in per_customer
        assert session.scalars(select(Case.customer_id)).one() == work
        work_identities = set(
            session.scalars(select(Identity.value).where(Identity.customer_id == work))
        )
        assert "vex@work.example" in work_identities
        with pytest.raises(InputError, match="already undone"):
            undo_merge(session, record.id, "lead")


def test_merge_refuses_nonsense_and_undo_goes_in_order(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    import_file(sqlite_engine, _export(tmp_path / "hs.ndjson"))
    with Session(sqlite_engine) as session:
        ids = _ids(session)
        a, b, c = ids["vex@home.example"], ids["vex@work.example"], ids["quiet@else.example"]
        with pytest.raises(InputError, match="itself"):
            merge_customers(session, a, a, "m", "x")
        with pytest.raises(NotFoundError):
            merge_customers(session, a, 9999, "m", "x")
        with pytest.raises(InputError, match="reason"):
            merge_customers(session, a, b, "m", "  ")
        first = merge_customers(session, a, b, "m", "one person")
        with pytest.raises(InputError, match="already merged"):
            merge_customers(session, c, b, "m", "x")
        second = merge_customers(session, c, a, "m", "also the same")
        session.commit()
        with pytest.raises(InputError, match=f"undo merge #{second.id} first"):
            undo_merge(session, first.id, "m")
        undo_merge(session, second.id, "m")
        undo_merge(session, first.id, "m")
        session.commit()
        assert (
            session.scalars(
                select(Customer.merged_into_id).where(Customer.merged_into_id.is_not(None))
            ).all()
            == []
        )
        assert set(session.scalars(select(Message.customer_id))) == {a, b, c}


def test_an_import_merge_can_be_undone_too(sqlite_engine: Engine, tmp_path: Path) -> None:
    import_file(sqlite_engine, _export(tmp_path / "hs.ndjson"))
    both = {"id": 1, "first": "Vex", "emails": ["vex@home.example", "vex@work.example"]}
    again = {
        "id": 99,
        "createdAt": "2024-03-05T09:00:00Z",
        "primaryCustomer": {"id": 50, "first": "Vex", "emails": both["emails"]},
        "_embedded": {"threads": []},
    }
    path = tmp_path / "later.ndjson"
    path.write_text(json.dumps(again) + "\n")
    summary = import_file(sqlite_engine, path)
    assert summary.customers_merged == 1
    with Session(sqlite_engine) as session:
        record = session.scalars(select(CustomerMerge)).one()
        undo_merge(session, record.id, "m")
        session.commit()
        assert session.get_one(Customer, record.merged_id).merged_into_id is None


@pytest.mark.slow
def test_cli_merge_list_unmerge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert main(["--db", url, "import", str(_export(tmp_path / "hs.ndjson"))]) == 0
    capsys.readouterr()
    argv = ["--db", url, "identities", "merge", "vex@home.example", "vex@work.example"]
    assert main([*argv, "--reason", "same person", "--by", "mia"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("merge #1: customer #") and "1 conversations" in out
    assert main(["--db", url, "identities", "list", "vex@work.example", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    values = {i["value"] for i in listing["identities"]}
    assert {"vex@home.example", "vex@work.example"} <= values
    assert listing["merges"][0]["by"] == "mia"
    assert main(["--db", url, "identities", "unmerge", "1"]) == 0
    assert "undone" in capsys.readouterr().out
    assert main(["--db", url, "identities", "unmerge", "1"]) == 1
    assert "already undone" in capsys.readouterr().err
    assert (
        main(["--db", url, "identities", "merge", "nobody@x", "vex@home.example", "--reason", "r"])
        == 1
    )
    assert "no customer 'nobody@x'" in capsys.readouterr().err
