"""The fresh sets stay as they were committed, and each is a fair test of all nine categories."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.desk.abuse.fresh_sets import ABUSE_CATEGORIES, FIRST_RUNS, read, sha256_of


@pytest.mark.parametrize("name", sorted(FIRST_RUNS))
def test_a_fresh_set_is_unchanged_since_its_first_run(name: str) -> None:
    assert sha256_of(name) == FIRST_RUNS[name].sha256, (
        f"{name}.tsv changed after its first run was recorded: write a new set instead"
    )


@pytest.mark.parametrize("name", sorted(FIRST_RUNS))
def test_a_fresh_set_has_30_abusive_across_every_category_and_30_hard_negatives(
    name: str,
) -> None:
    rows = read(name)
    assert len(rows) == 60
    assert sum(r.label for r in rows) == 30
    caught = Counter(r.category for r in rows if r.label)
    assert set(caught) == set(ABUSE_CATEGORIES)
    assert min(caught.values()) >= 3
    assert all(r.text.strip() and "\t" not in r.text for r in rows)
    assert len({r.text for r in rows}) == 60
