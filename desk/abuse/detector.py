"""``detect(text)``: the hits in one message; ``Detector.detect_many`` for batches (the scan).

The rule packs do the work. Two learned signals join where they earn their place, and the
detector works without either:

- the Chinese character n-gram model (``resources/models/zh_char_ngram.json``, trained from
  the COLD train split) flags a Chinese message as hate on its own only when the zh pack's
  ``[model]`` gate allows (a high probability and a group word), and it promotes an insult that
  was not aimed at the reader to harassment when it is fairly sure the message is offensive;
- alt-profanity-check (optional, English only, called once per batch) never flags on its own:
  it only promotes such an undirected insult to harassment when it is very sure.

A message's hits depend on its text and language alone, so a detector reads each distinct
(text, language) once: repeats in a batch, and texts it read in an earlier batch (up to
:data:`MEMO_CHARS` characters of texts kept, the oldest forgotten first), get the same hits
again. Support mail repeats itself ("thanks", "any update?", macros, copies of one complaint);
a detector lives for one scan, so a rule edit is never answered from an older reading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from desk.abuse import profanity, translit_ru
from desk.abuse.categories import ABUSE_VALUES, Category
from desk.abuse.language import detect_language
from desk.abuse.learned.combine import add_learned_hits, is_learned
from desk.abuse.learned.predict import LearnedSignal, default_signal
from desk.abuse.matcher import Matcher
from desk.abuse.rulepack import ModelGate, available_languages, load_pack
from desk.abuse.scorer import (
    FLAG_THRESHOLD,
    Hit,
    dedupe,
    disclaims,
    negated_by_writer,
    score_matches,
    sentence_negated,
)
from desk.abuse.zh_model import CharNgramModel, load_zh_model

ZH_MODEL_RULE = "zh.model.char_ngram"
ZH_PROMOTE = 0.7  # the zh model's probability that promotes an undirected insult
PROFANITY_PROMOTE = 0.9  # alt-profanity-check's probability that does the same in English
PROMOTED_SUFFIX = "+model"
MEMO_CHARS = 4_000_000  # characters of texts a detector keeps with their hits (~10-20 MB)
MEMO_TEXT_CHARS = 4_000  # a longer text is not kept: rarely repeated, and it would crowd others


@dataclass(frozen=True)
class DetectorOptions:
    rules_dir: Path | None = None
    zh_model: bool = True
    profanity_check: bool = False  # needs the optional alt-profanity-check package
    learned: bool = True  # the per-category model (desk/abuse/learned/), where no rule found abuse


@dataclass
class Detector:
    """Rule packs compiled once per language, plus the optional learned signals."""

    options: DetectorOptions = field(default_factory=DetectorOptions)
    _matchers: dict[str, Matcher | None] = field(default_factory=dict)
    _zh: CharNgramModel | None = None
    _zh_loaded: bool = False
    _learned: LearnedSignal | None = None
    _learned_loaded: bool = False
    _memo: dict[tuple[str, str | None], tuple[Hit, ...]] = field(default_factory=dict)
    _memo_chars: int = 0

    def matcher(self, language: str) -> Matcher | None:
        """The compiled pack for ``language``, or ``None`` when there is no pack for it."""
        if language not in self._matchers:
            known = available_languages(self.options.rules_dir)
            pack = load_pack(language, self.options.rules_dir) if language in known else None
            self._matchers[language] = Matcher(pack) if pack is not None else None
        return self._matchers[language]

    def zh_model(self) -> CharNgramModel | None:
        if not self._zh_loaded:
            self._zh = load_zh_model() if self.options.zh_model else None
            self._zh_loaded = True
        return self._zh

    def learned(self) -> LearnedSignal | None:
        if not self._learned_loaded:
            self._learned = default_signal() if self.options.learned else None
            self._learned_loaded = True
        return self._learned

    def detect(self, text: str, language: str | None = None) -> list[Hit]:
        return self.detect_many([text], [language])[0]

    def detect_many(
        self, texts: Sequence[str], languages: Sequence[str | None] | None = None
    ) -> list[list[Hit]]:
        """Hits for each text; ``languages`` (else detection) picks each text's pack. Each
        distinct (text, language) is read once (see the module); every text gets its own list."""
        given = languages if languages is not None else [None] * len(texts)
        out: list[list[Hit]] = []
        unread: dict[tuple[str, str | None], list[int]] = {}
        memo = self._memo
        for index, key in enumerate(zip(texts, given, strict=True)):
            known = memo.get(key)
            out.append(list(known) if known is not None else [])
            if known is None:
                unread.setdefault(key, []).append(index)
        if unread:
            keys = list(unread)
            found = self._read([text for text, _ in keys], [language for _, language in keys])
            for key, hits in zip(keys, found, strict=True):
                for index in unread[key]:
                    out[index] = list(hits)
                self._remember(key, hits)
        return out

    def _remember(self, key: tuple[str, str | None], hits: list[Hit]) -> None:
        size = len(key[0])
        if size > MEMO_TEXT_CHARS:
            return
        memo = self._memo
        while memo and self._memo_chars + size > MEMO_CHARS:
            oldest = next(iter(memo))
            del memo[oldest]
            self._memo_chars -= len(oldest[0])
        memo[key] = tuple(hits)
        self._memo_chars += size

    def _read(self, texts: Sequence[str], languages: Sequence[str | None]) -> list[list[Hit]]:
        """Hits for each text, every one read (:meth:`detect_many` without the memo)."""
        out: list[list[Hit]] = []
        pending: list[int] = []
        used: list[str] = []
        set_aside: list[set[str]] = []  # per text: categories a rule read and judged not abuse
        readings: dict[int, translit_ru.Reading] = {}  # Russian in Latin letters, read in Cyrillic
        read_texts = list(texts)
        for index, text in enumerate(texts):
            language = languages[index] or detect_language(text)
            used.append(language)
            if language == "ru" and (reading := translit_ru.reading(text)) is not None:
                readings[index] = reading
                read_texts[index] = reading.text
                hits, read = self._read_latin(text, reading)
            else:
                hits, read = self._rules(text, language)
            set_aside.append(read)
            if language == "zh":
                hits = self._with_zh_model(text, hits)
            elif language == "en" and self.options.profanity_check and self._undirected(hits):
                pending.append(index)
            out.append(hits)
        if pending:
            probabilities = profanity.probabilities([texts[i] for i in pending])
            for index, probability in zip(pending, probabilities or (), strict=False):
                if probability >= PROFANITY_PROMOTE:
                    out[index] = self._promote(out[index])
        signal = self.learned()
        if signal is not None:
            add_learned_hits(
                signal,
                read_texts,
                out,
                used,
                set_aside,
                self._sentence_negated(read_texts, used),
                self._disclaimed(read_texts, used),
                lambda index: self._unaimed(out[index]),
            )
        for index, reading in readings.items():  # the model's span back into the stored text
            out[index] = [_mapped(reading, h) if is_learned(h.rule_id) else h for h in out[index]]
        return out

    def _read_latin(self, text: str, reading: translit_ru.Reading) -> tuple[list[Hit], set[str]]:
        """The rule hits of a Russian text with words in Latin letters ("ty debil", "ты
        debil"), read in Cyrillic, their spans mapped back to ``text``; with the text's own
        hits (the words the pack writes in Latin letters: "chargeback", "visa")."""
        hits, read = self._rules(reading.text, "ru")
        hits = [_mapped(reading, h) for h in hits]
        own, own_read = self._rules(text, "ru")
        return dedupe([*own, *hits]) if own and hits else own or hits, read | own_read

    def _sentence_negated(
        self, texts: Sequence[str], languages: Sequence[str]
    ) -> Callable[[int, int, int, bool], bool]:
        """Whether a sentence of a text rules its words out, in the words of its language's
        pack (see :func:`desk.abuse.scorer.sentence_negated`); ``by_writer``: only where the
        writer is the one who says "not" (:func:`desk.abuse.scorer.negated_by_writer`)."""

        def negated(index: int, start: int, end: int, by_writer: bool) -> bool:
            matcher = self.matcher(languages[index])
            if matcher is None:
                return False
            language = languages[index]
            judge = negated_by_writer if by_writer else sentence_negated
            return judge(texts[index][start:end], matcher.pack.context, language)

        return negated

    def _disclaimed(self, texts: Sequence[str], languages: Sequence[str]) -> Callable[[int], bool]:
        """Whether a text says, in its pack's words, that it is not a threat."""

        def disclaimed(index: int) -> bool:
            matcher = self.matcher(languages[index])
            if matcher is None:
                return False
            lowered = matcher.in_pack_script(texts[index].lower())  # "已經退回來" as "已经退回来"
            return disclaims(lowered, matcher.pack.context)

        return disclaimed

    def _rules(self, text: str, language: str) -> tuple[list[Hit], set[str]]:
        """The rule hits, and the categories of every rule that matched (kept or not)."""
        matcher = self.matcher(language)
        if matcher is None:
            return [], set()
        lowered, matches = matcher.find(text)
        read = {m.rule.category.value for m in matches}
        if not matches and "!!" not in text and "！！" not in text and text.islower():
            return [], read
        return score_matches(text, lowered, matches, language, matcher.pack.context), read

    def _undirected(self, hits: list[Hit]) -> list[Hit]:
        """Hits of an abuse rule kept as a soft signal because nobody was addressed."""
        return [hit for hit in hits if self._abuse_rule_category(hit) is not None]

    def _unaimed(self, hits: list[Hit]) -> set[str]:
        """The abuse categories of the rules whose words were read as aimed at no one."""
        return {c for hit in hits if (c := self._abuse_rule_category(hit)) is not None}

    def _abuse_rule_category(self, hit: Hit) -> str | None:
        """The abuse category of the rule behind a soft hit (``None`` for an abuse hit, or a
        rule whose own category is not abuse)."""
        if hit.category in ABUSE_VALUES:
            return None
        matcher = self._matchers.get(hit.language)
        rule = matcher.pack.rule(hit.rule_id) if matcher is not None else None
        return rule.category.value if rule is not None and rule.category.is_abuse else None

    def _promote(self, hits: list[Hit]) -> list[Hit]:
        undirected = set(self._undirected(hits))  # a set: a flood of hits stays linear
        if not undirected:
            return hits
        promoted = [
            replace(
                h,
                category=Category.HARASSMENT.value,
                rule_id=h.rule_id + PROMOTED_SUFFIX,
                score=FLAG_THRESHOLD,
            )
            if h in undirected
            else h
            for h in hits
        ]
        return promoted

    def _with_zh_model(self, text: str, hits: list[Hit]) -> list[Hit]:
        model = self.zh_model()
        if model is None or any(h.category in ABUSE_VALUES for h in hits):
            return hits
        undirected = self._undirected(hits)
        gate = self._gate()
        could_flag = any(g in text for g in gate.groups)
        if not undirected and not could_flag:
            return hits
        probability = model.probability(text)
        if undirected and probability >= ZH_PROMOTE:
            return self._promote(hits)
        if could_flag and probability >= gate.alone:
            score = round(probability, 3)
            return [*hits, Hit(Category.HATE.value, 0, len(text), ZH_MODEL_RULE, score, "zh")]
        return hits

    def _gate(self) -> ModelGate:
        matcher = self.matcher("zh")
        return matcher.pack.model if matcher is not None else ModelGate()


def _mapped(reading: translit_ru.Reading, hit: Hit) -> Hit:
    """``hit`` of a text's Cyrillic reading, its span moved back into the text."""
    start, end = reading.original(hit.start, hit.end)
    return replace(hit, start=start, end=end)


@cache
def default_detector() -> Detector:
    return Detector()


def detect(text: str, language: str | None = None) -> list[Hit]:
    """The abuse signals in ``text`` (language detected when not given), in text order."""
    return default_detector().detect(text, language)
