"""`inkbox.notes`: free-form notes."""

from __future__ import annotations

from .._resource import AsyncResource

__all__ = ["AsyncNotesResource"]


class AsyncNotesResource(AsyncResource):
    """Operations on free-form notes."""
