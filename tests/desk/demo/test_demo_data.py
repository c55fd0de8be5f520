"""The demo export: deterministic, realistic shapes, the planted customer and the contrast."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from desk.demo import phrases as bank
from desk.demo.generator import PLANTED_EMAIL, DemoSummary, write_demo_export
from desk.errors import Cancelled
from desk.progress import Progress

pytestmark = pytest.mark.slow  # generates the 3,000-customer demo export


def _read(path: Path) -> tuple[dict[int, dict[str, Any]], list[dict[str, Any]]]:
    users: dict[int, dict[str, Any]] = {}
    tickets: list[dict[str, Any]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        if "requester_id" in obj:
            tickets.append(obj)
        else:
            users[obj["id"]] = obj
    return users, tickets


def _customer_texts(
    users: dict[int, dict[str, Any]], tickets: list[dict[str, Any]]
) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for ticket in tickets:
        email = users[ticket["requester_id"]]["email"]
        texts.setdefault(email, []).extend(
            c["body"] for c in ticket["comments"] if c["author_id"] == ticket["requester_id"]
        )
    return texts


@pytest.fixture(scope="module")
def default_demo(tmp_path_factory: pytest.TempPathFactory) -> DemoSummary:
    return write_demo_export(tmp_path_factory.mktemp("demo") / "demo.ndjson")


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    first = write_demo_export(tmp_path / "a.ndjson", customers=200)
    second = write_demo_export(tmp_path / "b.ndjson", customers=200)
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (first.path, second.path)]
    assert digest[0] == digest[1]
    third = write_demo_export(tmp_path / "c.ndjson", customers=200, seed=8)
    assert hashlib.sha256(third.path.read_bytes()).hexdigest() != digest[0]


def test_shapes_planted_customer_mean_and_languages(default_demo: DemoSummary) -> None:
    users, tickets = _read(default_demo.path)
    assert {u["role"] for u in users.values()} == {"agent", "end-user"}
    ids = [t["id"] for t in tickets]
    assert ids == sorted(ids)
    for ticket in tickets[:50]:
        assert ticket["created_at"].endswith("Z")
        assert ticket["via"]["channel"] == "email"
        assert ticket["assignee_id"] in users
        times = [c["created_at"] for c in ticket["comments"]]
        assert times == sorted(times)
        assert ticket["description"] == ticket["comments"][0]["body"]
    texts = _customer_texts(users, tickets)
    counts = {email: len(t) for email, t in texts.items()}
    assert 880 <= counts[PLANTED_EMAIL] <= 920
    assert counts[PLANTED_EMAIL] == max(counts.values())
    customers = [u for u in users.values() if u["role"] == "end-user"]
    mean = sum(counts.values()) / len(customers)
    assert 16 <= mean <= 20
    locales = Counter(u["locale"] for u in customers)
    assert set(locales) == {"en-US", "es-ES", "ru", "zh-CN", "sv"}
    assert locales["en-US"] > sum(locales.values()) / 2


def test_planted_threats_in_every_language_and_civil_customers_never_abusive(
    default_demo: DemoSummary,
) -> None:
    users, tickets = _read(default_demo.path)
    texts = _customer_texts(users, tickets)
    planted = " ".join(texts[PLANTED_EMAIL])
    for kind, phrases in bank.THREATS.items():
        for lang, phrase in phrases.items():
            assert planted.count(phrase) >= 2, (kind, lang)
    planted_tickets = [t for t in tickets if users[t["requester_id"]]["email"] == PLANTED_EMAIL]
    agents_per_ticket = [
        len({c["author_id"] for c in t["comments"]} - {t["requester_id"]}) for t in planted_tickets
    ]
    assert sum(n >= 3 for n in agents_per_ticket) > len(planted_tickets) / 2
    abusive = [p for ps in bank.INSULTS.values() for p in ps] + [
        p for ps in bank.THREATS.values() for p in ps.values()
    ]
    assert len(default_demo.civil_emails) == 5
    for email in default_demo.civil_emails:
        assert 60 <= len(texts[email]) <= 150
        joined = " ".join(texts[email])
        assert not [p for p in abusive if p in joined]
        assert any(p in joined for ps in bank.CIVIL.values() for p in ps)


def test_total_message_target_is_met(tmp_path: Path) -> None:
    summary = write_demo_export(tmp_path / "sized.ndjson", customers=2000, messages=60_000)
    assert abs(summary.messages - 60_000) / 60_000 < 0.03
    lines = summary.path.read_text(encoding="utf-8").splitlines()
    assert sum(len(json.loads(x).get("comments", [])) for x in lines) == summary.messages


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    progress = Progress()
    progress.cancel()
    target = tmp_path / "cancelled.ndjson"
    with pytest.raises(Cancelled):
        write_demo_export(target, customers=3000, progress=progress)
    assert list(tmp_path.iterdir()) == []
