"""The garbage collector's settings, changed for an import, come back after it
(:func:`desk.ingest.collector.fewer_collections`)."""

from __future__ import annotations

import gc

import pytest

from desk.ingest.collector import GC_THRESHOLD, fewer_collections


def test_fewer_collections_restores_the_collector_after_the_last_user() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] == max(GC_THRESHOLD, before[0])
        assert gc.get_freeze_count() > 0
        with fewer_collections():  # a second import at once
            pass
        assert gc.get_threshold()[0] == max(GC_THRESHOLD, before[0])  # still the first's
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_fewer_collections_restores_the_collector_after_an_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError, match="boom"), fewer_collections():
        raise ValueError("boom")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
