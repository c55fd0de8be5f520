"""How a rule's terms become regular expressions: the term syntax of a rule pack (described at
the top of :mod:`desk.abuse.rulepack`, which reads the packs) compiled to the ``(head, rest)``
pairs the matcher folds into one pattern per pack.

Kept apart from the reading of the TOML files: the syntax is the part that grows (groups,
optional words, gaps), the part the matcher depends on, and the part the benchmarks compile
terms with directly.
"""

from __future__ import annotations

import re

from desk.errors import InputError

_GAP_WORDS = 3
# "~~" between words: up to this many other words, within one sentence (no . ! ? or line break
# between): a concept near another anywhere in the sentence ("напишу ~~ (в цб|в фас)").
_SENTENCE_GAP_WORDS = 12
_GAPS = frozenset({"~", "~~"})
_CJK_GAP = 6
_MAX_HEADS = 256
_SPECIAL = frozenset("*~()|?")


def compile_terms(terms: list[str], cjk: bool = False) -> tuple[tuple[str, str], ...]:
    """``(head, rest)`` pairs for the terms: each match of a term is a head then its rest."""
    parts: dict[tuple[str, str], None] = {}
    for term in terms:
        for head, rest in term_parts(term, cjk):
            try:
                re.compile(re.escape(head) + rest)
            except re.error as exc:
                raise InputError(f"term {term!r} does not compile: {exc}") from exc
            parts[(head, rest)] = None
    return tuple(parts)


def split_words(term: str) -> list[str]:
    """The words of a term: split on spaces outside ``(...)`` groups."""
    words: list[str] = []
    current: list[str] = []
    depth = 0
    for char in term.lower().replace("’", "'").strip():
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise InputError(f"term {term!r}: ')' without '('")
        if char.isspace() and depth == 0:
            if current:
                words.append("".join(current))
                current = []
            continue
        if char == "~" and depth:
            raise InputError(f"term {term!r}: '~' goes between words, not inside ( )")
        current.append(char)
    if depth:
        raise InputError(f"term {term!r}: '(' without ')'")
    if current:
        words.append("".join(current))
    if not words or words[0] in _GAPS or words[-1] in _GAPS:
        raise InputError(f"term {term!r}: empty, or starts or ends with '~'")
    if any(word[0] in "?*|)" for word in words):
        raise InputError(f"term {term!r}: a word cannot start with ?, *, | or )")
    return words


def term_regex(term: str, cjk: bool = False) -> str:
    """The regex for one whole term (text is pre-lower-cased), to ``match`` at a word start."""
    return _words_regex(split_words(term), cjk)


def term_parts(term: str, cjk: bool = False) -> list[tuple[str, str]]:
    """The term as ``(head, rest)`` pairs: a literal head and the regex of what follows it."""
    words = split_words(term)
    pairs = _heads(words[0], term)
    if not pairs or any(not head for head, _ in pairs):
        raise InputError(f"term {term!r} must start with letters or a (a|b) group")
    return sorted((head, _words_regex([rest, *words[1:]], cjk)) for head, rest in pairs)


def term_heads(term: str) -> list[str]:
    """The literal strings that every match of ``term`` starts with, one of them.

    ``get ~ fired`` → ``["get"]``; ``(sue|suing) you`` → ``["sue", "suing"]``;
    ``stupid*`` → ``["stupid"]``. Expansion stops at the first wildcard, optional part or
    space, so heads are short when the term starts with something flexible.
    """
    return sorted({head for head, _ in term_parts(term)})


