"""The guide's contact objects: one class per card entry, used both to send and to read.

The guide writes `ContactEmail(label="work", value="ada@example.com")` and
`ContactPhone(label="mobile", value="+15551234567")`, as every official SDK does, while the wire
names some fields differently (`value_e164` for a phone, `url` for a website, `date` for a date,
`postal` for an address's postal code) and requests use separate `*Input` shapes that omit unset
parts. So each entry class here *is* the generated response model (a subclass: same fields,
`to_dict()`, equality), constructed with the guide's names and readable under both names
(`phone.value` and `phone.value_e164`). A contact read back carries these classes, so
`contacts.update(id, phones=contact.phones)` sends exactly what was read. `to_input()` gives the
request shape.
"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any

from inkbox_api.models import Contact as _Contact
from inkbox_api.models import ContactAddress as _ContactAddress
from inkbox_api.models import (
    ContactAddressInput,
    ContactCustomField,
    ContactDateInput,
    ContactEmailInput,
    ContactImportResultItem,
    ContactImportStatus,
    ContactPhoneInput,
    ContactWebsiteInput,
)
from inkbox_api.models import ContactDate as _ContactDate
from inkbox_api.models import ContactEmail as _ContactEmail
from inkbox_api.models import ContactImportResult as _ContactImportResult
from inkbox_api.models import ContactPhone as _ContactPhone
from inkbox_api.models import ContactWebsite as _ContactWebsite
from inkbox_api.types import UNSET, Unset

from ._responses import adopt

__all__ = [
    "Contact",
    "ContactAddress",
    "ContactDate",
    "ContactEmail",
    "ContactImportResult",
    "ContactPhone",
    "ContactWebsite",
]


def _opt(value: str | None) -> str | Unset:
    # Request entries omit what is unset; the wire refuses `null` inside them.
    return UNSET if value is None else value


class ContactEmail(_ContactEmail):
    """An email address on a contact: `ContactEmail(label="work", value="ada@example.com")`."""

    __slots__ = ()

    def __init__(self, label: str | None, value: str, is_primary: bool = False) -> None:
        super().__init__(label=label, value=value, is_primary=is_primary)

    def to_input(self) -> ContactEmailInput:
        """The request shape of this entry."""
        return ContactEmailInput(
            value=self.value, label=_opt(self.label), is_primary=True if self.is_primary else UNSET
        )


class ContactPhone(_ContactPhone):
    """A phone number on a contact: `ContactPhone(label="mobile", value="+15551234567")`.

    `value` is the E.164 number (the wire calls it `value_e164`; both names read it).
    """

    __slots__ = ()

    def __init__(self, label: str | None, value: str, is_primary: bool = False) -> None:
        super().__init__(label=label, value_e164=value, is_primary=is_primary)

    @property
    def value(self) -> str:
        return self.value_e164

    @value.setter
    def value(self, number: str) -> None:
        self.value_e164 = number

    def to_input(self) -> ContactPhoneInput:
        """The request shape of this entry."""
        return ContactPhoneInput(
            value_e164=self.value_e164,
            label=_opt(self.label),
            is_primary=True if self.is_primary else UNSET,
        )


class ContactWebsite(_ContactWebsite):
    """A website on a contact: `ContactWebsite(label="blog", value="https://ada.example")`.

    `value` is the URL (the wire calls it `url`; both names read it).
    """

    __slots__ = ()

    def __init__(self, label: str | None, value: str) -> None:
        super().__init__(label=label, url=value)

    @property
    def value(self) -> str:
        return self.url

    @value.setter
    def value(self, url: str) -> None:
        self.url = url

    def to_input(self) -> ContactWebsiteInput:
        """The request shape of this entry."""
        return ContactWebsiteInput(url=self.url, label=_opt(self.label))


class ContactDate(_ContactDate):
    """A dated event on a contact: `ContactDate(label="anniversary", value=date(2020, 5, 1))`.

    `value` is the date (the wire calls it `date`; both names read it). An ISO string is accepted.
    """

    __slots__ = ()

    def __init__(self, label: str | None, value: datetime.date | str) -> None:
        day = datetime.date.fromisoformat(value) if isinstance(value, str) else value
        super().__init__(label=label, date=day)

    @property
    def value(self) -> datetime.date:
        return self.date

    @value.setter
    def value(self, day: datetime.date) -> None:
        self.date = day

    def to_input(self) -> ContactDateInput:
        """The request shape of this entry."""
        return ContactDateInput(date=self.date, label=_opt(self.label))


class ContactAddress(_ContactAddress):
    """A postal address on a contact; every part is optional.

    `postal_code` is the postal code (the wire calls it `postal`; both names read it).
    """

    __slots__ = ()

    def __init__(
        self,
        label: str | None = None,
        *,
        street: str | None = None,
        city: str | None = None,
        region: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
    ) -> None:
        super().__init__(
            label=label,
            street=street,
            city=city,
            region=region,
            postal=postal_code,
            country=country,
        )

    @property
    def postal_code(self) -> str | None:
        return self.postal

    @postal_code.setter
    def postal_code(self, code: str | None) -> None:
        self.postal = code

    def to_input(self) -> ContactAddressInput:
        """The request shape of this entry (only the parts that are set)."""
        return ContactAddressInput(
            label=_opt(self.label),
            street=_opt(self.street),
            city=_opt(self.city),
            region=_opt(self.region),
            postal=_opt(self.postal),
            country=_opt(self.country),
        )


class Contact(_Contact):
    """An address-book entry; its `emails`, `phones`, `websites`, `dates` and `addresses` hold
    the entry classes above (`contact.phones[0].value`)."""

    __slots__ = ()

    if TYPE_CHECKING:  # the same lists, typed with the guide's entry classes
        emails: list[ContactEmail]  # type: ignore[assignment]
        phones: list[ContactPhone]  # type: ignore[assignment]
        websites: list[ContactWebsite]  # type: ignore[assignment]
        dates: list[ContactDate]  # type: ignore[assignment]
        addresses: list[ContactAddress]  # type: ignore[assignment]


def contact_from_api(value: _Contact) -> Contact:
    """A parsed contact, re-made with the guide's classes."""
    contact = adopt(value, Contact)
    contact.emails = [adopt(item, ContactEmail) for item in value.emails]
    contact.phones = [adopt(item, ContactPhone) for item in value.phones]
    contact.websites = [adopt(item, ContactWebsite) for item in value.websites]
    contact.dates = [adopt(item, ContactDate) for item in value.dates]
    contact.addresses = [adopt(item, ContactAddress) for item in value.addresses]
    return contact


