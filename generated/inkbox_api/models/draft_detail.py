from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.draft_send_state import DraftSendState
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="DraftDetail")


@_attrs_define
class DraftDetail:
    """A draft with its bodies, threading and attachment metadata (0.7)."""

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
    body_text: None | str
    body_html: None | str
    reply_to: None | str
    thread_id: None | UUID
    """ The thread a reply draft joins. """
    message_id: None | str
    """ RFC 5322 Message-ID the sent message will carry, when reserved. """
    in_reply_to: None | str
    references: list[str]
    forward_source_message_id: None | UUID
    forward_note_text: None | str
    forward_note_html: None | str
    attachment_metadata: list[DraftAttachment]
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

        body_text: None | str
        body_text = self.body_text

        body_html: None | str
        body_html = self.body_html

        reply_to: None | str
        reply_to = self.reply_to

        thread_id: None | str
        if isinstance(self.thread_id, UUID):
            thread_id = str(self.thread_id)
        else:
            thread_id = self.thread_id

        message_id: None | str
        message_id = self.message_id

        in_reply_to: None | str
        in_reply_to = self.in_reply_to

        references = self.references

        forward_source_message_id: None | str
        if isinstance(self.forward_source_message_id, UUID):
            forward_source_message_id = str(self.forward_source_message_id)
        else:
            forward_source_message_id = self.forward_source_message_id

        forward_note_text: None | str
        forward_note_text = self.forward_note_text

        forward_note_html: None | str
        forward_note_html = self.forward_note_html

        attachment_metadata = []
        for attachment_metadata_item_data in self.attachment_metadata:
            attachment_metadata_item = attachment_metadata_item_data.to_dict()
            attachment_metadata.append(attachment_metadata_item)

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
                "body_text": body_text,
                "body_html": body_html,
                "reply_to": reply_to,
                "thread_id": thread_id,
                "message_id": message_id,
                "in_reply_to": in_reply_to,
                "references": references,
                "forward_source_message_id": forward_source_message_id,
                "forward_note_text": forward_note_text,
                "forward_note_html": forward_note_html,
                "attachment_metadata": attachment_metadata,
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

        body_text = d.pop("body_text", None)

        body_html = d.pop("body_html", None)

        reply_to = d.pop("reply_to", None)

        thread_id = d.pop("thread_id", None)
        if thread_id is not None:
            if isinstance(thread_id, str):
                try:
                    thread_id_type_0 = parse_uuid(thread_id)

                    thread_id = thread_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        message_id = d.pop("message_id", None)

        in_reply_to = d.pop("in_reply_to", None)

        references = cast(list[str], d.pop("references"))

        forward_source_message_id = d.pop("forward_source_message_id", None)
        if forward_source_message_id is not None:
            if isinstance(forward_source_message_id, str):
                try:
                    forward_source_message_id_type_0 = parse_uuid(forward_source_message_id)

                    forward_source_message_id = forward_source_message_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        forward_note_text = d.pop("forward_note_text", None)

        forward_note_html = d.pop("forward_note_html", None)

        attachment_metadata = []
        _attachment_metadata = d.pop("attachment_metadata")
        for attachment_metadata_item_data in _attachment_metadata:
            attachment_metadata_item = DraftAttachment.from_dict(attachment_metadata_item_data)

            attachment_metadata.append(attachment_metadata_item)

        draft_detail = cls(
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
            body_text,
            body_html,
            reply_to,
            thread_id,
            message_id,
            in_reply_to,
            references,
            forward_source_message_id,
            forward_note_text,
            forward_note_html,
            attachment_metadata,
        )

        draft_detail.additional_properties = d
        return draft_detail

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
from ..models.draft_attachment import DraftAttachment  # noqa: E402
