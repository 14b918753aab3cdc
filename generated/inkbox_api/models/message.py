from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """Email metadata (no body)."""

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

        message = cls(
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
            open_count,
        )

        message.additional_properties = d
        return message

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
