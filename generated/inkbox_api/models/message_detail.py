from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection

if TYPE_CHECKING:
    from ..models.message_detail_attachment_metadata_type_0_item import (
        MessageDetailAttachmentMetadataType0Item,
    )
    from ..models.reply_all_recipients import ReplyAllRecipients


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
        from ..models.reply_all_recipients import ReplyAllRecipients  # noqa: PLC0415

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
        from ..models.message_detail_attachment_metadata_type_0_item import (
            MessageDetailAttachmentMetadataType0Item,  # noqa: PLC0415
        )
        from ..models.reply_all_recipients import ReplyAllRecipients  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        mailbox_id = UUID(d.pop("mailbox_id"))

        def _parse_thread_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                thread_id_type_0 = UUID(data)

                return thread_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        thread_id = _parse_thread_id(d.pop("thread_id", None))

        message_id = d.pop("message_id")

        from_address = d.pop("from_address")

        def _parse_from_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_display_name = _parse_from_display_name(d.pop("from_display_name", None))

        to_addresses = cast(list[str], d.pop("to_addresses"))

        def _parse_cc_addresses(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_addresses_type_0 = cast(list[str], data)

                return cc_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        cc_addresses = _parse_cc_addresses(d.pop("cc_addresses", None))

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject", None))

        def _parse_snippet(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        snippet = _parse_snippet(d.pop("snippet", None))

        direction = MessageDirection(d.pop("direction"))

        status = d.pop("status")

        is_read = d.pop("is_read")

        is_starred = d.pop("is_starred")

        has_attachments = d.pop("has_attachments")

        def _parse_first_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_opened_at = _parse_first_opened_at(d.pop("first_opened_at", None))

        open_count = d.pop("open_count", 0)

        def _parse_import_job_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                import_job_id_type_0 = UUID(data)

                return import_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        import_job_id = _parse_import_job_id(d.pop("import_job_id", None))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_body_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        body_text = _parse_body_text(d.pop("body_text", None))

        def _parse_body_html(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        body_html = _parse_body_html(d.pop("body_html", None))

        def _parse_bcc_addresses(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_addresses_type_0 = cast(list[str], data)

                return bcc_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        bcc_addresses = _parse_bcc_addresses(d.pop("bcc_addresses", None))

        def _parse_in_reply_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        in_reply_to = _parse_in_reply_to(d.pop("in_reply_to", None))

        def _parse_references(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                references_type_0 = cast(list[str], data)

                return references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        references = _parse_references(d.pop("references", None))

        def _parse_attachment_metadata(
            data: object,
        ) -> list[MessageDetailAttachmentMetadataType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachment_metadata_type_0 = []
                _attachment_metadata_type_0 = data
                for attachment_metadata_type_0_item_data in _attachment_metadata_type_0:
                    attachment_metadata_type_0_item = (
                        MessageDetailAttachmentMetadataType0Item.from_dict(
                            attachment_metadata_type_0_item_data
                        )
                    )

                    attachment_metadata_type_0.append(attachment_metadata_type_0_item)

                return attachment_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessageDetailAttachmentMetadataType0Item] | None, data)

        attachment_metadata = _parse_attachment_metadata(d.pop("attachment_metadata", None))

        def _parse_ses_message_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ses_message_id = _parse_ses_message_id(d.pop("ses_message_id", None))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at", None))

        def _parse_reply_all_recipients(data: object) -> None | ReplyAllRecipients:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reply_all_recipients_type_0 = ReplyAllRecipients.from_dict(data)

                return reply_all_recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReplyAllRecipients, data)

        reply_all_recipients = _parse_reply_all_recipients(d.pop("reply_all_recipients", None))

        message_detail = cls(
            id=id,
            mailbox_id=mailbox_id,
            thread_id=thread_id,
            message_id=message_id,
            from_address=from_address,
            from_display_name=from_display_name,
            to_addresses=to_addresses,
            cc_addresses=cc_addresses,
            subject=subject,
            snippet=snippet,
            direction=direction,
            status=status,
            is_read=is_read,
            is_starred=is_starred,
            has_attachments=has_attachments,
            first_opened_at=first_opened_at,
            open_count=open_count,
            import_job_id=import_job_id,
            created_at=created_at,
            body_text=body_text,
            body_html=body_html,
            bcc_addresses=bcc_addresses,
            in_reply_to=in_reply_to,
            references=references,
            attachment_metadata=attachment_metadata,
            ses_message_id=ses_message_id,
            updated_at=updated_at,
            reply_all_recipients=reply_all_recipients,
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
