from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="ContactCreate")


@_attrs_define
class ContactCreate:
    """Body of `create_contact`."""

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
    """ ISO date `YYYY-MM-DD`. """
    notes: None | str | Unset = UNSET
    emails: list[ContactEmailInput] | Unset = UNSET
    phones: list[ContactPhoneInput] | Unset = UNSET
    websites: list[ContactWebsiteInput] | Unset = UNSET
    dates: list[ContactDateInput] | Unset = UNSET
    addresses: list[ContactAddressInput] | Unset = UNSET
    custom_fields: list[ContactCustomField] | Unset = UNSET
    access_identity_ids: list[UUID] | None | Unset = UNSET
    """ Guide-era: omitted or `null` seeds the wildcard (every active identity sees it), `[]` makes the contact
    admin-only, a list grants exactly those identities. Removed from the current client. """
    permissions: ContactCreatePermissions | Unset = UNSET
    """ One identity's access, saved with the contact (`create_contact_with_permissions`). Either the yes/no maps
    (`emails`, `phones`: address -> may use it, both directions) or the group objects (`email`, `phone`), not both.
    """
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

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        websites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.websites, Unset):
            websites = []
            for websites_item_data in self.websites:
                websites_item = websites_item_data.to_dict()
                websites.append(websites_item)

        dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item = dates_item_data.to_dict()
                dates.append(dates_item)

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        access_identity_ids: list[str] | None | Unset
        if isinstance(self.access_identity_ids, Unset):
            access_identity_ids = UNSET
        elif isinstance(self.access_identity_ids, list):
            access_identity_ids = []
            for access_identity_ids_type_0_item_data in self.access_identity_ids:
                access_identity_ids_type_0_item = str(access_identity_ids_type_0_item_data)
                access_identity_ids.append(access_identity_ids_type_0_item)

        else:
            access_identity_ids = self.access_identity_ids

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

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
        if access_identity_ids is not UNSET:
            field_dict["access_identity_ids"] = access_identity_ids
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

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

        _emails = d.pop("emails", UNSET)
        emails: list[ContactEmailInput] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = ContactEmailInput.from_dict(emails_item_data)

                emails.append(emails_item)

        _phones = d.pop("phones", UNSET)
        phones: list[ContactPhoneInput] | Unset = UNSET
        if _phones is not UNSET:
            phones = []
            for phones_item_data in _phones:
                phones_item = ContactPhoneInput.from_dict(phones_item_data)

                phones.append(phones_item)

        _websites = d.pop("websites", UNSET)
        websites: list[ContactWebsiteInput] | Unset = UNSET
        if _websites is not UNSET:
            websites = []
            for websites_item_data in _websites:
                websites_item = ContactWebsiteInput.from_dict(websites_item_data)

                websites.append(websites_item)

        _dates = d.pop("dates", UNSET)
        dates: list[ContactDateInput] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:
                dates_item = ContactDateInput.from_dict(dates_item_data)

                dates.append(dates_item)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[ContactAddressInput] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = ContactAddressInput.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[ContactCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ContactCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        access_identity_ids = d.pop("access_identity_ids", UNSET)
        if access_identity_ids is not None and not isinstance(access_identity_ids, Unset):
            if isinstance(access_identity_ids, list):
                try:
                    access_identity_ids_type_0 = []
                    _access_identity_ids_type_0 = access_identity_ids
                    for access_identity_ids_type_0_item_data in _access_identity_ids_type_0:
                        access_identity_ids_type_0_item = parse_uuid(
                            access_identity_ids_type_0_item_data
                        )

                        access_identity_ids_type_0.append(access_identity_ids_type_0_item)

                    access_identity_ids = access_identity_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        _permissions = d.pop("permissions", UNSET)
        permissions: ContactCreatePermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = ContactCreatePermissions.from_dict(_permissions)

        contact_create = cls(
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
            access_identity_ids,
            permissions,
        )

        contact_create.additional_properties = d
        return contact_create

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
from ..models.contact_create_permissions import ContactCreatePermissions  # noqa: E402
from ..models.contact_custom_field import ContactCustomField  # noqa: E402
from ..models.contact_date_input import ContactDateInput  # noqa: E402
from ..models.contact_email_input import ContactEmailInput  # noqa: E402
from ..models.contact_phone_input import ContactPhoneInput  # noqa: E402
from ..models.contact_website_input import ContactWebsiteInput  # noqa: E402
