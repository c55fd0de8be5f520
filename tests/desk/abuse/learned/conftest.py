"""What the learned signal's tests share."""

from __future__ import annotations

import pytest

from desk.abuse.detector import Detector, DetectorOptions


@pytest.fixture(scope="module")
def detector() -> Detector:
    """The detector as the app builds it, the shipped model included (skipped without it)."""
    found = Detector(DetectorOptions())
    if found.learned() is None:
        pytest.skip("the learned model is not shipped in this tree")
    return found
