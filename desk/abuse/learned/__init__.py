"""The learned abuse signal beside the rules: per-category classifiers over hashed character
n-grams, shipped as ``resources/models/abuse_char_ngram.npz``.

``features`` (sentences, hashing, batched scoring), ``model`` (the file), ``predict`` (scores
by sentence with caches, and the attribution), ``combine`` (the detector's hook) and
``train`` (``python -m desk.abuse.learned.train`` rebuilds the file byte for byte).
"""
