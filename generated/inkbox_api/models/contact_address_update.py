from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_address_kind import ContactAddressKind
from ..models.contact_decision import ContactDecision
from ..models.contact_rule_direction import ContactRuleDirection
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="ContactAddressUpdate")


@_attrs_define
class ContactAddressUpdate:
    """One address decision, naming the decision it expects to replace."""

    kind: ContactAddressKind
    """ Which kind of address. """
    value: str
    action: ContactDecision
    """ An explicit choice; `inherit` follows the identity's contact rules and the contact's defaults. """
    expected_action: ContactDecision | Unset = UNSET
    """ An explicit choice; `inherit` follows the identity's contact rules and the contact's defaults. """
    direction: ContactRuleDirection | Unset = UNSET
    """ Which traffic a contact rule covers. """
    expected_inbound_action: ContactDecision | Unset = UNSET
    """ An explicit choice; `inherit` follows the identity's contact rules and the contact's defaults. """
    expected_outbound_action: ContactDecision | Unset = UNSET
    """ An explicit choice; `inherit` follows the identity's contact rules and the contact's defaults. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        value = self.value

        action = self.action.value

        expected_action: str | Unset = UNSET
        if not isinstance(self.expected_action, Unset):
            expected_action = self.expected_action.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        expected_inbound_action: str | Unset = UNSET
        if not isinstance(self.expected_inbound_action, Unset):
            expected_inbound_action = self.expected_inbound_action.value

        expected_outbound_action: str | Unset = UNSET
        if not isinstance(self.expected_outbound_action, Unset):
            expected_outbound_action = self.expected_outbound_action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "value": value,
                "action": action,
            }
        )
        if expected_action is not UNSET:
            field_dict["expected_action"] = expected_action
        if direction is not UNSET:
            field_dict["direction"] = direction
        if expected_inbound_action is not UNSET:
            field_dict["expected_inbound_action"] = expected_inbound_action
        if expected_outbound_action is not UNSET:
            field_dict["expected_outbound_action"] = expected_outbound_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = parse_enum(ContactAddressKind, d.pop("kind"))

        value = d.pop("value")

        action = parse_enum(ContactDecision, d.pop("action"))

        _expected_action = d.pop("expected_action", UNSET)
        expected_action: ContactDecision | Unset
        if isinstance(_expected_action, Unset):
            expected_action = UNSET
        else:
            expected_action = parse_enum(ContactDecision, _expected_action)

        _direction = d.pop("direction", UNSET)
        direction: ContactRuleDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = parse_enum(ContactRuleDirection, _direction)

        _expected_inbound_action = d.pop("expected_inbound_action", UNSET)
        expected_inbound_action: ContactDecision | Unset
        if isinstance(_expected_inbound_action, Unset):
            expected_inbound_action = UNSET
        else:
            expected_inbound_action = parse_enum(ContactDecision, _expected_inbound_action)

        _expected_outbound_action = d.pop("expected_outbound_action", UNSET)
        expected_outbound_action: ContactDecision | Unset
        if isinstance(_expected_outbound_action, Unset):
            expected_outbound_action = UNSET
        else:
            expected_outbound_action = parse_enum(ContactDecision, _expected_outbound_action)

        contact_address_update = cls(
            kind,
            value,
            action,
            expected_action,
            direction,
            expected_inbound_action,
            expected_outbound_action,
        )

        contact_address_update.additional_properties = d
        return contact_address_update

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
