"""Where a connection's API token lives: the OS keyring, else an environment variable.

A token is a password to the whole helpdesk, so it is never written to the database, the
settings or a log. ``connect`` puts it in the OS keyring (Secret Service on Linux, the macOS
Keychain, the Windows Credential Locker) under the service ``breakup-desk`` and the connection's
name. A machine without a keyring backend (a server, a container) keeps no copy at all: the
connection row stores only the *name* of the environment variable, and every sync reads the
token from it. Messages name the variable and the keyring, never the value.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

from desk.connect.http import ConnectError

SERVICE = "breakup-desk"


def keyring_usable() -> bool:
    """Whether the machine has a keyring that can store a secret (not the 'fail' backend)."""
    backend: KeyringBackend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    chained = getattr(backend, "backends", None)
    return chained is None or bool(chained)


def store_token(name: str, token: str) -> bool:
    """Keep ``token`` for connection ``name`` in the keyring; ``False`` when there is none."""
    if not keyring_usable():
        return False
    try:
        keyring.set_password(SERVICE, name, token)
    except keyring.errors.KeyringError as exc:
        raise ConnectError(
            f"the keyring refused to store the token: {type(exc).__name__}"
        ) from None
    return True


def load_token(name: str, token_env: str | None) -> str:
    """The token of connection ``name``: from the keyring, else from ``token_env``."""
    if keyring_usable():
        try:
            token = keyring.get_password(SERVICE, name)
        except keyring.errors.KeyringError:
            token = None
        if token:
            return token
    if token_env:
        token = os.environ.get(token_env)
        if token:
            return token
        raise ConnectError(
            f"connection {name!r}: its token is read from ${token_env}, which is not set "
            "(no keyring holds it)"
        )
    raise ConnectError(f"connection {name!r}: no token in the keyring; run 'connect' again")


def forget_token(name: str) -> None:
    """Remove the token of ``name`` from the keyring, if one is there."""
    if not keyring_usable():
        return
    try:
        keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise ConnectError(
            f"the keyring refused to forget the token: {type(exc).__name__}"
        ) from None


def token_from_env(variable: str) -> str:
    """The token given to ``connect`` through ``$variable`` (never on the command line, where
    other users could read it from the process list)."""
    token = os.environ.get(variable, "").strip()
    if not token:
        raise ConnectError(f"${variable} is not set: put the API token in it and run again")
    return token
