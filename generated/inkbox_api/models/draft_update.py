from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.draft_recipients import DraftRecipients


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
        from ..models.draft_recipients import DraftRecipients  # noqa: PLC0415

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
        from ..models.draft_recipients import DraftRecipients  # noqa: PLC0415

        d = dict(src_dict)
        generation = d.pop("generation")

        def _parse_recipients(data: object) -> DraftRecipients | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recipients_type_0 = DraftRecipients.from_dict(data)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DraftRecipients | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_body_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_text = _parse_body_text(d.pop("body_text", UNSET))

        def _parse_body_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_html = _parse_body_html(d.pop("body_html", UNSET))

        def _parse_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

        def _parse_thread_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                thread_id_type_0 = UUID(data)

                return thread_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        thread_id = _parse_thread_id(d.pop("thread_id", UNSET))

        def _parse_in_reply_to_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_reply_to_message_id = _parse_in_reply_to_message_id(
            d.pop("in_reply_to_message_id", UNSET)
        )

        def _parse_references(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                references_type_0 = cast(list[str], data)

                return references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        references = _parse_references(d.pop("references", UNSET))

        track_opens = d.pop("track_opens", UNSET)

        def _parse_forward_note_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forward_note_text = _parse_forward_note_text(d.pop("forward_note_text", UNSET))

        def _parse_forward_note_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forward_note_html = _parse_forward_note_html(d.pop("forward_note_html", UNSET))

        draft_update = cls(
            generation=generation,
            recipients=recipients,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            reply_to=reply_to,
            thread_id=thread_id,
            in_reply_to_message_id=in_reply_to_message_id,
            references=references,
            track_opens=track_opens,
            forward_note_text=forward_note_text,
            forward_note_html=forward_note_html,
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
