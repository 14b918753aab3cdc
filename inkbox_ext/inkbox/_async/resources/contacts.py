"""`inkbox.contacts`: the organization's address book, with `.access` and `.vcards`.

Contacts come back as `Contact` objects whose entries are the guide's classes (`ContactEmail`,
`ContactPhone`, ...: the generated models, with the guide's field names and constructors).
"""

from __future__ import annotations

import builtins
import datetime
import uuid
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, BinaryIO, Literal, cast

import attrs

from inkbox_api.api.contacts import (
    bulk_delete_contacts,
    create_contact,
    create_contact_with_permissions,
    delete_contact,
    export_vcard,
    export_vcards,
    get_contact,
    grant_contact_access,
    import_vcards,
    list_contact_access,
    list_contacts,
    lookup_contacts,
    merge_contacts,
    revoke_contact_access,
    update_contact,
)
from inkbox_api.models import (
    Contact,
    ContactAccessGrant,
    ContactAddress,
    ContactBulkDeleteRequest,
    ContactBulkDeleteResult,
    ContactChannelAccessUpdate,
    ContactCreate,
    ContactCreatePermissions,
    ContactCustomField,
    ContactDate,
    ContactEmail,
    ContactImportResult,
    ContactListOrder,
    ContactMergeRequest,
    ContactMergeRequestFieldSources,
    ContactPhone,
    ContactReviewStatus,
    ContactUpdate,
    ContactVCardExportRequest,
    ContactVCardExportResult,
    ContactWebsite,
    GrantContactAccessRequest,
)
from inkbox_api.types import File

from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import (
    as_uuid,
    as_uuid_list,
    given,
    omit,
    opt_enum,
    opt_enum_list,
    opt_limit,
    opt_offset,
    parsed,
    parsed_list,
    patch_enum,
    require_text,
)
from ...models import contact_entries_input
from ..pager import AsyncPager
from ._base import AsyncResource
from .contact_facts import AsyncContactFactsResource
from .contact_policy import (
    _PROFILE_RULE,
    AsyncContactAccessSettingsMethods,
    AsyncContactCommunicationPolicyResource,
    AsyncContactCorrespondenceResource,
    AsyncContactPermissionsResource,
    _bool_map,
    _check_group,
)

__all__ = ["AsyncContactAccessResource", "AsyncContactVCardsResource", "AsyncContactsResource"]

# The vCard import limits of the server, checked here so a too-large upload fails fast.
MAX_VCARD_BYTES = 5 * 1024 * 1024
MAX_VCARD_CARDS = 1000
# At most this many contacts go in one multi-contact export, merge or bulk delete.
MAX_VCARD_EXPORT = 25
MAX_MERGE_LOSERS = 25
MAX_BULK_DELETE = 100

# `list_contacts` sets no maximum page size (the spec says only `minimum: 1`).
_NO_MAXIMUM = 2**31 - 1

_LOOKUP_FILTERS = ("email", "email_contains", "email_domain", "phone", "phone_contains")
_ENTRY_LISTS = frozenset({"emails", "phones", "websites", "dates", "addresses", "custom_fields"})


