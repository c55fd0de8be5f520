"""Agent names replaced by roles ("Agent 1", "Agent 2") to protect the team in a brief.

Numbers are stable for the same case: agents are numbered by first appearance in the
incidents (oldest first), then the warnings, then the evidence summaries, then the order the
caller listed them. Names are replaced as authors and wherever they are written in a quote,
a warning or a summary: an abusive message often names the agent it targets. A full name
matches in any case; a first name alone only as written with its capital, so "Will" the agent
does not eat "will" the verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from desk.documents.brief.content import BriefContent
from desk.documents.brief.layout import moment


def anonymise(content: BriefContent) -> BriefContent:
    """``content`` with every agent's name replaced by their role."""
    names = _Names(_agent_names(content), content.customer_name)
    incidents = sorted(content.incidents, key=lambda i: moment(i.when))
    order = names.by_first_mention(
        [
            *(text for i in incidents for text in (i.author, i.quote)),
            *(text for w in content.warnings for text in (w.given_by, w.text)),
            *(e.summary for e in content.evidence),
        ]
    )
    roles = {name: f"Agent {n}" for n, name in enumerate(order, start=1)}

    def role(name: str) -> str:
        found = names.which(name)
        return roles[found] if found is not None else name

    def text(value: str, quoted: bool = False) -> str:
        return names.replace(value, roles, quoted=quoted)

    return replace(
        content,
        incidents=[
            replace(i, author=role(i.author), quote=text(i.quote, quoted=True))
            for i in content.incidents
        ],
        warnings=[
            replace(w, given_by=role(w.given_by), text=text(w.text)) for w in content.warnings
        ],
        evidence=[replace(e, summary=text(e.summary)) for e in content.evidence],
        agent_names=list(roles.values()),
    )


def _agent_names(content: BriefContent) -> list[str]:
    if content.agent_names:
        candidates: Iterable[str] = content.agent_names
    else:
        candidates = [
            *(i.author for i in content.incidents if i.author != content.customer_name),
            *(w.given_by for w in content.warnings),
        ]
    seen: dict[str, None] = {}
    for name in candidates:
        if name.strip() and name.strip().casefold() != content.customer_name.casefold():
            seen.setdefault(" ".join(name.split()), None)
    return list(seen)


class _Names:
    """Finds agents' names in text: full names in any case, unique first names as written."""

    def __init__(self, names: list[str], customer_name: str) -> None:
        self._names = names
        self._full = {name.casefold(): name for name in names}
        customer_first = (customer_name.split() or [""])[0]
        firsts: dict[str, list[str]] = {}
        for name in names:
            parts = name.split()
            if len(parts) > 1 and len(parts[0]) >= 3 and parts[0] != customer_first:
                firsts.setdefault(parts[0], []).append(name)
        # A first name two agents share cannot be told apart: only their full names match.
        self._first = {first: owners[0] for first, owners in firsts.items() if len(owners) == 1}
        full = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        first = "|".join(re.escape(n) for n in sorted(self._first, key=len, reverse=True))
        alternatives = [f"(?i:{full})"] if full else []
        alternatives += [first] if first else []
        self._pattern = (
            re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)") if alternatives else None
        )

    def which(self, mention: str) -> str | None:
        """The agent ``mention`` names, if any."""
        mention = " ".join(mention.split())
        return self._full.get(mention.casefold()) or self._first.get(mention)

    def by_first_mention(self, texts: list[str]) -> list[str]:
        order: dict[str, None] = {}
        if self._pattern is not None:
            for value in texts:
                for match in self._pattern.finditer(value):
                    name = self.which(match.group())
                    if name is not None:
                        order.setdefault(name, None)
        for name in self._names:
            order.setdefault(name, None)
        return list(order)

    def replace(self, value: str, roles: dict[str, str], *, quoted: bool) -> str:
        """Names in ``value`` replaced; in a quote the role is bracketed as an editor's change."""
        if self._pattern is None:
            return value

        def swap(match: re.Match[str]) -> str:
            name = self.which(match.group())
            if name is None:
                return match.group()
            return f"[{roles[name]}]" if quoted else roles[name]

        return self._pattern.sub(swap, value)
