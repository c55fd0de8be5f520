"""``detect(text)``: the hits in one message; ``detect_many`` for batches (the scan uses it).

The rule packs do the work. Two learned signals join where they earn their place:

- the Chinese character n-gram model (``resources/models/zh_char_ngram.json``, trained from
  the COLD train split) flags a Chinese message as hate only when it is very sure; it also
  lifts a Chinese rule hit that fell just below the threshold;
- alt-profanity-check (optional, English only, called once per batch) never flags on its
  own: it only lifts an English rule hit that fell just below the threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from desk.signals.categories import ABUSE_VALUES, Category
from desk.signals.language import detect_language
from desk.signals.matcher import Matcher
from desk.signals.rulepack import available_languages, load_pack
from desk.signals.scorer import FLAG_THRESHOLD, Hit, score_matches
from desk.signals.zh_model import CharNgramModel, load_zh_model

BORDERLINE = 0.3  # rule hits from here up to the threshold can be lifted by a learned signal
ZH_MODEL_ALONE = 0.93  # the zh model flags on its own only at or above this probability
ZH_MODEL_RULE = "model.zh_char_ngram"
PROFANITY_LIFT = 0.8


@dataclass(frozen=True)
class DetectorOptions:
    rules_dir: Path | None = None
    zh_model: bool = True
    profanity_check: bool = False  # needs the optional alt-profanity-check package


@dataclass
class Detector:
    """Rule packs compiled once per language, plus the optional learned signals."""

    options: DetectorOptions = field(default_factory=DetectorOptions)
    _matchers: dict[str, Matcher] = field(default_factory=dict)
    _zh: CharNgramModel | None = None
    _zh_loaded: bool = False

    def matcher(self, language: str) -> Matcher | None:
        if language not in self._matchers:
            if language not in available_languages(self.options.rules_dir):
                return None
            self._matchers[language] = Matcher(load_pack(language, self.options.rules_dir))
        return self._matchers[language]

    def zh_model(self) -> CharNgramModel | None:
        if not self._zh_loaded:
            self._zh = load_zh_model() if self.options.zh_model else None
            self._zh_loaded = True
        return self._zh

    def detect(self, text: str, language: str | None = None) -> list[Hit]:
        return self.detect_many([text], [language])[0]

    def detect_many(
        self, texts: Sequence[str], languages: Sequence[str | None] | None = None
    ) -> list[list[Hit]]:
        """Hits for each text; ``languages`` (or detection) picks each text's pack."""
        out: list[list[Hit]] = []
        pending: dict[int, list[Hit]] = {}
        for index, text in enumerate(texts):
            given = languages[index] if languages is not None else None
            language = given or detect_language(text)
            hits, low = self._rules(text, language)
            if language == "zh":
                hits = self._with_zh_model(text, hits, low)
            elif low and language == "en" and self.options.profanity_check:
                pending[index] = low
            out.append(hits)
        if pending:
            self._lift_with_profanity_check(texts, out, pending)
        return out

    def _rules(self, text: str, language: str) -> tuple[list[Hit], list[Hit]]:
        """The flagged hits, and the abuse hits just below the threshold."""
        matcher = self.matcher(language)
        if matcher is None:
            return [], []
        lowered, matches = matcher.find(text)
        scored = score_matches(text, lowered, matches, language, matcher.pack.context, BORDERLINE)
        flagged = [h for h in scored if h.score >= FLAG_THRESHOLD]
        low = [h for h in scored if h.score < FLAG_THRESHOLD and h.category in ABUSE_VALUES]
        return flagged, low

    def _with_zh_model(self, text: str, hits: list[Hit], low: list[Hit]) -> list[Hit]:
        model = self.zh_model()
        if model is None:
            return hits
        if any(h.category in ABUSE_VALUES for h in hits) and not low:
            return hits
        probability = model.probability(text)
        if low and probability >= 0.5:
            lifted = [replace(h, score=FLAG_THRESHOLD) for h in low]
            hits = sorted([*hits, *lifted], key=lambda h: h.start)
        if probability >= ZH_MODEL_ALONE and not any(h.category in ABUSE_VALUES for h in hits):
            whole = Hit(
                Category.HATE.value, 0, len(text), ZH_MODEL_RULE, round(probability, 3), "zh"
            )
            hits = [*hits, whole]
        return hits

    def _lift_with_profanity_check(
        self, texts: Sequence[str], out: list[list[Hit]], pending: dict[int, list[Hit]]
    ) -> None:
        from desk.signals.profanity import profanity_probabilities

        indices = sorted(pending)
        probabilities = profanity_probabilities([texts[i] for i in indices])
        if probabilities is None:
            return
        for index, probability in zip(indices, probabilities, strict=True):
            if probability >= PROFANITY_LIFT:
                lifted = [replace(h, score=FLAG_THRESHOLD) for h in pending[index]]
                out[index] = sorted([*out[index], *lifted], key=lambda h: h.start)


@cache
def default_detector() -> Detector:
    return Detector()


def detect(text: str, language: str | None = None) -> list[Hit]:
    """The abuse signals in ``text`` (language detected when not given), in text order."""
    return default_detector().detect(text, language)
