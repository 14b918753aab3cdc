from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RedundantGrantDetail")


@_attrs_define
class RedundantGrantDetail:
    """`detail` of the 409 returned for a contact access grant the wildcard already implies (the SDK raises
    `RedundantContactAccessGrantError`).

    """

    error: Literal["redundant_grant"]
    detail: str
    """ e.g. `wildcard already implies this identity`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = cast(Literal["redundant_grant"], d.pop("error"))
        if error != "redundant_grant":
            raise ValueError(f"error must match const 'redundant_grant', got '{error}'")

        detail = d.pop("detail")

        redundant_grant_detail = cls(
            error,
            detail,
        )

        redundant_grant_detail.additional_properties = d
        return redundant_grant_detail

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
