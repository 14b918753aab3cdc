from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DraftGenerationConflictDetail")


@_attrs_define
class DraftGenerationConflictDetail:
    """`detail` of the 409 answering a stale `generation`: nothing was changed; re-read the draft (or retry with
    `current_generation`).

    """

    error: Literal["draft_generation_conflict"]
    message: str
    current_generation: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        current_generation = self.current_generation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
                "current_generation": current_generation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = cast(Literal["draft_generation_conflict"], d.pop("error"))
        if error != "draft_generation_conflict":
            raise ValueError(f"error must match const 'draft_generation_conflict', got '{error}'")

        message = d.pop("message")

        current_generation = d.pop("current_generation")

        draft_generation_conflict_detail = cls(
            error,
            message,
            current_generation,
        )

        draft_generation_conflict_detail.additional_properties = d
        return draft_generation_conflict_detail

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
