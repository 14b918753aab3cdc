from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_address_kind import ContactAddressKind
from ..models.contact_decision import ContactDecision
from ..types import parse_enum

T = TypeVar("T", bound="ContactAddressPermission")


@_attrs_define
class ContactAddressPermission:
    """Explicit and effective access of one identity to one address of a contact."""

    kind: ContactAddressKind
    """ Which kind of address. """
    value: str
    """ The email address or E.164 number. """
    label: None | str
    action: ContactDecision
    """ An explicit choice; `inherit` follows the identity's contact rules and the contact's defaults. """
    allowed: bool
    """ Effective outbound access (same as `allowed_outbound`). """
    inbound_action: ContactDecision
    """ An explicit choice; `inherit` follows the identity's contact rules and the contact's defaults. """
    outbound_action: ContactDecision
    """ An explicit choice; `inherit` follows the identity's contact rules and the contact's defaults. """
    allowed_inbound: bool
    allowed_outbound: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        value = self.value

        label: None | str
        label = self.label

        action = self.action.value

        allowed = self.allowed

        inbound_action = self.inbound_action.value

        outbound_action = self.outbound_action.value

        allowed_inbound = self.allowed_inbound

        allowed_outbound = self.allowed_outbound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "value": value,
                "label": label,
                "action": action,
                "allowed": allowed,
                "inbound_action": inbound_action,
                "outbound_action": outbound_action,
                "allowed_inbound": allowed_inbound,
                "allowed_outbound": allowed_outbound,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = parse_enum(ContactAddressKind, d.pop("kind"))

        value = d.pop("value")

        label = d.pop("label", None)

        action = parse_enum(ContactDecision, d.pop("action"))

        allowed = d.pop("allowed")

        inbound_action = parse_enum(ContactDecision, d.pop("inbound_action"))

        outbound_action = parse_enum(ContactDecision, d.pop("outbound_action"))

        allowed_inbound = d.pop("allowed_inbound")

        allowed_outbound = d.pop("allowed_outbound")

        contact_address_permission = cls(
            kind,
            value,
            label,
            action,
            allowed,
            inbound_action,
            outbound_action,
            allowed_inbound,
            allowed_outbound,
        )

        contact_address_permission.additional_properties = d
        return contact_address_permission

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
