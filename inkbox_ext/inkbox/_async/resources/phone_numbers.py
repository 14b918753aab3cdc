"""`inkbox.phone_numbers`: phone numbers."""

from __future__ import annotations

from .._resource import AsyncResource

__all__ = ["AsyncPhoneNumbersResource"]


class AsyncPhoneNumbersResource(AsyncResource):
    """Operations on phone numbers."""
