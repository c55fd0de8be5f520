"""Telling the company from its customers in an email archive: whose mail is this?

**Company domains.** Given by the user (the ``company_domains`` option or setting: domains, or
whole addresses for a personal mailbox), else inferred: for every domain, the distinct addresses
of *other* domains it appears with in one message (as sender or recipient). A support mailbox's
domain writes to, and is written to by, every customer, while a customer only meets the few
agents. The domain with the most such correspondents is the company when it has at least
``MIN_CORRESPONDENTS`` and strictly more than the runner-up. Free-mail domains (gmail.com, …) are
never a company; when the winner would be one, the single address with the most correspondents
is taken instead (a freelancer's Gmail Takeout). Nothing qualifies: no company is known, and each
thread's customer is the sender of its first message.

The threader (:mod:`desk.ingest.mail.threader`) notes the correspondents while it reads the
first pass; this module holds what a company is and how one is chosen from those notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

MIN_CORRESPONDENTS = 3
FREE_MAIL = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.fr",
        "hotmail.com",
        "hotmail.co.uk",
        "hotmail.fr",
        "outlook.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.ru",
        "yandex.ru",
        "ya.ru",
        "rambler.ru",
        "qq.com",
        "163.com",
        "126.com",
        "proton.me",
        "protonmail.com",
        "zoho.com",
        "fastmail.com",
        "hey.com",
        "libero.it",
        "orange.fr",
        "free.fr",
        "t-online.de",
    }
)


@dataclass(frozen=True, slots=True)
class Company:
    domains: frozenset[str]
    addresses: frozenset[str]
    inferred: bool

    def owns(self, address: str) -> bool:
        return address in self.addresses or address.rpartition("@")[2] in self.domains

    def describe(self) -> str:
        names = sorted(self.domains) + sorted(self.addresses)
        how = "inferred" if self.inferred else "as set"
        return f"company: {', '.join(names)} ({how})" if names else "company: unknown"


def company_from_option(values: object) -> Company | None:
    if not isinstance(values, list | tuple) or not values:
        return None
    items = [str(v).strip().lower().lstrip("@") for v in values if str(v).strip()]
    return Company(
        frozenset(i for i in items if "@" not in i),
        frozenset(i for i in items if "@" in i),
        inferred=False,
    )


def infer_company(correspondents: Mapping[str | int, set[int]], addresses: list[str]) -> Company:
    """The company from who met whom: ``correspondents`` maps a domain (or, at a free-mail
    domain, an address number) to the address numbers it appeared with in one message;
    ``addresses`` names the numbers."""
    noted = correspondents.items()
    ranked = sorted(((len(s), d) for d, s in noted if isinstance(d, str)), reverse=True)
    if ranked and _clear_winner(ranked):
        return Company(frozenset({ranked[0][1]}), frozenset(), inferred=True)
    people = sorted(((len(s), a) for a, s in noted if isinstance(a, int)), reverse=True)
    if people and _clear_winner(people) and (not ranked or people[0][0] > ranked[0][0]):
        return Company(frozenset(), frozenset({addresses[people[0][1]]}), inferred=True)
    return Company(frozenset(), frozenset(), inferred=True)


def _clear_winner(ranked: list[tuple[int, str]] | list[tuple[int, int]]) -> bool:
    top = ranked[0][0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0
    return top >= MIN_CORRESPONDENTS and top > runner_up
