from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="DraftUpdate")


@_attrs_define
class DraftUpdate:
    """The fields present replace the draft's (`null` clears one), if `generation` matches."""

    generation: int
    recipients: DraftRecipients | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    body_text: None | str | Unset = UNSET
    body_html: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    thread_id: None | Unset | UUID = UNSET
    in_reply_to_message_id: None | str | Unset = UNSET
    references: list[str] | None | Unset = UNSET
    track_opens: bool | Unset = UNSET
    forward_note_text: None | str | Unset = UNSET
    forward_note_html: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation = self.generation

        recipients: dict[str, Any] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, DraftRecipients):
            recipients = self.recipients.to_dict()
        else:
            recipients = self.recipients

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body_text: None | str | Unset
        if isinstance(self.body_text, Unset):
            body_text = UNSET
        else:
            body_text = self.body_text

        body_html: None | str | Unset
        if isinstance(self.body_html, Unset):
            body_html = UNSET
        else:
            body_html = self.body_html

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        elif isinstance(self.thread_id, UUID):
            thread_id = str(self.thread_id)
        else:
            thread_id = self.thread_id

        in_reply_to_message_id: None | str | Unset
        if isinstance(self.in_reply_to_message_id, Unset):
            in_reply_to_message_id = UNSET
        else:
            in_reply_to_message_id = self.in_reply_to_message_id

        references: list[str] | None | Unset
        if isinstance(self.references, Unset):
            references = UNSET
        elif isinstance(self.references, list):
            references = self.references

        else:
            references = self.references

        track_opens = self.track_opens

        forward_note_text: None | str | Unset
        if isinstance(self.forward_note_text, Unset):
            forward_note_text = UNSET
        else:
            forward_note_text = self.forward_note_text

        forward_note_html: None | str | Unset
        if isinstance(self.forward_note_html, Unset):
            forward_note_html = UNSET
        else:
            forward_note_html = self.forward_note_html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generation": generation,
            }
        )
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
        if track_opens is not UNSET:
            field_dict["track_opens"] = track_opens
        if forward_note_text is not UNSET:
            field_dict["forward_note_text"] = forward_note_text
        if forward_note_html is not UNSET:
            field_dict["forward_note_html"] = forward_note_html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generation = d.pop("generation")

        recipients = d.pop("recipients", UNSET)
        if recipients is not None and not isinstance(recipients, Unset):
            if isinstance(recipients, dict):
                try:
                    recipients_type_0 = DraftRecipients.from_dict(recipients)

                    recipients = recipients_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        subject = d.pop("subject", UNSET)

        body_text = d.pop("body_text", UNSET)

        body_html = d.pop("body_html", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        thread_id = d.pop("thread_id", UNSET)
        if thread_id is not None and not isinstance(thread_id, Unset):
            if isinstance(thread_id, str):
                try:
                    thread_id_type_0 = parse_uuid(thread_id)

                    thread_id = thread_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        in_reply_to_message_id = d.pop("in_reply_to_message_id", UNSET)

        references = d.pop("references", UNSET)
        if references is not None and not isinstance(references, Unset):
            if isinstance(references, list):
                try:
                    references_type_0 = cast(list[str], references)

                    references = references_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        track_opens = d.pop("track_opens", UNSET)

        forward_note_text = d.pop("forward_note_text", UNSET)

        forward_note_html = d.pop("forward_note_html", UNSET)

        draft_update = cls(
            generation,
            recipients,
            subject,
            body_text,
            body_html,
            reply_to,
            thread_id,
            in_reply_to_message_id,
            references,
            track_opens,
            forward_note_text,
            forward_note_html,
        )

        draft_update.additional_properties = d
        return draft_update

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
