from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.correspondence_direction import CorrespondenceDirection
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="SlackCorrespondenceItem")


@_attrs_define
class SlackCorrespondenceItem:
    """A Slack message."""

    channel: Literal["slack"]
    source_id: UUID
    direction: CorrespondenceDirection
    """ Seen from the identity. """
    occurred_at: datetime.datetime
    identity_id: UUID
    status: None | str
    detail_url: None | str
    connection_id: UUID
    conversation_id: str
    workspace_id: str
    user_id: str
    message_ts: str
    thread_ts: None | str
    text: None | str
    text_truncated: bool
    media: CorrespondenceMediaMetadata | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        source_id = str(self.source_id)

        direction = self.direction.value

        occurred_at = self.occurred_at.isoformat()

        identity_id = str(self.identity_id)

        status: None | str
        status = self.status

        detail_url: None | str
        detail_url = self.detail_url

        connection_id = str(self.connection_id)

        conversation_id = self.conversation_id

        workspace_id = self.workspace_id

        user_id = self.user_id

        message_ts = self.message_ts

        thread_ts: None | str
        thread_ts = self.thread_ts

        text: None | str
        text = self.text

        text_truncated = self.text_truncated

        media: dict[str, Any] | None
        if isinstance(self.media, CorrespondenceMediaMetadata):
            media = self.media.to_dict()
        else:
            media = self.media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "source_id": source_id,
                "direction": direction,
                "occurred_at": occurred_at,
                "identity_id": identity_id,
                "status": status,
                "detail_url": detail_url,
                "connection_id": connection_id,
                "conversation_id": conversation_id,
                "workspace_id": workspace_id,
                "user_id": user_id,
                "message_ts": message_ts,
                "thread_ts": thread_ts,
                "text": text,
                "text_truncated": text_truncated,
                "media": media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = cast(Literal["slack"], d.pop("channel"))
        if channel != "slack":
            raise ValueError(f"channel must match const 'slack', got '{channel}'")

        source_id = parse_uuid(d.pop("source_id"))

        direction = parse_enum(CorrespondenceDirection, d.pop("direction"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        identity_id = parse_uuid(d.pop("identity_id"))

        status = d.pop("status", None)

        detail_url = d.pop("detail_url", None)

        connection_id = parse_uuid(d.pop("connection_id"))

        conversation_id = d.pop("conversation_id")

        workspace_id = d.pop("workspace_id")

        user_id = d.pop("user_id")

        message_ts = d.pop("message_ts")

        thread_ts = d.pop("thread_ts", None)

        text = d.pop("text", None)

        text_truncated = d.pop("text_truncated")

        media = d.pop("media", None)
        if media is not None:
            if isinstance(media, dict):
                try:
                    media_type_0 = CorrespondenceMediaMetadata.from_dict(media)

                    media = media_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        slack_correspondence_item = cls(
            channel,
            source_id,
            direction,
            occurred_at,
            identity_id,
            status,
            detail_url,
            connection_id,
            conversation_id,
            workspace_id,
            user_id,
            message_ts,
            thread_ts,
            text,
            text_truncated,
            media,
        )

        slack_correspondence_item.additional_properties = d
        return slack_correspondence_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other import each other here, after the class: by then the class a
# circular import asks for exists, and the methods find the name once instead of importing it
# on every call.
from ..models.correspondence_media_metadata import CorrespondenceMediaMetadata  # noqa: E402
