from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DraftAttachment")


@_attrs_define
class DraftAttachment:
    """Metadata of one attachment of the current draft generation."""

    part_index: int
    filename: str
    content_type: str
    size: int
    content_id: None | str
    is_inline: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        part_index = self.part_index

        filename = self.filename

        content_type = self.content_type

        size = self.size

        content_id: None | str
        content_id = self.content_id

        is_inline = self.is_inline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "part_index": part_index,
                "filename": filename,
                "content_type": content_type,
                "size": size,
                "content_id": content_id,
                "is_inline": is_inline,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        part_index = d.pop("part_index")

        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size = d.pop("size")

        content_id = d.pop("content_id", None)

        is_inline = d.pop("is_inline", False)

        draft_attachment = cls(
            part_index,
            filename,
            content_type,
            size,
            content_id,
            is_inline,
        )

        draft_attachment.additional_properties = d
        return draft_attachment

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
