"""`inkbox.contacts`: the address book."""

from __future__ import annotations

from .._resource import AsyncResource

__all__ = ["AsyncContactsResource"]


class AsyncContactsResource(AsyncResource):
    """Operations on the address book."""
