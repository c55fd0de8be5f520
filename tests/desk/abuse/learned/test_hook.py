"""The detector's hook: rule hits first, the model's best hit where no rule found abuse, with
the sentence that carried it; the scan stores it like any suggestion."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.learned.combine import is_learned
from desk.abuse.rulepack import reload_packs
from desk.abuse.scan import scan_messages
from desk.db.models import Flag
from tests.desk.abuse.conftest import add_customer

TEXT = "The report is late again. Honestly, you are a brainless idiot. Please send it today."
SENTENCE = "Honestly, you are a brainless idiot."
PACK = """
[context]
second_person = ["you"]
[[rule]]
id = "insult"
category = "harassment"
weight = 0.9
terms = ["brainless idiot"]
"""


def _detector(rules: Path, pack: str | None, learned: bool = True) -> Detector:
    """A detector over ``rules``: an English pack when given, else no pack at all, so these
    tests do not move when the shipped packs change."""
    rules.mkdir(exist_ok=True)
    if pack is not None:
        (rules / "en.toml").write_text(pack, encoding="utf-8")
    reload_packs()
    return Detector(DetectorOptions(rules_dir=rules, zh_model=False, learned=learned))


def test_with_no_rule_match_the_model_flags_the_sentence(tmp_path: Path) -> None:
    [hit] = _detector(tmp_path / "rules", None).detect(TEXT, "en")
    assert (hit.category, hit.rule_id, hit.language) == ("harassment", "learned.harassment", "en")
    assert TEXT[hit.start : hit.end] == SENTENCE
    assert 0.8 <= hit.score <= 1.0 and is_learned(hit.rule_id)
    assert _detector(tmp_path / "rules", None, learned=False).detect(TEXT, "en") == []
    assert _detector(tmp_path / "rules", None).detect("Thanks, all good now.", "en") == []


def test_a_rule_match_keeps_the_rules_words_and_adds_no_learned_hit(tmp_path: Path) -> None:
    hits = _detector(tmp_path / "rules", PACK).detect(TEXT, "en")
    assert [(h.rule_id, TEXT[h.start : h.end]) for h in hits] == [("en.insult", "brainless idiot")]


def test_the_scan_stores_a_learned_hit_with_its_sentence(
    tmp_path: Path, sqlite_engine: Engine
) -> None:
    with Session(sqlite_engine) as session:
        add_customer(session, "Ada", [TEXT, "Thanks, all good now."])
    result = scan_messages(sqlite_engine, detector=_detector(tmp_path / "rules", None))
    assert result.added == 1
    with Session(sqlite_engine) as session:
        [flag] = session.scalars(select(Flag)).all()
        assert flag.rule_id == "learned.harassment"
        assert TEXT[flag.start : flag.end] == SENTENCE
