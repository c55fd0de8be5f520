"""Text every database accepts, for the records the loader writes (the same objects when
they already are, which almost every record is).

Split from :mod:`desk.ingest.loader`: the check runs for every thread, so it is done on all
of a thread's texts joined, in C, before falling back to a Python call per field.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from desk.ingest.records import Post, Thread
from desk.ingest.text.normalise import clean_text

T = TypeVar("T", Thread, Post)


def _clean_fields(record: T) -> T:
    """The record with every text field in a form every database accepts (the same object
    when it already is): no NULs, no lone surrogates."""
    changes: dict[str, Any] = {}
    for name in _FIELD_NAMES[type(record)]:
        value = getattr(record, name)
        if isinstance(value, str) and clean_text(value) is not value:
            changes[name] = clean_text(value)
    return dataclasses.replace(record, **changes) if changes else record


_FIELD_NAMES = {kind: tuple(f.name for f in dataclasses.fields(kind)) for kind in (Thread, Post)}


def clean_thread(thread: Thread) -> Thread:
    if _all_clean(thread):
        return thread
    posts = tuple(_clean_fields(post) for post in thread.posts)
    cleaned = _clean_fields(thread)
    if any(a is not b for a, b in zip(posts, thread.posts, strict=True)):
        cleaned = dataclasses.replace(cleaned, posts=posts)
    return cleaned


def _all_clean(thread: Thread) -> bool:
    """Whether every text field of the thread and its posts already is what
    :func:`clean_text` would make it: checked on all of them joined, in three C passes,
    instead of a Python call per field (almost every thread is clean)."""
    parts = [thread.external_id, thread.customer_id, thread.subject or "", thread.channel or ""]
    parts += (thread.status or "", thread.location)
    for post in thread.posts:
        parts += (post.external_id, post.body_text, post.author_id or "", post.body_html or "")
        parts += (post.channel or "", post.created_raw or "", post.author_kind)
    try:
        text = "".join(parts)
    except TypeError:  # a field of another type: the field by field path says what to do
        return False
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True
