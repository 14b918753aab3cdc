from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection
from ..models.sms_delivery_status import SmsDeliveryStatus
from ..models.text_message_origin import TextMessageOrigin
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="TextMessage")


@_attrs_define
class TextMessage:
    """An SMS or MMS message. The outbound lifecycle fields (`delivery_status`, `origin`, `error_*`, `sent_at`,
    `delivered_at`, `failed_at`) are always present on outbound rows; some servers leave them out of inbound rows (read
    as null, `origin` as `user_initiated`).

    """

    id: UUID
    direction: MessageDirection
    local_phone_number: str
    """ The organisation's number. """
    remote_phone_number: None | str
    """ The other party; null on group sends. """
    text: None | str
    type_: str = _attrs_field(alias="type")
    """ `sms` or `mms`. """
    media: list[TextMedia] | None
    """ MMS attachments; null for SMS. """
    is_read: bool
    delivery_status: None | SmsDeliveryStatus
    """ Outbound lifecycle; null on inbound messages. """
    error_code: None | str
    error_detail: None | str
    sent_at: datetime.datetime | None
    delivered_at: datetime.datetime | None
    failed_at: datetime.datetime | None
    is_blocked: bool
    """ True when a contact rule blocked the message. """
    conversation_id: None | UUID
    sender_phone_number: None | str
    """ Who sent an inbound message (relevant in group conversations). """
    recipients: list[TextMessageRecipient] | None
    """ Per-recipient delivery state of an outbound message. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    origin: TextMessageOrigin = TextMessageOrigin.USER_INITIATED
    """ Whether a text was sent by a user or is an automatic reply. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        direction = self.direction.value

        local_phone_number = self.local_phone_number

        remote_phone_number: None | str
        remote_phone_number = self.remote_phone_number

        text: None | str
        text = self.text

        type_ = self.type_

        media: list[dict[str, Any]] | None
        if isinstance(self.media, list):
            media = []
            for media_type_0_item_data in self.media:
                media_type_0_item = media_type_0_item_data.to_dict()
                media.append(media_type_0_item)

        else:
            media = self.media

        is_read = self.is_read

        delivery_status: None | str
        if isinstance(self.delivery_status, SmsDeliveryStatus):
            delivery_status = self.delivery_status.value
        else:
            delivery_status = self.delivery_status

        origin = self.origin.value

        error_code: None | str
        error_code = self.error_code

        error_detail: None | str
        error_detail = self.error_detail

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        failed_at: None | str
        if isinstance(self.failed_at, datetime.datetime):
            failed_at = self.failed_at.isoformat()
        else:
            failed_at = self.failed_at

        is_blocked = self.is_blocked

        conversation_id: None | str
        if isinstance(self.conversation_id, UUID):
            conversation_id = str(self.conversation_id)
        else:
            conversation_id = self.conversation_id

        sender_phone_number: None | str
        sender_phone_number = self.sender_phone_number

        recipients: list[dict[str, Any]] | None
        if isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "direction": direction,
                "local_phone_number": local_phone_number,
                "remote_phone_number": remote_phone_number,
                "text": text,
                "type": type_,
                "media": media,
                "is_read": is_read,
                "delivery_status": delivery_status,
                "origin": origin,
                "error_code": error_code,
                "error_detail": error_detail,
                "sent_at": sent_at,
                "delivered_at": delivered_at,
                "failed_at": failed_at,
                "is_blocked": is_blocked,
                "conversation_id": conversation_id,
                "sender_phone_number": sender_phone_number,
                "recipients": recipients,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        direction = parse_enum(MessageDirection, d.pop("direction"))

        local_phone_number = d.pop("local_phone_number")

        remote_phone_number = d.pop("remote_phone_number", None)

        text = d.pop("text", None)

        type_ = d.pop("type")

        media = d.pop("media", None)
        if media is not None:
            if isinstance(media, list):
                try:
                    media_type_0 = []
                    _media_type_0 = media
                    for media_type_0_item_data in _media_type_0:
                        media_type_0_item = TextMedia.from_dict(media_type_0_item_data)

                        media_type_0.append(media_type_0_item)

                    media = media_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        is_read = d.pop("is_read")

        delivery_status = d.pop("delivery_status", None)
        if delivery_status is not None:
            if isinstance(delivery_status, str):
                try:
                    delivery_status_type_0 = parse_enum(SmsDeliveryStatus, delivery_status)

                    delivery_status = delivery_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        origin = parse_enum(TextMessageOrigin, d.pop("origin", TextMessageOrigin.USER_INITIATED))

        error_code = d.pop("error_code", None)

        error_detail = d.pop("error_detail", None)

        sent_at = d.pop("sent_at", None)
        if sent_at is not None:
            if isinstance(sent_at, str):
                try:
                    sent_at_type_0 = datetime.datetime.fromisoformat(sent_at)

                    sent_at = sent_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        delivered_at = d.pop("delivered_at", None)
        if delivered_at is not None:
            if isinstance(delivered_at, str):
                try:
                    delivered_at_type_0 = datetime.datetime.fromisoformat(delivered_at)

                    delivered_at = delivered_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        failed_at = d.pop("failed_at", None)
        if failed_at is not None:
            if isinstance(failed_at, str):
                try:
                    failed_at_type_0 = datetime.datetime.fromisoformat(failed_at)

                    failed_at = failed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        is_blocked = d.pop("is_blocked")

        conversation_id = d.pop("conversation_id", None)
        if conversation_id is not None:
            if isinstance(conversation_id, str):
                try:
                    conversation_id_type_0 = parse_uuid(conversation_id)

                    conversation_id = conversation_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        sender_phone_number = d.pop("sender_phone_number", None)

        recipients = d.pop("recipients", None)
        if recipients is not None:
            if isinstance(recipients, list):
                try:
                    recipients_type_0 = []
                    _recipients_type_0 = recipients
                    for recipients_type_0_item_data in _recipients_type_0:
                        recipients_type_0_item = TextMessageRecipient.from_dict(
                            recipients_type_0_item_data
                        )

                        recipients_type_0.append(recipients_type_0_item)

                    recipients = recipients_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        text_message = cls(
            id,
            direction,
            local_phone_number,
            remote_phone_number,
            text,
            type_,
            media,
            is_read,
            delivery_status,
            error_code,
            error_detail,
            sent_at,
            delivered_at,
            failed_at,
            is_blocked,
            conversation_id,
            sender_phone_number,
            recipients,
            created_at,
            updated_at,
            origin,
        )

        text_message.additional_properties = d
        return text_message

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

    @property
    def type(self) -> str:
        """`type_`, under the guide's name."""
        return self.type_

    @type.setter
    def type(self, value: str) -> None:
        self.type_ = value


# Models that refer to each other import each other here, after the class: by then the class a
# circular import asks for exists, and the methods find the name once instead of importing it
# on every call.
from ..models.text_media import TextMedia  # noqa: E402
from ..models.text_message_recipient import TextMessageRecipient  # noqa: E402
