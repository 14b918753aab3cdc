from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forward_mode import ForwardMode
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="ForwardEmailRequest")


@_attrs_define
class ForwardEmailRequest:
    recipients: ForwardRecipients
    """ At least one address across `to`, `cc` and `bcc`. """
    mode: ForwardMode | Unset = UNSET
    """ `inline` quotes the original below the note; `wrapped` attaches it as `message/rfc822`. """
    include_original_attachments: bool | Unset = True
    subject: str | Unset = UNSET
    body_text: str | Unset = UNSET
    body_html: str | Unset = UNSET
    additional_attachments: list[EmailAttachment] | Unset = UNSET
    reply_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = self.recipients.to_dict()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        include_original_attachments = self.include_original_attachments

        subject = self.subject

        body_text = self.body_text

        body_html = self.body_html

        additional_attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_attachments, Unset):
            additional_attachments = []
            for additional_attachments_item_data in self.additional_attachments:
                additional_attachments_item = additional_attachments_item_data.to_dict()
                additional_attachments.append(additional_attachments_item)

        reply_to = self.reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if include_original_attachments is not UNSET:
            field_dict["include_original_attachments"] = include_original_attachments
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if additional_attachments is not UNSET:
            field_dict["additional_attachments"] = additional_attachments
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipients = ForwardRecipients.from_dict(d.pop("recipients"))

        _mode = d.pop("mode", UNSET)
        mode: ForwardMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = parse_enum(ForwardMode, _mode)

        include_original_attachments = d.pop("include_original_attachments", UNSET)

        subject = d.pop("subject", UNSET)

        body_text = d.pop("body_text", UNSET)

        body_html = d.pop("body_html", UNSET)

        _additional_attachments = d.pop("additional_attachments", UNSET)
        additional_attachments: list[EmailAttachment] | Unset = UNSET
        if _additional_attachments is not UNSET:
            additional_attachments = []
            for additional_attachments_item_data in _additional_attachments:
                additional_attachments_item = EmailAttachment.from_dict(
                    additional_attachments_item_data
                )

                additional_attachments.append(additional_attachments_item)

        reply_to = d.pop("reply_to", UNSET)

        forward_email_request = cls(
            recipients,
            mode,
            include_original_attachments,
            subject,
            body_text,
            body_html,
            additional_attachments,
            reply_to,
        )

        forward_email_request.additional_properties = d
        return forward_email_request

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
from ..models.forward_recipients import ForwardRecipients  # noqa: E402
