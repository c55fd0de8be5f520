"""The policy: the bar a customer must clear before the relationship ends.

The default lives in ``resources/policy/default.toml``; once a manager edits it, the edited
policy is stored in the database (the ``setting`` table, key ``policy``) so that every manager
on a shared database works to the same bar. :func:`load_policy` returns the stored policy, else
the default.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desk.case.audit import append_event
from desk.config import resource_path
from desk.db.models import Setting, utcnow
from desk.errors import InputError

POLICY_KEY = "policy"
PATTERN_CRITERION = "pattern"
DEFAULT_POLICY_FILE = ("policy", "default.toml")


@dataclass(frozen=True)
class Criterion:
    """A ground for ending the relationship, and the flag categories that back it."""

    key: str
    title: str
    description: str = ""
    categories: tuple[str, ...] = ()
    # The title in other languages, ("es", "…") pairs: the default policy's translations.
    # Not compared: two policies with the same bar are the same policy in any language.
    titles: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def title_in(self, lang: str) -> str:
        """The title in ``lang`` when the policy gives one, else as written."""
        return dict(self.titles).get(lang, self.title)


@dataclass(frozen=True)
class LadderStep:
    step: int
    title: str
    action: str
    titles: tuple[tuple[str, str], ...] = field(default=(), compare=False)  # as Criterion's

    def title_in(self, lang: str) -> str:
        return dict(self.titles).get(lang, self.title)


@dataclass(frozen=True)
class PatternRule:
    """Incidents on at least ``min_days`` days in at least ``min_conversations``
    conversations make a pattern rather than a bad day."""

    min_days: int = 3
    min_conversations: int = 2


@dataclass(frozen=True)
class Policy:
    criteria: tuple[Criterion, ...]
    ladder: tuple[LadderStep, ...]
    skip_ladder_categories: tuple[str, ...] = ()
    pattern: PatternRule = field(default_factory=PatternRule)
    refund_months: int = 6

    def criterion(self, key: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.key == key:
                return criterion
        known = ", ".join(c.key for c in self.criteria)
        raise InputError(f"the policy has no criterion {key!r}; it has: {known}")

    def criterion_for(self, category: str) -> str | None:
        """The criterion a flag category supports, or None (a soft signal supports none)."""
        for criterion in self.criteria:
            if category in criterion.categories:
                return criterion.key
        return None

    def ladder_step(self, step: int) -> LadderStep:
        for rung in self.ladder:
            if rung.step == step:
                return rung
        raise InputError(
            f"the warning ladder has steps 1 to {len(self.ladder)}; there is no step {step}"
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["criterion"] = data.pop("criteria")
        for item in (*data["criterion"], *data["ladder"]):  # as the TOML writes them
            titles = item.pop("titles")
            if titles:
                item["titles"] = dict(titles)
        plain: dict[str, Any] = json.loads(json.dumps(data))  # tuples become lists
        return plain


def policy_from_dict(data: Mapping[str, Any], source: str = "policy") -> Policy:
    """A validated :class:`Policy`; a mistake is one :class:`InputError` naming ``source``."""
    try:
        criteria = tuple(
            Criterion(
                key=_text(c, "key"),
                title=_text(c, "title"),
                description=str(c.get("description", "")),
                categories=tuple(str(x) for x in c.get("categories", ())),
                titles=_titles(c),
            )
            for c in data["criterion"]
        )
        ladder = tuple(
            LadderStep(
                step=int(s["step"]),
                title=_text(s, "title"),
                action=str(s["action"]),
                titles=_titles(s),
            )
            for s in data["ladder"]
        )
        pattern = data.get("pattern", {})
        policy = Policy(
            criteria=criteria,
            ladder=tuple(sorted(ladder, key=lambda s: s.step)),
            skip_ladder_categories=tuple(str(x) for x in data.get("skip_ladder_categories", ())),
            pattern=PatternRule(
                min_days=int(pattern.get("min_days", 3)),
                min_conversations=int(pattern.get("min_conversations", 2)),
            ),
            refund_months=int(data.get("refund_months", 6)),
        )
    except KeyError as exc:
        raise InputError(f"{source}: missing {exc.args[0]!r}") from None
    except (TypeError, ValueError) as exc:
        raise InputError(f"{source}: {exc}") from None
    _check(policy, source)
    return policy


def _titles(item: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """The optional ``titles`` table (language → title); lists in JSON come back as pairs."""
    given = item.get("titles") or {}
    pairs = given.items() if isinstance(given, Mapping) else given
    return tuple(
        sorted((str(lang), str(text).strip()) for lang, text in pairs if str(text).strip())
    )


def _text(item: Mapping[str, Any], key: str) -> str:
    value = str(item[key]).strip()
    if not value:
        raise ValueError(f"{key} is empty")
    return value


def _check(policy: Policy, source: str) -> None:
    keys = [c.key for c in policy.criteria]
    if not keys:
        raise InputError(f"{source}: the policy needs at least one criterion")
    if len(set(keys)) != len(keys):
        raise InputError(f"{source}: criterion keys must be unique, got {', '.join(keys)}")
    seen: dict[str, str] = {}
    for criterion in policy.criteria:
        for category in criterion.categories:
            if category in seen:
                raise InputError(
                    f"{source}: category {category!r} backs both {seen[category]!r} and "
                    f"{criterion.key!r}; give it to one criterion"
                )
            seen[category] = criterion.key
    steps = [s.step for s in policy.ladder]
    if steps != list(range(1, len(steps) + 1)):
        raise InputError(f"{source}: ladder steps must be numbered 1, 2, 3, … without gaps")
    if policy.pattern.min_days < 1 or policy.pattern.min_conversations < 1:
        raise InputError(f"{source}: the pattern rule needs at least 1 day and 1 conversation")
    if not 0 <= policy.refund_months <= 120:
        raise InputError(f"{source}: refund_months must be between 0 and 120")


def default_policy() -> Policy:
    return read_policy_file(resource_path(*DEFAULT_POLICY_FILE))


def read_policy_file(path: Path) -> Policy:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from None
    return policy_from_dict(data, str(path))


def translated_titles(policy: Policy, lang: str) -> tuple[dict[str, str], dict[int, str]]:
    """The criteria's titles by key and the ladder's by step, in ``lang``.

    A title the policy translates is shown translated. A title still word for word the
    default policy's takes the default's translation (a policy saved from the editor keeps
    the texts but not their translations); a company's own wording is shown as written.
    """
    default = default_policy()
    known = {c.title: c for c in default.criteria}
    steps = {s.title: s for s in default.ladder}
    criteria = {
        c.key: c.title_in(lang) if c.titles else known.get(c.title, c).title_in(lang)
        for c in policy.criteria
    }
    ladder = {
        s.step: s.title_in(lang) if s.titles else steps.get(s.title, s).title_in(lang)
        for s in policy.ladder
    }
    return criteria, ladder


def load_policy(session: Session) -> Policy:
    """The policy in force: the one stored in the database once edited, else the default."""
    row = session.get(Setting, POLICY_KEY)
    if row is None:
        return default_policy()
    return policy_from_dict(json.loads(row.value), "the stored policy")


def save_policy(session: Session, policy: Policy, actor: str) -> None:
    """Store ``policy`` for everyone on this database and audit it (the caller commits)."""
    _check(policy, "policy")
    value = json.dumps(policy.to_dict(), ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, POLICY_KEY)
    if row is None:
        session.add(Setting(key=POLICY_KEY, value=value))
    else:
        row.value = value
        row.updated_at = utcnow()
    append_event(session, actor=actor, action="policy.saved", case_id=None, detail=policy.to_dict())
