"""Word unigrams and bigrams beside the character n-grams: the same word gives the same
feature wherever it stands, a different neighbour a different bigram, Chinese runs none, and
a text's features do not depend on the batch it is hashed in."""

from __future__ import annotations

import numpy as np

from desk.abuse.learned.combine import learned_label
from desk.abuse.learned.features import ORDERS, _polynomial_prefix, hash_batch, normalise

BITS = 16


def _features(text: str, order: int) -> set[int]:
    batch = hash_batch([normalise(text)], ORDERS, BITS)
    k = ORDERS.index(order)
    return set(batch.buckets[k][batch.valid[k]].tolist())


def test_words_and_bigrams_are_features() -> None:
    assert -1 in ORDERS and -2 in ORDERS
    threat, chore = _features("I will kill you", -2), _features("kill the process", -2)
    assert len(threat) == 3 and len(chore) == 2
    assert not threat & chore  # "kill you" is not "kill the"
    assert _features("kill", -1) <= _features("I will kill you", -1)
    assert _features("f*ck you", -1) != _features("fuck you", -1)  # the masked word is one word


def test_chinese_has_no_word_features_but_keeps_its_characters() -> None:
    assert _features("我会找到你", -1) == set()
    assert _features("我会找到你", 2)


def test_features_do_not_depend_on_the_batch() -> None:
    texts = [normalise(t) for t in ("You idiot.", "Я тебя найду", "kill the process now")]
    together = hash_batch(texts, ORDERS, BITS)
    for index, text in enumerate(texts):
        alone = hash_batch([text], ORDERS, BITS)
        start = int(together.starts[index])
        for k in range(len(ORDERS)):
            inside = alone.valid[k]
            size = inside.size
            assert (together.valid[k][start : start + size] == inside).all()
            assert (
                together.buckets[k][start : start + size][inside] == alone.buckets[k][inside]
            ).all()


def test_the_prefix_scan_is_the_polynomial_hash() -> None:
    points = np.array([7, 300, 65, 1_103, 0, 42, 9], dtype=np.uint64)
    expected, value = [0], 0
    for p in points.tolist():
        value = (value * 0x100000001B3 + p) % (1 << 64)
        expected.append(value)
    assert _polynomial_prefix(points).tolist() == expected


def test_the_learned_label_names_the_model_only_for_its_hits() -> None:
    assert learned_label("learned.threat_job", "threat_job", 0.876) == "model: threat_job (0.88)"
    assert learned_label("en.threat.job", "threat_job", 0.9) is None
