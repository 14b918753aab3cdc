from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_import_status import ContactImportStatus

if TYPE_CHECKING:
    from ..models.contact import Contact


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
        from ..models.contact import Contact  # noqa: PLC0415

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
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        status = ContactImportStatus(d.pop("status"))

        def _parse_contact(data: object) -> Contact | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = Contact.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Contact | None, data)

        contact = _parse_contact(d.pop("contact", None))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error", None))

        def _parse_conflicting_contact_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conflicting_contact_id_type_0 = UUID(data)

                return conflicting_contact_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        conflicting_contact_id = _parse_conflicting_contact_id(
            d.pop("conflicting_contact_id", None)
        )

        contact_import_result_item = cls(
            index=index,
            status=status,
            contact=contact,
            error=error,
            conflicting_contact_id=conflicting_contact_id,
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
