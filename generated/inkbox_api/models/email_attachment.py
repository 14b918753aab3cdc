from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailAttachment")


@_attrs_define
class EmailAttachment:
    """A file to attach. Total at most 25 MB; `.exe`, `.bat` and `.scr` are refused."""

    filename: str
    content_type: str
    """ MIME type, e.g. `application/pdf`. """
    content_base64: str
    """ Base64 file content. """
    content_id: str | Unset = UNSET
    """ Inline image id referenced as `cid:<id>` in `body_html` (0.7; needs an `image/*` type). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        content_type = self.content_type

        content_base64 = self.content_base64

        content_id = self.content_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "content_type": content_type,
                "content_base64": content_base64,
            }
        )
        if content_id is not UNSET:
            field_dict["content_id"] = content_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        content_type = d.pop("content_type")

        content_base64 = d.pop("content_base64")

        content_id = d.pop("content_id", UNSET)

        email_attachment = cls(
            filename,
            content_type,
            content_base64,
            content_id,
        )

        email_attachment.additional_properties = d
        return email_attachment

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
