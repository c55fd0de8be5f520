"""The Twitter (TWCS) importer on the real dataset samples and on the quirks of re-saved copies."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.models import Agent, AuthorKind, Conversation, Identity, ImportBatch, Message
from desk.ingest.formats.twitter import ReplyTrees, TwitterCsv
from desk.ingest.loader import import_file
from desk.ingest.registry import detect
from tests.conftest import shared_data

HEADER = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id"


def expected_counts(path: Path) -> tuple[int, int, int]:
    """(messages, conversations, customers) read with pandas, independently of the importer.

    A conversation is a reply tree (tweets linked by ``in_response_to_tweet_id`` within the file);
    its customer is the author of its earliest inbound tweet, or whom the company addresses.
    """
    frame = pd.read_csv(path, dtype=str, lineterminator="\n", keep_default_na=False)
    frame.columns = [c.strip() for c in frame.columns]
    frame = frame[frame["tweet_id"].str.strip() != ""]
    ids = [int(float(t)) for t in frame["tweet_id"]]
    known = set(ids)
    parents = {}
    for tweet, parent in zip(ids, frame["in_response_to_tweet_id"].str.strip(), strict=True):
        parents[tweet] = int(float(parent)) if parent else None

    def root(tweet: int) -> int:
        seen = set()
        while parents.get(tweet) in known and tweet not in seen:
            seen.add(tweet)
            tweet = parents[tweet]  # type: ignore[assignment]
        return tweet

    frame = frame.assign(
        root=[root(t) for t in ids],
        when=pd.to_datetime(frame["created_at"], format="%a %b %d %H:%M:%S %z %Y"),
    )
    frame = frame.assign(is_in=frame["inbound"].str.strip().str.lower() == "true")
    customers = set()
    for _, group in frame.sort_values("when").groupby("root"):
        inbound = group[group["is_in"]]
        if len(inbound):
            customers.add(inbound.iloc[0]["author_id"])
        else:  # only the company's tweets: the customer is whom the first one addresses
            customers.add(re.findall(r"@(\w+)", group.iloc[0]["text"])[0])
    return len(known), frame["root"].nunique(), len(customers)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["twcs_kaggle_sample.csv", "twcs_first5000_pandas_index.csv"])
def test_real_samples_import_with_counts_read_independently(
    name: str, sqlite_engine: Engine
) -> None:
    path = shared_data("samples", "twitter", name)
    assert detect(path) is TwitterCsv
    messages, conversations, customers = expected_counts(path)
    summary = import_file(sqlite_engine, path)
    assert summary.rejected == 0, summary.rejections
    assert summary.messages_new == messages
    assert summary.conversations_new == conversations
    assert summary.customers_new == customers
    assert summary.encoding == "utf-8"
    with Session(sqlite_engine) as session:
        agents = set(session.scalars(select(Agent.external_id)))
        assert agents and all(not a.isdigit() for a in agents)  # company handles
        inbound_as_agent = session.scalar(
            select(func.count())
            .select_from(Message)
            .join(Agent, Message.agent_id == Agent.id)
            .where(Agent.external_id.regexp_match("^[0-9]+$"))
        )
        assert inbound_as_agent == 0


@pytest.mark.slow
def test_bare_carriage_return_in_an_unquoted_cell_stays_in_the_tweet(sqlite_engine: Engine) -> None:
    path = shared_data("samples", "twitter", "twcs_first5000_pandas_index.csv")
    import_file(sqlite_engine, path)
    with Session(sqlite_engine) as session:
        body = session.scalars(select(Message.body_text).where(Message.external_id == "3399")).one()
    assert body.startswith("@AskPayPal") and body.endswith("https://t.co/8u1Pf5rJoN")
    assert "I just love the start of email" in body


def _write(path: Path, rows: list[str], header: str = HEADER, newline: str = "\n") -> Path:
    path.write_text(newline.join([header, *rows]) + newline, encoding="utf-8")
    return path


def test_threads_customers_others_and_agents(sqlite_engine: Engine, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "twcs.csv",
        [
            # the company's reply comes before the tweet it answers, as in the dataset
            '2,AcmeHelp,False,Tue Oct 31 22:10:47 +0000 2017,"@100 Sorry, DM us &amp; see",3,1',
            "1,100,True,Tue Oct 31 22:00:00 +0000 2017,@AcmeHelp my order is late &gt;:(,2,",
            "3,100,True,Tue Oct 31 22:20:00 +0000 2017,@AcmeHelp done,,2",
            "4,200,True,Tue Oct 31 22:30:00 +0000 2017,@AcmeHelp me too!,,2",
            "5,AcmeHelp,False,Wed Nov 01 08:00:00 +0000 2017,@300 Welcome back,,",
        ],
    )
    summary = import_file(sqlite_engine, path)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (2, 5, 2)
    with Session(sqlite_engine) as session:
        rows = dict(session.execute(select(Message.external_id, Message.author_kind)).all())
        assert rows == {
            "1": AuthorKind.CUSTOMER,
            "2": AuthorKind.AGENT,
            "3": AuthorKind.CUSTOMER,
            "4": AuthorKind.OTHER,  # another user joining the thread
            "5": AuthorKind.AGENT,
        }
        text = session.scalars(select(Message.body_text).where(Message.external_id == "1")).one()
        assert text == "@AcmeHelp my order is late >:("
        first = session.scalars(select(Conversation).where(Conversation.external_id == "1")).one()
        assert first.created_at == dt.datetime(2017, 10, 31, 22, 0)
        # A thread with only the company's tweet belongs to the user it addresses.
        lone = session.scalars(select(Conversation).where(Conversation.external_id == "5")).one()
        owner = session.scalars(
            select(Identity.value).where(
                Identity.customer_id == lone.customer_id, Identity.kind == "id"
            )
        ).one()
        assert owner == "300"
        assert session.scalars(select(Agent.name)).all() == ["@AcmeHelp"]


def test_excel_and_pandas_quirks(sqlite_engine: Engine, tmp_path: Path) -> None:
    rows = [
        "1,100,TRUE,Tue Oct 31 22:00:00 +0000 2017,@AcmeHelp hi,2,",
        "2,AcmeHelp,FALSE,Tue Oct 31 22:05:00 +0000 2017,@100 hello,,1.0",
        "3,101,TRUE,Tue Oct 31 22:06:00 +0000 2017,@AcmeHelp x,,1.19237E+05",
        ",,,,,,",
        ",,,,,,",
    ]
    path = tmp_path / "excel.csv"
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("cp1252"))
    summary = import_file(sqlite_engine, path)
    assert summary.rejected == 0
    assert (summary.conversations_new, summary.messages_new) == (2, 3)


def test_bad_rows_are_rejected_with_their_line(sqlite_engine: Engine, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "bad.csv",
        [
            "1,100,True,Tue Oct 31 22:00:00 +0000 2017,ok,,",
            "x1,100,True,Tue Oct 31 22:00:00 +0000 2017,bad id,,",
            "3,100,maybe,Tue Oct 31 22:00:00 +0000 2017,bad flag,,",
            "4,100,True,yesterday,bad time,,",
            "5,100,True,Tue Oct 31 22:00:00 +0000 2017,too short",
        ],
    )
    summary = import_file(sqlite_engine, path)
    assert summary.messages_new == 1
    reasons = {r.line: r.reason for r in summary.rejections}
    assert reasons == {
        3: "tweet_id 'x1' is not a number",
        4: "tweet 3: inbound is 'maybe', not True or False",
        5: "tweet 4: not a time: 'yesterday'",
        6: "5 columns where the header has 7",
    }
    with Session(sqlite_engine) as session:
        assert session.get_one(ImportBatch, summary.batch_id).rows_rejected == 4


def test_reply_trees_cut_cycles_and_keep_missing_parents_as_roots() -> None:
    trees = ReplyTrees()
    links: list[tuple[int, Any, int]] = [(1, None, 2), (2, 1, 3), (3, 2, 4), (7, 8, 5), (8, 7, 6)]
    links += [(9, 999, 7)]  # its parent is not in the file
    for tweet, parent, line in links:
        trees.add(tweet, parent, line)
    trees.finish()
    assert [trees.root(t) for t in (1, 2, 3)] == [1, 1, 1]
    assert trees.root(7) == trees.root(8)
    assert trees.root(9) == 9
    assert trees.last_line(1) == 4
