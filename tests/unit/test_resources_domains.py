"""Sending domains: list (with a status filter) and set_default; the exact requests sent."""

from __future__ import annotations

from inkbox import SendingDomainStatus

from ._fake_api import FakeApi, query


def test_domains_list_and_set_default(api: FakeApi) -> None:
    client = api.sync()
    domain = {
        "id": "sending_domain_1",
        "domain": "mail.acme.com",
        "status": "verified",
        "is_default": False,
        "verified_at": None,
    }
    api.on("GET", "/api/v1/domains/", [domain])
    api.on("POST", "/api/v1/domains/mail.acme.com/set-default", {"default_domain": "mail.acme.com"})
    api.on("POST", "/api/v1/domains/inkboxmail.com/set-default", {"default_domain": None})
    verified = client.domains.list(status=SendingDomainStatus.VERIFIED)
    assert verified[0].id == "sending_domain_1"
    assert query(api.requests[0]) == {"status": ["verified"]}
    assert client.domains.set_default("mail.acme.com") == "mail.acme.com"
    assert client.domains.set_default("inkboxmail.com") is None
