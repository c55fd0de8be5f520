"""Rejection reasons a manager can read, whatever the file held.

A reason often quotes the file (a bad value, a parser's complaint with the bytes around the
fault). Printed as they are, those bytes can be binary garbage, control characters that move a
terminal's cursor, or a screenful of one line. So every reason goes through :func:`readable`
before it is stored or shown: one line, non-printable characters escaped as ``repr`` escapes
them, cut to a short length. :func:`error_text` turns a parser's exception into such a line
(ijson's C backend puts the raw bytes of the file in its messages).
"""

from __future__ import annotations

MAX_REASON = 300  # characters of a reason kept; the rest is cut with "…"
MAX_ERROR = 120  # characters of a parser's message quoted inside a reason

_SURROGATES = range(0xDC80, 0xDD00)  # bytes kept by surrogateescape decoding


def readable(text: str, limit: int = MAX_REASON) -> str:
    """``text`` on one line, non-printable characters escaped, at most ``limit`` characters.

    Escapes follow ``repr`` (``\\n``, ``\\x1b``, ``\\u202e``); a byte kept as a lone surrogate
    by ``surrogateescape`` shows as the byte (``\\xdb``). An escape is never cut in half.
    """
    if text.isprintable() and len(text) <= limit:
        return text  # the common case: nothing to do
    pieces: list[str] = []
    length = 0
    for char in text:
        piece = char if char.isprintable() else _escape(char)
        if length + len(piece) > limit - 1:
            pieces.append("…")
            break
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces)


def _escape(char: str) -> str:
    code = ord(char)
    if code in _SURROGATES:
        return f"\\x{code - 0xDC00:02x}"
    return repr(char)[1:-1]


def error_text(exc: BaseException, limit: int = MAX_ERROR) -> str:
    """The first line of ``exc``'s message, readable (its type's name when it has none).

    A message given as bytes (ijson's C backend quotes the file that way) is decoded first, so
    that the excerpt is the parser's words and not a Python bytes literal.
    """
    message = exc.args[0] if len(exc.args) == 1 else None
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(exc)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return readable(first or type(exc).__name__, limit)
