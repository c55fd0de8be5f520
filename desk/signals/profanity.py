"""The optional alt-profanity-check signal (English only), called once per batch.

It is an extra: the app works without it, and it never flags a message on its own.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from functools import cache
from typing import Any


@cache
def _module() -> Any | None:
    try:
        return importlib.import_module("profanity_check")
    except ImportError:
        return None


def available() -> bool:
    return _module() is not None


def profanity_probabilities(texts: Sequence[str]) -> list[float] | None:
    """alt-profanity-check's probability for each text, or ``None`` when it is not installed."""
    module = _module()
    if module is None:
        return None
    if not texts:
        return []
    return [float(p) for p in module.predict_prob(list(texts))]
