"""Volume first: every customer's volume from ticket metadata, the text only where it is needed.

The average needs every customer's volume; a case needs one customer's words. A full sync
fetches each ticket's comments (Zendesk) or conversations (Freshdesk) with one request per
ticket, so on a large helpdesk it spends hours on text nobody reads. A volume-only sync
(``breakup-desk sync NAME --volume-only``) reads the ticket lists alone: Zendesk's incremental
ticket export and Freshdesk's ticket list give each ticket's requester and creation time, up
to 1000 (Zendesk) or 100 (Freshdesk) tickets a request. It stores each ticket as a
conversation without messages, so the *conversations* unit (conversations opened) has every
customer's exact count, average and rank (:mod:`desk.analytics.volume`).

Neither list says who wrote how many messages (Zendesk's comment counts include agents' replies
and internal notes; Freshdesk lists none), so the *messages* units stay empty until text
arrives: ``sync NAME --customer EMAIL`` fetches the customers being investigated, a plain
``sync NAME`` everyone. Both find the conversations already stored (same vendor ids) and add
only their messages: nothing is counted twice. The volume-only pass keeps its own cursor
(``tickets_volume``), so the full pass still starts from the first ticket.

Help Scout, Intercom and Front do the same from their conversation lists (the list without
the request per conversation for its threads, parts or messages; Intercom's opening message
body dropped), 25 to 100 conversations a request, under ``conversations_volume``; their
``--customer`` finds one customer's conversations by address (see each connector's docstring).

A volume-only batch's format ends in ``-volume``; its conversations that still have no message
are the ones "awaiting text" (:func:`awaiting_text`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, exists, func, select

from desk.connect.sync import VOLUME_SUFFIX
from desk.db.models import Conversation, ImportBatch, Message


@dataclass(frozen=True, slots=True)
class AwaitingText:
    """Conversations a volume-only sync stored that no sync has brought the text of yet."""

    conversations: int
    customers: int


def awaiting_text(engine: Engine) -> AwaitingText:
    """How much of the database is volume only (counts, no words): see the module docstring."""
    no_message = ~exists().where(Message.conversation_id == Conversation.id)
    statement = (
        select(func.count(), func.count(func.distinct(Conversation.customer_id)))
        .select_from(Conversation)
        .join(ImportBatch, ImportBatch.id == Conversation.batch_id)
        .where(ImportBatch.format.endswith(VOLUME_SUFFIX), no_message)
    )
    with engine.connect() as connection:
        conversations, customers = connection.execute(statement).one()
    return AwaitingText(int(conversations or 0), int(customers or 0))
