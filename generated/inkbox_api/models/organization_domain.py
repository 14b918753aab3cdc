from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_claim_state import DomainClaimState

if TYPE_CHECKING:
    from ..models.domain_txt_record import DomainTxtRecord


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
        from ..models.domain_txt_record import DomainTxtRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        domain = d.pop("domain")

        state = DomainClaimState(d.pop("state"))

        dns_record = DomainTxtRecord.from_dict(d.pop("dns_record"))

        def _parse_verified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        verified_at = _parse_verified_at(d.pop("verified_at", None))

        def _parse_last_checked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_checked_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_checked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_checked_at = _parse_last_checked_at(d.pop("last_checked_at", None))

        def _parse_last_success_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_success_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_success_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_success_at = _parse_last_success_at(d.pop("last_success_at", None))

        def _parse_valid_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.datetime.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        valid_until = _parse_valid_until(d.pop("valid_until", None))

        def _parse_pending_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pending_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return pending_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        pending_expires_at = _parse_pending_expires_at(d.pop("pending_expires_at", None))

        def _parse_next_check_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_check_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_check_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_check_at = _parse_next_check_at(d.pop("next_check_at", None))

        def _parse_last_check_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_check_result = _parse_last_check_result(d.pop("last_check_result", None))

        ownership_conflict = d.pop("ownership_conflict")

        def _parse_recovery_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recovery_action = _parse_recovery_action(d.pop("recovery_action", None))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        organization_domain = cls(
            id=id,
            domain=domain,
            state=state,
            dns_record=dns_record,
            verified_at=verified_at,
            last_checked_at=last_checked_at,
            last_success_at=last_success_at,
            valid_until=valid_until,
            pending_expires_at=pending_expires_at,
            next_check_at=next_check_at,
            last_check_result=last_check_result,
            ownership_conflict=ownership_conflict,
            recovery_action=recovery_action,
            created_at=created_at,
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
