"""The scan stores suggestions; a re-scan replaces suggestions and leaves decisions alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.abuse.decisions import decide_flag
from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.rulepack import reload_packs
from desk.abuse.scan import scan_messages
from desk.db.models import AuthorKind, Flag, FlagStatus
from desk.errors import Cancelled
from desk.progress import Progress
from tests.desk.abuse.conftest import add_customer

PACK = """
[context]
second_person = ["you"]
[[rule]]
id = "insult"
category = "harassment"
weight = 0.9
terms = [{insults}]
[[rule]]
id = "legal"
category = "threat_legal"
weight = 0.95
terms = ["my lawyer"]
"""


def _detector(rules: Path, insults: str) -> Detector:
    (rules / "en.toml").write_text(PACK.format(insults=insults), encoding="utf-8")
    reload_packs()
    return Detector(DetectorOptions(rules_dir=rules, zh_model=False))


def _flags(session: Session) -> list[tuple[int, str, str, int, int, FlagStatus]]:
    rows = session.scalars(select(Flag).order_by(Flag.message_id, Flag.start)).all()
    return [(f.message_id, f.rule_id, f.category, f.start, f.end, f.status) for f in rows]


@pytest.mark.slow
def test_scan_stores_suggestions_with_exact_spans(engine: Engine) -> None:
    with Session(engine) as session:
        _, ids = add_customer(
            session, "Vic", ["You are a clown.", "Thanks!", "My lawyer will call, clown."]
        )
        add_customer(session, "Agent", ["You clown."], author=AuthorKind.AGENT)
    result = scan_messages(engine, detector=Detector(DetectorOptions(zh_model=False)))
    assert (result.messages, result.flagged_messages, result.added) == (3, 2, 3)
    assert result.by_category == {"harassment": 2, "threat_legal": 1}
    with Session(engine) as session:
        flags = session.scalars(select(Flag).order_by(Flag.message_id, Flag.start)).all()
        texts = {ids[0]: "You are a clown.", ids[2]: "My lawyer will call, clown."}
        assert [(texts[f.message_id][f.start : f.end], f.category) for f in flags] == [
            ("clown", "harassment"),
            ("My lawyer will call", "threat_legal"),
            ("clown", "harassment"),
        ]
        assert {(f.status, f.language) for f in flags} == {(FlagStatus.SUGGESTED, "en")}


def test_rescan_after_a_rule_edit_replaces_only_suggestions(engine: Engine, tmp_path: Path) -> None:
    with Session(engine) as session:
        _, ids = add_customer(
            session,
            "Vic",
            ["You clown.", "You moron.", "You clown, you moron.", "My lawyer knows, clown."],
        )
    first = scan_messages(engine, detector=_detector(tmp_path, '"clown", "moron"'))
    assert first.added == 6
    with Session(engine) as session:
        by_text = {(f.message_id, f.start): f.id for f in session.scalars(select(Flag))}
        confirmed = by_text[(ids[0], 4)]
        dismissed = by_text[(ids[1], 4)]
        kept = by_text[(ids[3], 0)]
        decide_flag(session, confirmed, FlagStatus.CONFIRMED, "Mia")
        decide_flag(session, dismissed, FlagStatus.DISMISSED, "Mia")
    # The manager drops "clown" from the pack and widens "moron" to "mor*".
    second = scan_messages(engine, detector=_detector(tmp_path, '"mor*"'))
    assert (second.added, second.updated, second.removed, second.kept_decided) == (0, 2, 2, 2)
    with Session(engine) as session:
        assert _flags(session) == [
            (ids[0], "en.insult", "harassment", 4, 9, FlagStatus.CONFIRMED),
            (ids[1], "en.insult", "harassment", 4, 9, FlagStatus.DISMISSED),
            (ids[2], "en.insult", "harassment", 15, 20, FlagStatus.SUGGESTED),
            (ids[3], "en.legal", "threat_legal", 0, 9, FlagStatus.SUGGESTED),
        ]
        assert session.get_one(Flag, kept).rule_id == "en.legal"  # the same row, updated
        decision = session.get_one(Flag, confirmed)
        assert (decision.decided_by, decision.decided_at is not None) == ("Mia", True)
    third = scan_messages(engine, detector=_detector(tmp_path, '"mor*"'))
    assert (third.added, third.updated, third.removed) == (0, 2, 0)  # idempotent


def test_dismissed_span_is_not_suggested_again_under_another_rule(
    engine: Engine, tmp_path: Path
) -> None:
    with Session(engine) as session:
        _, [message] = add_customer(session, "Vic", ["You clown."])
    scan_messages(engine, detector=_detector(tmp_path, '"clown"'))
    with Session(engine) as session:
        decide_flag(session, session.scalars(select(Flag.id)).one(), FlagStatus.DISMISSED, "Mia")
    (tmp_path / "en.toml").write_text(
        PACK.format(insults='"x"')
        .replace('id = "insult"', 'id = "renamed"')
        .replace('terms = ["x"]', 'terms = ["clown*"]'),
        encoding="utf-8",
    )
    reload_packs()
    scan_messages(engine, detector=Detector(DetectorOptions(rules_dir=tmp_path, zh_model=False)))
    with Session(engine) as session:
        assert [(f[1], f[5]) for f in _flags(session)] == [("en.insult", FlagStatus.DISMISSED)]
        assert _flags(session)[0][0] == message


@pytest.mark.slow
def test_scan_of_one_customer_includes_merged_ones_and_leaves_the_others(engine: Engine) -> None:
    with Session(engine) as session:
        vic, _ = add_customer(session, "Vic", ["You clown."])
        add_customer(session, "Ann", ["You clown."])
        alias, _ = add_customer(session, "Victor", ["My lawyer will call."])
        alias.merged_into_id = vic_id = vic.id
        session.commit()
    result = scan_messages(engine, customer_id=vic_id)
    assert (result.messages, result.added) == (2, 2)
    everyone = scan_messages(engine)
    assert (everyone.messages, everyone.added, everyone.updated) == (3, 1, 2)


@pytest.mark.slow
def test_cancel_stops_between_batches(sqlite_engine: Engine) -> None:
    with Session(sqlite_engine) as session:
        add_customer(session, "Vic", ["You clown."] * 5)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        scan_messages(sqlite_engine, progress=progress, batch_size=2)
    with Session(sqlite_engine) as session:
        assert _flags(session) == []
    progress = Progress()
    result = scan_messages(sqlite_engine, progress=progress, batch_size=2)
    assert (progress.done, progress.total, result.added) == (5, 5, 5)


@pytest.mark.slow
def test_scan_of_an_import_batch_reads_only_what_it_added(sqlite_engine: Engine) -> None:
    from sqlalchemy import update

    from desk.db.models import ImportBatch, Message

    with Session(sqlite_engine) as session:
        _, ids = add_customer(session, "Vic", ["You are a clown.", "You clown, again."])
        batch = ImportBatch(path="x.ndjson", format="zendesk-json", sha256="0" * 64)
        session.add(batch)
        session.flush()
        session.execute(update(Message).where(Message.id == ids[1]).values(batch_id=batch.id))
        session.commit()
        batch_id = batch.id
    detector = Detector(DetectorOptions(zh_model=False))
    assert scan_messages(sqlite_engine, batch_ids=[batch_id + 1], detector=detector).messages == 0
    result = scan_messages(sqlite_engine, batch_ids=[batch_id], detector=detector)
    assert (result.messages, result.flagged_messages) == (1, 1)
    with Session(sqlite_engine) as session:
        assert {f.message_id for f in session.scalars(select(Flag))} == {ids[1]}
