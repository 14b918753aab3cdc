"""`inkbox.domains`: custom sending domains."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ..._wire import opt_enum, parsed, parsed_list, require_text
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import SendingDomain, SendingDomainStatus

__all__ = ["AsyncDomainsResource"]


class AsyncDomainsResource(AsyncResource):
    """The organization's custom sending domains."""

    async def list(
        self, *, status: SendingDomainStatus | str | None = None
    ) -> builtins.list[SendingDomain]:
        """The organization's custom sending domains.

        Args:
            status: Only domains in this state, e.g. `SendingDomainStatus.VERIFIED` (the only
                one that can send).

        Raises:
            ValueError: An unknown `status`.
        """
        from inkbox_api.api.domains import list_domains
        from inkbox_api.models import SendingDomain, SendingDomainStatus

        wanted = opt_enum(status, SendingDomainStatus, "status")
        response = await list_domains.asyncio_detailed(client=self._api, status=wanted)
        return parsed_list(response, SendingDomain)

    async def set_default(self, domain_name: str) -> str | None:
        """Make a verified domain the organization's default for new mailboxes (admin keys).

        Args:
            domain_name: The bare domain, e.g. `"mail.acme.com"`; the platform domain (e.g.
                `"inkboxmail.com"`) clears the custom default.

        Returns:
            The new default domain's name, or None when the platform domain is the default.

        Raises:
            PermissionDeniedError: The key is not admin-scoped (403).
        """
        from inkbox_api.api.domains import set_default_domain
        from inkbox_api.models import SetDefaultDomainResponse

        response = await set_default_domain.asyncio_detailed(
            require_text(domain_name, "domain_name"), client=self._api
        )
        return parsed(response, SetDefaultDomainResponse).default_domain
