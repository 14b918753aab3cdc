"""`inkbox.with_raw_response`: every method of the client and its resources, answering a
`RawResponse` (status, headers, request id, elapsed, `.parse()`) instead of the bare model.

The calls run on a copy of the client (`with_options()`: same pool, own response log), so
concurrent calls on the original never mix their responses into these.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .._exceptions_base import InkboxError
from .._raw_response import RawResponse
from .pager import AsyncPager
from .resources._base import AsyncResource

if TYPE_CHECKING:
    from .client import AsyncInkbox

__all__ = ["AsyncRawResponseProxy"]


class AsyncRawResponseProxy:
    """Mirrors a client or resource: resources stay proxies, methods answer `RawResponse`s."""

    def __init__(self, target: object, client: AsyncInkbox) -> None:
        self._target = target
        self._client = client

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._target, name)
        if isinstance(value, AsyncResource):
            return AsyncRawResponseProxy(value, self._client)
        if callable(value):
            return self._wrap(value, name)
        raise AttributeError(f"{name!r} is not a method or resource; read it on the client")

    def _wrap(self, method: Callable[..., Any], name: str) -> Callable[..., Any]:
        log = self._client._responses

        async def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            before = log.count
            result = method(*args, **kwargs)
            if inspect.isawaitable(result):
                result = await _awaited(result)
            if isinstance(result, AsyncPager):
                raise TypeError(
                    f"{name}() is lazy (a pager fetches as you iterate): iterate it, then read "
                    "inkbox.last_response for the latest page's answer"
                )
            if log.count == before or log.last is None:
                raise InkboxError(f"{name}() made no request, so there is no response to show")
            return RawResponse(log.last, result)

        return call

    def __repr__(self) -> str:
        return f"<with_raw_response of {type(self._target).__name__}>"


async def _awaited(value: Awaitable[Any]) -> Any:
    """A coroutine's result (the sync twin's methods never return one)."""
    return await value
