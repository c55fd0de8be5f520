"""The company profile and the signatory, kept in the database for every letter and brief."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from desk.db.models import Setting, utcnow

COMPANY_KEY = "company_profile"
SIGNATORY_KEY = "signatory"


@dataclass(frozen=True)
class CompanyProfile:
    name: str = ""
    address: str = ""
    logo: str | None = None  # a file path
    data_export: str | None = None  # how customers export their data, for letters


@dataclass(frozen=True)
class Signatory:
    name: str = ""
    title: str = ""
    signature_image: str | None = None  # a scanned signature, optional


def _load(session: Session, key: str) -> dict[str, Any]:
    row = session.get(Setting, key)
    if row is None:
        return {}
    value = json.loads(row.value)
    return value if isinstance(value, dict) else {}


def _save(session: Session, key: str, value: dict[str, Any]) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
        row.updated_at = utcnow()
    session.commit()


def load_company(session: Session) -> CompanyProfile:
    data = _load(session, COMPANY_KEY)
    return CompanyProfile(**{k: v for k, v in data.items() if k in CompanyProfile.__annotations__})


def save_company(session: Session, profile: CompanyProfile) -> None:
    _save(session, COMPANY_KEY, asdict(profile))


def load_signatory(session: Session) -> Signatory:
    data = _load(session, SIGNATORY_KEY)
    return Signatory(**{k: v for k, v in data.items() if k in Signatory.__annotations__})


def save_signatory(session: Session, signatory: Signatory) -> None:
    _save(session, SIGNATORY_KEY, asdict(signatory))
