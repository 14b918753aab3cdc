"""`ContactCorrespondenceOptions`: the filters of `contacts.correspondence.get`, one class
for the sync and async clients."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Sequence
from typing import Any

import attrs

from inkbox_api.models import (
    CorrespondenceChannel,
    CorrespondenceContentMode,
    CorrespondenceOrder,
    CorrespondenceTranscriptMode,
)
from inkbox_api.types import Unset

from ._wire import as_enum, omit, omitted, opt_enum, opt_limit, opt_uuid

__all__ = ["ContactCorrespondenceOptions"]

_LIMIT = 100


@attrs.define
class ContactCorrespondenceOptions:
    """Filters of `contacts.correspondence.get`; every one left as None is the server's default.

    Attributes:
        channels: Channels to search (default all: email, sms, imessage, calls, slack).
        after: Only items at or after this time.
        before: Only items before this time.
        limit_per_channel: At most this many items per channel (1 to 100).
        email_limit: Overrides `limit_per_channel` for email.
        sms_limit: Overrides `limit_per_channel` for SMS.
        imessage_limit: Overrides `limit_per_channel` for iMessage.
        calls_limit: Overrides `limit_per_channel` for calls.
        cursor: The `next_cursor` of the previous page.
        order: `"desc"` (newest first, default) or `"asc"`.
        content: `"metadata"`, `"preview"` (default) or `"full"`.
        transcripts: `"none"` (default), `"abridged"` or `"full"`.
        include_failed: Include failed and blocked items.
        identity_id: The identity whose correspondence to read (required with an admin key).
    """

    channels: Sequence[CorrespondenceChannel | str] | None = None
    after: datetime.datetime | None = None
    before: datetime.datetime | None = None
    limit_per_channel: int | None = None
    email_limit: int | None = None
    sms_limit: int | None = None
    imessage_limit: int | None = None
    calls_limit: int | None = None
    cursor: str | None = None
    order: CorrespondenceOrder | str | None = None
    content: CorrespondenceContentMode | str | None = None
    transcripts: CorrespondenceTranscriptMode | str | None = None
    include_failed: bool | None = None
    identity_id: uuid.UUID | str | None = None

    def _params(self) -> dict[str, Any]:
        """The checked query parameters."""
        channels: str | Unset = omitted()
        if self.channels is not None:
            if isinstance(self.channels, (str, bytes)):
                raise TypeError("channels must be a list of CorrespondenceChannel")
            channels = ",".join(
                as_enum(c, CorrespondenceChannel, f"channels[{i}]").value
                for i, c in enumerate(self.channels)
            )
        for name in ("after", "before"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, datetime.datetime):
                raise TypeError(f"{name} must be a datetime, not {type(value).__name__}")
        if self.include_failed is not None and not isinstance(self.include_failed, bool):
            raise TypeError("include_failed must be a bool")
        limits = {
            name: opt_limit(getattr(self, name), name, high=_LIMIT)
            for name in (
                "limit_per_channel",
                "email_limit",
                "sms_limit",
                "imessage_limit",
                "calls_limit",
            )
        }
        return {
            "channels": channels,
            "after": omit(self.after),
            "before": omit(self.before),
            **limits,
            "cursor": omit(self.cursor),
            "order": opt_enum(self.order, CorrespondenceOrder, "order"),
            "content": opt_enum(self.content, CorrespondenceContentMode, "content"),
            "transcripts": opt_enum(self.transcripts, CorrespondenceTranscriptMode, "transcripts"),
            "include_failed": omit(self.include_failed),
            "identity_id": opt_uuid(self.identity_id, "identity_id"),
        }
