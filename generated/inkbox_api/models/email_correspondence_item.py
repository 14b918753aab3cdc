from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.correspondence_direction import CorrespondenceDirection
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="EmailCorrespondenceItem")


@_attrs_define
class EmailCorrespondenceItem:
    """A mail message."""

    channel: Literal["email"]
    source_id: UUID
    direction: CorrespondenceDirection
    """ Seen from the identity. """
    occurred_at: datetime.datetime
    identity_id: UUID
    status: None | str
    detail_url: None | str
    mailbox_email: str
    thread_id: None | UUID
    from_address: str
    to_addresses: list[str]
    cc_addresses: list[str]
    bcc_addresses: list[str]
    subject: None | str
    snippet: None | str
    """ Null with `content=metadata`. """
    body_text: None | str
    """ Only with `content=full`. """
    content_unavailable: bool
    attachments: list[CorrespondenceAttachmentMetadata]
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

        mailbox_email = self.mailbox_email

        thread_id: None | str
        if isinstance(self.thread_id, UUID):
            thread_id = str(self.thread_id)
        else:
            thread_id = self.thread_id

        from_address = self.from_address

        to_addresses = self.to_addresses

        cc_addresses = self.cc_addresses

        bcc_addresses = self.bcc_addresses

        subject: None | str
        subject = self.subject

        snippet: None | str
        snippet = self.snippet

        body_text: None | str
        body_text = self.body_text

        content_unavailable = self.content_unavailable

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

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
                "mailbox_email": mailbox_email,
                "thread_id": thread_id,
                "from_address": from_address,
                "to_addresses": to_addresses,
                "cc_addresses": cc_addresses,
                "bcc_addresses": bcc_addresses,
                "subject": subject,
                "snippet": snippet,
                "body_text": body_text,
                "content_unavailable": content_unavailable,
                "attachments": attachments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = cast(Literal["email"], d.pop("channel"))
        if channel != "email":
            raise ValueError(f"channel must match const 'email', got '{channel}'")

        source_id = parse_uuid(d.pop("source_id"))

        direction = parse_enum(CorrespondenceDirection, d.pop("direction"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        identity_id = parse_uuid(d.pop("identity_id"))

        status = d.pop("status", None)

        detail_url = d.pop("detail_url", None)

        mailbox_email = d.pop("mailbox_email")

        thread_id = d.pop("thread_id", None)
        if thread_id is not None:
            if isinstance(thread_id, str):
                try:
                    thread_id_type_0 = parse_uuid(thread_id)

                    thread_id = thread_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        from_address = d.pop("from_address")

        to_addresses = cast(list[str], d.pop("to_addresses"))

        cc_addresses = cast(list[str], d.pop("cc_addresses"))

        bcc_addresses = cast(list[str], d.pop("bcc_addresses"))

        subject = d.pop("subject", None)

        snippet = d.pop("snippet", None)

        body_text = d.pop("body_text", None)

        content_unavailable = d.pop("content_unavailable")

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = CorrespondenceAttachmentMetadata.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        email_correspondence_item = cls(
            channel,
            source_id,
            direction,
            occurred_at,
            identity_id,
            status,
            detail_url,
            mailbox_email,
            thread_id,
            from_address,
            to_addresses,
            cc_addresses,
            bcc_addresses,
            subject,
            snippet,
            body_text,
            content_unavailable,
            attachments,
        )

        email_correspondence_item.additional_properties = d
        return email_correspondence_item

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
from ..models.correspondence_attachment_metadata import CorrespondenceAttachmentMetadata  # noqa: E402
