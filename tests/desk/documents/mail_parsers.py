"""Reading an .eml file with a second, independent parser: mblaze (Debian's ``mblaze``, in C).

``mhdr -d`` decodes headers (RFC 2047), ``mshow -t`` lists the MIME parts and ``mshow -O``
writes one part's decoded body; the tests compare what it reads with Python's email package.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

_PART = re.compile(r"^\s*(\d+): (\S+) size=\d+(?: name=\"(.*)\")?", re.MULTILINE)


@dataclass(frozen=True)
class MblazeView:
    headers: dict[str, str]
    parts: dict[str, tuple[int, str | None]]  # content type -> (part number, file name)
    path: Path

    def body(self, content_type: str) -> bytes:
        number, _ = self.parts[content_type]
        return _run("mshow", "-O", str(self.path), str(number), home=self.path.parent)


def _run(*args: str, home: Path) -> bytes:
    env = {**os.environ, "MBLAZE": str(home / ".mblaze")}  # no profile, no sequence of ours
    (home / ".mblaze").mkdir(exist_ok=True)
    return subprocess.run(args, check=True, capture_output=True, env=env, timeout=30).stdout


def read_with_mblaze(
    path: Path, names: tuple[str, ...] = ("from", "to", "subject", "x-unsent")
) -> MblazeView:
    if shutil.which("mshow") is None or shutil.which("mhdr") is None:
        pytest.skip("mblaze is not installed (apt-get install mblaze): no second MIME parser")
    path = path.absolute()  # mblaze reads an argument without a slash as a sequence name
    headers = {}
    for name in names:
        out = _run("mhdr", "-d", "-h", name, str(path), home=path.parent)
        headers[name] = out.decode("utf-8").strip()
    listing = _run("mshow", "-t", str(path), home=path.parent).decode("utf-8")
    parts = {
        match.group(2): (int(match.group(1)), match.group(3)) for match in _PART.finditer(listing)
    }
    return MblazeView(headers=headers, parts=parts, path=path)
