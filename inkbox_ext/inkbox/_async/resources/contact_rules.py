"""`inkbox.contact_rules`: mail and phone contact rules."""

from __future__ import annotations

from .._resource import AsyncResource

__all__ = ["AsyncMailContactRulesResource", "AsyncPhoneContactRulesResource"]


class AsyncMailContactRulesResource(AsyncResource):
    """Operations on mail and phone contact rules."""


class AsyncPhoneContactRulesResource(AsyncResource):
    """Operations on the allow/block rules of a phone number."""
