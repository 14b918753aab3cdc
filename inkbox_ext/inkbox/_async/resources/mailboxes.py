"""`inkbox.mailboxes`: the mailboxes of the organization."""

from __future__ import annotations

from .._resource import AsyncResource

__all__ = ["AsyncMailboxesResource"]


class AsyncMailboxesResource(AsyncResource):
    """Operations on the mailboxes of the organization."""
