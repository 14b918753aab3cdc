from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.domain_affiliation import DomainAffiliation


T = TypeVar("T", bound="IdentityDomainAffiliation")


@_attrs_define
class IdentityDomainAffiliation:
    domain_claim_id: None | str
    domain: None | str
    affiliation: DomainAffiliation | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.domain_affiliation import DomainAffiliation  # noqa: PLC0415

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
        from ..models.domain_affiliation import DomainAffiliation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_domain_claim_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domain_claim_id = _parse_domain_claim_id(d.pop("domain_claim_id", None))

        def _parse_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domain = _parse_domain(d.pop("domain", None))

        def _parse_affiliation(data: object) -> DomainAffiliation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                affiliation_type_0 = DomainAffiliation.from_dict(data)

                return affiliation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainAffiliation | None, data)

        affiliation = _parse_affiliation(d.pop("affiliation", None))

        identity_domain_affiliation = cls(
            domain_claim_id=domain_claim_id,
            domain=domain,
            affiliation=affiliation,
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
