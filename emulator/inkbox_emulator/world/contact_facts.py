"""Facts remembered about contacts: hand-written ones (locked, never expiring), the ones the
service learns from traffic (recorded through a hook here, citing the message, text or call
they came from; `context` ones expire), the per-kind and total limits, and citations resolved
for the caller (a source deleted since is `purged`, one of another identity is
`source_unavailable_to_caller`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..auth import Principal
from ..clock import iso, parse_iso
from ..errors import Conflict, Forbidden, NotFound, Unprocessable
from ..store import Row
from ..store import contact_facts as store_facts
from .state import World

__all__ = [
    "KINDS",
    "MAX_ACTIVE_PER_KIND",
    "MAX_ACTIVE_TOTAL",
    "check_room",
    "create_fact",
    "delete_fact",
    "fact_json",
    "memory_summary",
    "record_learned_fact",
    "resolve_citation",
    "update_fact",
]

KINDS = ("profile", "preference", "context")
# The emulator's limits on a contact's active facts (the service has some; it does not say which).
MAX_ACTIVE_PER_KIND = 20
MAX_ACTIVE_TOTAL = 50
# How long a learned `context` fact applies when the hook does not say.
CONTEXT_LIFETIME = dt.timedelta(days=14)

SOURCE_TYPES = ("email_message", "text_message", "phone_call")


def _source(world: World, org_id: str, source_type: str, source_id: str) -> Row | None:
    finder: Callable[[Any, str, str], Row | None] = {
        "email_message": store_facts.cited_message,
        "text_message": store_facts.cited_text,
        "phone_call": store_facts.cited_call,
    }[source_type]
    return finder(world.store, org_id, source_id)


def _locator(source_type: str, source: Row) -> dict[str, Any]:
    if source_type == "email_message":
        return {"mailbox_email": source["mailbox_email"], "thread_id": source["thread_id"]}
    if source_type == "text_message":
        return {
            "phone_number_id": source["phone_number_id"],
            "conversation_id": source["conversation_id"],
            "remote_phone_number": source["remote_phone_number"],
        }
    return {
        "phone_number_id": source["phone_number_id"],
        "remote_phone_number": source["remote_phone_number"],
    }


def _source_path(source_type: str, source: Row) -> str | None:
    if source_type == "email_message":
        return f"/api/v1/mail/mailboxes/{source['mailbox_email']}/messages/{source['id']}"
    if source["phone_number_id"] is None:
        return None
    leaf = "texts" if source_type == "text_message" else "calls"
    return f"/api/v1/phone/numbers/{source['phone_number_id']}/{leaf}/{source['id']}"


def _availability(me: Principal, source: Row | None) -> str:
    if source is None:
        return "purged"
    if not me.may_act_for(source["identity_id"]):
        return "source_unavailable_to_caller"
    return "available"


def citation_path(contact_id: str, fact_id: str, citation_id: str) -> str:
    return f"/api/v1/contacts/{contact_id}/facts/{fact_id}/citations/{citation_id}"


def fact_json(world: World, me: Principal, origin: str, row: Row) -> dict[str, Any]:
    """`ContactFact`, its citations as `me` may follow them (`origin`: scheme://host of the API)."""
    org_id = me.organization_id
    citations = []
    for cited in store_facts.citations_of(world.store, row["id"]):
        source = _source(world, org_id, cited["source_type"], cited["source_id"])
        availability = _availability(me, source)
        shown = availability == "available" and source is not None
        citations.append(
            {
                "source_type": cited["source_type"],
                "availability": availability,
                "source_id": cited["source_id"] if shown else None,
                "source_url": origin + citation_path(row["contact_id"], row["id"], cited["id"])
                if shown
                else None,
                "source_locator": _locator(cited["source_type"], source)
                if shown and source is not None
                else None,
            }
        )
    return {
        "id": row["id"],
        "contact_id": row["contact_id"],
        "content": row["content"],
        "confidence": row["confidence"],
        "origin": row["origin"],
        "locked_at": row["locked_at"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "citations": citations,
        "kind": row["kind"],
        "expires_at": row["expires_at"],
    }


def memory_summary(world: World, contact_id: str) -> tuple[int, dict[str, Any] | None]:
    """(active fact count, `ContactMemorySummary` of the latest one or None)."""
    active = store_facts.facts_of(
        world.store, contact_id, now=world.clock.now_iso(), include_expired=False
    )
    if not active:
        return 0, None
    latest = active[0]
    return len(active), {
        "id": latest["id"],
        "content": latest["content"],
        "updated_at": latest["updated_at"],
    }


def check_room(world: World, contact_ids: Sequence[str], adding: Mapping[str, int]) -> None:
    """409 naming every kind (or `total`) whose active facts, across `contact_ids` plus
    `adding` (kind -> new facts), would go over the limits."""
    counts = store_facts.active_counts(world.store, contact_ids, world.clock.now_iso())
    for kind, n in adding.items():
        counts[kind] = counts.get(kind, 0) + n
    full = [k for k in KINDS if counts.get(k, 0) > MAX_ACTIVE_PER_KIND]
    if sum(counts.values()) > MAX_ACTIVE_TOTAL:
        full.append("total")
    if full:
        raise Conflict(
            {
                "error": "contact_fact_limit",
                "kinds": full,
                "detail": f"a contact holds at most {MAX_ACTIVE_PER_KIND} active facts of a "
                f"kind and {MAX_ACTIVE_TOTAL} in all; delete a fact of {', '.join(full)} first",
            }
        )


def _kind(value: Any, loc: tuple[str, ...]) -> str:
    if value not in KINDS:
        raise Unprocessable.field(loc, f"must be one of {', '.join(KINDS)}", value=value)
    return str(value)


def create_fact(world: World, contact: Row, content: str, kind: str) -> Row:
    """A hand-written fact: origin `user`, locked, no expiry, no confidence."""
    return _insert_fact(world, contact, content, kind, locked=True)


def _insert_fact(
    world: World,
    contact: Row,
    content: str,
    kind: str,
    *,
    locked: bool,
    confidence: float | None = None,
    expires_at: str | None = None,
) -> Row:
    check_room(world, [contact["id"]], {kind: 1})
    now = world.clock.now_iso()
    row: Row = {
        "id": world.ids.uuid(),
        "contact_id": contact["id"],
        "content": content,
        "kind": kind,
        "origin": "user" if locked else "generated",
        "confidence": confidence,
        "locked_at": now if locked else None,
        "expires_at": expires_at,
        "created_at": now,
        "updated_at": now,
    }
    store_facts.fact_insert(world.store, row)
    return row


def fact_or_404(world: World, contact: Row, fact_id: str) -> Row:
    row = store_facts.fact(world.store, contact["id"], fact_id)
    if row is None:
        raise NotFound(f"Fact {fact_id} not found on contact {contact['id']}")
    return row


def update_fact(world: World, fact: Row, patch: Mapping[str, Any]) -> Row:
    """Any edit makes the fact the user's (locked, no expiry); new content drops the citations
    and confidence of the old wording, a kind change alone keeps them."""
    now = world.clock.now_iso()
    changes: Row = {"origin": "user", "locked_at": now, "expires_at": None, "updated_at": now}
    kind = _kind(patch["kind"], ("body", "kind")) if "kind" in patch else fact["kind"]
    was_active = fact["locked_at"] is not None or not fact["expires_at"] or fact["expires_at"] > now
    # The edited fact counts under its (new) kind; an expired one is revived by the edit.
    if not was_active or kind != fact["kind"]:
        adding = {kind or "": 1}
        if was_active:
            adding[fact["kind"] or ""] = adding.get(fact["kind"] or "", 0) - 1
        check_room(world, [fact["contact_id"]], adding)
    changes["kind"] = kind
    if "content" in patch and patch["content"] != fact["content"]:
        changes.update(content=patch["content"], confidence=None)
        store_facts.citations_clear(world.store, fact["id"])
    store_facts.fact_update(world.store, fact["id"], changes)
    return {**fact, **changes}


def delete_fact(world: World, fact: Row) -> dict[str, Any]:
    store_facts.fact_delete(world.store, fact["id"])
    count, latest = memory_summary(world, fact["contact_id"])
    return {"deleted_fact_id": fact["id"], "memory_count": count, "latest_memory": latest}


def resolve_citation(
    world: World, me: Principal, origin: str, fact: Row, citation_id: str
) -> dict[str, Any]:
    cited = store_facts.citation(world.store, fact["id"], citation_id)
    if cited is None:
        raise NotFound(f"Citation {citation_id} not found on fact {fact['id']}")
    source = _source(world, me.organization_id, cited["source_type"], cited["source_id"])
    availability = _availability(me, source)
    if source is None:
        raise NotFound(f"The source of citation {citation_id} was deleted (purged)")
    if availability != "available":
        raise Forbidden(f"The source of citation {citation_id} belongs to another identity")
    path = _source_path(cited["source_type"], source)
    return {
        "source_type": cited["source_type"],
        "source_id": cited["source_id"],
        "source_locator": _locator(cited["source_type"], source),
        "source_url": None if path is None else origin + path,
    }


# ── what the service learns from traffic (the hook) ──────────────────────────


def record_learned_fact(world: World, contact: Row, body: Mapping[str, Any]) -> Row:
    """A `generated` fact citing its sources: `{"content", "kind", "confidence"?,
    "expires_at"? (context only; default 14 days from now), "citations": [{"source_type",
    "source_id"}]}`. Each cited message, text or call must exist in the organization."""
    content = body.get("content")
    if not isinstance(content, str) or not content.strip():
        raise Unprocessable.field(("body", "content"), "must be a non-empty string", value=content)
    kind = _kind(body.get("kind"), ("body", "kind"))
    confidence = body.get("confidence", 0.8)
    if not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
        raise Unprocessable.field(("body", "confidence"), "must be 0-1", value=confidence)
    sources = body.get("citations") or []
    if not isinstance(sources, list):
        raise Unprocessable.field(("body", "citations"), "must be a list", value=sources)
    org_id = contact["organization_id"]
    for i, cited in enumerate(sources):
        source_type = cited.get("source_type") if isinstance(cited, dict) else None
        if source_type not in SOURCE_TYPES:
            raise Unprocessable.field(
                ("body", "citations", i, "source_type"),
                f"must be one of {', '.join(SOURCE_TYPES)}",
                value=source_type,
            )
        if _source(world, org_id, source_type, str(cited.get("source_id"))) is None:
            raise NotFound(f"{source_type} {cited.get('source_id')} not found")
    expires_at: str | None = None
    if kind == "context":
        raw = body.get("expires_at")
        try:
            moment = (
                parse_iso(raw) if isinstance(raw, str) else world.clock.now() + CONTEXT_LIFETIME
            )
        except ValueError:
            raise Unprocessable.field(
                ("body", "expires_at"), "not a timestamp", value=raw
            ) from None
        expires_at = iso(moment)
    row = _insert_fact(
        world,
        contact,
        content,
        kind,
        locked=False,
        confidence=float(confidence),
        expires_at=expires_at,
    )
    for cited in sources:
        store_facts.citation_insert(
            world.store,
            {
                "id": world.ids.uuid(),
                "fact_id": row["id"],
                "source_type": cited["source_type"],
                "source_id": str(cited["source_id"]),
            },
        )
    return row
