"""What the Settings dialog keeps in the database: the company, the signatory and the policy.

The dialog runs these on the task runner (the read on a reader, the save on the single
writer), so ``ui/`` never opens a session; the values are frozen dataclasses that may cross
threads.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case.policy import Policy, load_policy, save_policy
from desk.documents.company_profile import (
    CompanyProfile,
    Signatory,
    load_company,
    load_signatory,
    save_company,
    save_signatory,
)


@dataclass(frozen=True)
class StoredSettings:
    company: CompanyProfile
    signatory: Signatory
    policy: Policy


def read_settings(engine: Engine) -> StoredSettings:
    with Session(engine) as session:
        return StoredSettings(load_company(session), load_signatory(session), load_policy(session))


def write_settings(engine: Engine, stored: StoredSettings, was: Policy, actor: str) -> None:
    """Save the company and the signatory, and the policy (audited) only when it differs from
    ``was``, the one the dialog showed: an unchanged policy writes no audit event."""
    with Session(engine) as session:
        if stored.policy != was:
            save_policy(session, stored.policy, actor)
            session.commit()
        save_company(session, stored.company)
        save_signatory(session, stored.signatory)
