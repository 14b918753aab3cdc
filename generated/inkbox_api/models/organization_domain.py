from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_claim_state import DomainClaimState
from ..types import parse_enum

T = TypeVar("T", bound="OrganizationDomain")


@_attrs_define
class OrganizationDomain:
    """A claim of the organization on a domain."""

    id: str
    domain: str
    state: DomainClaimState
    dns_record: DomainTxtRecord
    """ The DNS record that proves control of the domain. """
    verified_at: datetime.datetime | None
    last_checked_at: datetime.datetime | None
    last_success_at: datetime.datetime | None
    valid_until: datetime.datetime | None
    pending_expires_at: datetime.datetime | None
    next_check_at: datetime.datetime | None
    last_check_result: None | str
    ownership_conflict: bool
    recovery_action: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        domain = self.domain

        state = self.state.value

        dns_record = self.dns_record.to_dict()

        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        last_checked_at: None | str
        if isinstance(self.last_checked_at, datetime.datetime):
            last_checked_at = self.last_checked_at.isoformat()
        else:
            last_checked_at = self.last_checked_at

        last_success_at: None | str
        if isinstance(self.last_success_at, datetime.datetime):
            last_success_at = self.last_success_at.isoformat()
        else:
            last_success_at = self.last_success_at

        valid_until: None | str
        if isinstance(self.valid_until, datetime.datetime):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        pending_expires_at: None | str
        if isinstance(self.pending_expires_at, datetime.datetime):
            pending_expires_at = self.pending_expires_at.isoformat()
        else:
            pending_expires_at = self.pending_expires_at

        next_check_at: None | str
        if isinstance(self.next_check_at, datetime.datetime):
            next_check_at = self.next_check_at.isoformat()
        else:
            next_check_at = self.next_check_at

        last_check_result: None | str
        last_check_result = self.last_check_result

        ownership_conflict = self.ownership_conflict

        recovery_action: None | str
        recovery_action = self.recovery_action

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "domain": domain,
                "state": state,
                "dns_record": dns_record,
                "verified_at": verified_at,
                "last_checked_at": last_checked_at,
                "last_success_at": last_success_at,
                "valid_until": valid_until,
                "pending_expires_at": pending_expires_at,
                "next_check_at": next_check_at,
                "last_check_result": last_check_result,
                "ownership_conflict": ownership_conflict,
                "recovery_action": recovery_action,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        domain = d.pop("domain")

        state = parse_enum(DomainClaimState, d.pop("state"))

        dns_record = DomainTxtRecord.from_dict(d.pop("dns_record"))

        verified_at = d.pop("verified_at", None)
        if verified_at is not None:
            if isinstance(verified_at, str):
                try:
                    verified_at_type_0 = datetime.datetime.fromisoformat(verified_at)

                    verified_at = verified_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        last_checked_at = d.pop("last_checked_at", None)
        if last_checked_at is not None:
            if isinstance(last_checked_at, str):
                try:
                    last_checked_at_type_0 = datetime.datetime.fromisoformat(last_checked_at)

                    last_checked_at = last_checked_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        last_success_at = d.pop("last_success_at", None)
        if last_success_at is not None:
            if isinstance(last_success_at, str):
                try:
                    last_success_at_type_0 = datetime.datetime.fromisoformat(last_success_at)

                    last_success_at = last_success_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        valid_until = d.pop("valid_until", None)
        if valid_until is not None:
            if isinstance(valid_until, str):
                try:
                    valid_until_type_0 = datetime.datetime.fromisoformat(valid_until)

                    valid_until = valid_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        pending_expires_at = d.pop("pending_expires_at", None)
        if pending_expires_at is not None:
            if isinstance(pending_expires_at, str):
                try:
                    pending_expires_at_type_0 = datetime.datetime.fromisoformat(pending_expires_at)

                    pending_expires_at = pending_expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        next_check_at = d.pop("next_check_at", None)
        if next_check_at is not None:
            if isinstance(next_check_at, str):
                try:
                    next_check_at_type_0 = datetime.datetime.fromisoformat(next_check_at)

                    next_check_at = next_check_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        last_check_result = d.pop("last_check_result", None)

        ownership_conflict = d.pop("ownership_conflict")

        recovery_action = d.pop("recovery_action", None)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        organization_domain = cls(
            id,
            domain,
            state,
            dns_record,
            verified_at,
            last_checked_at,
            last_success_at,
            valid_until,
            pending_expires_at,
            next_check_at,
            last_check_result,
            ownership_conflict,
            recovery_action,
            created_at,
        )

        organization_domain.additional_properties = d
        return organization_domain

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
from ..models.domain_txt_record import DomainTxtRecord  # noqa: E402
