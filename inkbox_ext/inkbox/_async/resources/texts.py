"""`inkbox.texts`: SMS/MMS text messages (admin surface)."""

from __future__ import annotations

from .._resource import AsyncResource

__all__ = ["AsyncTextsResource"]


class AsyncTextsResource(AsyncResource):
    """Operations on SMS/MMS text messages (admin surface)."""
