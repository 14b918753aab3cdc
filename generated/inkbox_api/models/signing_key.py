from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="SigningKey")


@_attrs_define
class SigningKey:
    """A webhook signing key. `signing_key` is shown only in this response."""

    signing_key: str = _attrs_field(repr=_masked)
    """ The secret for `verify_webhook` (a `whsec_` prefix, if any, is not part of the HMAC key). """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signing_key = self.signing_key

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signing_key": signing_key,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signing_key = d.pop("signing_key")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        signing_key = cls(
            signing_key,
            created_at,
        )

        signing_key.additional_properties = d
        return signing_key

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
