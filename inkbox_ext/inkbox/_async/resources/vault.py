"""`inkbox.vault`: the encrypted credential vault."""

from __future__ import annotations

from .._resource import AsyncResource

__all__ = ["AsyncVaultResource"]


class AsyncVaultResource(AsyncResource):
    """Operations on the encrypted credential vault."""
