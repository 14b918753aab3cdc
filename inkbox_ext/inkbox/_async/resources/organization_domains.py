"""`inkbox.organization_domains`: domains the organization proves it controls (admin keys).

Claim a domain, publish the TXT record of `claim.dns_record`, then `verify(claim.id)`; a
verified claim can back an identity's domain affiliation (`inkbox.identities.
set_domain_affiliation`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._wire import check_limit, omit, parsed, require_text
from ..pager import AsyncCursorPager
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import OrganizationDomain, OrganizationDomainPage

    from ..pager import AsyncPager

__all__ = ["AsyncOrganizationDomainsResource"]

MAX_PAGE_SIZE = 100


class AsyncOrganizationDomainsResource(AsyncResource):
    """Domain claims: create, list, get, verify, delete."""

    async def create(self, domain: str) -> OrganizationDomain:
        """Claim a domain; the claim is `pending` until its TXT record is found.

        Args:
            domain: A bare domain name, e.g. `"acme.com"`.

        Returns:
            The claim; publish `dns_record` (type, name, value) at your DNS host.

        Raises:
            ValueError: An empty domain.
            UnprocessableEntityError: Not a domain name (422).
            ConflictError: The organization already claims it (409).
        """
        from inkbox_api.api.organization_domains import create_organization_domain
        from inkbox_api.models import OrganizationDomain, OrganizationDomainCreate

        body = OrganizationDomainCreate(domain=require_text(domain, "domain"))
        response = await create_organization_domain.asyncio_detailed(client=self._api, body=body)
        return parsed(response, OrganizationDomain)

    def list(self, *, cursor: str | None = None, limit: int = 50) -> AsyncPager[OrganizationDomain]:
        """The organization's claims, newest first, fetched lazily page by page.

        Args:
            cursor: Start after this `next_cursor` of an earlier page (0.7.20 callers paging
                by hand); omit to start at the newest claim.
            limit: Page size, 1-100.

        Raises:
            ValueError: `limit` out of range (before any request).
        """
        from inkbox_api.api.organization_domains import list_organization_domains
        from inkbox_api.models import OrganizationDomainPage

        size = check_limit(limit, "limit", high=MAX_PAGE_SIZE)
        start = None if cursor is None else require_text(cursor, "cursor")

        async def fetch(after: str | None) -> OrganizationDomainPage:
            response = await list_organization_domains.asyncio_detailed(
                client=self._api, limit=size, cursor=omit(after if after is not None else start)
            )
            return parsed(response, OrganizationDomainPage)

        return AsyncCursorPager(fetch)

    async def get(self, claim_id: str) -> OrganizationDomain:
        """A claim by id.

        Args:
            claim_id: The domain claim's id.

        Raises:
            NotFoundError: No such claim in the organization (404).
        """
        from inkbox_api.api.organization_domains import get_organization_domain
        from inkbox_api.models import OrganizationDomain

        response = await get_organization_domain.asyncio_detailed(
            require_text(claim_id, "claim_id"), client=self._api
        )
        return parsed(response, OrganizationDomain)

    async def verify(self, claim_id: str) -> OrganizationDomain:
        """Check the claim's TXT record now.

        Args:
            claim_id: The domain claim's id.

        Returns:
            The claim after the check: `state` `"verified"` when the record was found, else
            unchanged (`"grace"` for a verified claim whose record vanished) with the reason
            in `last_check_result`.

        Raises:
            NotFoundError: No such claim (404).
            ConflictError: The claim expired; delete it and claim the domain again (409).
        """
        from inkbox_api.api.organization_domains import verify_organization_domain
        from inkbox_api.models import OrganizationDomain

        response = await verify_organization_domain.asyncio_detailed(
            require_text(claim_id, "claim_id"), client=self._api
        )
        return parsed(response, OrganizationDomain)

    async def delete(self, claim_id: str) -> None:
        """Release a claim; identities affiliated through it lose the affiliation.

        Args:
            claim_id: The domain claim's id.

        Raises:
            NotFoundError: No such claim (404).
        """
        from inkbox_api.api.organization_domains import delete_organization_domain

        await delete_organization_domain.asyncio_detailed(
            require_text(claim_id, "claim_id"), client=self._api
        )
