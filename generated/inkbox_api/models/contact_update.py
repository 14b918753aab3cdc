from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_review_status import ContactReviewStatus
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="ContactUpdate")


@_attrs_define
class ContactUpdate:
    """Body of `update_contact` (JSON merge patch): omitted = unchanged, `null` = cleared."""

    preferred_name: None | str | Unset = UNSET
    """ Display name (≤255). """
    name_prefix: None | str | Unset = UNSET
    """ e.g. `Dr.` (≤32). """
    given_name: None | str | Unset = UNSET
    """ First name (≤128). """
    middle_name: None | str | Unset = UNSET
    """ Middle name (≤128). """
    family_name: None | str | Unset = UNSET
    """ Last name (≤128). """
    name_suffix: None | str | Unset = UNSET
    """ e.g. `Jr.` (≤32). """
    company_name: None | str | Unset = UNSET
    """ Company (≤255). """
    job_title: None | str | Unset = UNSET
    """ Job title (≤255). """
    birthday: datetime.date | None | Unset = UNSET
    """ ISO date `YYYY-MM-DD`; `null` clears it. """
    notes: None | str | Unset = UNSET
    emails: list[ContactEmailInput] | None | Unset = UNSET
    """ Replaces the whole list; `null` clears it. """
    phones: list[ContactPhoneInput] | None | Unset = UNSET
    """ Replaces the whole list; `null` clears it. """
    websites: list[ContactWebsiteInput] | None | Unset = UNSET
    """ Replaces the whole list; `null` clears it. """
    dates: list[ContactDateInput] | None | Unset = UNSET
    """ Replaces the whole list; `null` clears it. """
    addresses: list[ContactAddressInput] | None | Unset = UNSET
    """ Replaces the whole list; `null` clears it. """
    custom_fields: list[ContactCustomField] | None | Unset = UNSET
    """ Replaces the whole list; `null` clears it. """
    review_status: ContactReviewStatus | Unset = UNSET
    """ Whether a person has confirmed a contact (contacts made from traffic start `unreviewed`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preferred_name: None | str | Unset
        if isinstance(self.preferred_name, Unset):
            preferred_name = UNSET
        else:
            preferred_name = self.preferred_name

        name_prefix: None | str | Unset
        if isinstance(self.name_prefix, Unset):
            name_prefix = UNSET
        else:
            name_prefix = self.name_prefix

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        name_suffix: None | str | Unset
        if isinstance(self.name_suffix, Unset):
            name_suffix = UNSET
        else:
            name_suffix = self.name_suffix

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        elif isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        emails: list[dict[str, Any]] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = []
            for emails_type_0_item_data in self.emails:
                emails_type_0_item = emails_type_0_item_data.to_dict()
                emails.append(emails_type_0_item)

        else:
            emails = self.emails

        phones: list[dict[str, Any]] | None | Unset
        if isinstance(self.phones, Unset):
            phones = UNSET
        elif isinstance(self.phones, list):
            phones = []
            for phones_type_0_item_data in self.phones:
                phones_type_0_item = phones_type_0_item_data.to_dict()
                phones.append(phones_type_0_item)

        else:
            phones = self.phones

        websites: list[dict[str, Any]] | None | Unset
        if isinstance(self.websites, Unset):
            websites = UNSET
        elif isinstance(self.websites, list):
            websites = []
            for websites_type_0_item_data in self.websites:
                websites_type_0_item = websites_type_0_item_data.to_dict()
                websites.append(websites_type_0_item)

        else:
            websites = self.websites

        dates: list[dict[str, Any]] | None | Unset
        if isinstance(self.dates, Unset):
            dates = UNSET
        elif isinstance(self.dates, list):
            dates = []
            for dates_type_0_item_data in self.dates:
                dates_type_0_item = dates_type_0_item_data.to_dict()
                dates.append(dates_type_0_item)

        else:
            dates = self.dates

        addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = []
            for addresses_type_0_item_data in self.addresses:
                addresses_type_0_item = addresses_type_0_item_data.to_dict()
                addresses.append(addresses_type_0_item)

        else:
            addresses = self.addresses

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        review_status: str | Unset = UNSET
        if not isinstance(self.review_status, Unset):
            review_status = self.review_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preferred_name is not UNSET:
            field_dict["preferred_name"] = preferred_name
        if name_prefix is not UNSET:
            field_dict["name_prefix"] = name_prefix
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if name_suffix is not UNSET:
            field_dict["name_suffix"] = name_suffix
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if notes is not UNSET:
            field_dict["notes"] = notes
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phones is not UNSET:
            field_dict["phones"] = phones
        if websites is not UNSET:
            field_dict["websites"] = websites
        if dates is not UNSET:
            field_dict["dates"] = dates
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if review_status is not UNSET:
            field_dict["review_status"] = review_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preferred_name = d.pop("preferred_name", UNSET)

        name_prefix = d.pop("name_prefix", UNSET)

        given_name = d.pop("given_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        family_name = d.pop("family_name", UNSET)

        name_suffix = d.pop("name_suffix", UNSET)

        company_name = d.pop("company_name", UNSET)

        job_title = d.pop("job_title", UNSET)

        birthday = d.pop("birthday", UNSET)
        if birthday is not None and not isinstance(birthday, Unset):
            if isinstance(birthday, str):
                try:
                    birthday_type_0 = datetime.date.fromisoformat(birthday)

                    birthday = birthday_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        notes = d.pop("notes", UNSET)

        emails = d.pop("emails", UNSET)
        if emails is not None and not isinstance(emails, Unset):
            if isinstance(emails, list):
                try:
                    emails_type_0 = []
                    _emails_type_0 = emails
                    for emails_type_0_item_data in _emails_type_0:
                        emails_type_0_item = ContactEmailInput.from_dict(emails_type_0_item_data)

                        emails_type_0.append(emails_type_0_item)

                    emails = emails_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        phones = d.pop("phones", UNSET)
        if phones is not None and not isinstance(phones, Unset):
            if isinstance(phones, list):
                try:
                    phones_type_0 = []
                    _phones_type_0 = phones
                    for phones_type_0_item_data in _phones_type_0:
                        phones_type_0_item = ContactPhoneInput.from_dict(phones_type_0_item_data)

                        phones_type_0.append(phones_type_0_item)

                    phones = phones_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        websites = d.pop("websites", UNSET)
        if websites is not None and not isinstance(websites, Unset):
            if isinstance(websites, list):
                try:
                    websites_type_0 = []
                    _websites_type_0 = websites
                    for websites_type_0_item_data in _websites_type_0:
                        websites_type_0_item = ContactWebsiteInput.from_dict(
                            websites_type_0_item_data
                        )

                        websites_type_0.append(websites_type_0_item)

                    websites = websites_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        dates = d.pop("dates", UNSET)
        if dates is not None and not isinstance(dates, Unset):
            if isinstance(dates, list):
                try:
                    dates_type_0 = []
                    _dates_type_0 = dates
                    for dates_type_0_item_data in _dates_type_0:
                        dates_type_0_item = ContactDateInput.from_dict(dates_type_0_item_data)

                        dates_type_0.append(dates_type_0_item)

                    dates = dates_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        addresses = d.pop("addresses", UNSET)
        if addresses is not None and not isinstance(addresses, Unset):
            if isinstance(addresses, list):
                try:
                    addresses_type_0 = []
                    _addresses_type_0 = addresses
                    for addresses_type_0_item_data in _addresses_type_0:
                        addresses_type_0_item = ContactAddressInput.from_dict(
                            addresses_type_0_item_data
                        )

                        addresses_type_0.append(addresses_type_0_item)

                    addresses = addresses_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        custom_fields = d.pop("custom_fields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if isinstance(custom_fields, list):
                try:
                    custom_fields_type_0 = []
                    _custom_fields_type_0 = custom_fields
                    for custom_fields_type_0_item_data in _custom_fields_type_0:
                        custom_fields_type_0_item = ContactCustomField.from_dict(
                            custom_fields_type_0_item_data
                        )

                        custom_fields_type_0.append(custom_fields_type_0_item)

                    custom_fields = custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        _review_status = d.pop("review_status", UNSET)
        review_status: ContactReviewStatus | Unset
        if isinstance(_review_status, Unset):
            review_status = UNSET
        else:
            review_status = parse_enum(ContactReviewStatus, _review_status)

        contact_update = cls(
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
            review_status,
        )

        contact_update.additional_properties = d
        return contact_update

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
from ..models.contact_address_input import ContactAddressInput  # noqa: E402
from ..models.contact_custom_field import ContactCustomField  # noqa: E402
from ..models.contact_date_input import ContactDateInput  # noqa: E402
from ..models.contact_email_input import ContactEmailInput  # noqa: E402
from ..models.contact_phone_input import ContactPhoneInput  # noqa: E402
from ..models.contact_website_input import ContactWebsiteInput  # noqa: E402