def _words_regex(words: list[str], cjk: bool) -> str:
    """The regex of a term's words; the first may be the rest of a word after its head."""
    sep = rf"[^。！？!?，,\n]{{0,{_CJK_GAP}}}?" if cjk else r"[\W_]+"
    gap = rf"[^。！？!?\n]{{0,{3 * _CJK_GAP}}}?" if cjk else rf"(?:[\w']+[\W_]+){{0,{_GAP_WORDS}}}"
    in_sentence = rf"[^\w.!?\n]+(?:[\w']+[^\w.!?\n]+){{0,{_SENTENCE_GAP_WORDS}}}"
    parts: list[str] = []
    pending_gap = False
    sentence_gap = False
    for index, word in enumerate(words):
        if word in _GAPS:
            pending_gap = True
            sentence_gap = sentence_gap or word == "~~"
            continue
        optional = index and not pending_gap and _is_optional_group(word)
        if optional:  # "(to|through to)?" as a whole word: its separator is optional too
            parts.append(f"(?:{sep}{_word_regex(word[:-1], sep)})?")
            continue
        if index and sentence_gap and not cjk:
            parts.append(in_sentence)
        elif index:
            parts.append(gap if cjk and pending_gap else sep + (gap if pending_gap else ""))
        pending_gap = False
        sentence_gap = False
        parts.append(_word_regex(word, sep))
    body = "".join(parts)
    if cjk or words[-1].endswith("*"):
        return f"(?:{body})"
    return rf"(?:{body})(?!\w|'\w)"  # "you" is not the start of "you're"


def _is_optional_group(word: str) -> bool:
    if not (word.startswith("(") and word.endswith(")?")):
        return False
    depth = 0
    for index, char in enumerate(word):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return index == len(word) - 2
    return False


def _word_regex(word: str, sep: str) -> str:
    out: list[str] = []
    for char in word:
        if char == "*":
            out.append(r"\w*")
        elif char == "(":
            out.append("(?:")
        elif char in ")|?":
            out.append(char)
        elif char.isspace():
            out.append(sep)
        else:
            out.append(re.escape(char))
    return "".join(out)


def _heads(word: str, term: str) -> set[tuple[str, str]]:
    """``(head, rest of the word)`` pairs: the literal starts of ``word``, expanded through
    its ``(a|b)`` groups up to the first wildcard, optional part or space."""
    results = {""}
    index = 0
    while index < len(word):
        char = word[index]
        if char in "*?|)" or char.isspace():
            break
        if char == "(":
            close = _closing(word, index, term)
            after = word[close + 1 :]
            if after.startswith("?"):
                if results != {""} or close + 2 >= len(word):
                    break
                # "(una )?(cita|salir)": the heads of both ways of starting.
                return _heads(word[index : close + 1] + after[1:], term) | _heads(after[1:], term)
            alternatives = _split_top(word[index + 1 : close])
            if any(not alt for alt in alternatives):
                raise InputError(f"term {term!r}: an empty alternative in ( )")
            plain = all(not (_SPECIAL & set(alt)) and " " not in alt for alt in alternatives)
            if plain and len(results) * len(alternatives) <= _MAX_HEADS:
                results = {r + alt for r in results for alt in alternatives}
                index = close + 1
                continue
            prefixes = [(_literal_prefix(alt), alt) for alt in alternatives]
            if any(not prefix for prefix, _ in prefixes) and results != {""}:
                break  # stop before the group: it is part of the rest
            return {(r + pre, alt[len(pre) :] + after) for r in results for pre, alt in prefixes}
        if word[index + 1 : index + 2] == "?":
            break
        results = {r + char for r in results}
        index += 1
    return {(r, word[index:]) for r in results}


def _closing(word: str, start: int, term: str) -> int:
    depth = 0
    for index in range(start, len(word)):
        if word[index] == "(":
            depth += 1
        elif word[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    raise InputError(f"term {term!r}: '(' without ')'")


def _split_top(inside: str) -> list[str]:
    """The alternatives of a group's inside, split on ``|`` outside nested groups."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in inside:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _literal_prefix(alternative: str) -> str:
    out: list[str] = []
    for position, char in enumerate(alternative):
        if char in _SPECIAL or char.isspace():
            break
        if alternative[position + 1 : position + 2] == "?":
            break
        out.append(char)
    return "".join(out)
