"""HTML to plain text with the standard library's parser: structure kept as line breaks.

Paragraphs and other blocks become blank-line separated, ``<br>`` a line break, list items
``* item`` lines, quoted mail (``<blockquote>``) ``> `` lines, table cells separated by spaces
and rows by lines; ``<pre>`` keeps its spacing. Scripts, styles, images and the head are
dropped and nothing is ever fetched. Links keep their text only.

Which to use: this is the reference converter, for any HTML at all. Importers reading many
message bodies call :func:`desk.ingest.text.html_simple.html_body_text` instead, which gives the
same text for the simple bodies most messages are, several times sooner, and
hands every other body to :func:`html_to_text` here. Both exist because the parser is correct
for everything but slow per call, and the shortcut is fast but only for what it recognises.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "hr",
        "section", "article", "header", "footer", "address", "blockquote", "pre", "form",
        "fieldset", "figure", "main", "nav", "aside", "center",
    }
)  # fmt: skip
_LINES = frozenset({"tr", "li", "dt", "dd", "caption"})
_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "svg"})
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_BREAK = "\x00"  # a hard line break, kept through whitespace collapsing
_PARA = "\x01"  # a paragraph break
_MARKS = re.compile("([\x00-\x03])")  # the two breaks, then quote start and end


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.pre = 0
        self.quote = 0

    def _mark(self, mark: str) -> None:
        self.out.append(mark)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self._mark(_BREAK)
        elif tag in _BLOCKS:
            self._mark(_PARA)
            if tag == "blockquote":
                self.quote += 1
                self._mark("\x02")
            elif tag == "pre":
                self.pre += 1
        elif tag in _LINES:
            self._mark(_BREAK)
            if tag == "li":
                self.out.append("* ")
        elif tag in _CELLS:
            self.out.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._mark(_BREAK)
        elif tag == "hr":
            self._mark(_PARA)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            if tag == "blockquote" and self.quote:
                self.quote -= 1
                self._mark("\x03")
            elif tag == "pre" and self.pre:
                self.pre -= 1
            self._mark(_PARA)
        elif tag in _LINES:
            self._mark(_BREAK)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            self.out.append(data.replace("\r\n", "\n").replace("\n", _BREAK).replace(" ", "\x04"))
        else:
            self.out.append(data)


def html_to_text(html: str) -> str:
    """Readable plain text from an HTML body (no markup, no remote content)."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = _SPACES.sub(" ", "".join(parser.out))
    lines: list[str] = []
    depth = 0
    current: list[str] = []

    def flush(blank: bool) -> None:
        line = "".join(current).strip().replace("\x04", " ")
        current.clear()
        prefix = "> " * depth
        if line:
            lines.append(prefix + line)
        if blank and lines and lines[-1] != "":
            lines.append("")

    for piece in _MARKS.split(text):
        if piece == _BREAK:
            flush(False)
        elif piece == _PARA:
            flush(True)
        elif piece == "\x02":
            flush(True)
            depth += 1
        elif piece == "\x03":
            flush(True)
            depth = max(0, depth - 1)
        elif piece:
            current.append(piece)
    flush(False)
    return "\n".join(lines).strip()
