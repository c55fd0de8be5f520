"""What every model shares: the declarative base with its naming convention, UTC "now", and
how an enum is stored.

Times are stored as naive UTC datetimes (``DateTime`` without zone: the same on SQLite and
PostgreSQL); the original string from an export is kept beside them where it matters. An enum
is stored as its values in a plain string column (no native database enum), so that adding a
member needs no migration of a type.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def stored_enum(cls: type[enum.StrEnum], name: str) -> Enum:
    """The column type of an enum: its values as strings, no native database enum."""
    return Enum(cls, name=name, native_enum=False, length=32, values_callable=_values)


def _values(cls: type[enum.StrEnum]) -> list[str]:
    return [member.value for member in cls]
