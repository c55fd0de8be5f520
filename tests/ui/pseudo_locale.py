"""A pseudo-locale ("xx") made from the code's own strings, for layout tests and screenshots.

Every translation is the source with its letters accented and 40% longer, in brackets:
"Settings" → "[Śéţţîñĝš~~~]". Translations in the real languages run up to that much longer
than English (German and Russian labels often do), so a layout that keeps every pseudo
string whole keeps theirs whole too; an unaccented or unbracketed word on screen is a string
that does not go through tr(). Placeholders ({name}, %Ln), tags and entities stay intact.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from ui import i18n

STRETCH = 0.4
ACCENTS = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ",
    "àƀçđéĝĥîķļñöŕšţûýžÀƁÇĐÉĜĤÎĶĻÑÖŔŠŢÛÝŽ",
)
KEEP = re.compile(r"(\{[^{}]*\}|%L?n|%\d|<[^<>]+>|&[a-z]+;|&#\d+;|\n)")


def pseudo(text: str) -> str:
    """ "Save" → "[Šàvé~~]": accented, stretched by :data:`STRETCH`, bracketed."""
    parts = KEEP.split(text)
    body = "".join(p if i % 2 else p.translate(ACCENTS) for i, p in enumerate(parts))
    visible = len(re.sub(KEEP, "", text))
    return f"[{body}{'~' * max(1, round(visible * STRETCH))}]"


def write_pseudo_ts(target: Path, root: Path | None = None) -> int:
    """A .ts with every source string of the code (via lupdate) translated by :func:`pseudo`.
    Returns the number of messages."""
    root = root or Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    subprocess.run(
        ["pyside6-lupdate", *sources, "-silent", "-locations", "none",
         "-source-language", "en", "-target-language", "en", "-ts", str(target)],
        check=True,
    )  # fmt: skip
    tree = ElementTree.parse(target)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = pseudo(source)
        if not forms:
            translation.text = pseudo(source)
        count += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


def build_pseudo_qm(folder: Path) -> Path:
    """Write and compile the pseudo catalogue in ``folder``; returns the .qm."""
    ts = folder / "breakup_desk_xx.ts"
    write_pseudo_ts(ts)
    qm = ts.with_suffix(".qm")
    i18n.compile_ts(ts, qm)
    return qm


if __name__ == "__main__":  # python -m tests.ui.pseudo_locale DIR
    print(build_pseudo_qm(Path(sys.argv[1])))
