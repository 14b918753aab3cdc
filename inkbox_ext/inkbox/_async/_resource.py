"""The base of every resource: a handle on the client that owns the connection pool."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inkbox_api.client import AuthenticatedClient as ApiClient

    from .client import AsyncInkbox

__all__ = ["AsyncResource"]


class AsyncResource:
    def __init__(self, client: AsyncInkbox) -> None:
        self._client = client

    @property
    def _api(self) -> ApiClient:
        """The generated low-level client every operation is called with."""
        return self._client._api
