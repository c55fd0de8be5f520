"""The optional alt-profanity-check signal (English only), called once per batch.

It is an extra (``pip install 'breakup-desk[signals]'``): the app works without it, and it
never flags a message on its own. Its model is a linear SVM over word n-grams trained on
Davidson et al. 2017 and Jigsaw 2018, shipped inside the package (no download at run time).
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
    """Whether alt-profanity-check is installed."""
    return _module() is not None


def probabilities(texts: Sequence[str]) -> list[float] | None:
    """alt-profanity-check's probability for each text, or ``None`` when it is not installed."""
    module = _module()
    if module is None:
        return None
    if not texts:
        return []
    return [float(p) for p in module.predict_prob(list(texts))]
