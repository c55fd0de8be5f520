"""A real Secret Service for the tests that keep secrets (connector tokens, SMTP passwords), or
none: gnome-keyring-daemon on a private D-Bus session bus, its files under a temporary HOME.
Registered for the whole suite by tests/conftest.py (``pytest_plugins``)."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A machine without a keyring backend; returns the environment a subprocess needs."""
    before: KeyringBackend = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield dict(os.environ)
    keyring.set_keyring(before)


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A real Secret Service: gnome-keyring-daemon on a private D-Bus session bus, unlocked
    with a password on stdin, its files under a temporary HOME. Returns the environment."""
    for binary in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(binary) is None:
            pytest.skip(f"{binary} is not installed (apt-get install dbus gnome-keyring)")
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    env.pop("PYTHON_KEYRING_BACKEND", None)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address=1", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert daemon.stdin is not None
    daemon.stdin.write("test-keyring-password\n")
    daemon.stdin.close()
    for name, value in env.items():
        if os.environ.get(name) != value:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    before: KeyringBackend = keyring.get_keyring()
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    try:
        _wait_for_keyring()
        yield env
    finally:
        keyring.set_keyring(before)
        # SecretStorage's D-Bus connections are closed by the garbage collector, not by
        # keyring: collect them here, while their bus still exists, rather than in whichever
        # test runs next (where their ResourceWarning would fail an unrelated test).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
        for process in (daemon, bus):
            process.terminate()
            process.wait(10)
        bus.stdout.close()  # the address pipe: left open, it warns in the next test


def _wait_for_keyring() -> None:
    """Until a secret can be stored and removed: the daemon creates and unlocks its login
    collection from the password on stdin a moment after it starts, and a client that writes
    before that asks for a new collection through a prompt nobody can answer ("dismissed")."""
    deadline = time.monotonic() + 20
    while True:
        try:
            keyring.set_password("breakup-desk-probe", "probe", "ready")
            keyring.delete_password("breakup-desk-probe", "probe")
            return
        except keyring.errors.KeyringError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
