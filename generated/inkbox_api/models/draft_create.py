from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forward_mode import ForwardMode
from ..types import UNSET, Unset, parse_enum, parse_uuid

T = TypeVar("T", bound="DraftCreate")


@_attrs_define
class DraftCreate:
    """A new draft; every field may be left out."""

    recipients: DraftRecipients | Unset = UNSET
    """ Recipient groups of a draft, each optional (a draft may be incomplete). """
    subject: str | Unset = UNSET
    body_text: str | Unset = UNSET
    body_html: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    thread_id: UUID | Unset = UNSET
    in_reply_to_message_id: str | Unset = UNSET
    """ RFC 5322 Message-ID of the message answered. """
    references: list[str] | Unset = UNSET
    forward_message_id: UUID | Unset = UNSET
    """ Inkbox id of a message of this mailbox to forward. """
    forward_mode: ForwardMode | Unset = UNSET
    """ `inline` quotes the original below the note; `wrapped` attaches it as `message/rfc822`. """
    forward_note_text: str | Unset = UNSET
    forward_note_html: str | Unset = UNSET
    include_original_attachments: bool | Unset = UNSET
    """ Copy the forwarded message's attachments into the draft (default true). """
    attachments: list[EmailAttachment] | Unset = UNSET
    track_opens: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients.to_dict()

        subject = self.subject

        body_text = self.body_text

        body_html = self.body_html

        reply_to = self.reply_to

        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        in_reply_to_message_id = self.in_reply_to_message_id

        references: list[str] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = self.references

        forward_message_id: str | Unset = UNSET
        if not isinstance(self.forward_message_id, Unset):
            forward_message_id = str(self.forward_message_id)

        forward_mode: str | Unset = UNSET
        if not isinstance(self.forward_mode, Unset):
            forward_mode = self.forward_mode.value

        forward_note_text = self.forward_note_text

        forward_note_html = self.forward_note_html

        include_original_attachments = self.include_original_attachments

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        track_opens = self.track_opens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if in_reply_to_message_id is not UNSET:
            field_dict["in_reply_to_message_id"] = in_reply_to_message_id
        if references is not UNSET:
            field_dict["references"] = references
        if forward_message_id is not UNSET:
            field_dict["forward_message_id"] = forward_message_id
        if forward_mode is not UNSET:
            field_dict["forward_mode"] = forward_mode
        if forward_note_text is not UNSET:
            field_dict["forward_note_text"] = forward_note_text
        if forward_note_html is not UNSET:
            field_dict["forward_note_html"] = forward_note_html
        if include_original_attachments is not UNSET:
            field_dict["include_original_attachments"] = include_original_attachments
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if track_opens is not UNSET:
            field_dict["track_opens"] = track_opens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _recipients = d.pop("recipients", UNSET)
        recipients: DraftRecipients | Unset
        if isinstance(_recipients, Unset):
            recipients = UNSET
        else:
            recipients = DraftRecipients.from_dict(_recipients)

        subject = d.pop("subject", UNSET)

        body_text = d.pop("body_text", UNSET)

        body_html = d.pop("body_html", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        _thread_id = d.pop("thread_id", UNSET)
        thread_id: UUID | Unset
        if isinstance(_thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = parse_uuid(_thread_id)

        in_reply_to_message_id = d.pop("in_reply_to_message_id", UNSET)

        references = cast(list[str], d.pop("references", UNSET))

        _forward_message_id = d.pop("forward_message_id", UNSET)
        forward_message_id: UUID | Unset
        if isinstance(_forward_message_id, Unset):
            forward_message_id = UNSET
        else:
            forward_message_id = parse_uuid(_forward_message_id)

        _forward_mode = d.pop("forward_mode", UNSET)
        forward_mode: ForwardMode | Unset
        if isinstance(_forward_mode, Unset):
            forward_mode = UNSET
        else:
            forward_mode = parse_enum(ForwardMode, _forward_mode)

        forward_note_text = d.pop("forward_note_text", UNSET)

        forward_note_html = d.pop("forward_note_html", UNSET)

        include_original_attachments = d.pop("include_original_attachments", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[EmailAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EmailAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        track_opens = d.pop("track_opens", UNSET)

        draft_create = cls(
            recipients,
            subject,
            body_text,
            body_html,
            reply_to,
            thread_id,
            in_reply_to_message_id,
            references,
            forward_message_id,
            forward_mode,
            forward_note_text,
            forward_note_html,
            include_original_attachments,
            attachments,
            track_opens,
        )

        draft_create.additional_properties = d
        return draft_create

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
from ..models.draft_recipients import DraftRecipients  # noqa: E402
from ..models.email_attachment import EmailAttachment  # noqa: E402
