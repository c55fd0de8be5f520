"""The formats of single export files, and how their scorers rank a file's first bytes.

This is the part of format detection that an archive needs for its members, so it sits below
both :mod:`desk.ingest.registry` (which adds the archive itself to the list) and
:mod:`desk.ingest.streams.compressed` (which scores each member against these formats only:
an archive inside an archive is never opened). Keeping it here lets detection run one way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from desk.ingest.base import Format
from desk.ingest.formats.freshdesk_csv import FreshdeskCsv
from desk.ingest.formats.freshdesk_json import FreshdeskJson
from desk.ingest.formats.front_csv import FrontCsv
from desk.ingest.formats.front_json import FrontJson
from desk.ingest.formats.generic_csv import GenericCsv
from desk.ingest.formats.helpscout import HelpScoutJson
from desk.ingest.formats.intercom import IntercomJson
from desk.ingest.formats.twitter import TwitterCsv
from desk.ingest.formats.zendesk_csv import ZendeskCsv
from desk.ingest.formats.zendesk_json import ZendeskJson
from desk.ingest.formats.zendesk_xml import ZendeskXml
from desk.ingest.mail.archives import EmailArchive

log = logging.getLogger(__name__)

HEAD_BYTES = 64 * 1024  # how much of a file (or an archive member) the scorers see

# In the order that breaks ties between equal scores.
FILE_FORMATS: tuple[type[Format], ...] = (
    ZendeskJson,
    HelpScoutJson,
    IntercomJson,
    EmailArchive,
    TwitterCsv,
    FreshdeskJson,
    FreshdeskCsv,
    ZendeskCsv,
    ZendeskXml,
    FrontCsv,
    FrontJson,
    GenericCsv,
)


def score_formats(
    formats: Iterable[type[Format]], path: Path, head: bytes
) -> list[tuple[float, type[Format]]]:
    """Each of ``formats``' score for the file, best first (formats whose scorer raised omitted)."""
    scores: list[tuple[float, type[Format]]] = []
    suffix = path.suffix.lower()
    for fmt in formats:
        try:
            score = float(fmt.score(head, path))
        except Exception:
            log.exception("format %s could not score %s; skipping it", fmt.name, path)
            continue
        if score > 0 and suffix in fmt.extensions:
            score += 0.05  # the extension breaks ties, never overrules the content
        scores.append((score, fmt))
    scores.sort(key=lambda pair: pair[0], reverse=True)
    return scores
