from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DomainAffiliation")


@_attrs_define
class DomainAffiliation:
    """Inkbox's assertion that the identity speaks for a verified domain."""

    domain: str
    verifier: str
    last_success_at: datetime.datetime
    valid_until: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        verifier = self.verifier

        last_success_at = self.last_success_at.isoformat()

        valid_until = self.valid_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "verifier": verifier,
                "last_success_at": last_success_at,
                "valid_until": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        verifier = d.pop("verifier")

        last_success_at = datetime.datetime.fromisoformat(d.pop("last_success_at"))

        valid_until = datetime.datetime.fromisoformat(d.pop("valid_until"))

        domain_affiliation = cls(
            domain,
            verifier,
            last_success_at,
            valid_until,
        )

        domain_affiliation.additional_properties = d
        return domain_affiliation

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
