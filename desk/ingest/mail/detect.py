"""Whether a file starts with a mail's header block: how an .eml (or a mail saved under any
name) is recognised.

A mail saved whole ("original source" in Help Scout, "Show original" in Gmail, a client's
"Save as") starts with its headers in whatever order the servers on its way wrote them: dozens
of X-, ARC-, DKIM- and Received headers, each folded over many lines, may come before From, To
and Subject. So the block is read as RFC 5322 defines it, up to its blank line (within the
registry's head of the file, 64 KB), not by looking for known names in its first lines.
"""

from __future__ import annotations

import re

# A header field's name (RFC 5322 ftext: printable ASCII but the colon) and its colon.
_FIELD = re.compile(rb"([\x21-\x39\x3b-\x7e]+)[ \t]*:")
# Fields only a mail's header block has; a block of headers with enough of them is a mail.
_MAIL_FIELDS = frozenset(
    {
        b"to", b"cc", b"subject", b"date", b"message-id", b"received", b"return-path",
        b"mime-version", b"delivered-to", b"reply-to", b"in-reply-to", b"references",
        b"dkim-signature", b"arc-seal", b"x-google-smtp-source",
    }
)  # fmt: skip


def header_score(head: bytes) -> float:
    """How sure (0..1) it is that ``head`` starts with a mail's header block: one with a From
    field and two other fields only mail has; or, when the block runs past the head, two such."""
    block = header_block(head)
    if block is None:
        return 0.0
    names, whole = block
    known = len(names & _MAIL_FIELDS)
    if b"from" in names and known >= 2:
        return 0.8
    if not whole and known >= 2:  # 64 KB of nothing but header fields (Received, DKIM…)
        return 0.7
    return 0.0


def header_block(head: bytes) -> tuple[set[bytes], bool] | None:
    """The field names (lower case) of the header block ``head`` starts with, and whether the
    block ends within ``head`` (a blank line); None when ``head`` does not start with one.

    The block is read as RFC 5322 has it: fields in any order and number (a Help Scout
    "original source" puts dozens of X- and ARC headers before From), each folded over any
    number of lines starting with a space or tab (a DKIM signature takes a dozen). A first
    mbox ``From `` line is skipped; a last line cut off by the head's end is not judged.
    """
    lines = head.lstrip(b"\r\n").split(b"\n")
    if lines[0].startswith(b"From "):
        lines = lines[1:]
    names: set[bytes] = set()
    for index, raw in enumerate(lines):
        line = raw.rstrip(b"\r")
        if not line:
            return (names, True) if names else None
        if line[:1] in (b" ", b"\t"):
            if not names:
                return None  # a continuation with no field to continue
            continue
        field = _FIELD.match(line)
        if field is None:
            if index == len(lines) - 1 and names:
                break  # cut off by the end of the head mid-line (a name split)
            return None
        names.add(field.group(1).lower())
    return (names, False) if names else None