class AsyncContactsResource(AsyncResource):
    """Operations on the address book."""

    @cached_property
    def access(self) -> AsyncContactAccessResource:
        """Which identities may see each contact."""
        return AsyncContactAccessResource(self._client)

    @cached_property
    def vcards(self) -> AsyncContactVCardsResource:
        """vCard import and export."""
        return AsyncContactVCardsResource(self._client)

    @cached_property
    def facts(self) -> AsyncContactFactsResource:
        """Facts remembered about contacts."""
        return AsyncContactFactsResource(self._client)

    @cached_property
    def permissions(self) -> AsyncContactPermissionsResource:
        """Effective yes/no access of one identity per address of a contact."""
        return AsyncContactPermissionsResource(self._client)

    @cached_property
    def communication_policy(self) -> AsyncContactCommunicationPolicyResource:
        """Communication policies, identity previews and the permission roster."""
        return AsyncContactCommunicationPolicyResource(self._client)

    @cached_property
    def correspondence(self) -> AsyncContactCorrespondenceResource:
        """The mail, texts and calls an identity exchanged with a contact."""
        return AsyncContactCorrespondenceResource(self._client)

    async def create(
        self,
        *,
        preferred_name: str | None = None,
        name_prefix: str | None = None,
        given_name: str | None = None,
        middle_name: str | None = None,
        family_name: str | None = None,
        name_suffix: str | None = None,
        company_name: str | None = None,
        job_title: str | None = None,
        birthday: datetime.date | str | None = None,
        notes: str | None = None,
        emails: Sequence[ContactEmail] | None = None,
        phones: Sequence[ContactPhone] | None = None,
        websites: Sequence[ContactWebsite] | None = None,
        dates: Sequence[ContactDate] | None = None,
        addresses: Sequence[ContactAddress] | None = None,
        custom_fields: Sequence[ContactCustomField] | None = None,
        access_identity_ids: Literal["wildcard"] | Sequence[uuid.UUID | str] | None = "wildcard",
        permissions: ContactCreatePermissions | Mapping[str, Any] | None = None,
    ) -> Contact:
        """Add a contact. At least one of the names or `company_name` must be set.

        Args:
            preferred_name: Display name (synthesised from the other names when left out).
            name_prefix: e.g. `"Dr."`.
            given_name: First name.
            middle_name: Middle name.
            family_name: Last name.
            name_suffix: e.g. `"Jr."`.
            company_name: Company.
            job_title: Job title.
            birthday: A `date` or an ISO `"YYYY-MM-DD"` string.
            notes: Free text.
            emails: `[ContactEmail(label="work", value="ada@example.com"), ...]`.
            phones: `[ContactPhone(label="mobile", value="+15551234567"), ...]` (E.164).
            websites: `[ContactWebsite(label=..., value=url), ...]`.
            dates: `[ContactDate(label=..., value=date), ...]`.
            addresses: `[ContactAddress(label=..., street=..., postal_code=...), ...]`.
            custom_fields: `[ContactCustomField(label=..., value=...), ...]`.
            access_identity_ids: Who may see it: `"wildcard"` (the default: every active
                identity), `[]` (admins only), or a list of identity ids.
            permissions: One identity's access, saved with the contact in one step (admin keys):
                a `ContactCreatePermissions` or its dict form, `{"identity_id": ..., "emails":
                {address: bool}, "phones": {number: bool}, "profile": bool, "memories": bool}`
                or with `email`/`phone` group objects instead of the two maps.

        Returns:
            The contact, with its access rows.

        Raises:
            ValueError: a malformed birthday, identity id or `access_identity_ids` value, or
                `permissions` that mix the maps with the groups or hide the profile while
                granting anything else.
            TypeError: a list holds the wrong kind of entry.
            BadRequestError: no name and no company (400).
        """
        fields = _contact_fields(
            {
                "preferred_name": preferred_name,
                "name_prefix": name_prefix,
                "given_name": given_name,
                "middle_name": middle_name,
                "family_name": family_name,
                "name_suffix": name_suffix,
                "company_name": company_name,
                "job_title": job_title,
                "notes": notes,
                "emails": emails,
                "phones": phones,
                "websites": websites,
                "dates": dates,
                "addresses": addresses,
                "custom_fields": custom_fields,
                "birthday": birthday,
            },
            left_out=None,
        )
        body = ContactCreate(**fields, access_identity_ids=given(_access_ids(access_identity_ids)))
        if permissions is None:
            response = await create_contact.asyncio_detailed(client=self._api, body=body)
        else:
            body.permissions = _create_permissions(permissions)
            response = await create_contact_with_permissions.asyncio_detailed(
                client=self._api, body=body
            )
        return parsed(response, Contact)

    async def get(self, contact_id: uuid.UUID | str) -> Contact:
        """One contact.

        Args:
            contact_id: Id of the contact.

        Returns:
            The contact.

        Raises:
            NotFoundError: no such contact, or this key cannot see it.
        """
        response = await get_contact.asyncio_detailed(
            as_uuid(contact_id, "contact_id"), client=self._api
        )
        return parsed(response, Contact)

    async def list(
        self,
        *,
        q: str | None = None,
        order: ContactListOrder | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        review_status: Sequence[ContactReviewStatus | str] | None = None,
    ) -> builtins.list[Contact]:
        """One page of contacts (offset pagination).

        Args:
            q: Case-insensitive substring of a name, company, job title or the notes.
            order: `"name"` or `"recent"` (the server's default when left out).
            limit: At most this many contacts.
            offset: Skip this many contacts (up to 10,000).
            review_status: Only contacts in these review states (`"unreviewed"`,
                `"confirmed"`).

        Returns:
            The contacts.
        """
        response = await list_contacts.asyncio_detailed(
            client=self._api,
            q=omit(q),
            order=opt_enum(order, ContactListOrder, "order"),
            limit=opt_limit(limit, high=_NO_MAXIMUM),
            offset=opt_offset(offset),
            review_status=opt_enum_list(review_status, ContactReviewStatus, "review_status"),
        )
        return parsed_list(response, Contact)

    def iter(
        self,
        *,
        q: str | None = None,
        order: ContactListOrder | str | None = None,
        review_status: Sequence[ContactReviewStatus | str] | None = None,
        page_size: int = 50,
    ) -> AsyncPager[Contact]:
        """Every contact (matching `q`), fetched a page at a time as you iterate.

        Args:
            q: Case-insensitive substring of a name, company, job title or the notes.
            order: `"name"` or `"recent"` (the server's default when left out).
            review_status: Only contacts in these review states, as for `list`.
            page_size: Items fetched per request; the iterator pages on by itself.
        """
        # refuse a bad order or review state before iterating
        opt_enum(order, ContactListOrder, "order")
        opt_enum_list(review_status, ContactReviewStatus, "review_status")

        async def fetch(offset: int, limit: int) -> builtins.list[Contact]:
            return await self.list(
                q=q, order=order, review_status=review_status, limit=limit, offset=offset
            )

        return self._offset_pager(fetch, page_size, high=_NO_MAXIMUM)

    async def update(
        self,
        contact_id: uuid.UUID | str,
        *,
        preferred_name: NotGivenOr[str | None] = NOT_GIVEN,
        name_prefix: NotGivenOr[str | None] = NOT_GIVEN,
        given_name: NotGivenOr[str | None] = NOT_GIVEN,
        middle_name: NotGivenOr[str | None] = NOT_GIVEN,
        family_name: NotGivenOr[str | None] = NOT_GIVEN,
        name_suffix: NotGivenOr[str | None] = NOT_GIVEN,
        company_name: NotGivenOr[str | None] = NOT_GIVEN,
        job_title: NotGivenOr[str | None] = NOT_GIVEN,
        birthday: NotGivenOr[datetime.date | str | None] = NOT_GIVEN,
        notes: NotGivenOr[str | None] = NOT_GIVEN,
        emails: NotGivenOr[Sequence[ContactEmail] | None] = NOT_GIVEN,
        phones: NotGivenOr[Sequence[ContactPhone] | None] = NOT_GIVEN,
        websites: NotGivenOr[Sequence[ContactWebsite] | None] = NOT_GIVEN,
        dates: NotGivenOr[Sequence[ContactDate] | None] = NOT_GIVEN,
        addresses: NotGivenOr[Sequence[ContactAddress] | None] = NOT_GIVEN,
        custom_fields: NotGivenOr[Sequence[ContactCustomField] | None] = NOT_GIVEN,
        review_status: NotGivenOr[ContactReviewStatus | str] = NOT_GIVEN,
    ) -> Contact:
        """Change a contact (JSON merge patch): only the arguments you pass are sent.

        `None` clears a field; a list replaces the whole list (`None` empties it).
        `update(id, job_title="Analyst")` changes the job title and nothing else.

        Args:
            contact_id: Id of the contact.
            preferred_name: See `create()` for this and every other field.
            name_prefix: Name prefix.
            given_name: First name.
            middle_name: Middle name.
            family_name: Last name.
            name_suffix: Name suffix.
            company_name: Company.
            job_title: Job title.
            birthday: A `date` or ISO string; `None` clears it.
            notes: Free text.
            emails: The new list of emails.
            phones: The new list of phones.
            websites: The new list of websites.
            dates: The new list of dates.
            addresses: The new list of addresses.
            custom_fields: The new list of custom fields.
            review_status: `"confirmed"` or `"unreviewed"` (cannot be cleared).

        Returns:
            The updated contact.
        """
        fields = _contact_fields(
            {
                "preferred_name": preferred_name,
                "name_prefix": name_prefix,
                "given_name": given_name,
                "middle_name": middle_name,
                "family_name": family_name,
                "name_suffix": name_suffix,
                "company_name": company_name,
                "job_title": job_title,
                "notes": notes,
                "emails": emails,
                "phones": phones,
                "websites": websites,
                "dates": dates,
                "addresses": addresses,
                "custom_fields": custom_fields,
                "birthday": birthday,
            },
            left_out=NOT_GIVEN,
        )
        body = ContactUpdate(
            **fields, review_status=patch_enum(review_status, ContactReviewStatus, "review_status")
        )
        response = await update_contact.asyncio_detailed(
            as_uuid(contact_id, "contact_id"), client=self._api, body=body
        )
        return parsed(response, Contact)

    async def delete(self, contact_id: uuid.UUID | str) -> None:
        """Delete a contact.

        Args:
            contact_id: Id of the contact.
        """
        await delete_contact.asyncio_detailed(as_uuid(contact_id, "contact_id"), client=self._api)

    async def bulk_delete(self, contact_ids: Sequence[uuid.UUID | str]) -> ContactBulkDeleteResult:
        """Delete several contacts (admin keys), with their facts.

        Args:
            contact_ids: 1-100 contact ids, each once.

        Returns:
            `deleted_count`, `error_count` and one outcome per contact.

        Raises:
            ValueError: no ids, more than 100, a repeated id or one that is not a UUID.
            NotFoundError: an id is not a contact (the emulator then deletes none).
        """
        ids = _distinct_ids(contact_ids, "contact_ids", high=MAX_BULK_DELETE)
        response = await bulk_delete_contacts.asyncio_detailed(
            client=self._api, body=ContactBulkDeleteRequest(contact_ids=ids)
        )
        return parsed(response, ContactBulkDeleteResult)

    async def merge(
        self,
        contact_id: uuid.UUID | str,
        *,
        losing_contact_ids: Sequence[uuid.UUID | str],
        field_sources: Mapping[str, uuid.UUID | str] | None = None,
    ) -> Contact:
        """Fold duplicates into one contact (admin keys); the losing contacts are deleted.

        The contact keeps its own values except where `field_sources` picks another contact's
        for a field; its empty fields are filled from the others, lists (emails, phones, ...)
        are joined without repeats, and their facts and access move over.

        Args:
            contact_id: The contact that survives.
            losing_contact_ids: 1-25 contacts merged into it.
            field_sources: Field name (`"given_name"`, `"emails"`, ...) -> the id of the
                contact (this one or a losing one) whose value wins.

        Returns:
            The merged contact.

        Raises:
            ValueError: no losing ids, a repeated one, `contact_id` among them (a contact
                cannot be merged into itself), or a `field_sources` id outside the merge.
            NotFoundError: a contact does not exist (nothing changes).
            ConflictError: the merged contact would hold more facts than a contact may.
        """
        winner = as_uuid(contact_id, "contact_id")
        losers = _distinct_ids(losing_contact_ids, "losing_contact_ids", high=MAX_MERGE_LOSERS)
        if winner in losers:
            raise ValueError(
                f"losing_contact_ids names {winner}: a contact cannot be merged into itself"
            )
        sources = ContactMergeRequestFieldSources()
        for field, source in (field_sources or {}).items():
            picked = as_uuid(source, f"field_sources[{field!r}]")
            if picked != winner and picked not in losers:
                raise ValueError(
                    f"field_sources[{field!r}] must be {winner} or one of losing_contact_ids"
                )
            sources[require_text(field, "field_sources key")] = picked
        body = ContactMergeRequest(losing_contact_ids=losers, field_sources=sources)
        response = await merge_contacts.asyncio_detailed(winner, client=self._api, body=body)
        return parsed(response, Contact)

    async def lookup(
        self,
        *,
        email: str | None = None,
        email_contains: str | None = None,
        email_domain: str | None = None,
        phone: str | None = None,
        phone_contains: str | None = None,
    ) -> builtins.list[Contact]:
        """Find contacts by one email or phone filter (exactly one must be given).

        Args:
            email: Exact email address.
            email_contains: Substring of an email address.
            email_domain: Email domain, e.g. `"example.com"`.
            phone: Exact E.164 number.
            phone_contains: Substring of a phone number.

        Returns:
            The matching contacts.

        Raises:
            ValueError: none, or more than one, of the filters is given.
        """
        given = {
            name: value
            for name, value in zip(
                _LOOKUP_FILTERS,
                (email, email_contains, email_domain, phone, phone_contains),
                strict=True,
            )
            if value is not None
        }
        if len(given) != 1:
            raise ValueError(
                "lookup() requires exactly one of: "
                + ", ".join(_LOOKUP_FILTERS)
                + "; got "
                + (", ".join(given) or "none")
            )
        name, value = next(iter(given.items()))
        response = await lookup_contacts.asyncio_detailed(
            client=self._api, **{name: require_text(value, name)}
        )
        return parsed_list(response, Contact)


