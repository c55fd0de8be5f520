"""HTML bodies to text, fast for the simple HTML chat and helpdesk editors write.

Most message bodies are a few paragraphs with inline emphasis (``<p>``, ``<br>``, ``<b>``,
``<a>``, ``<span>``, ``<div>``). Those are converted here with a handful of regular expressions:
about 30 times faster than the full converter, which matters at a million messages. Anything
else (lists, tables, quotes, images, scripts, comments) goes to
:func:`desk.ingest.text.html_structured.html_to_text` (the standard library's HTML parser), so
structure is never guessed at.

Which to use: this one, :func:`html_body_text`, for message bodies read by an importer; its
answer is the full converter's (it is a fast path in front of it, not a second opinion), only
sooner. Why two modules: the full converter is a complete, self-contained parser that other code
(:mod:`desk.ingest.text.normalise`) re-exports, while this module is only the shortcut and its
fallback rules; kept apart, the shortcut can be tuned for speed without touching the parser.
"""

from __future__ import annotations

import html
import re

from desk.ingest.text.normalise import html_to_text

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?/?>")
_SIMPLE = frozenset({"p", "div", "br", "b", "i", "u", "em", "strong", "span", "a", "font", "small"})
_BLOCK = frozenset({"p", "div"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_LINE_SPACES = re.compile(r" *\n *")
_MANY_BLANK = re.compile(r"\n{3,}")
_ONE_BLOCK = re.compile(r"\s*<(p|div)>([^<>]*)</\1>\s*", re.IGNORECASE)


def html_body_text(body: str) -> str:
    """Readable plain text of an HTML body (see the module docstring)."""
    if "<" not in body:
        if "&" not in body:
            return _SPACES.sub(" ", body).strip()
        return _SPACES.sub(" ", html.unescape(body)).strip()
    single = _ONE_BLOCK.fullmatch(body)
    if single:  # the commonest body of all: one paragraph, no markup inside
        text = single.group(2)
        return _SPACES.sub(" ", html.unescape(text) if "&" in text else text).strip()
    if "<!--" in body or "<![" in body:
        return html_to_text(body)
    pieces: list[str] = []
    position = 0
    for match in _TAG.finditer(body):
        name = match.group(2).lower()
        if name not in _SIMPLE:
            return html_to_text(body)
        pieces.append(body[position : match.start()])
        if name == "br":
            pieces.append("\x00")
        elif name in _BLOCK:
            pieces.append("\x01")
        position = match.end()
    pieces.append(body[position:])
    text = "".join(pieces)
    if "<" in text or ">" in text:  # a stray bracket the tag pattern did not take
        return html_to_text(body)
    text = _SPACES.sub(" ", html.unescape(text))
    text = text.replace("\x00", "\n").replace("\x01", "\n\n")
    text = _LINE_SPACES.sub("\n", text)
    return _MANY_BLANK.sub("\n\n", text).strip()
