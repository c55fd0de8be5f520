"""HTML bodies to plain text: structure kept as lines, nothing fetched, nothing executed."""

from __future__ import annotations

from desk.ingest.text.html_structured import html_to_text


def test_structure_survives_as_lines() -> None:
    body = (
        "<html><head><title>t</title><style>p{color:red}</style></head><body>"
        "<p>Hello &amp; <b>welcome</b>,</p><ul><li>one</li><li>two</li></ul>"
        "<blockquote><p>On Monday you wrote:</p>the export fails<br>again</blockquote>"
        "<pre>id  total\n 7   12.50</pre>"
        "<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>$49</td></tr></table>"
        '<img src="http://tracker.example/p.gif"><script>steal()</script>'
        '<a href="http://example.com">the link text</a></body></html>'
    )
    assert html_to_text(body).split("\n") == [
        "Hello & welcome,",
        "",
        "* one",
        "* two",
        "",
        "> On Monday you wrote:",
        "",
        "> the export fails",
        "> again",
        "",
        "id  total",
        " 7   12.50",
        "",
        "Plan Price",
        "Pro $49",
        "",
        "the link text",
    ]


def test_broken_markup_and_plain_text() -> None:
    assert html_to_text("plain <b>unclosed <i>tags") == "plain unclosed tags"
    assert html_to_text("a<br/>b<br>c") == "a\nb\nc"
    assert html_to_text("<div><div><p>deep</p></div></div>") == "deep"
    assert html_to_text("") == ""
