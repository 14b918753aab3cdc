from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.correspondence_direction import CorrespondenceDirection
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="SmsCorrespondenceItem")


@_attrs_define
class SmsCorrespondenceItem:
    """A text message."""

    channel: Literal["sms"]
    source_id: UUID
    direction: CorrespondenceDirection
    """ Seen from the identity. """
    occurred_at: datetime.datetime
    identity_id: UUID
    status: None | str
    detail_url: None | str
    conversation_id: UUID
    local_resource_id: UUID
    """ The identity's phone number id. """
    local_phone_number: str
    sender_phone_number: None | str
    participants: list[str]
    matched_contact_phone: str
    is_group: bool
    text: None | str
    """ Null with `content=metadata`. """
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

        conversation_id = str(self.conversation_id)

        local_resource_id = str(self.local_resource_id)

        local_phone_number = self.local_phone_number

        sender_phone_number: None | str
        sender_phone_number = self.sender_phone_number

        participants = self.participants

        matched_contact_phone = self.matched_contact_phone

        is_group = self.is_group

        text: None | str
        text = self.text

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
                "conversation_id": conversation_id,
                "local_resource_id": local_resource_id,
                "local_phone_number": local_phone_number,
                "sender_phone_number": sender_phone_number,
                "participants": participants,
                "matched_contact_phone": matched_contact_phone,
                "is_group": is_group,
                "text": text,
                "media": media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = cast(Literal["sms"], d.pop("channel"))
        if channel != "sms":
            raise ValueError(f"channel must match const 'sms', got '{channel}'")

        source_id = parse_uuid(d.pop("source_id"))

        direction = parse_enum(CorrespondenceDirection, d.pop("direction"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        identity_id = parse_uuid(d.pop("identity_id"))

        status = d.pop("status", None)

        detail_url = d.pop("detail_url", None)

        conversation_id = parse_uuid(d.pop("conversation_id"))

        local_resource_id = parse_uuid(d.pop("local_resource_id"))

        local_phone_number = d.pop("local_phone_number")

        sender_phone_number = d.pop("sender_phone_number", None)

        participants = cast(list[str], d.pop("participants"))

        matched_contact_phone = d.pop("matched_contact_phone")

        is_group = d.pop("is_group")

        text = d.pop("text", None)

        media = d.pop("media", None)
        if media is not None:
            if isinstance(media, dict):
                try:
                    media_type_0 = CorrespondenceMediaMetadata.from_dict(media)

                    media = media_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        sms_correspondence_item = cls(
            channel,
            source_id,
            direction,
            occurred_at,
            identity_id,
            status,
            detail_url,
            conversation_id,
            local_resource_id,
            local_phone_number,
            sender_phone_number,
            participants,
            matched_contact_phone,
            is_group,
            text,
            media,
        )

        sms_correspondence_item.additional_properties = d
        return sms_correspondence_item

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
