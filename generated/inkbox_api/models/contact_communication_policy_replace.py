from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="ContactCommunicationPolicyReplace")


@_attrs_define
class ContactCommunicationPolicyReplace:
    """Body of `replace_contact_communication_policy`."""

    expected_revision: int
    identity_id: UUID
    addresses: list[ContactAddressUpdate]
    visibility: ContactVisibilityPolicy | Unset = UNSET
    """ A contact's visibility defaults and identity overrides (complete when sent). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected_revision = self.expected_revision

        identity_id = str(self.identity_id)

        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expected_revision": expected_revision,
                "identity_id": identity_id,
                "addresses": addresses,
            }
        )
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected_revision = d.pop("expected_revision")

        identity_id = parse_uuid(d.pop("identity_id"))

        addresses = []
        _addresses = d.pop("addresses")
        for addresses_item_data in _addresses:
            addresses_item = ContactAddressUpdate.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        _visibility = d.pop("visibility", UNSET)
        visibility: ContactVisibilityPolicy | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = ContactVisibilityPolicy.from_dict(_visibility)

        contact_communication_policy_replace = cls(
            expected_revision,
            identity_id,
            addresses,
            visibility,
        )

        contact_communication_policy_replace.additional_properties = d
        return contact_communication_policy_replace

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
from ..models.contact_address_update import ContactAddressUpdate  # noqa: E402
from ..models.contact_visibility_policy import ContactVisibilityPolicy  # noqa: E402
