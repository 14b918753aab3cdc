from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="MessageDetail")


@_attrs_define
class MessageDetail:
    """A message with its body."""

    id: UUID
    mailbox_id: UUID
    thread_id: None | UUID
    message_id: str
    """ RFC 5322 Message-ID, e.g. `<abc123@mail.gmail.com>`; use it for `in_reply_to_message_id`. """
    from_address: str
    from_display_name: None | str
    to_addresses: list[str]
    cc_addresses: list[str] | None
    subject: None | str
    snippet: None | str
    direction: MessageDirection
    status: str
    """ e.g. `queued`, `sent`, `delivered`, `bounced`, `failed`, `received`. """
    is_read: bool
    is_starred: bool
    has_attachments: bool
    first_opened_at: datetime.datetime | None
    import_job_id: None | UUID
    created_at: datetime.datetime
    body_text: None | str
    body_html: None | str
    bcc_addresses: list[str] | None
    in_reply_to: None | str
    """ RFC Message-ID this message replies to. """
    references: list[str] | None
    attachment_metadata: list[MessageDetailAttachmentMetadataType0Item] | None
    """ One object per attachment (filename, content type, size, …). """
    ses_message_id: None | str
    updated_at: datetime.datetime | None
    reply_all_recipients: None | ReplyAllRecipients
    open_count: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        mailbox_id = str(self.mailbox_id)

        thread_id: None | str
        if isinstance(self.thread_id, UUID):
            thread_id = str(self.thread_id)
        else:
            thread_id = self.thread_id

        message_id = self.message_id

        from_address = self.from_address

        from_display_name: None | str
        from_display_name = self.from_display_name

        to_addresses = self.to_addresses

        cc_addresses: list[str] | None
        if isinstance(self.cc_addresses, list):
            cc_addresses = self.cc_addresses

        else:
            cc_addresses = self.cc_addresses

        subject: None | str
        subject = self.subject

        snippet: None | str
        snippet = self.snippet

        direction = self.direction.value

        status = self.status

        is_read = self.is_read

        is_starred = self.is_starred

        has_attachments = self.has_attachments

        first_opened_at: None | str
        if isinstance(self.first_opened_at, datetime.datetime):
            first_opened_at = self.first_opened_at.isoformat()
        else:
            first_opened_at = self.first_opened_at

        open_count = self.open_count

        import_job_id: None | str
        if isinstance(self.import_job_id, UUID):
            import_job_id = str(self.import_job_id)
        else:
            import_job_id = self.import_job_id

        created_at = self.created_at.isoformat()

        body_text: None | str
        body_text = self.body_text

        body_html: None | str
        body_html = self.body_html

        bcc_addresses: list[str] | None
        if isinstance(self.bcc_addresses, list):
            bcc_addresses = self.bcc_addresses

        else:
            bcc_addresses = self.bcc_addresses

        in_reply_to: None | str
        in_reply_to = self.in_reply_to

        references: list[str] | None
        if isinstance(self.references, list):
            references = self.references

        else:
            references = self.references

        attachment_metadata: list[dict[str, Any]] | None
        if isinstance(self.attachment_metadata, list):
            attachment_metadata = []
            for attachment_metadata_type_0_item_data in self.attachment_metadata:
                attachment_metadata_type_0_item = attachment_metadata_type_0_item_data.to_dict()
                attachment_metadata.append(attachment_metadata_type_0_item)

        else:
            attachment_metadata = self.attachment_metadata

        ses_message_id: None | str
        ses_message_id = self.ses_message_id

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        reply_all_recipients: dict[str, Any] | None
        if isinstance(self.reply_all_recipients, ReplyAllRecipients):
            reply_all_recipients = self.reply_all_recipients.to_dict()
        else:
            reply_all_recipients = self.reply_all_recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mailbox_id": mailbox_id,
                "thread_id": thread_id,
                "message_id": message_id,
                "from_address": from_address,
                "from_display_name": from_display_name,
                "to_addresses": to_addresses,
                "cc_addresses": cc_addresses,
                "subject": subject,
                "snippet": snippet,
                "direction": direction,
                "status": status,
                "is_read": is_read,
                "is_starred": is_starred,
                "has_attachments": has_attachments,
                "first_opened_at": first_opened_at,
                "open_count": open_count,
                "import_job_id": import_job_id,
                "created_at": created_at,
                "body_text": body_text,
                "body_html": body_html,
                "bcc_addresses": bcc_addresses,
                "in_reply_to": in_reply_to,
                "references": references,
                "attachment_metadata": attachment_metadata,
                "ses_message_id": ses_message_id,
                "updated_at": updated_at,
                "reply_all_recipients": reply_all_recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        mailbox_id = parse_uuid(d.pop("mailbox_id"))

        thread_id = d.pop("thread_id", None)
        if thread_id is not None:
            if isinstance(thread_id, str):
                try:
                    thread_id_type_0 = parse_uuid(thread_id)

                    thread_id = thread_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        message_id = d.pop("message_id")

        from_address = d.pop("from_address")

        from_display_name = d.pop("from_display_name", None)

        to_addresses = cast(list[str], d.pop("to_addresses"))

        cc_addresses = d.pop("cc_addresses", None)
        if cc_addresses is not None:
            if isinstance(cc_addresses, list):
                try:
                    cc_addresses_type_0 = cast(list[str], cc_addresses)

                    cc_addresses = cc_addresses_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        subject = d.pop("subject", None)

        snippet = d.pop("snippet", None)

        direction = parse_enum(MessageDirection, d.pop("direction"))

        status = d.pop("status")

        is_read = d.pop("is_read")

        is_starred = d.pop("is_starred")

        has_attachments = d.pop("has_attachments")

        first_opened_at = d.pop("first_opened_at", None)
        if first_opened_at is not None:
            if isinstance(first_opened_at, str):
                try:
                    first_opened_at_type_0 = datetime.datetime.fromisoformat(first_opened_at)

                    first_opened_at = first_opened_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        open_count = d.pop("open_count", 0)

        import_job_id = d.pop("import_job_id", None)
        if import_job_id is not None:
            if isinstance(import_job_id, str):
                try:
                    import_job_id_type_0 = parse_uuid(import_job_id)

                    import_job_id = import_job_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        body_text = d.pop("body_text", None)

        body_html = d.pop("body_html", None)

        bcc_addresses = d.pop("bcc_addresses", None)
        if bcc_addresses is not None:
            if isinstance(bcc_addresses, list):
                try:
                    bcc_addresses_type_0 = cast(list[str], bcc_addresses)

                    bcc_addresses = bcc_addresses_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        in_reply_to = d.pop("in_reply_to", None)

        references = d.pop("references", None)
        if references is not None:
            if isinstance(references, list):
                try:
                    references_type_0 = cast(list[str], references)

                    references = references_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        attachment_metadata = d.pop("attachment_metadata", None)
        if attachment_metadata is not None:
            if isinstance(attachment_metadata, list):
                try:
                    attachment_metadata_type_0 = []
                    _attachment_metadata_type_0 = attachment_metadata
                    for attachment_metadata_type_0_item_data in _attachment_metadata_type_0:
                        attachment_metadata_type_0_item = (
                            MessageDetailAttachmentMetadataType0Item.from_dict(
                                attachment_metadata_type_0_item_data
                            )
                        )

                        attachment_metadata_type_0.append(attachment_metadata_type_0_item)

                    attachment_metadata = attachment_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        ses_message_id = d.pop("ses_message_id", None)

        updated_at = d.pop("updated_at", None)
        if updated_at is not None:
            if isinstance(updated_at, str):
                try:
                    updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                    updated_at = updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        reply_all_recipients = d.pop("reply_all_recipients", None)
        if reply_all_recipients is not None:
            if isinstance(reply_all_recipients, dict):
                try:
                    reply_all_recipients_type_0 = ReplyAllRecipients.from_dict(reply_all_recipients)

                    reply_all_recipients = reply_all_recipients_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        message_detail = cls(
            id,
            mailbox_id,
            thread_id,
            message_id,
            from_address,
            from_display_name,
            to_addresses,
            cc_addresses,
            subject,
            snippet,
            direction,
            status,
            is_read,
            is_starred,
            has_attachments,
            first_opened_at,
            import_job_id,
            created_at,
            body_text,
            body_html,
            bcc_addresses,
            in_reply_to,
            references,
            attachment_metadata,
            ses_message_id,
            updated_at,
            reply_all_recipients,
            open_count,
        )

        message_detail.additional_properties = d
        return message_detail

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
from ..models.message_detail_attachment_metadata_type_0_item import (
    MessageDetailAttachmentMetadataType0Item,  # noqa: E402
)
from ..models.reply_all_recipients import ReplyAllRecipients  # noqa: E402
