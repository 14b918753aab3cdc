"""Contact access settings, permissions and the communication policy: the exact requests sent,
and the arguments refused before any request."""

from __future__ import annotations

import uuid

import pytest

from inkbox import (
    ContactAddressUpdate,
    ContactChannelAccessUpdate,
    ContactIdentityVisibilityDecisions,
    ContactVisibilityDecisions,
    ContactVisibilityPolicy,
)

from ._fake_api import FakeApi, query

CONTACT = str(uuid.uuid4())
IDENT = str(uuid.uuid4())
GROUP = {"visible": True, "contactable": [], "inbound_contactable": [], "outbound_contactable": []}
ACCESS = {"email": GROUP, "phone": GROUP, "profile": True, "memories": True}
PERMS = {
    **{k: {} for k in ("emails", "phones", "inbound_emails", "outbound_emails")},
    **{k: {} for k in ("inbound_phones", "outbound_phones")},
    "profile": True,
    "memories": True,
}
POLICY = {
    "contact_id": CONTACT,
    "revision": 2,
    "identity_id": IDENT,
    "addresses": [],
    "effective_visibility": {"profile": True, "memories": False},
    "visibility": {"defaults": {"profile": "inherit", "memories": "inherit"}, "identities": []},
}
PAGE = {"items": [], "limit": 10, "offset": 5, "has_more": False}


def test_access_and_permissions_bodies(api: FakeApi) -> None:
    url = f"/api/v1/identities/sales%20team/contacts/{CONTACT}"
    api.on("PATCH", f"/api/v1/identities/sales team/contacts/{CONTACT}/access", ACCESS)
    api.on("PATCH", f"/api/v1/identities/sales team/contacts/{CONTACT}/permissions", PERMS)
    with api.sync() as ib:
        ib.contacts.access.update(
            "sales team",
            CONTACT,
            email=ContactChannelAccessUpdate(outbound_contactable=["a@x.io"]),
            profile=True,
        )
        ib.contacts.permissions.update(
            "sales team", CONTACT, phones={"+15550001111": False}, inbound_emails={"a@x.io": True}
        )
        ib.contacts.permissions.update("sales team", CONTACT, memories=False)
    assert api.requests[0].url.raw_path.decode() == f"{url}/access"
    assert api.bodies() == [
        {"email": {"outbound_contactable": ["a@x.io"]}, "profile": True},
        {"phones": {"+15550001111": False}, "inbound_emails": {"a@x.io": True}},
        {"memories": False},
    ]


def test_replace_body_and_refusals(api: FakeApi) -> None:
    api.on("PUT", f"/api/v1/contacts/{CONTACT}/communication-policy", POLICY)
    with api.sync() as ib:
        policy = ib.contacts.communication_policy.replace(
            CONTACT,
            expected_revision=2,
            identity_id=IDENT,
            addresses=[
                ContactAddressUpdate(
                    kind="phone",
                    value="+15550001111",
                    action="allow",
                    direction="outbound",
                    expected_outbound_action="inherit",
                )
            ],
            visibility=ContactVisibilityPolicy(
                defaults=ContactVisibilityDecisions(profile="allow", memories="inherit"),
                identities=[
                    ContactIdentityVisibilityDecisions(
                        identity_id=IDENT, profile="inherit", memories="block"
                    )
                ],
            ),
        )
        replace = ib.contacts.communication_policy.replace
        with pytest.raises(ValueError, match="email or phone"):
            replace(
                CONTACT,
                expected_revision=2,
                identity_id=IDENT,
                addresses=[
                    ContactAddressUpdate(
                        kind="email", value="a@x.io", action="allow", expected_action="inherit"
                    )
                ],
                visibility=ContactVisibilityPolicy(
                    defaults=ContactVisibilityDecisions(profile="block", memories="block"),
                    identities=[],
                ),
            )
        with pytest.raises(ValueError, match="kind"):
            replace(
                CONTACT,
                expected_revision=2,
                identity_id=IDENT,
                addresses=[
                    ContactAddressUpdate(
                        kind="fax",
                        value="1",
                        action="allow",
                        expected_action="inherit",  # type: ignore[arg-type]
                    )
                ],
            )
        with pytest.raises(TypeError):
            replace(CONTACT, expected_revision=True, identity_id=IDENT, addresses=[])
        with pytest.raises(TypeError):
            replace(CONTACT, expected_revision=2, identity_id=IDENT, addresses=[{"kind": "email"}])  # type: ignore[list-item]
    assert policy.revision == 2 and policy.effective_visibility is not None
    assert api.bodies() == [
        {
            "expected_revision": 2,
            "identity_id": IDENT,
            "addresses": [
                {
                    "kind": "phone",
                    "value": "+15550001111",
                    "action": "allow",
                    "direction": "outbound",
                    "expected_outbound_action": "inherit",
                }
            ],
            "visibility": {
                "defaults": {"profile": "allow", "memories": "inherit"},
                "identities": [{"identity_id": IDENT, "profile": "inherit", "memories": "block"}],
            },
        }
    ]


def test_list_queries(api: FakeApi) -> None:
    api.on("GET", "/api/v1/identities/sales/contact-permissions", PAGE)
    api.on("GET", "/api/v1/identities/sales/contact-communication-policies", PAGE)
    api.on("GET", f"/api/v1/contacts/{CONTACT}/communication-preview", {})
    with api.sync() as ib:
        policies = ib.contacts.communication_policy
        policies.list_management_for_identity(
            "sales",
            q="ada",
            order="name",
            limit=10,
            offset=5,
            review_status=["unreviewed", "confirmed"],
        )
        policies.list_for_identity("sales", limit=10, offset=5)
        with pytest.raises(ValueError):
            policies.list_for_identity("sales", offset=-1)
        with pytest.raises(ValueError):
            policies.iter_for_identity("", page_size=10)
        with pytest.raises(TypeError):
            policies.list_management_for_identity("sales", review_status=b"confirmed")  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            policies.preview(CONTACT, "nope")
    assert query(api.requests[0]) == {
        "q": ["ada"],
        "order": ["name"],
        "limit": ["10"],
        "offset": ["5"],
        "review_status": ["unreviewed", "confirmed"],
    }
    assert query(api.requests[1]) == {"limit": ["10"], "offset": ["5"]}
    assert len(api.requests) == 2
