"""`inkbox.contacts.facts`: what is remembered about each contact, and where it was learned.

`resolve_citation_url` follows a citation's `source_url` only when it points at this client's
own API (same scheme, host, port and path prefix): the API key never goes to another host.
"""

from __future__ import annotations

import builtins
import re
import uuid
from urllib.parse import urlsplit

from inkbox_api.api.contacts import (
    create_contact_fact,
    delete_contact_fact,
    get_contact_fact,
    list_contact_facts,
    resolve_contact_fact_citation,
    update_contact_fact,
)
from inkbox_api.models import (
    ContactFact,
    ContactFactCitationDetail,
    ContactFactCreate,
    ContactFactDeleteResult,
    ContactFactKind,
    ContactFactUpdate,
)

from ..._wire import as_enum, as_uuid, flag, omit, parsed, parsed_list, require_text
from ._base import AsyncResource

__all__ = ["AsyncContactFactsResource"]

_CITATION_PATH = re.compile(
    r"/api/v1/contacts/(?P<contact>[^/]+)/facts/(?P<fact>[^/]+)/citations/(?P<citation>[^/]+)"
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


class AsyncContactFactsResource(AsyncResource):
    """Facts about contacts: hand-written ones (admin keys) and the ones learned from traffic."""

    async def list(
        self, contact_id: uuid.UUID | str, *, include_expired: bool = False
    ) -> builtins.list[ContactFact]:
        """A contact's facts, newest first.

        Args:
            contact_id: Id of the contact.
            include_expired: Also list `context` facts whose `expires_at` has passed (locked
                facts never expire and are always listed).

        Returns:
            The facts.

        Raises:
            NotFoundError: no such contact, or this key cannot see it.
            PermissionDeniedError: an agent key whose identity may not see the contact's memories.
        """
        if not isinstance(include_expired, bool):
            raise TypeError("include_expired must be True or False")
        response = await list_contact_facts.asyncio_detailed(
            as_uuid(contact_id, "contact_id"),
            client=self._api,
            include_expired=flag(include_expired),
        )
        return parsed_list(response, ContactFact)

    async def get(self, contact_id: uuid.UUID | str, fact_id: uuid.UUID | str) -> ContactFact:
        """One fact (expired ones too).

        Args:
            contact_id: Id of the contact.
            fact_id: Id of the fact.

        Returns:
            The fact.
        """
        response = await get_contact_fact.asyncio_detailed(
            as_uuid(contact_id, "contact_id"), as_uuid(fact_id, "fact_id"), client=self._api
        )
        return parsed(response, ContactFact)

    async def create(
        self, contact_id: uuid.UUID | str, *, content: str, kind: ContactFactKind | str
    ) -> ContactFact:
        """Record a fact by hand (admin keys only). Hand-written facts never expire.

        Args:
            contact_id: Id of the contact.
            content: The fact, in a sentence.
            kind: `"profile"` (who they are), `"preference"` (a standing instruction) or
                `"context"` (a live situation).

        Returns:
            The fact (origin `user`, locked).

        Raises:
            ValueError: empty content or an unknown kind (nothing is sent).
            ConflictError: the contact already holds as many facts of that kind, or in all, as
                it may (`detail["kinds"]` names them).
        """
        body = ContactFactCreate(
            content=require_text(content, "content"), kind=as_enum(kind, ContactFactKind, "kind")
        )
        response = await create_contact_fact.asyncio_detailed(
            as_uuid(contact_id, "contact_id"), client=self._api, body=body
        )
        return parsed(response, ContactFact)

    async def update(
        self,
        contact_id: uuid.UUID | str,
        fact_id: uuid.UUID | str,
        *,
        content: str | None = None,
        kind: ContactFactKind | str | None = None,
    ) -> ContactFact:
        """Edit a fact (admin keys only): it becomes yours, locked and without expiry; new
        content drops the citations and confidence of the old wording.

        Args:
            contact_id: Id of the contact.
            fact_id: Id of the fact.
            content: The new wording.
            kind: The new kind.

        Returns:
            The fact after the edit.

        Raises:
            ValueError: neither `content` nor `kind`, empty content or an unknown kind.
        """
        if content is None and kind is None:
            raise ValueError("update() requires content or kind")
        body = ContactFactUpdate(
            content=omit(None if content is None else require_text(content, "content")),
            kind=omit(None if kind is None else as_enum(kind, ContactFactKind, "kind")),
        )
        response = await update_contact_fact.asyncio_detailed(
            as_uuid(contact_id, "contact_id"),
            as_uuid(fact_id, "fact_id"),
            client=self._api,
            body=body,
        )
        return parsed(response, ContactFact)

    async def delete(
        self, contact_id: uuid.UUID | str, fact_id: uuid.UUID | str
    ) -> ContactFactDeleteResult:
        """Delete a fact (admin keys only).

        Args:
            contact_id: Id of the contact.
            fact_id: Id of the fact.

        Returns:
            The contact's remaining memory: `memory_count` and `latest_memory`.
        """
        response = await delete_contact_fact.asyncio_detailed(
            as_uuid(contact_id, "contact_id"), as_uuid(fact_id, "fact_id"), client=self._api
        )
        return parsed(response, ContactFactDeleteResult)

    async def resolve_citation(
        self,
        contact_id: uuid.UUID | str,
        fact_id: uuid.UUID | str,
        citation_id: uuid.UUID | str,
    ) -> ContactFactCitationDetail:
        """Where a fact was learned: the message, text or call behind one of its citations.

        Args:
            contact_id: Id of the contact.
            fact_id: Id of the fact.
            citation_id: Id of the citation (the last segment of its `source_url`).

        Returns:
            The source: `source_type`, `source_id`, `source_locator` and its API `source_url`.

        Raises:
            NotFoundError: the source was deleted (`purged`) or there is no such citation.
            PermissionDeniedError: the source belongs to an identity this key cannot act for.
        """
        response = await resolve_contact_fact_citation.asyncio_detailed(
            as_uuid(contact_id, "contact_id"),
            as_uuid(fact_id, "fact_id"),
            as_uuid(citation_id, "citation_id"),
            client=self._api,
        )
        return parsed(response, ContactFactCitationDetail)

    async def resolve_citation_url(self, source_url: str) -> ContactFactCitationDetail:
        """Follow the `source_url` of an available citation.

        Args:
            source_url: `citation.source_url`: this API's
                `/api/v1/contacts/{id}/facts/{id}/citations/{id}` URL.

        Returns:
            The source, as `resolve_citation` returns it.

        Raises:
            ValueError: the URL is not a citation URL of this client's base URL (another host,
                scheme or port, another path, a query): nothing is sent, so the API key never
                reaches a foreign host.
        """
        contact_id, fact_id, citation_id = self._citation_ids(
            require_text(source_url, "source_url")
        )
        return await self.resolve_citation(contact_id, fact_id, citation_id)

    def _citation_ids(self, source_url: str) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
        url = urlsplit(source_url.strip())
        base = urlsplit(self._client._config.base_url)
        refused = ValueError(
            "source_url must be a citation URL of this client's API "
            f"({base.scheme}://{base.hostname}{_port_suffix(base.port)}{base.path.rstrip('/')}"
            "/api/v1/contacts/{contact_id}/facts/{fact_id}/citations/{citation_id})"
        )
        if url.scheme or url.netloc:
            try:
                same_port = _port(url.scheme, url.port) == _port(base.scheme, base.port)
            except ValueError:
                raise refused from None
            if (
                url.scheme.lower() != base.scheme.lower()
                or (url.hostname or "").lower() != (base.hostname or "").lower()
                or not same_port
                or url.username is not None
                or url.password is not None
            ):
                raise refused
        prefix = base.path.rstrip("/")
        if url.query or url.fragment or not url.path.startswith(prefix + "/"):
            raise refused
        match = _CITATION_PATH.fullmatch(url.path[len(prefix) :])
        if match is None:
            raise refused
        try:
            return (
                uuid.UUID(match["contact"]),
                uuid.UUID(match["fact"]),
                uuid.UUID(match["citation"]),
            )
        except ValueError:
            raise refused from None


def _port_suffix(port: int | None) -> str:
    # the host and port only: a user or password in the base URL never reaches a message
    return "" if port is None else f":{port}"


def _port(scheme: str, port: int | None) -> int | None:
    return port if port is not None else _DEFAULT_PORTS.get(scheme.lower())
