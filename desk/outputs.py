"""Writing a document to its file only once its audit event is committed.

A brief or a letter written straight over its target leaves, on a failure half-way (a full
disk, a stale case version, an audit log that refuses the event), a file that is half the new
one, or a whole new one the audit log never heard of: the next reader takes it for the record.
So :func:`publish` writes the bytes to a temporary file beside the target (same folder, same
file system, so the last step is an atomic rename), lets the caller append and commit the
audit event with the bytes' SHA-256, and only then renames the temporary file over the
target. Any failure before the rename leaves the old file as it was and removes the temporary
one; the caller's transaction is not committed, so there is no audit event either.

Every writer of a document goes through here: the brief, the letter, the signed letter, in the
CLI and in the window; so does a saved chart (:func:`desk.charts.export.save_figure`, with no
audit event: the write is still all or nothing). That is why this module sits in the lowest
layers, beside :mod:`desk.config`, and not in ``desk.documents``: charts, below documents, use it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from desk.errors import InputError

_FULL = (errno.ENOSPC, errno.EDQUOT)


def temporary_beside(target: Path) -> Path:
    """A fresh hidden name in ``target``'s folder: ``.brief.pdf.3f9a1c2e.tmp``."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def publish(target: Path, data: bytes, record: Callable[[str], object] | None = None) -> str:
    """Write ``data`` to ``target`` after ``record(sha256)`` returned; return the SHA-256.

    ``record`` appends the audit event and commits; when it raises, ``target`` is untouched,
    no temporary file is left, and the exception goes on to the caller. Without ``record``
    the write is still all or nothing.
    """
    _check_target(target)
    digest = hashlib.sha256(data).hexdigest()
    temp = temporary_beside(target)
    try:
        _write_new(temp, data, target)
        if record is not None:
            record(digest)
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise _error(target, exc) from None
    finally:
        temp.unlink(missing_ok=True)  # gone already after the rename
    return digest


def _check_target(target: Path) -> None:
    """Refuse, before any work is done, a target that cannot be a file in a folder."""
    if target.is_dir():
        raise InputError(f"cannot write {target}: it is a folder; give a file name")
    if not target.parent.is_dir():
        raise InputError(f"cannot write {target}: the folder {target.parent} does not exist")


def _write_new(temp: Path, data: bytes, target: Path) -> None:
    """Create ``temp`` (never an existing file), write and flush ``data`` to the disk.

    A new file gets the mode the user's umask gives (``os.open`` applies it); a replaced
    file keeps the old one's, so a brief the team could read stays readable.
    """
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise _error(target, exc) from None
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            os.chmod(temp, stat.S_IMODE(target.stat().st_mode))
    except OSError as exc:
        raise _error(target, exc) from None


def _error(target: Path, exc: OSError) -> Exception:
    """A full disk stays an ``OSError`` (the CLI names the full disk); the rest is one line."""
    if exc.errno in _FULL:
        return exc
    return InputError(f"cannot write {target}: {exc.strerror or exc}")
