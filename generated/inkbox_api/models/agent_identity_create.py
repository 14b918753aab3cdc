from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentIdentityCreate")


@_attrs_define
class AgentIdentityCreate:
    agent_handle: str
    """ Globally unique handle; a leading `@` is stripped. """
    display_name: str | Unset = UNSET
    """ Defaults to the handle. """
    description: None | str | Unset = UNSET
    """ Org-internal description; defaults to null. """
    imessage_enabled: bool | Unset = False
    contact_sharing_enabled: bool | Unset = True
    claim_imessage_number: bool | Unset = UNSET
    """ `true` claims a dedicated iMessage line (requires `imessage_enabled`). """
    mailbox: IdentityMailboxCreate | Unset = UNSET
    """ Customizes the identity's mailbox (always provisioned). """
    tunnel: IdentityTunnelCreate | Unset = UNSET
    """ Customizes the identity's tunnel (always provisioned). """
    phone_number: IdentityPhoneNumberCreate | Unset = UNSET
    """ Provision a phone number for the identity at creation. """
    vault_secret_ids: list[str] | str | Unset = UNSET
    """ Vault secrets to grant the identity — `"*"` or `"all"`, one secret UUID, or a list of them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_handle = self.agent_handle

        display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        imessage_enabled = self.imessage_enabled

        contact_sharing_enabled = self.contact_sharing_enabled

        claim_imessage_number = self.claim_imessage_number

        mailbox: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailbox, Unset):
            mailbox = self.mailbox.to_dict()

        tunnel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tunnel, Unset):
            tunnel = self.tunnel.to_dict()

        phone_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_number, Unset):
            phone_number = self.phone_number.to_dict()

        vault_secret_ids: list[str] | str | Unset
        if isinstance(self.vault_secret_ids, Unset):
            vault_secret_ids = UNSET
        elif isinstance(self.vault_secret_ids, list):
            vault_secret_ids = self.vault_secret_ids

        else:
            vault_secret_ids = self.vault_secret_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_handle": agent_handle,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if imessage_enabled is not UNSET:
            field_dict["imessage_enabled"] = imessage_enabled
        if contact_sharing_enabled is not UNSET:
            field_dict["contact_sharing_enabled"] = contact_sharing_enabled
        if claim_imessage_number is not UNSET:
            field_dict["claim_imessage_number"] = claim_imessage_number
        if mailbox is not UNSET:
            field_dict["mailbox"] = mailbox
        if tunnel is not UNSET:
            field_dict["tunnel"] = tunnel
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if vault_secret_ids is not UNSET:
            field_dict["vault_secret_ids"] = vault_secret_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_handle = d.pop("agent_handle")

        display_name = d.pop("display_name", UNSET)

        description = d.pop("description", UNSET)

        imessage_enabled = d.pop("imessage_enabled", UNSET)

        contact_sharing_enabled = d.pop("contact_sharing_enabled", UNSET)

        claim_imessage_number = d.pop("claim_imessage_number", UNSET)

        _mailbox = d.pop("mailbox", UNSET)
        mailbox: IdentityMailboxCreate | Unset
        if isinstance(_mailbox, Unset):
            mailbox = UNSET
        else:
            mailbox = IdentityMailboxCreate.from_dict(_mailbox)

        _tunnel = d.pop("tunnel", UNSET)
        tunnel: IdentityTunnelCreate | Unset
        if isinstance(_tunnel, Unset):
            tunnel = UNSET
        else:
            tunnel = IdentityTunnelCreate.from_dict(_tunnel)

        _phone_number = d.pop("phone_number", UNSET)
        phone_number: IdentityPhoneNumberCreate | Unset
        if isinstance(_phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = IdentityPhoneNumberCreate.from_dict(_phone_number)

        vault_secret_ids = d.pop("vault_secret_ids", UNSET)
        if not isinstance(vault_secret_ids, Unset):
            if isinstance(vault_secret_ids, list):
                try:
                    vault_secret_ids_type_1 = cast(list[str], vault_secret_ids)

                    vault_secret_ids = vault_secret_ids_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        agent_identity_create = cls(
            agent_handle,
            display_name,
            description,
            imessage_enabled,
            contact_sharing_enabled,
            claim_imessage_number,
            mailbox,
            tunnel,
            phone_number,
            vault_secret_ids,
        )

        agent_identity_create.additional_properties = d
        return agent_identity_create

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
from ..models.identity_mailbox_create import IdentityMailboxCreate  # noqa: E402
from ..models.identity_phone_number_create import IdentityPhoneNumberCreate  # noqa: E402
from ..models.identity_tunnel_create import IdentityTunnelCreate  # noqa: E402
