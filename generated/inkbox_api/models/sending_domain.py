from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sending_domain_status import SendingDomainStatus
from ..types import parse_enum

T = TypeVar("T", bound="SendingDomain")


@_attrs_define
class SendingDomain:
    """A custom sending domain registered to the organization (the SDKs' `Domain`)."""

    id: str
    """ Row id, e.g. `sending_domain_<uuid>` (not a bare UUID). """
    domain: str
    """ Bare domain, e.g. `mail.acme.com`. """
    status: SendingDomainStatus
    """ Lifecycle of a custom sending domain; only `verified` can send. """
    is_default: bool
    verified_at: datetime.datetime | None
    """ First time the domain reached `verified`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        domain = self.domain

        status = self.status.value

        is_default = self.is_default

        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "domain": domain,
                "status": status,
                "is_default": is_default,
                "verified_at": verified_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        domain = d.pop("domain")

        status = parse_enum(SendingDomainStatus, d.pop("status"))

        is_default = d.pop("is_default")

        verified_at = d.pop("verified_at", None)
        if verified_at is not None:
            if isinstance(verified_at, str):
                try:
                    verified_at_type_0 = datetime.datetime.fromisoformat(verified_at)

                    verified_at = verified_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        sending_domain = cls(
            id,
            domain,
            status,
            is_default,
            verified_at,
        )

        sending_domain.additional_properties = d
        return sending_domain

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
