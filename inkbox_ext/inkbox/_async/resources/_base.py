"""The base of every resource: a handle on the client that owns the connection pool."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ..._wire import check_limit, omit, parsed
from ..pager import AsyncCursorPager, AsyncOffsetPager

if TYPE_CHECKING:
    from types import ModuleType

    from inkbox_api.client import AuthenticatedClient as ApiClient

    from ..._pagination import CursorPage
    from ..client import AsyncInkbox

__all__ = ["AsyncResource"]

T = TypeVar("T")


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

    @staticmethod
    def _offset_pager(
        fetch: Callable[[int, int], Awaitable[list[T]]],
        page_size: int,
        *,
        high: int = 200,
        snapshot: bool = False,
    ) -> AsyncOffsetPager[T]:
        """A lazy pager over an offset-paginated `list` method: `fetch(offset, limit)` is that
        method with the call's filters; it pages until a page comes back short (`snapshot`: see
        `AsyncOffsetPager`)."""
        checked = check_limit(page_size, "page_size", high=high)
        return AsyncOffsetPager(fetch, page_size=checked, snapshot=snapshot)
