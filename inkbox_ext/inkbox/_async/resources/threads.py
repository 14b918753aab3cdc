"""`inkbox.threads`: email threads and their folders."""

from __future__ import annotations

from .._resource import AsyncResource

__all__ = ["AsyncThreadsResource"]


class AsyncThreadsResource(AsyncResource):
    """Operations on email threads and their folders."""
