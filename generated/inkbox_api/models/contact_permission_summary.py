from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_review_status import ContactReviewStatus
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="ContactPermissionSummary")


@_attrs_define
class ContactPermissionSummary:
    """Compact identification of a contact in the permission roster."""

    id: UUID
    preferred_name: None | str
    given_name: None | str
    family_name: None | str
    company_name: None | str
    review_status: ContactReviewStatus
    """ Whether a person has confirmed a contact (contacts made from traffic start `unreviewed`). """
    emails: list[ContactEmail]
    phones: list[ContactPhone]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        preferred_name: None | str
        preferred_name = self.preferred_name

        given_name: None | str
        given_name = self.given_name

        family_name: None | str
        family_name = self.family_name

        company_name: None | str
        company_name = self.company_name

        review_status = self.review_status.value

        emails = []
        for emails_item_data in self.emails:
            emails_item = emails_item_data.to_dict()
            emails.append(emails_item)

        phones = []
        for phones_item_data in self.phones:
            phones_item = phones_item_data.to_dict()
            phones.append(phones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "preferred_name": preferred_name,
                "given_name": given_name,
                "family_name": family_name,
                "company_name": company_name,
                "review_status": review_status,
                "emails": emails,
                "phones": phones,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        preferred_name = d.pop("preferred_name", None)

        given_name = d.pop("given_name", None)

        family_name = d.pop("family_name", None)

        company_name = d.pop("company_name", None)

        review_status = parse_enum(ContactReviewStatus, d.pop("review_status"))

        emails = []
        _emails = d.pop("emails")
        for emails_item_data in _emails:
            emails_item = ContactEmail.from_dict(emails_item_data)

            emails.append(emails_item)

        phones = []
        _phones = d.pop("phones")
        for phones_item_data in _phones:
            phones_item = ContactPhone.from_dict(phones_item_data)

            phones.append(phones_item)

        contact_permission_summary = cls(
            id,
            preferred_name,
            given_name,
            family_name,
            company_name,
            review_status,
            emails,
            phones,
        )

        contact_permission_summary.additional_properties = d
        return contact_permission_summary

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
from ..models.contact_email import ContactEmail  # noqa: E402
from ..models.contact_phone import ContactPhone  # noqa: E402
