"""The base of every resource: a handle on the client that owns the connection pool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._wire import omit, parsed
from ..pager import AsyncCursorPager

if TYPE_CHECKING:
    from types import ModuleType

    from inkbox_api.client import AuthenticatedClient as ApiClient

    from ..._pagination import CursorPage
    from ..client import AsyncInkbox

__all__ = ["AsyncResource"]


class AsyncResource:
    def __init__(self, client: AsyncInkbox) -> None:
        self._client = client

    @property
    def _api(self) -> ApiClient:
        """The generated low-level client every operation is called with."""
        return self._client._api

    def _cursor_pager(
        self, op: ModuleType, page: type[CursorPage], *path: Any, **params: Any
    ) -> AsyncCursorPager[Any]:
        """A lazy pager over the cursor-paginated operation `op`.

        `path` and `params` (already checked) go with every page request, so each page is
        asked for with the filters of the call; nothing is requested before iteration.
        """

        async def fetch(cursor: str | None) -> Any:
            response = await op.asyncio_detailed(
                *path, client=self._api, cursor=omit(cursor), **params
            )
            return parsed(response, page)

        return AsyncCursorPager(fetch)
