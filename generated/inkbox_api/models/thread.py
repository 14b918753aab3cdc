from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_folder import ThreadFolder
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="Thread")


@_attrs_define
class Thread:
    """A conversation grouping related messages."""

    id: UUID
    mailbox_id: UUID
    subject: None | str
    folder: ThreadFolder
    """ Folder of a thread. `blocked` is server-assigned and cannot be set by clients. """
    message_count: int
    last_message_at: datetime.datetime
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        mailbox_id = str(self.mailbox_id)

        subject: None | str
        subject = self.subject

        folder = self.folder.value

        message_count = self.message_count

        last_message_at = self.last_message_at.isoformat()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mailbox_id": mailbox_id,
                "subject": subject,
                "folder": folder,
                "message_count": message_count,
                "last_message_at": last_message_at,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        mailbox_id = parse_uuid(d.pop("mailbox_id"))

        subject = d.pop("subject", None)

        folder = parse_enum(ThreadFolder, d.pop("folder"))

        message_count = d.pop("message_count")

        last_message_at = datetime.datetime.fromisoformat(d.pop("last_message_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        thread = cls(
            id,
            mailbox_id,
            subject,
            folder,
            message_count,
            last_message_at,
            created_at,
        )

        thread.additional_properties = d
        return thread

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
