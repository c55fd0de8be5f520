"""Fixtures for the connector tests: a real Secret Service, or none; the recorded samples."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from tests.vendor_server.data import missing_samples

TOKEN = "zq-Secret-Token-7f3a9c"  # greppable: it must never show up in a file or a log


@pytest.fixture(autouse=True)
def _samples() -> None:
    reason = missing_samples()
    if reason:
        pytest.skip(reason)


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
        for process in (daemon, bus):
            process.terminate()
            process.wait(10)
        bus.stdout.close()  # the address pipe: left open, it warns in the next test


def _wait_for_keyring() -> None:
    deadline = time.monotonic() + 10
    while True:
        try:
            keyring.get_password("breakup-desk-probe", "probe")
            return
        except keyring.errors.KeyringError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
