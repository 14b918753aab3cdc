"""Contact facts and the batch contact calls: the exact requests sent, and the citation-URL
guard that keeps the API key on this client's own base URL."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest

from inkbox import Inkbox

from . import _phone_contact_samples as s
from ._fake_api import KEY, FakeApi, query, reply

CONTACTS = "/api/v1/contacts"


def fact(contact_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "contact_id": contact_id,
        "content": "Likes tea",
        "confidence": None,
        "origin": "user",
        "locked_at": s.NOW,
        "created_at": s.NOW,
        "updated_at": s.NOW,
        "citations": [],
        "kind": "preference",
        "expires_at": None,
        **extra,
    }


def test_fact_calls_send_the_official_shapes(api: FakeApi) -> None:
    """create/list/update/delete send what 0.7.20 sends; include_expired only when true."""
    cid = str(uuid.uuid4())
    row = fact(cid)
    base = f"{CONTACTS}/{cid}/facts"
    api.on("POST", base, reply(201, row))
    api.on("GET", base, [row])
    api.on("PATCH", f"{base}/{row['id']}", row)
    api.on(
        "DELETE",
        f"{base}/{row['id']}",
        {"deleted_fact_id": row["id"], "memory_count": 0, "latest_memory": None},
    )
    with api.sync() as ib:
        ib.contacts.facts.create(cid, content="Likes tea", kind="preference")
        ib.contacts.facts.list(cid)
        ib.contacts.facts.list(cid, include_expired=True)
        ib.contacts.facts.update(cid, row["id"], kind="profile")
        assert ib.contacts.facts.delete(cid, row["id"]).memory_count == 0
    bodies = api.bodies()
    assert bodies[0] == {"content": "Likes tea", "kind": "preference"}
    assert query(api.requests[1]) == {}
    assert query(api.requests[2]) == {"include_expired": ["true"]}
    assert bodies[3] == {"kind": "profile"}


def test_batch_calls_send_the_official_shapes(api: FakeApi) -> None:
    """merge always sends field_sources; bulk delete and export send the ids; review_status
    repeats its query key; permissions switch create to /contacts/with-permissions."""
    winner, loser = s.contact(), s.contact()
    api.on("POST", f"{CONTACTS}/{winner['id']}/merge", winner)
    api.on(
        "POST",
        f"{CONTACTS}/bulk-delete",
        {"deleted_count": 0, "error_count": 0, "results": []},
    )
    api.on(
        "POST",
        f"{CONTACTS}/vcard-export",
        {"content_type": "text/vcard", "contact_count": 1, "vcard": "BEGIN:VCARD"},
    )
    api.on("GET", CONTACTS, [winner])
    api.on("POST", f"{CONTACTS}/with-permissions", reply(201, winner))
    identity = str(uuid.uuid4())
    with api.sync() as ib:
        ib.contacts.merge(winner["id"], losing_contact_ids=[loser["id"]])
        ib.contacts.merge(
            winner["id"], losing_contact_ids=[loser["id"]], field_sources={"notes": loser["id"]}
        )
        ib.contacts.bulk_delete([loser["id"]])
        ib.contacts.vcards.export_vcards([winner["id"]])
        ib.contacts.list(review_status=["unreviewed", "confirmed"])
        ib.contacts.create(
            given_name="Ada", permissions={"identity_id": identity, "emails": {"a@x.io": True}}
        )
    bodies = api.bodies()
    assert bodies[0] == {"losing_contact_ids": [loser["id"]], "field_sources": {}}
    assert bodies[1]["field_sources"] == {"notes": loser["id"]}
    assert bodies[2] == {"contact_ids": [loser["id"]]}
    assert bodies[3] == {"contact_ids": [winner["id"]]}
    assert query(api.requests[4]) == {"review_status": ["unreviewed", "confirmed"]}
    assert bodies[5]["permissions"] == {"identity_id": identity, "emails": {"a@x.io": True}}


@pytest.mark.parametrize(
    ("base_url", "accepted", "refused"),
    [
        (
            "https://api.example.com",
            ["https://API.example.com:443{p}", "{p}"],
            ["http://api.example.com{p}", "https://api.example.com.evil.io{p}"],
        ),
        (
            "https://gw.example.com/inkbox/",
            ["https://gw.example.com/inkbox{p}"],
            ["https://gw.example.com{p}", "https://gw.example.com/other{p}"],
        ),
    ],
)
def test_citation_urls_are_followed_only_on_our_base_url(
    base_url: str, accepted: list[str], refused: list[str]
) -> None:
    """Same scheme, host, port (defaults included) and path prefix: followed; anything else
    is a ValueError and no request leaves."""
    ids = [str(uuid.uuid4()) for _ in range(3)]
    path = f"/api/v1/contacts/{ids[0]}/facts/{ids[1]}/citations/{ids[2]}"
    seen: list[httpx.Request] = []
    detail = {"source_type": "email_message", "source_id": ids[0], "source_locator": {}}

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={**detail, "source_url": None})

    client = httpx.Client(transport=httpx.MockTransport(answer))
    with Inkbox(KEY, base_url=base_url, http_client=client) as ib:
        for url in refused:
            with pytest.raises(ValueError, match="source_url"):
                ib.contacts.facts.resolve_citation_url(url.format(p=path))
        assert seen == []
        for url in accepted:
            ib.contacts.facts.resolve_citation_url(url.format(p=path))
    assert [r.url.path for r in seen] == [base_url.rstrip("/").split(".com")[1] + path] * len(
        accepted
    )
    assert all(json.loads(r.content or b"null") is None for r in seen)
