from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="ContactCommunicationPolicy")


@_attrs_define
class ContactCommunicationPolicy:
    """A contact's communication policy at one revision."""

    contact_id: UUID
    revision: int
    """ Bumped by every change; pass it back as `expected_revision`. """
    identity_id: None | UUID
    addresses: list[ContactAddressPermission]
    """ The identity's access per address (empty without an identity). """
    effective_visibility: ContactVisibilityResult | None
    visibility: ContactVisibilityPolicy
    """ A contact's visibility defaults and identity overrides (complete when sent). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = str(self.contact_id)

        revision = self.revision

        identity_id: None | str
        if isinstance(self.identity_id, UUID):
            identity_id = str(self.identity_id)
        else:
            identity_id = self.identity_id

        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        effective_visibility: dict[str, Any] | None
        if isinstance(self.effective_visibility, ContactVisibilityResult):
            effective_visibility = self.effective_visibility.to_dict()
        else:
            effective_visibility = self.effective_visibility

        visibility = self.visibility.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_id": contact_id,
                "revision": revision,
                "identity_id": identity_id,
                "addresses": addresses,
                "effective_visibility": effective_visibility,
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = parse_uuid(d.pop("contact_id"))

        revision = d.pop("revision")

        identity_id = d.pop("identity_id", None)
        if identity_id is not None:
            if isinstance(identity_id, str):
                try:
                    identity_id_type_0 = parse_uuid(identity_id)

                    identity_id = identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        addresses = []
        _addresses = d.pop("addresses")
        for addresses_item_data in _addresses:
            addresses_item = ContactAddressPermission.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        effective_visibility = d.pop("effective_visibility", None)
        if effective_visibility is not None:
            if isinstance(effective_visibility, dict):
                try:
                    effective_visibility_type_0 = ContactVisibilityResult.from_dict(
                        effective_visibility
                    )

                    effective_visibility = effective_visibility_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        visibility = ContactVisibilityPolicy.from_dict(d.pop("visibility"))

        contact_communication_policy = cls(
            contact_id,
            revision,
            identity_id,
            addresses,
            effective_visibility,
            visibility,
        )

        contact_communication_policy.additional_properties = d
        return contact_communication_policy

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
from ..models.contact_address_permission import ContactAddressPermission  # noqa: E402
from ..models.contact_visibility_policy import ContactVisibilityPolicy  # noqa: E402
from ..models.contact_visibility_result import ContactVisibilityResult  # noqa: E402
