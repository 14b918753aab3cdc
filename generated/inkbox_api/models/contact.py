from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_review_status import ContactReviewStatus
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """An address-book entry of the organisation."""

    id: UUID
    organization_id: str
    preferred_name: None | str
    """ Display name (≤255). """
    name_prefix: None | str
    """ e.g. `Dr.` (≤32). """
    given_name: None | str
    """ First name (≤128). """
    middle_name: None | str
    """ Middle name (≤128). """
    family_name: None | str
    """ Last name (≤128). """
    name_suffix: None | str
    """ e.g. `Jr.` (≤32). """
    company_name: None | str
    """ Company (≤255). """
    job_title: None | str
    """ Job title (≤255). """
    birthday: datetime.date | None
    """ ISO date `YYYY-MM-DD`. """
    notes: None | str
    emails: list[ContactEmail]
    phones: list[ContactPhone]
    websites: list[ContactWebsite]
    dates: list[ContactDate]
    addresses: list[ContactAddress]
    custom_fields: list[ContactCustomField]
    access: list[ContactAccessGrant]
    """ Who may see the contact. """
    status: str
    """ e.g. `active`. """
    latest_memory: ContactMemorySummary | None
    """ The most recently updated active fact. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    review_status: ContactReviewStatus = ContactReviewStatus.CONFIRMED
    """ Whether a person has confirmed a contact (contacts made from traffic start `unreviewed`). """
    memory_count: int = 0
    """ Active facts remembered about the contact. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organization_id = self.organization_id

        preferred_name: None | str
        preferred_name = self.preferred_name

        name_prefix: None | str
        name_prefix = self.name_prefix

        given_name: None | str
        given_name = self.given_name

        middle_name: None | str
        middle_name = self.middle_name

        family_name: None | str
        family_name = self.family_name

        name_suffix: None | str
        name_suffix = self.name_suffix

        company_name: None | str
        company_name = self.company_name

        job_title: None | str
        job_title = self.job_title

        birthday: None | str
        if isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        notes: None | str
        notes = self.notes

        emails = []
        for emails_item_data in self.emails:
            emails_item = emails_item_data.to_dict()
            emails.append(emails_item)

        phones = []
        for phones_item_data in self.phones:
            phones_item = phones_item_data.to_dict()
            phones.append(phones_item)

        websites = []
        for websites_item_data in self.websites:
            websites_item = websites_item_data.to_dict()
            websites.append(websites_item)

        dates = []
        for dates_item_data in self.dates:
            dates_item = dates_item_data.to_dict()
            dates.append(dates_item)

        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        access = []
        for access_item_data in self.access:
            access_item = access_item_data.to_dict()
            access.append(access_item)

        status = self.status

        review_status = self.review_status.value

        memory_count = self.memory_count

        latest_memory: dict[str, Any] | None
        if isinstance(self.latest_memory, ContactMemorySummary):
            latest_memory = self.latest_memory.to_dict()
        else:
            latest_memory = self.latest_memory

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "preferred_name": preferred_name,
                "name_prefix": name_prefix,
                "given_name": given_name,
                "middle_name": middle_name,
                "family_name": family_name,
                "name_suffix": name_suffix,
                "company_name": company_name,
                "job_title": job_title,
                "birthday": birthday,
                "notes": notes,
                "emails": emails,
                "phones": phones,
                "websites": websites,
                "dates": dates,
                "addresses": addresses,
                "custom_fields": custom_fields,
                "access": access,
                "status": status,
                "review_status": review_status,
                "memory_count": memory_count,
                "latest_memory": latest_memory,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        organization_id = d.pop("organization_id")

        preferred_name = d.pop("preferred_name", None)

        name_prefix = d.pop("name_prefix", None)

        given_name = d.pop("given_name", None)

        middle_name = d.pop("middle_name", None)

        family_name = d.pop("family_name", None)

        name_suffix = d.pop("name_suffix", None)

        company_name = d.pop("company_name", None)

        job_title = d.pop("job_title", None)

        birthday = d.pop("birthday", None)
        if birthday is not None:
            if isinstance(birthday, str):
                try:
                    birthday_type_0 = datetime.date.fromisoformat(birthday)

                    birthday = birthday_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        notes = d.pop("notes", None)

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

        websites = []
        _websites = d.pop("websites")
        for websites_item_data in _websites:
            websites_item = ContactWebsite.from_dict(websites_item_data)

            websites.append(websites_item)

        dates = []
        _dates = d.pop("dates")
        for dates_item_data in _dates:
            dates_item = ContactDate.from_dict(dates_item_data)

            dates.append(dates_item)

        addresses = []
        _addresses = d.pop("addresses")
        for addresses_item_data in _addresses:
            addresses_item = ContactAddress.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        custom_fields = []
        _custom_fields = d.pop("custom_fields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = ContactCustomField.from_dict(custom_fields_item_data)

            custom_fields.append(custom_fields_item)

        access = []
        _access = d.pop("access")
        for access_item_data in _access:
            access_item = ContactAccessGrant.from_dict(access_item_data)

            access.append(access_item)

        status = d.pop("status")

        review_status = parse_enum(
            ContactReviewStatus, d.pop("review_status", ContactReviewStatus.CONFIRMED)
        )

        memory_count = d.pop("memory_count", 0)

        latest_memory = d.pop("latest_memory", None)
        if latest_memory is not None:
            if isinstance(latest_memory, dict):
                try:
                    latest_memory_type_0 = ContactMemorySummary.from_dict(latest_memory)

                    latest_memory = latest_memory_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        contact = cls(
            id,
            organization_id,
            preferred_name,
            name_prefix,
            given_name,
            middle_name,
            family_name,
            name_suffix,
            company_name,
            job_title,
            birthday,
            notes,
            emails,
            phones,
            websites,
            dates,
            addresses,
            custom_fields,
            access,
            status,
            latest_memory,
            created_at,
            updated_at,
            review_status,
            memory_count,
        )

        contact.additional_properties = d
        return contact

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
from ..models.contact_access_grant import ContactAccessGrant  # noqa: E402
from ..models.contact_address import ContactAddress  # noqa: E402
from ..models.contact_custom_field import ContactCustomField  # noqa: E402
from ..models.contact_date import ContactDate  # noqa: E402
from ..models.contact_email import ContactEmail  # noqa: E402
from ..models.contact_memory_summary import ContactMemorySummary  # noqa: E402
from ..models.contact_phone import ContactPhone  # noqa: E402
from ..models.contact_website import ContactWebsite  # noqa: E402