class AsyncContactAccessResource(AsyncContactAccessSettingsMethods):
    """Which identities may see a contact: the guide-era rows (one wildcard row, or one row
    per identity) and, with `get`/`update`, one identity's access settings (0.7.20)."""

    async def list(self, contact_id: uuid.UUID | str) -> builtins.list[ContactAccessGrant]:
        """The access rows of a contact (`identity_id` `None` is the wildcard).

        Args:
            contact_id: Id of the contact.

        Returns:
            The rows.
        """
        response = await list_contact_access.asyncio_detailed(
            as_uuid(contact_id, "contact_id"), client=self._api
        )
        return parsed_list(response, ContactAccessGrant)

    async def grant(
        self,
        contact_id: uuid.UUID | str,
        identity_id: uuid.UUID | str | None = None,
        *,
        wildcard: bool = False,
    ) -> ContactAccessGrant:
        """Let one identity see a contact, or (`wildcard=True`) every active identity.

        Admin keys only. A wildcard grant replaces every per-identity row.

        Args:
            contact_id: Id of the contact.
            identity_id: The identity to grant.
            wildcard: Grant every active identity instead.

        Returns:
            The new access row.

        Raises:
            ValueError: both or neither of `identity_id` and `wildcard=True`.
            RedundantContactAccessGrantError: the wildcard already covers this identity
                (`.error`, `.detail_message`).
        """
        if wildcard == (identity_id is not None):
            raise ValueError("pass either identity_id=<uuid> or wildcard=True")
        body = GrantContactAccessRequest(
            identity_id=None if wildcard else as_uuid(identity_id or "", "identity_id")
        )
        response = await grant_contact_access.asyncio_detailed(
            as_uuid(contact_id, "contact_id"), client=self._api, body=body
        )
        return parsed(response, ContactAccessGrant)

    async def revoke(self, contact_id: uuid.UUID | str, identity_id: uuid.UUID | str) -> None:
        """Stop an identity from seeing a contact (on a wildcard contact, every other identity
        keeps access).

        Args:
            contact_id: Id of the contact.
            identity_id: The identity to revoke.
        """
        await revoke_contact_access.asyncio_detailed(
            as_uuid(contact_id, "contact_id"),
            as_uuid(identity_id, "identity_id"),
            client=self._api,
        )


