"""Hostile files against the import: peak memory beside the 400 MB budget, and the outcome.

Each bomb is generated on the fly into a temporary folder, streamed, never written expanded:

- ``nesting.ndjson``/``nesting.json``: a Zendesk export with one record of 100,000 ``[``;
- ``line.zip``: about 1 MB holding one 1 GiB NDJSON line between two good ones (run with the
  defaults, and once more with the ratio guard off so that the line limit is what stops it);
- ``expand.gz``/``expand.zip``: about 6 MB expanding to 6 GiB of an export padded with newlines.

Each is imported by the real loader in a fresh subprocess; its peak RSS is measured with
``wait4`` and printed as a ratio of the budget, beside the outcome: the rejection's line, or the
one-line refusal.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

MEMORY_BUDGET_MB = 400
GIB = 1024**3
_BLOCK = 64 * 1024 * 1024

_CHILD = """
import json, sys
from pathlib import Path
from desk.db.engine import open_database
from desk.errors import InputError
from desk.ingest.loader import import_file
engine = open_database(sys.argv[1])
try:
    s = import_file(engine, Path(sys.argv[2]), options=json.loads(sys.argv[3]))
except InputError as exc:
    print("refused:", exc)
else:
    print(f"imported {s.messages_new} messages; {s.rejected} rejected")
    for r in s.rejections:
        print(f"rejected: {r.where()}: {r.reason}")
"""


def _users() -> bytes:
    users = [
        {"id": 900, "name": "Agent Ann", "email": "ann@desk.example", "role": "agent"},
        {"id": 1, "name": "Cora Customer", "email": "cora@example.com", "role": "end-user"},
    ]
    return b"".join(json.dumps(u).encode() + b"\n" for u in users)


def _ticket(number: int, extra: str = "") -> bytes:
    comment = {"id": number * 10, "author_id": 1, "body": f"Message {number}.",
               "created_at": "2024-03-01T09:00:00Z", "public": True}  # fmt: skip
    ticket = {"id": number, "requester_id": 1, "subject": f"Ticket {number}",
              "created_at": "2024-03-01T09:00:00Z", "comments": [comment]}  # fmt: skip
    text = json.dumps(ticket)
    return (text[:-1] + extra + "}").encode() if extra else text.encode()


def _nesting(folder: Path) -> list[Path]:
    deep = "[" * 100_000 + "]" * 100_000
    ndjson = folder / "nesting.ndjson"
    ndjson.write_bytes(
        _users() + _ticket(1) + b"\n" + _ticket(2, f', "x": {deep}') + b"\n" + _ticket(3) + b"\n"
    )
    document = folder / "nesting.json"
    tickets = b", ".join([_ticket(1), _ticket(2, f', "x": {deep}'), _ticket(3)])
    users = b"[" + _users().strip().replace(b"\n", b", ") + b"]"
    document.write_bytes(b'{"users": ' + users + b', "tickets": [' + tickets + b"]}")
    return [ndjson, document]


def _line_content() -> Iterator[bytes]:
    """An export whose second ticket is one line of 1 GiB."""
    yield _users() + _ticket(1) + b"\n"
    head = _ticket(2)[:-1] + b', "padding": "'
    yield head
    block = b"a" * _BLOCK
    for _ in range(GIB // _BLOCK):
        yield block
    yield b'"}\n' + _ticket(3) + b"\n"


def _padded_content(total: int) -> tuple[bytes, bytes, int]:
    """(the export, a block of newlines repeated after it, the repeats) for ``total`` bytes."""
    head = _users() + _ticket(1) + b"\n"
    return head, b"\n" * _BLOCK, (total - len(head)) // _BLOCK


def _write_zip(path: Path, name: str, chunks: Iterator[bytes]) -> None:
    """A zip of one deflated member, written as the member is generated (zip64 sizes)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = size = 0
    encoded = name.encode()
    with path.open("wb") as out:
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0, 0, 0xFFFFFFFF,
                              0xFFFFFFFF, len(encoded), 20) + encoded)  # fmt: skip
        out.write(struct.pack("<HHQQ", 1, 16, 0, 0))  # zip64 extra; real sizes: central dir
        start = out.tell()
        last: tuple[bytes, bytes] = (b"", b"")
        for chunk in chunks:
            crc, size = zlib.crc32(chunk, crc), size + len(chunk)
            if chunk is not last[0]:  # after a full flush the same block packs the same
                last = (chunk, packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH))
            out.write(last[1])
        out.write(packer.flush())
        packed = out.tell() - start
        central = out.tell()
        extra = struct.pack("<HHQQQ", 1, 24, size, packed, 0)
        out.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0, crc,
                              0xFFFFFFFF, 0xFFFFFFFF, len(encoded), len(extra), 0, 0, 0, 0,
                              0xFFFFFFFF) + encoded + extra)  # fmt: skip
        end = out.tell()
        out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 1, 1,
                              end - central, central))  # fmt: skip
        out.write(struct.pack("<IIQI", 0x07064B50, 0, end, 1))
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, 0xFFFFFFFF, 0xFFFFFFFF, 0))
    # patch the local header's CRC (sizes stay in the central directory's zip64 extra)
    with path.open("r+b") as out:
        out.seek(14)
        out.write(struct.pack("<I", crc))


