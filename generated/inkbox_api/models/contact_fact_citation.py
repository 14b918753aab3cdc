from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_fact_citation_availability import ContactFactCitationAvailability
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="ContactFactCitation")


@_attrs_define
class ContactFactCitation:
    """Where a fact was learned; `source_url` (the citation's own API URL) and the source fields are null unless the
    citation is `available`.

    """

    source_type: str
    """ e.g. `email_message`, `text_message`, `phone_call`. """
    availability: ContactFactCitationAvailability
    """ Whether a citation's source can still be opened by the caller. """
    source_id: None | UUID
    source_url: None | str
    """ Absolute URL that resolves the citation (`resolve_contact_fact_citation`). """
    source_locator: ContactFactCitationSourceLocatorType0 | None
    """ Where in the source (mailbox and thread, phone number, ...). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type = self.source_type

        availability = self.availability.value

        source_id: None | str
        if isinstance(self.source_id, UUID):
            source_id = str(self.source_id)
        else:
            source_id = self.source_id

        source_url: None | str
        source_url = self.source_url

        source_locator: dict[str, Any] | None
        if isinstance(self.source_locator, ContactFactCitationSourceLocatorType0):
            source_locator = self.source_locator.to_dict()
        else:
            source_locator = self.source_locator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_type": source_type,
                "availability": availability,
                "source_id": source_id,
                "source_url": source_url,
                "source_locator": source_locator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_type = d.pop("source_type")

        availability = parse_enum(ContactFactCitationAvailability, d.pop("availability"))

        source_id = d.pop("source_id", None)
        if source_id is not None:
            if isinstance(source_id, str):
                try:
                    source_id_type_0 = parse_uuid(source_id)

                    source_id = source_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        source_url = d.pop("source_url", None)

        source_locator = d.pop("source_locator", None)
        if source_locator is not None:
            if isinstance(source_locator, dict):
                try:
                    source_locator_type_0 = ContactFactCitationSourceLocatorType0.from_dict(
                        source_locator
                    )

                    source_locator = source_locator_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        contact_fact_citation = cls(
            source_type,
            availability,
            source_id,
            source_url,
            source_locator,
        )

        contact_fact_citation.additional_properties = d
        return contact_fact_citation

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
from ..models.contact_fact_citation_source_locator_type_0 import (
    ContactFactCitationSourceLocatorType0,  # noqa: E402
)