class AsyncContactVCardsResource(AsyncResource):
    """Contacts in and out as vCards."""

    async def import_vcards(
        self, content: str | bytes, *, content_type: str = "text/vcard"
    ) -> ContactImportResult:
        """Create contacts from vCard text; one bad card does not stop the others.

        Args:
            content: One or more vCards (`BEGIN:VCARD` ... `END:VCARD`), at most 5 MiB and
                1,000 cards.
            content_type: 0.3.1's choice of `"text/vcard"` (the default) or its older alias
                `"text/x-vcard"`; the server reads both alike, so the body always goes as
                `text/vcard`.

        Returns:
            Per-card outcomes: `result.created_ids`, `result.errors` (`item.index`,
            `item.error`), `result.conflicts`, and the counts.

        Raises:
            ValueError: the content exceeds 5 MiB or 1,000 cards, or `content_type` is not a
                vCard type (nothing is sent).
            UnprocessableEntityError: the content holds no complete vCard.
        """
        if isinstance(content, str):
            data = content.encode("utf-8")
        elif isinstance(content, bytes):
            data = content
        else:
            raise TypeError(f"content must be str or bytes, not {type(content).__name__}")
        media = (
            content_type.split(";", 1)[0].strip().lower() if isinstance(content_type, str) else ""
        )
        if media not in ("text/vcard", "text/x-vcard"):
            raise ValueError(
                f"content_type must be 'text/vcard' or 'text/x-vcard', got {content_type!r}"
            )
        if len(data) > MAX_VCARD_BYTES:
            raise ValueError(
                f"vCard import is limited to 5 MiB ({MAX_VCARD_BYTES} bytes); this content is "
                f"{len(data)} bytes: split it into several imports"
            )
        cards = _count_cards(data)
        if cards > MAX_VCARD_CARDS:
            raise ValueError(
                f"vCard import is limited to {MAX_VCARD_CARDS} cards; this content has {cards}: "
                "split it into several imports"
            )
        # The generated op passes `payload` to httpx as `content`: bytes suit both the sync and
        # the async client, while a file object would only work with the sync one.
        body = File(payload=cast("BinaryIO", data), mime_type="text/vcard")
        response = await import_vcards.asyncio_detailed(client=self._api, body=body)
        return parsed(response, ContactImportResult)

    async def export_vcard(self, contact_id: uuid.UUID | str) -> str:
        """One contact as vCard text.

        Args:
            contact_id: Id of the contact.

        Returns:
            The vCard (`BEGIN:VCARD` ... `END:VCARD`).
        """
        response = await export_vcard.asyncio_detailed(
            as_uuid(contact_id, "contact_id"), client=self._api
        )
        return response.content.decode("utf-8")

    async def export_vcards(
        self, contact_ids: Sequence[uuid.UUID | str]
    ) -> ContactVCardExportResult:
        """Several contacts as one vCard document.

        Args:
            contact_ids: 1-25 contact ids, each once.

        Returns:
            `vcard` (the cards one after another, in order), `contact_count`, `content_type`.

        Raises:
            ValueError: no ids, more than 25, or a repeated id.
            NotFoundError: an id is not a contact this key can see.
        """
        ids = _distinct_ids(contact_ids, "contact_ids", high=MAX_VCARD_EXPORT)
        response = await export_vcards.asyncio_detailed(
            client=self._api, body=ContactVCardExportRequest(contact_ids=ids)
        )
        return parsed(response, ContactVCardExportResult)


