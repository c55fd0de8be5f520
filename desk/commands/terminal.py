"""Make imported text safe to print on a terminal.

Customer names, message bodies and file names come from exports that anyone can write. A
terminal obeys the control characters in what it is given: ESC starts sequences that clear
the screen, set the window title or write the clipboard (OSC 52), C1 controls (U+0080–U+009F)
are 8-bit forms of the same, and bidi overrides (U+202A–U+202E, U+2066–U+2069) make a line
read differently from what it holds. Every line the CLI prints goes through :func:`clean`,
which swaps each such character for a visible escape (``\\x1b``, ``\\u202e``) so a manager
sees that it was there without the terminal acting on it.

It lives in ``desk.commands`` because only the command line prints to a terminal; the window
shows text in Qt widgets, which do not interpret escape sequences.
"""

from __future__ import annotations

BIDI_CONTROLS = tuple(range(0x202A, 0x202F)) + tuple(range(0x2066, 0x206A))
"""LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: they reorder what follows them."""

_CONTROLS = (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))


def _escape(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_LINE = {code: _escape(code) for code in (*_CONTROLS, *BIDI_CONTROLS)}
"""For one table cell or one error line: every control, newline and tab included, escaped."""

_TEXT = {code: text for code, text in _LINE.items() if code not in (0x09, 0x0A)}
"""For free text: newlines and tabs are layout, so they stay."""

_JSON = {code: f"\\u{code:04x}" for code in (0x7F, *range(0x80, 0xA0), *BIDI_CONTROLS)}
"""What ``json.dumps(ensure_ascii=False)`` leaves raw; C0 controls it escapes itself."""


def clean(text: str) -> str:
    """``text`` with terminal controls escaped, newlines and tabs kept."""
    return text.translate(_TEXT)


def clean_line(text: str) -> str:
    """``text`` as one line: every control escaped, newlines and tabs too."""
    return text.translate(_LINE)


def clean_json(document: str) -> str:
    """A JSON document with the controls that ``json`` leaves raw written as ``\\uXXXX``.

    Such characters can only stand inside JSON strings, where the escape means the same
    character, so the document parses to the same data.
    """
    return document.translate(_JSON)
