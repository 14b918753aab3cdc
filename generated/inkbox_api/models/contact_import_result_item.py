from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_import_status import ContactImportStatus
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="ContactImportResultItem")


@_attrs_define
class ContactImportResultItem:
    """Outcome of one card of a vCard import."""

    index: int
    """ 0-based position of the card in the upload. """
    status: ContactImportStatus
    """ Outcome of one card of a vCard import. """
    contact: Contact | None
    """ The created contact when `status` is `created`. """
    error: None | str
    """ Why the card was not created. """
    conflicting_contact_id: None | UUID
    """ The existing contact a `conflict` card collided with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        status = self.status.value

        contact: dict[str, Any] | None
        if isinstance(self.contact, Contact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        error: None | str
        error = self.error

        conflicting_contact_id: None | str
        if isinstance(self.conflicting_contact_id, UUID):
            conflicting_contact_id = str(self.conflicting_contact_id)
        else:
            conflicting_contact_id = self.conflicting_contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "status": status,
                "contact": contact,
                "error": error,
                "conflicting_contact_id": conflicting_contact_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        status = parse_enum(ContactImportStatus, d.pop("status"))

        contact = d.pop("contact", None)
        if contact is not None:
            if isinstance(contact, dict):
                try:
                    contact_type_0 = Contact.from_dict(contact)

                    contact = contact_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        error = d.pop("error", None)

        conflicting_contact_id = d.pop("conflicting_contact_id", None)
        if conflicting_contact_id is not None:
            if isinstance(conflicting_contact_id, str):
                try:
                    conflicting_contact_id_type_0 = parse_uuid(conflicting_contact_id)

                    conflicting_contact_id = conflicting_contact_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        contact_import_result_item = cls(
            index,
            status,
            contact,
            error,
            conflicting_contact_id,
        )

        contact_import_result_item.additional_properties = d
        return contact_import_result_item

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
from ..models.contact import Contact  # noqa: E402
