"""Abuse signals: rule packs per language, a matcher, a scorer, and the scan that stores flags.

``detect(text)`` returns the hits in one message (:mod:`desk.abuse.detector`);
``scan_messages`` stores them as suggested flags (:mod:`desk.abuse.scan`). The rule packs are
manager-editable TOML files in ``resources/rules/``.
"""
