"""The few guide-named things a spec cannot generate: whoami's union and scope constants, and
the request shape of the guide's contact entries.

Every model the SDK returns is the generated one (`inkbox_api.models`), re-exported from `inkbox`
under the guide's name. What the guide adds to them is generated from the spec too (see
`openapi/CONVENTIONS.md`, "Schemas"): the guide's field names (`ContactPhone.value` for the wire's
`value_e164`, `PhoneNumber.type`), its constructors (`ContactEmail(label="work", value=...)`),
secrets masked in `repr`, `ContactImportResult.created_ids`, `result["updated_count"]`.
"""

from __future__ import annotations

from typing import Any, Final, TypeAlias

from inkbox_api.models import (
    ContactAddress,
    ContactAddressInput,
    ContactCustomField,
    ContactDate,
    ContactDateInput,
    ContactEmail,
    ContactEmailInput,
    ContactPhone,
    ContactPhoneInput,
    ContactWebsite,
    ContactWebsiteInput,
    WhoamiApiKeyResponse,
    WhoamiJwtResponse,
)

__all__ = [
    "AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED",
    "AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED",
    "AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED",
    "WhoamiResponse",
    "contact_entries_input",
]

# `whoami().auth_subtype` of an API key; the server may add more values.
AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED: Final = "api_key.admin_scoped"
AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED: Final = "api_key.agent_scoped.claimed"
AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED: Final = "api_key.agent_scoped.unclaimed"

WhoamiResponse: TypeAlias = WhoamiApiKeyResponse | WhoamiJwtResponse
"""What `inkbox.whoami()` returns: the variant is chosen by `auth_type` (`"api_key"`/`"jwt"`)."""


def contact_entries_input(items: Any, field: str) -> list[Any]:
    """The request shape of one of a contact's lists (`field` is `"emails"`, `"phones"`, ...).

    Entries may be the guide's classes (`ContactPhone(label="mobile", value="+1...")`), entries
    of a contact that was read back (the same classes), or already in the request shape
    (`ContactPhoneInput`, ...). The request shape leaves out what is unset (the wire refuses
    `null` inside an entry) and sends `is_primary` only when true.

    Raises:
        TypeError: `items` is not a list, or an entry is of another kind.
    """
    entry_kind, input_kind = _ENTRY_KINDS[field]
    if isinstance(items, (str, bytes, dict)) or not hasattr(items, "__iter__"):
        raise TypeError(
            f"{field} must be a list of {entry_kind.__name__}, not {type(items).__name__}"
        )
    shaped: list[Any] = []
    for index, item in enumerate(items):
        if isinstance(item, input_kind):
            shaped.append(item)
        elif isinstance(item, entry_kind):
            wire = {
                key: value
                for key, value in item.to_dict().items()
                if key not in item.additional_properties
                and value is not None
                and value is not False
            }
            shaped.append(input_kind.from_dict(wire))
        else:
            raise TypeError(
                f"{field}[{index}] must be a {entry_kind.__name__}, not {type(item).__name__}"
            )
    return shaped


_ENTRY_KINDS: dict[str, tuple[type[Any], type[Any]]] = {
    "emails": (ContactEmail, ContactEmailInput),
    "phones": (ContactPhone, ContactPhoneInput),
    "websites": (ContactWebsite, ContactWebsiteInput),
    "dates": (ContactDate, ContactDateInput),
    "addresses": (ContactAddress, ContactAddressInput),
    "custom_fields": (ContactCustomField, ContactCustomField),
}
