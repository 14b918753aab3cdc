from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="TextConversationUpdateResult")


@_attrs_define
class TextConversationUpdateResult:
    """Result of marking a conversation read or unread; fields are also readable by key (`result["updated_count"]`), as the
    guide-era dict was.

    """

    remote_phone_number: None | str
    conversation_id: None | UUID
    is_read: bool
    updated_count: int
    """ How many messages changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remote_phone_number: None | str
        remote_phone_number = self.remote_phone_number

        conversation_id: None | str
        if isinstance(self.conversation_id, UUID):
            conversation_id = str(self.conversation_id)
        else:
            conversation_id = self.conversation_id

        is_read = self.is_read

        updated_count = self.updated_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remote_phone_number": remote_phone_number,
                "conversation_id": conversation_id,
                "is_read": is_read,
                "updated_count": updated_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remote_phone_number = d.pop("remote_phone_number", None)

        conversation_id = d.pop("conversation_id", None)
        if conversation_id is not None:
            if isinstance(conversation_id, str):
                try:
                    conversation_id_type_0 = parse_uuid(conversation_id)

                    conversation_id = conversation_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        is_read = d.pop("is_read")

        updated_count = d.pop("updated_count")

        text_conversation_update_result = cls(
            remote_phone_number,
            conversation_id,
            is_read,
            updated_count,
        )

        text_conversation_update_result.additional_properties = d
        return text_conversation_update_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        if key in _FIELDS:
            return getattr(self, _FIELDS[key])
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The field or extra property `key`, or `default` when absent (like `dict.get`)."""
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in _FIELDS or key in self.additional_properties


# wire name -> attribute, for reading fields by key
_FIELDS: dict[str, str] = {
    "remote_phone_number": "remote_phone_number",
    "conversation_id": "conversation_id",
    "is_read": "is_read",
    "updated_count": "updated_count",
}
