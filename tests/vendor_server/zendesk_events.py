"""The local Zendesk's ticket event export and ``show_many``, as Zendesk documents them.

``/api/v2/incremental/ticket_events.json?start_time=T[&include=comment_events]``: one update
event a comment, oldest first from ``T`` (Unix seconds), ``per_page`` a page and then the rest
of the last page's second, so that a page ends between two seconds; ``end_time`` is that last
second and the next page starts at it (``next_page``), serving its updates again, as the
time-based export does. Without the sideload an update says only that it had a comment.
``/api/v2/tickets/show_many.json?ids=1,2``: those tickets (unknown ids are left out).
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.vendor_server.server import VendorServer

EVENTS = "/api/v2/incremental/ticket_events.json"
SHOW_MANY = "/api/v2/tickets/show_many.json"
PATHS = (EVENTS, SHOW_MANY)

Index = list[tuple[int, int, int, int]]  # (Unix second, comment id, ticket id, position)
_indexes: dict[int, tuple[int, Index]] = {}  # by server: (log length it was made at, index)


def answer(server: VendorServer, path: str, query: dict[str, str]) -> dict[str, Any]:
    if path == SHOW_MANY:
        wanted = [int(i) for i in query.get("ids", "").split(",") if i.strip()]
        return {"tickets": [server.desk.tickets[i] for i in wanted if i in server.desk.tickets]}
    return _events(server, query)


def index(server: VendorServer) -> Index:
    """Every comment by time; made again when a ticket was touched (the log grew)."""
    made = _indexes.get(id(server))
    if made is not None and made[0] == len(server.desk.log):
        return made[1]
    found: Index = []
    for ticket_id in server.desk.tickets:
        for position, comment in enumerate(server.desk.messages[ticket_id]):
            found.append((_seconds(comment["created_at"]), comment["id"], ticket_id, position))
    found.sort()
    _indexes[id(server)] = (len(server.desk.log), found)
    return found


def _events(server: VendorServer, query: dict[str, str]) -> dict[str, Any]:
    server.served.lists += 1
    everything = index(server)
    start = int(query.get("start_time", "0"))
    first = bisect.bisect_left(everything, (start,))
    last = min(first + server.per_page, len(everything))
    while (
        last < len(everything) and last > first and everything[last][0] == everything[last - 1][0]
    ):
        last += 1  # the rest of the last second
    chunk = everything[first:last]
    sideload = "comment_events" in query.get("include", "").split(",")
    comments: dict[int, list[dict[str, Any]]] = {}
    events = []
    for second, comment_id, ticket_id, position in chunk:
        if ticket_id not in comments:
            comments[ticket_id] = server.desk.messages[ticket_id]
        comment = comments[ticket_id][position]
        child = (
            {**comment, "type": "Comment", "event_type": "Comment", "audit_id": comment_id * 10}
            if sideload
            else {"comment_present": True, "comment_public": comment.get("public")}
        )
        events.append(
            {
                "id": comment_id * 10,
                "ticket_id": ticket_id,
                "timestamp": second,
                "created_at": comment["created_at"],
                "updater_id": comment.get("author_id"),
                "via": comment.get("via"),
                "event_type": "Audit",
                "child_events": [child],
            }
        )
    end = chunk[-1][0] if chunk else start
    return {
        "ticket_events": events,
        "next_page": f"{server.url}{EVENTS}?start_time={end}",
        "end_time": end,
        "end_of_stream": last >= len(everything),
        "count": len(events),
    }


def _seconds(text: str) -> int:
    return int(dt.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())
