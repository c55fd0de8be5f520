"""A calibration session's report: how far the team agrees, and where it parts from the detector.

Three questions, in this order, because each only means something once the one before it is
answered: do the people agree with each other (Fleiss' kappa for the team, Cohen's kappa for
each pair)? Where does the team's majority part from the detector (abusive messages it did not
flag, flags the team would not call abusive)? And taking the team's majority as the truth, how
precise is the detector and how much does it catch, per category too?

The team's label for a message is what more than half of its labels say; a message with no
such majority is "split" and counts as not abusive for the detector's figures (nobody can say
the detector missed what the team itself could not agree on), but is listed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.abuse.calibration import (
    ABUSIVE,
    VERDICTS,
    ItemView,
    Label,
    SessionInfo,
    all_labels,
    session_info,
    session_items,
)
from desk.abuse.calibration_stats import (
    band,
    cohen_kappa,
    fleiss_kappa,
    majority,
    pairs_of,
    ratio,
    shared_items,
)


@dataclass(frozen=True)
class PairAgreement:
    first: str
    second: str
    items: int
    kappa: float | None

    @property
    def band(self) -> str:
        return band(self.kappa)


@dataclass(frozen=True)
class ItemOutcome:
    """One message: the votes, the team's label (``None``: split) and the detector's."""

    position: int
    message_id: int
    text: str
    votes: dict[str, int]
    team: str | None
    team_category: str | None
    detector: tuple[str, ...]

    @property
    def votes_text(self) -> str:
        return ", ".join(f"{n} {v}" for v in VERDICTS if (n := self.votes.get(v, 0)))


@dataclass(frozen=True)
class Precision:
    """The detector against the team: true and false positives, misses."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)


@dataclass(frozen=True)
class CalibrationReport:
    session: SessionInfo
    participants: tuple[str, ...]
    complete_items: int  # labelled by everyone: what Fleiss' kappa is computed on
    fleiss: float | None
    pairs: tuple[PairAgreement, ...]
    items: tuple[ItemOutcome, ...]
    detector: Precision
    by_category: dict[str, Precision] = field(default_factory=dict)

    @property
    def fleiss_band(self) -> str:
        return band(self.fleiss)

    @property
    def missed(self) -> list[ItemOutcome]:
        """The team's majority called these abusive; the detector did not flag them."""
        return [i for i in self.items if i.team == ABUSIVE and not i.detector]

    @property
    def over_flagged(self) -> list[ItemOutcome]:
        """The detector flagged these; the team's majority did not call them abusive."""
        return [i for i in self.items if i.detector and i.votes and i.team != ABUSIVE]

    @property
    def split(self) -> list[ItemOutcome]:
        """No verdict has more than half of the labels: the team itself disagrees."""
        return [i for i in self.items if i.votes and i.team is None]


def _outcome(item: ItemView, labels: list[Label]) -> ItemOutcome:
    verdicts = [label.verdict for label in labels]
    team = majority(verdicts)
    category = None
    if team == ABUSIVE:
        named = Counter(label.category for label in labels if label.category)
        # the most named category; a tie goes to the first in name order (stable reports)
        category = min(named, key=lambda c: (-named[c], c)) if named else None
    return ItemOutcome(
        position=item.position,
        message_id=item.message_id,
        text=item.text,
        votes=dict(Counter(verdicts)),
        team=str(team) if team is not None else None,
        team_category=category,
        detector=item.detector,
    )


def _precision(outcomes: list[ItemOutcome], category: str | None = None) -> Precision:
    tp = fp = fn = 0
    for item in outcomes:
        if not item.votes:
            continue
        real = item.team == ABUSIVE and (category is None or item.team_category == category)
        said = bool(item.detector) if category is None else category in item.detector
        tp += said and real
        fp += said and not real
        fn += real and not said
    return Precision(tp, fp, fn)


def build_report(session: Session, session_id: int) -> CalibrationReport:
    """The report of session ``session_id`` as it stands (labels may still be coming in)."""
    info = session_info(session, session_id)
    items = session_items(session, session_id)
    labels = all_labels(session, session_id)
    people = tuple(sorted(labels))
    verdicts = {p: {pos: lab.verdict for pos, lab in labels[p].items()} for p in people}
    complete = [i for i in items if all(i.position in labels[p] for p in people)]
    fleiss = None
    if len(people) >= 2 and complete:
        fleiss = fleiss_kappa([[verdicts[p][i.position] for p in people] for i in complete])
    pairs = []
    for a, b in pairs_of(people):
        first, second = shared_items(verdicts, a, b)
        pairs.append(PairAgreement(a, b, len(first), cohen_kappa(first, second)))
    outcomes = [
        _outcome(i, [labels[p][i.position] for p in people if i.position in labels[p]])
        for i in items
    ]
    categories = sorted(
        {c for o in outcomes for c in o.detector}
        | {o.team_category for o in outcomes if o.team_category}
    )
    return CalibrationReport(
        session=info,
        participants=people,
        complete_items=len(complete),
        fleiss=fleiss,
        pairs=tuple(pairs),
        items=tuple(outcomes),
        detector=_precision(outcomes),
        by_category={c: _precision(outcomes, c) for c in categories},
    )


def percent(value: float | None) -> str:
    """``0.8`` as ``80%``; ``None`` (nothing to divide) as an en dash."""
    return "–" if value is None else f"{value:.0%}"


def kappa_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def report_in(engine: Engine, session_id: int) -> CalibrationReport:
    """:func:`build_report` in its own session, for the window's reader pool."""
    with Session(engine) as session:
        return build_report(session, session_id)
