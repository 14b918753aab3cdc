from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="ContactCorrespondence")


@_attrs_define
class ContactCorrespondence:
    """What one identity exchanged with a contact."""

    contact_id: UUID
    identity_id: UUID
    items: list[
        CallCorrespondenceItem
        | EmailCorrespondenceItem
        | IMessageCorrespondenceItem
        | SlackCorrespondenceItem
        | SmsCorrespondenceItem
    ]
    channels: list[CorrespondenceChannelResult]
    next_cursor: None | str
    """ Pass back as `cursor` for older (or, ascending, newer) items; null at the end. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = str(self.contact_id)

        identity_id = str(self.identity_id)

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, EmailCorrespondenceItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SmsCorrespondenceItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, IMessageCorrespondenceItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SlackCorrespondenceItem):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.to_dict()
            channels.append(channels_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_id": contact_id,
                "identity_id": identity_id,
                "items": items,
                "channels": channels,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = parse_uuid(d.pop("contact_id"))

        identity_id = parse_uuid(d.pop("identity_id"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                CallCorrespondenceItem
                | EmailCorrespondenceItem
                | IMessageCorrespondenceItem
                | SlackCorrespondenceItem
                | SmsCorrespondenceItem
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_correspondence_item_type_0 = (
                        EmailCorrespondenceItem.from_dict(data)
                    )

                    return componentsschemas_correspondence_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_correspondence_item_type_1 = SmsCorrespondenceItem.from_dict(
                        data
                    )

                    return componentsschemas_correspondence_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_correspondence_item_type_2 = (
                        IMessageCorrespondenceItem.from_dict(data)
                    )

                    return componentsschemas_correspondence_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_correspondence_item_type_3 = (
                        SlackCorrespondenceItem.from_dict(data)
                    )

                    return componentsschemas_correspondence_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_correspondence_item_type_4 = CallCorrespondenceItem.from_dict(
                    data
                )

                return componentsschemas_correspondence_item_type_4

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = CorrespondenceChannelResult.from_dict(channels_item_data)

            channels.append(channels_item)

        next_cursor = d.pop("next_cursor", None)

        contact_correspondence = cls(
            contact_id,
            identity_id,
            items,
            channels,
            next_cursor,
        )

        contact_correspondence.additional_properties = d
        return contact_correspondence

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
from ..models.call_correspondence_item import CallCorrespondenceItem  # noqa: E402
from ..models.correspondence_channel_result import CorrespondenceChannelResult  # noqa: E402
from ..models.email_correspondence_item import EmailCorrespondenceItem  # noqa: E402
from ..models.i_message_correspondence_item import IMessageCorrespondenceItem  # noqa: E402
from ..models.slack_correspondence_item import SlackCorrespondenceItem  # noqa: E402
from ..models.sms_correspondence_item import SmsCorrespondenceItem  # noqa: E402
