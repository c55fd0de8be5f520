"""The words a person wrote in an email, without the quoted history and the signature.

:func:`own_words` cuts a plain-text body at the first reply header ("On … wrote:", Outlook's
"-----Original Message-----" and its header block, and their Swedish, Spanish, German, French and
Russian forms), drops ``>``-quoted lines (so inline replies keep the writer's own lines), and cuts
the signature at the ``-- `` separator or a "Sent from my phone" line. It is what is counted and
scanned; the full body stays in the record (see :mod:`desk.ingest.mail.archives`).
"""

from __future__ import annotations

import re

_WROTE = (
    r"wrote|writes|escribió|escribio|skrev|schrieb|a écrit|a ecrit|schreef|kirjoitti|scrisse"
    r"|пишет|написал|написала|написал\(а\)"
)
# "On Mon, 1 Jan 2024, Ann <ann@x.com> wrote:", "El lun, 1 ene 2024, Ann escribió:",
# "Den 1 jan. 2024 kl. 10:00 skrev Ann <ann@x.se>:", "1 янв. 2024 г., Иван <i@x.ru> написал:"
_REPLY_HEADER = re.compile(rf"^.{{0,300}}\b(?:{_WROTE})\s*:\s*$", re.IGNORECASE)
# Russian and other clients without a verb: "пн, 15 янв. 2024 г. в 10:00, Ivan <i@x.ru>:"
_ADDRESS_COLON = re.compile(r"^.{0,200}\d.{0,200}<[^<>@\s]+@[^<>\s]+>\s*:\s*$")
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht"
    r"|ursprungligt meddelande|vidarebefordrat meddelande|mensaje original|mensaje reenviado"
    r"|message d'origine|исходное сообщение|пересылаемое сообщение|oorspronkelijk bericht)"
    r"\s*-{2,}\s*$",
    re.IGNORECASE,
)
_FROM_FIELD = re.compile(r"^\s*\*?(?:from|från|de|von|от|van|lähettäjä)\s*:\*?\s", re.IGNORECASE)
_SENT_FIELD = re.compile(
    r"^\s*\*?(?:sent|date|skickat|datum|enviado|fecha|gesendet|envoyé|отправлено|дата"
    r"|verzonden|lähetetty)\s*:",
    re.IGNORECASE,
)
_MOBILE = re.compile(
    r"^\s*(?:sent from my|sent from outlook|get outlook for|skickat från min|enviado desde mi"
    r"|von meinem .* gesendet|envoyé de mon|отправлено с|отправлено из)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^\s*>")
_OPENER = re.compile(r"^\s*(?:on|el|den|am|le|op|il|\d{1,4}[./-])\s", re.IGNORECASE)


def own_words(text: str) -> str:
    """``text`` without quoted replies and signature (line ends normalised, trimmed)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut = _history_start(lines)
    kept: list[str] = []
    for line in lines[:cut]:
        stripped = line.rstrip()
        if stripped in ("--", "-- ") or line == "-- " or _MOBILE.match(line):
            break
        if _QUOTED.match(line):
            continue
        kept.append(stripped)
    return "\n".join(kept).strip()


def _history_start(lines: list[str]) -> int:
    """Index of the first line of quoted history, or ``len(lines)``."""
    for index, line in enumerate(lines):
        tail = line.rstrip()
        if not tail:
            continue
        if ":" not in tail and tail[-1] != "-":
            # Every marker ends in a colon or dashes or has a colon ("From: …"), except a
            # reply header wrapped over two lines, whose second line ends in the colon.
            if _wrapped_header(lines, index):
                return index
            continue
        if _ORIGINAL.match(line):
            return index
        if _REPLY_HEADER.match(line):
            return index
        if _wrapped_header(lines, index):
            return index
        if _ADDRESS_COLON.match(line) and _next_is_quote(lines, index):
            return index
        if _FROM_FIELD.match(line) and any(
            _SENT_FIELD.match(following) for following in lines[index + 1 : index + 4]
        ):
            return index
    return len(lines)


def _wrapped_header(lines: list[str], index: int) -> bool:
    """A reply header over two lines ("On Mon, 1 Jan 2024, Ann <ann@x.com>" / "wrote:")."""
    if index + 1 >= len(lines) or not _OPENER.match(lines[index]):
        return False
    following = lines[index + 1].strip()
    return following.endswith(":") and bool(
        _REPLY_HEADER.match(f"{lines[index].rstrip()} {following}")
    )


def _next_is_quote(lines: list[str], index: int) -> bool:
    for line in lines[index + 1 :]:
        if line.strip():
            return bool(_QUOTED.match(line))
    return False