def _contact_fields(values: dict[str, Any], *, left_out: object) -> dict[str, Any]:
    """The body of a create (`left_out=None`) or a merge-patch update (`left_out=NOT_GIVEN`,
    where `None` is sent as null and clears the field), checked in the order of `values`."""
    fields: dict[str, Any] = {}
    for name, value in values.items():
        if value is left_out:
            continue
        if value is None:
            fields[name] = None
        elif name == "birthday":
            fields[name] = _date(value)
        elif name in _ENTRY_LISTS:
            fields[name] = contact_entries_input(value, name)
        else:
            fields[name] = value
    return fields


def _date(value: datetime.date | str) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"birthday must be a date or 'YYYY-MM-DD', got {value!r}") from None


def _access_ids(
    value: Literal["wildcard"] | Sequence[uuid.UUID | str] | None,
) -> NotGivenOr[builtins.list[uuid.UUID] | None]:
    # "wildcard" leaves the field out (the server seeds one wildcard row), None sends null (the
    # same), [] makes the contact admin-only, a list grants exactly those identities.
    if value == "wildcard":
        return NOT_GIVEN
    if value is None:
        return None
    if isinstance(value, str):
        raise ValueError(
            "access_identity_ids must be 'wildcard', None, [] or a list of identity ids, "
            f"got {value!r}"
        )
    return as_uuid_list(value, "access_identity_ids")