class ContactImportResult(_ContactImportResult):
    """Outcome of a vCard import: counts, one entry per card, and the guide's shortcuts."""

    __slots__ = ()

    @property
    def created_ids(self) -> list[uuid.UUID]:
        """Ids of the contacts created, in upload order."""
        return [item.contact.id for item in self.results if item.contact is not None]

    @property
    def errors(self) -> list[ContactImportResultItem]:
        """The cards that failed (`item.index`, `item.error`)."""
        return [item for item in self.results if item.status == ContactImportStatus.ERROR]

    @property
    def conflicts(self) -> list[ContactImportResultItem]:
        """The cards that collided with an existing contact (`item.conflicting_contact_id`)."""
        return [item for item in self.results if item.status == ContactImportStatus.CONFLICT]


def import_result_from_api(value: _ContactImportResult) -> ContactImportResult:
    """A parsed import result whose created contacts carry the guide's classes."""
    result = adopt(value, ContactImportResult)
    for item in result.results:
        if item.contact is not None:
            item.contact = contact_from_api(item.contact)
    return result


def entries_input(items: Any, field: str) -> list[Any]:
    """The request shape of one of a contact's lists (`field` is `"emails"`, `"phones"`, ...).

    Entries may be the guide's classes, entries of a contact that was read back, or already in
    the request shape (`ContactEmailInput`, ...).

    Raises:
        TypeError: `items` is not a list, or an entry is of another kind.
    """
    response_kind, guide_kind, input_kind = _ENTRY_KINDS[field]
    if isinstance(items, (str, bytes, dict)) or not hasattr(items, "__iter__"):
        raise TypeError(
            f"{field} must be a list of {guide_kind.__name__}, not {type(items).__name__}"
        )
    shaped: list[Any] = []
    for index, item in enumerate(items):
        if isinstance(item, input_kind):
            shaped.append(item)
        elif isinstance(item, response_kind):
            entry = item if isinstance(item, guide_kind) else adopt(item, guide_kind)
            shaped.append(entry.to_input() if hasattr(entry, "to_input") else entry)
        else:
            raise TypeError(
                f"{field}[{index}] must be a {guide_kind.__name__}, not {type(item).__name__}"
            )
    return shaped


_ENTRY_KINDS: dict[str, tuple[type, type[Any], type]] = {
    "emails": (_ContactEmail, ContactEmail, ContactEmailInput),
    "phones": (_ContactPhone, ContactPhone, ContactPhoneInput),
    "websites": (_ContactWebsite, ContactWebsite, ContactWebsiteInput),
    "dates": (_ContactDate, ContactDate, ContactDateInput),
    "addresses": (_ContactAddress, ContactAddress, ContactAddressInput),
    "custom_fields": (ContactCustomField, ContactCustomField, ContactCustomField),
}
