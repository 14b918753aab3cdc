from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="TextConversationSummary")


@_attrs_define
class TextConversationSummary:
    """One conversation with its latest message."""

    id: None | UUID
    """ Conversation id. """
    remote_phone_number: None | str
    """ The other party of a one-to-one conversation; null for groups. """
    participants: list[str] | None
    is_group: bool
    latest_text: None | str
    latest_direction: MessageDirection
    latest_type: str
    """ `sms` or `mms`. """
    latest_has_media: bool
    latest_message_at: datetime.datetime
    unread_count: int
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        remote_phone_number: None | str
        remote_phone_number = self.remote_phone_number

        participants: list[str] | None
        if isinstance(self.participants, list):
            participants = self.participants

        else:
            participants = self.participants

        is_group = self.is_group

        latest_text: None | str
        latest_text = self.latest_text

        latest_direction = self.latest_direction.value

        latest_type = self.latest_type

        latest_has_media = self.latest_has_media

        latest_message_at = self.latest_message_at.isoformat()

        unread_count = self.unread_count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "remote_phone_number": remote_phone_number,
                "participants": participants,
                "is_group": is_group,
                "latest_text": latest_text,
                "latest_direction": latest_direction,
                "latest_type": latest_type,
                "latest_has_media": latest_has_media,
                "latest_message_at": latest_message_at,
                "unread_count": unread_count,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)
        if id is not None:
            if isinstance(id, str):
                try:
                    id_type_0 = parse_uuid(id)

                    id = id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        remote_phone_number = d.pop("remote_phone_number", None)

        participants = d.pop("participants", None)
        if participants is not None:
            if isinstance(participants, list):
                try:
                    participants_type_0 = cast(list[str], participants)

                    participants = participants_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        is_group = d.pop("is_group")

        latest_text = d.pop("latest_text", None)

        latest_direction = parse_enum(MessageDirection, d.pop("latest_direction"))

        latest_type = d.pop("latest_type")

        latest_has_media = d.pop("latest_has_media")

        latest_message_at = datetime.datetime.fromisoformat(d.pop("latest_message_at"))

        unread_count = d.pop("unread_count")

        total_count = d.pop("total_count")

        text_conversation_summary = cls(
            id,
            remote_phone_number,
            participants,
            is_group,
            latest_text,
            latest_direction,
            latest_type,
            latest_has_media,
            latest_message_at,
            unread_count,
            total_count,
        )

        text_conversation_summary.additional_properties = d
        return text_conversation_summary

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
