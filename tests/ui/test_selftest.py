"""``breakup-desk --self-test`` (what the bundle's smoke test runs) passes on this install."""

from __future__ import annotations

import pytest

from desk.cli import main

pytestmark = pytest.mark.slow  # the whole self-test, end to end


def test_self_test_passes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BREAKUP_DESK_HOME", "unused: the self-test sets its own")
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "self-test ok" in out
    assert "Victor Krane" in out
