from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.draft_send_state import DraftSendState
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="DraftSummary")


@_attrs_define
class DraftSummary:
    """A draft as listed (0.7)."""

    id: UUID
    mailbox_id: UUID
    from_address: str
    to_addresses: list[str]
    cc_addresses: list[str]
    bcc_addresses: list[str]
    subject: None | str
    snippet: None | str
    has_attachments: bool
    attachment_count: int
    generation: int
    """ Bumped by every change; pass it back to update, send, duplicate or delete. """
    send_state: DraftSendState
    """ Send state of a draft (`sending` / `uncertain` while a send is in flight or its outcome unknown). """
    track_opens: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        mailbox_id = str(self.mailbox_id)

        from_address = self.from_address

        to_addresses = self.to_addresses

        cc_addresses = self.cc_addresses

        bcc_addresses = self.bcc_addresses

        subject: None | str
        subject = self.subject

        snippet: None | str
        snippet = self.snippet

        has_attachments = self.has_attachments

        attachment_count = self.attachment_count

        generation = self.generation

        send_state = self.send_state.value

        track_opens = self.track_opens

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mailbox_id": mailbox_id,
                "from_address": from_address,
                "to_addresses": to_addresses,
                "cc_addresses": cc_addresses,
                "bcc_addresses": bcc_addresses,
                "subject": subject,
                "snippet": snippet,
                "has_attachments": has_attachments,
                "attachment_count": attachment_count,
                "generation": generation,
                "send_state": send_state,
                "track_opens": track_opens,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        mailbox_id = parse_uuid(d.pop("mailbox_id"))

        from_address = d.pop("from_address")

        to_addresses = cast(list[str], d.pop("to_addresses"))

        cc_addresses = cast(list[str], d.pop("cc_addresses"))

        bcc_addresses = cast(list[str], d.pop("bcc_addresses"))

        subject = d.pop("subject", None)

        snippet = d.pop("snippet", None)

        has_attachments = d.pop("has_attachments")

        attachment_count = d.pop("attachment_count")

        generation = d.pop("generation")

        send_state = parse_enum(DraftSendState, d.pop("send_state"))

        track_opens = d.pop("track_opens")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        draft_summary = cls(
            id,
            mailbox_id,
            from_address,
            to_addresses,
            cc_addresses,
            bcc_addresses,
            subject,
            snippet,
            has_attachments,
            attachment_count,
            generation,
            send_state,
            track_opens,
            created_at,
            updated_at,
        )

        draft_summary.additional_properties = d
        return draft_summary

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
