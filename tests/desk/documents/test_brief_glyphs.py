"""Emoji and right-to-left scripts in the brief: a glyph of a font that has it, or a marked
placeholder, never an empty box. Checked per character against the font that sets it."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ByteStringObject, ContentStream, TextStringObject

from desk.config import resource_path
from desk.documents.brief.render import render_brief
from desk.documents.fonts import CJK, REGULAR
from desk.documents.glyphs import EMOJI, Run, has_placeholder, markup, runs
from tests.desk.documents.test_brief import incidents, sample_content

FONT_FILES = {  # the embedded font's name, without its subset prefix -> the file it came from
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DroidSansFallback": "DroidSansFallbackFull.ttf",
}
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man, ZWJ, woman, ZWJ, girl: no glyph
QUOTES = (
    f"Fix it {FAMILY}{FAMILY} now \U0001f621 or else \u263a\ufe0f",  # 😡 and ☺ DejaVu has
    "قال: مرحبا بك، أنت غبي 12 مرة",
    "אתה אידיוט וחסר תועלת",
    "你好, you are useless ✔",
)


def test_a_zwj_sequence_is_one_placeholder_and_a_glyph_dejavu_has_stays() -> None:
    assert runs(f"a {FAMILY}{FAMILY}!") == [Run("a "), Run(EMOJI, placeholder=True), Run("!")]
    assert runs("\U0001f621 \u263a") == [Run("\U0001f621 \u263a")]


def test_right_to_left_runs_are_named_whole_with_their_digits_and_spaces() -> None:
    assert runs(QUOTES[1]) == [Run("[Arabic text]", placeholder=True)]
    assert runs(f"He wrote {QUOTES[2]}.") == [
        Run("He wrote "),
        Run("[Hebrew text]", placeholder=True),
        Run("."),
    ]


def test_the_chain_falls_back_to_the_cjk_font_and_marks_placeholders() -> None:
    assert runs("你好 ok") == [Run("你好", CJK), Run(" ok")]
    assert markup("x ค่ะ <b>") == (
        f'x <font name="{REGULAR}" color="#9a4d00">[Thai text]</font> &lt;b&gt;'
    )
    assert not has_placeholder("Я напишу вашему директору. 你好")


def _cmap(file: str) -> set[int]:
    return set(TTFont(resource_path("fonts") / file).getBestCmap())


def _to_unicode(data: bytes) -> list[str]:
    """The characters past ASCII a reportlab ToUnicode CMap maps codes to (it writes a code
    point past U+FFFF as bare hex, e.g. ``<1F621>``; UTF-16 surrogate pairs are read too).

    ASCII is left out: reportlab's first subset of every font lists all of it, used or not.
    """
    chars = []
    # Only the bfchar blocks map codes; "begincodespacerange <00> <FF>" is no character.
    mappings = b"".join(re.findall(rb"beginbfchar(.*?)endbfchar", data, re.DOTALL))
    for value in re.findall(rb"<[0-9A-Fa-f]{2}>\s*<([0-9A-Fa-f]+)>", mappings):
        raw = value.decode()
        if len(raw) == 8 and 0xD800 <= int(raw[:4], 16) <= 0xDBFF:
            chars.append(bytes.fromhex(raw).decode("utf-16-be"))
        elif int(raw, 16) >= 0x80:
            chars.append(chr(int(raw, 16)))
    return chars


def _boxes(reader: PdfReader) -> dict[str, int]:
    """Per font, how many glyphs the pages show with code 0: reportlab sets a character its
    font has no glyph for as code 0, the ``.notdef`` glyph, which readers draw as a box."""
    boxes: dict[str, int] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        current = ""
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = str(fonts[operands[0]].get_object()["/BaseFont"])
            elif operator in (b"Tj", b"TJ", b"'", b'"'):
                strings = operands[0] if operator == b"TJ" else operands[-1:]
                for text in strings:
                    if isinstance(text, (ByteStringObject, TextStringObject)):
                        zeros = bytes(text.original_bytes).count(0)
                        boxes[current] = boxes.get(current, 0) + zeros
    return {font: n for font, n in boxes.items() if n}


@pytest.mark.slow
def test_every_character_the_brief_sets_has_a_glyph_in_its_font() -> None:
    cited = [replace(i, quote=q) for i, q in zip(incidents(len(QUOTES)), QUOTES, strict=True)]
    content = sample_content(
        charts=[], attachments=[], incidents=cited, customer_name=f"Victor {FAMILY} Krane"
    )
    buffer = io.BytesIO()
    render_brief(content, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))

    assert _boxes(reader) == {}
    checked: dict[str, set[str]] = {}
    seen = set()
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            if ref.idnum in seen or "/ToUnicode" not in font:
                continue
            seen.add(ref.idnum)
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            cmap = _cmap(FONT_FILES[name])
            chars = _to_unicode(font["/ToUnicode"].get_object().get_data())
            missing = [f"U+{ord(c):04X}" for c in chars if ord(c) not in cmap]
            assert not missing, f"{name} sets characters it has no glyph for: {missing}"
            checked.setdefault(name, set()).update(chars)

    used = set().union(*checked.values())
    assert {"\U0001f621", "\u263a", "✔"} <= used  # the fallback chain set them as glyphs
    assert {"你", "好"} <= checked["DroidSansFallback"]
    assert not {"ق", "א"} & used  # right-to-left letters are never set left to right
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Fix it [emoji] now" in text
    assert "“[Arabic text]”" in text and "“[Hebrew text]”" in text
    assert "shown by a marked placeholder such as [emoji]" in text
    assert "Victor [emoji] Krane" in text  # the running title on the later pages
