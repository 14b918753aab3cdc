from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IdentityDomainAffiliation")


@_attrs_define
class IdentityDomainAffiliation:
    domain_claim_id: None | str
    domain: None | str
    affiliation: DomainAffiliation | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_claim_id: None | str
        domain_claim_id = self.domain_claim_id

        domain: None | str
        domain = self.domain

        affiliation: dict[str, Any] | None
        if isinstance(self.affiliation, DomainAffiliation):
            affiliation = self.affiliation.to_dict()
        else:
            affiliation = self.affiliation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain_claim_id": domain_claim_id,
                "domain": domain,
                "affiliation": affiliation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_claim_id = d.pop("domain_claim_id", None)

        domain = d.pop("domain", None)

        affiliation = d.pop("affiliation", None)
        if affiliation is not None:
            if isinstance(affiliation, dict):
                try:
                    affiliation_type_0 = DomainAffiliation.from_dict(affiliation)

                    affiliation = affiliation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        identity_domain_affiliation = cls(
            domain_claim_id,
            domain,
            affiliation,
        )

        identity_domain_affiliation.additional_properties = d
        return identity_domain_affiliation

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
from ..models.domain_affiliation import DomainAffiliation  # noqa: E402
