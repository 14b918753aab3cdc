from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_fact_citation_availability import ContactFactCitationAvailability

if TYPE_CHECKING:
    from ..models.contact_fact_citation_source_locator_type_0 import (
        ContactFactCitationSourceLocatorType0,
    )


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
        from ..models.contact_fact_citation_source_locator_type_0 import (
            ContactFactCitationSourceLocatorType0,  # noqa: PLC0415
        )

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
        from ..models.contact_fact_citation_source_locator_type_0 import (
            ContactFactCitationSourceLocatorType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        source_type = d.pop("source_type")

        availability = ContactFactCitationAvailability(d.pop("availability"))

        def _parse_source_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_id_type_0 = UUID(data)

                return source_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        source_id = _parse_source_id(d.pop("source_id", None))

        def _parse_source_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_url = _parse_source_url(d.pop("source_url", None))

        def _parse_source_locator(data: object) -> ContactFactCitationSourceLocatorType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_locator_type_0 = ContactFactCitationSourceLocatorType0.from_dict(data)

                return source_locator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactFactCitationSourceLocatorType0 | None, data)

        source_locator = _parse_source_locator(d.pop("source_locator", None))

        contact_fact_citation = cls(
            source_type=source_type,
            availability=availability,
            source_id=source_id,
            source_url=source_url,
            source_locator=source_locator,
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