def _count_cards(data: bytes) -> int:
    return sum(1 for line in data.splitlines() if line.strip().upper() == b"BEGIN:VCARD")


def _distinct_ids(
    values: Sequence[uuid.UUID | str], name: str, *, high: int
) -> builtins.list[uuid.UUID]:
    ids = as_uuid_list(values, name)
    if not 1 <= len(ids) <= high:
        raise ValueError(f"{name} takes 1 to {high} ids, got {len(ids)}")
    repeated = sorted({str(i) for i in ids if ids.count(i) > 1})
    if repeated:
        raise ValueError(f"{name} names {', '.join(repeated)} more than once")
    return ids


def _create_permissions(
    value: ContactCreatePermissions | Mapping[str, Any],
) -> ContactCreatePermissions:
    """The permissions of a new contact, checked as a permissions or access update checks
    its own before anything is sent."""
    if isinstance(value, ContactCreatePermissions):
        wire = value.to_dict()
    elif isinstance(value, Mapping):
        # The groups may be given as the model the access settings take, or as dicts.
        wire = {
            k: str(v) if k == "identity_id" else v.to_dict() if hasattr(v, "to_dict") else v
            for k, v in value.items()
        }
    else:
        raise TypeError(
            f"permissions must be a ContactCreatePermissions or a dict, not {type(value).__name__}"
        )
    # the model's own fields (the spec's properties), not a copy of them to keep in step
    known = {f.name for f in attrs.fields(ContactCreatePermissions)} - {"additional_properties"}
    unknown = sorted(set(wire) - known)
    if unknown:
        raise ValueError(
            f"permissions has no {', '.join(map(repr, unknown))}; it takes "
            + ", ".join(sorted(known))
        )
    if "identity_id" not in wire:
        raise ValueError("permissions needs identity_id")
    wire["identity_id"] = str(as_uuid(wire["identity_id"], "permissions.identity_id"))
    if {"emails", "phones"} & set(wire) and {"email", "phone"} & set(wire):
        raise ValueError(
            "permissions: use the emails/phones maps or the email/phone groups, not both"
        )
    try:
        groups = {
            g: ContactChannelAccessUpdate.from_dict(wire[g])
            for g in ("email", "phone")
            if g in wire
        }
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"permissions are malformed: {exc}") from None
    shown = [_check_group(group, f"permissions.{g}") for g, group in groups.items()]
    maps = [_bool_map(wire.get(m), f"permissions.{m}") or {} for m in ("emails", "phones")]
    if wire.get("profile") is False and (
        wire.get("memories") is True or any(shown) or any(any(m.values()) for m in maps)
    ):
        raise ValueError(f"permissions: {_PROFILE_RULE}")
    try:
        return ContactCreatePermissions.from_dict(wire)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"permissions are malformed: {exc}") from None
