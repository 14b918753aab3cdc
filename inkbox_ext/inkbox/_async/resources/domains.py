"""`inkbox.domains`: custom sending domains."""

from __future__ import annotations

from .._resource import AsyncResource

__all__ = ["AsyncDomainsResource"]


class AsyncDomainsResource(AsyncResource):
    """Operations on custom sending domains."""
