"""After-hours and weekend contact, reopens and bursts (see history.py).

Dana writes Wed 09:00, Wed 09:30, Wed 22:00 (after hours), Mon 15 Jan 12:00 (four days and an
hour after A2's reply: a reopen) and Sat 3 Feb 10:00 (weekend). Her first three messages come
with no agent answer between them: one burst of 3.
"""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from desk.analytics.patterns import PatternSettings, customer_patterns
from desk.errors import InputError
from tests.desk.analytics.history import History


def test_patterns_with_the_defaults(session: Session, history: History) -> None:
    patterns = customer_patterns(session, [history.dana])
    assert patterns.messages == 5
    assert (patterns.after_hours, patterns.weekend) == (1, 1)
    assert patterns.after_hours_share == pytest.approx(0.2)
    assert (patterns.reopens, patterns.reopened_conversations) == (1, 1)
    assert (patterns.bursts, patterns.longest_burst) == (1, 3)


def test_utc_offset_moves_the_working_day(session: Session, history: History) -> None:
    # UTC-10: Tue 23:00, Tue 23:30 and Mon 02:00 are after hours, Wed 12:00 is not; Sat 00:00
    # is still the weekend.
    patterns = customer_patterns(
        session, [history.dana], settings=PatternSettings(utc_offset_hours=-10)
    )
    assert (patterns.after_hours, patterns.weekend) == (3, 1)


def test_thresholds(session: Session, history: History) -> None:
    strict = PatternSettings(reopen_gap_hours=120, burst_min=4)
    patterns = customer_patterns(session, [history.dana], settings=strict)
    assert (patterns.reopens, patterns.bursts, patterns.longest_burst) == (0, 0, 3)
    # Cleo's two messages before A2 answers are a burst once two is enough.
    cleo = customer_patterns(session, [history.cleo], settings=PatternSettings(burst_min=2))
    assert (cleo.bursts, cleo.longest_burst, cleo.reopens) == (1, 2, 0)


def test_silent_customer(session: Session, history: History) -> None:
    patterns = customer_patterns(session, [history.eve])
    assert patterns == type(patterns)(0, 0, 0, 0, 0, 0, 0)
    assert patterns.weekend_share == 0.0


@pytest.mark.parametrize(
    "settings",
    [{"workday_start": 18, "workday_end": 8}, {"burst_min": 1}, {"workday_end": 25}],
)
def test_bad_settings(settings: dict[str, int]) -> None:
    with pytest.raises(InputError):
        PatternSettings(**settings)  # type: ignore[arg-type]
