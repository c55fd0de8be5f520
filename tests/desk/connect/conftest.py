"""Fixtures for the connector tests: the recorded samples (the keyring fixtures, ``secret_service``
and ``no_keyring``, are the whole suite's: tests/keyring_service.py)."""

from __future__ import annotations

import pytest

from tests.vendor_server.data import missing_samples

TOKEN = "zq-Secret-Token-7f3a9c"  # greppable: it must never show up in a file or a log


@pytest.fixture(autouse=True)
def _samples() -> None:
    reason = missing_samples()
    if reason:
        pytest.skip(reason)
