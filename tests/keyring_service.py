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
    bus, daemon = _start_until_ready(env)
    for name, value in env.items():
        if os.environ.get(name) != value:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    before: KeyringBackend = keyring.get_keyring()
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    try:
        yield env
    finally:
        keyring.set_keyring(before)
        # SecretStorage's D-Bus connections are closed by the garbage collector, not by
        # keyring: collect them here, while their bus still exists, rather than in whichever
        # test runs next (where their ResourceWarning would fail an unrelated test).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
        _stop(bus, daemon)


def _start_until_ready(env: dict[str, str]) -> tuple[subprocess.Popen[str], subprocess.Popen[str]]:
    """A bus and a daemon whose default collection exists and is unlocked. The daemon creates
    and unlocks its login collection from the password on stdin a moment after it starts; on a
    loaded machine that moment can stretch, and once in a while it never comes (a client that
    asked too early had been offered a prompt nobody can answer). So the readiness check never
    asks for a collection to be created, and a daemon not ready in time is replaced."""
    attempts = 4
    for attempt in range(1, attempts + 1):
        bus, daemon = _start(env)
        if _wait_until_unlocked(env, seconds=10 * attempt):
            return bus, daemon
        _stop(bus, daemon)
    raise RuntimeError(f"gnome-keyring-daemon never unlocked its collection ({attempts} starts)")


def _start(env: dict[str, str]) -> tuple[subprocess.Popen[str], subprocess.Popen[str]]:
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
    return bus, daemon


def _stop(bus: subprocess.Popen[str], daemon: subprocess.Popen[str]) -> None:
    for process in (daemon, bus):
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
    assert bus.stdout is not None
    bus.stdout.close()  # the address pipe: left open, it warns in the next test


def _wait_until_unlocked(env: dict[str, str], seconds: float) -> bool:
    """Whether the default collection exists and is unlocked within ``seconds``, asked on
    connections this function closes itself, without ever asking to create a collection."""
    from contextlib import closing

    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with closing(open_dbus_connection(bus=env["DBUS_SESSION_BUS_ADDRESS"])) as connection:
                if not secretstorage.Collection(connection).is_locked():
                    return True
        except (secretstorage.exceptions.SecretStorageException, OSError, ConnectionError):
            pass
        time.sleep(0.1)
    return False
