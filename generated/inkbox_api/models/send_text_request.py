from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="SendTextRequest")


@_attrs_define
class SendTextRequest:
    """Body of `send_text`. The guide-era client sends exactly `{to, text}`."""

    to: list[str] | str | Unset = UNSET
    """ One E.164 number, or 1–8 numbers for a conversation/group send. Exclusive with `conversation_id`. """
    conversation_id: UUID | Unset = UNSET
    """ Existing conversation to reply into. """
    text: str | Unset = UNSET
    """ Message body. """
    media_urls: list[str] | Unset = UNSET
    """ MMS media URLs, with or without `text`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to: list[str] | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, list):
            to = self.to

        else:
            to = self.to

        conversation_id: str | Unset = UNSET
        if not isinstance(self.conversation_id, Unset):
            conversation_id = str(self.conversation_id)

        text = self.text

        media_urls: list[str] | Unset = UNSET
        if not isinstance(self.media_urls, Unset):
            media_urls = self.media_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if text is not UNSET:
            field_dict["text"] = text
        if media_urls is not UNSET:
            field_dict["media_urls"] = media_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", UNSET)
        if not isinstance(to, Unset):
            if isinstance(to, list):
                try:
                    to_type_1 = cast(list[str], to)

                    to = to_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        _conversation_id = d.pop("conversation_id", UNSET)
        conversation_id: UUID | Unset
        if isinstance(_conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = parse_uuid(_conversation_id)

        text = d.pop("text", UNSET)

        media_urls = cast(list[str], d.pop("media_urls", UNSET))

        send_text_request = cls(
            to,
            conversation_id,
            text,
            media_urls,
        )

        send_text_request.additional_properties = d
        return send_text_request

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