def _repeated(head: bytes, block: bytes, repeats: int) -> Iterator[bytes]:
    yield head
    for _ in range(repeats):
        yield block


def _expand_gz(path: Path, total: int) -> None:
    """Gzip streams one after the other (gzip reads them as one file): compressed once each."""
    head, block, repeats = _padded_content(total)
    member = zlib.compressobj(9, zlib.DEFLATED, 31)
    packed_block = member.compress(block) + member.flush()
    with path.open("wb") as out:
        first = zlib.compressobj(9, zlib.DEFLATED, 31)
        out.write(first.compress(head) + first.flush())
        for _ in range(repeats):
            out.write(packed_block)


def _peak(folder: Path, path: Path, options: dict[str, int]) -> tuple[float, list[str], float]:
    """(peak RSS in MB, the outcome's lines, seconds) of importing ``path`` in a subprocess."""
    database = f"sqlite:///{folder / 'bench.sqlite3'}"
    (folder / "bench.sqlite3").unlink(missing_ok=True)
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, database, str(path), json.dumps(options)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output = child.stdout.read() if child.stdout else ""
    _pid, _status, usage = os.wait4(child.pid, 0)
    child.returncode = _status
    peak = usage.ru_maxrss / 1024
    return peak, output.strip().splitlines(), time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-bombs-") as name:
        folder = Path(name)
        cases: list[tuple[str, Path, dict[str, int]]] = []
        for path in _nesting(folder):
            cases.append((path.name, path, {}))
        line = folder / "line.zip"
        _write_zip(line, "tickets.ndjson", _line_content())
        cases.append(("line.zip", line, {}))
        cases.append(("line.zip, ratio guard off", line, {"max_ratio": 10**9}))
        gz = folder / "expand.ndjson.gz"
        _expand_gz(gz, 6 * GIB)
        cases.append(("expand.ndjson.gz", gz, {}))
        zipped = folder / "expand.zip"
        head, block, repeats = _padded_content(6 * GIB)
        _write_zip(zipped, "tickets.ndjson", _repeated(head, block, repeats))
        cases.append(("expand.zip", zipped, {}))
        print(f"{'bomb':<28}{'packed':>10}{'peak RSS':>11}{'/ budget':>10}{'s':>6}  outcome")
        for label, path, options in cases:
            peak, outcome, seconds = _peak(folder, path, options)
            size = path.stat().st_size
            packed = f"{size / 1024**2:.1f} MB" if size >= 1024**2 else f"{size / 1024:.0f} KB"
            print(
                f"{label:<28}{packed:>10}{peak:>8.0f} MB{peak / MEMORY_BUDGET_MB:>10.2f}"
                f"{seconds:>6.1f}  {outcome[0] if outcome else '(no output)'}"
            )
            for extra in outcome[1:4]:
                print(f"{'':<67}{extra}")
        print(f"(budget: {MEMORY_BUDGET_MB} MB peak RSS; ratio < 1 is within it)")


if __name__ == "__main__":
    main()
