from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailRequest")


@_attrs_define
class SendEmailRequest:
    recipients: EmailRecipients
    subject: str
    body_text: str | Unset = UNSET
    body_html: str | Unset = UNSET
    in_reply_to_message_id: str | Unset = UNSET
    """ RFC 5322 Message-ID of the message replied to (`Message.message_id`, not its UUID `id`). """
    attachments: list[EmailAttachment] | Unset = UNSET
    track_opens: bool | Unset = UNSET
    """ Embed an open-tracking pixel (0.7; requires `body_html`, else 422). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = self.recipients.to_dict()

        subject = self.subject

        body_text = self.body_text

        body_html = self.body_html

        in_reply_to_message_id = self.in_reply_to_message_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        track_opens = self.track_opens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
                "subject": subject,
            }
        )
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if in_reply_to_message_id is not UNSET:
            field_dict["in_reply_to_message_id"] = in_reply_to_message_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if track_opens is not UNSET:
            field_dict["track_opens"] = track_opens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipients = EmailRecipients.from_dict(d.pop("recipients"))

        subject = d.pop("subject")

        body_text = d.pop("body_text", UNSET)

        body_html = d.pop("body_html", UNSET)

        in_reply_to_message_id = d.pop("in_reply_to_message_id", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[EmailAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EmailAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        track_opens = d.pop("track_opens", UNSET)

        send_email_request = cls(
            recipients,
            subject,
            body_text,
            body_html,
            in_reply_to_message_id,
            attachments,
            track_opens,
        )

        send_email_request.additional_properties = d
        return send_email_request

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
from ..models.email_attachment import EmailAttachment  # noqa: E402
from ..models.email_recipients import EmailRecipients  # noqa: E402
