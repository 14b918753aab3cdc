from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """A webhook subscription (`status` is always `active`; deleted ones are not returned)."""

    id: UUID
    organization_id: str
    mailbox_id: None | UUID
    phone_number_id: None | UUID
    agent_identity_id: None | UUID
    url: str
    event_types: list[str]
    status: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    owner_identity_id: None | UUID
    context_config: None | WebhookContextConfig
    auth_token: None | str = _attrs_field(repr=_masked)
    """ Sent as `Authorization: Bearer <token>` with every delivery. """
    has_auth_token: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organization_id = self.organization_id

        mailbox_id: None | str
        if isinstance(self.mailbox_id, UUID):
            mailbox_id = str(self.mailbox_id)
        else:
            mailbox_id = self.mailbox_id

        phone_number_id: None | str
        if isinstance(self.phone_number_id, UUID):
            phone_number_id = str(self.phone_number_id)
        else:
            phone_number_id = self.phone_number_id

        agent_identity_id: None | str
        if isinstance(self.agent_identity_id, UUID):
            agent_identity_id = str(self.agent_identity_id)
        else:
            agent_identity_id = self.agent_identity_id

        url = self.url

        event_types = self.event_types

        status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        owner_identity_id: None | str
        if isinstance(self.owner_identity_id, UUID):
            owner_identity_id = str(self.owner_identity_id)
        else:
            owner_identity_id = self.owner_identity_id

        context_config: dict[str, Any] | None
        if isinstance(self.context_config, WebhookContextConfig):
            context_config = self.context_config.to_dict()
        else:
            context_config = self.context_config

        has_auth_token = self.has_auth_token

        auth_token: None | str
        auth_token = self.auth_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "mailbox_id": mailbox_id,
                "phone_number_id": phone_number_id,
                "agent_identity_id": agent_identity_id,
                "url": url,
                "event_types": event_types,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
                "owner_identity_id": owner_identity_id,
                "context_config": context_config,
                "has_auth_token": has_auth_token,
                "auth_token": auth_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        organization_id = d.pop("organization_id")

        mailbox_id = d.pop("mailbox_id", None)
        if mailbox_id is not None:
            if isinstance(mailbox_id, str):
                try:
                    mailbox_id_type_0 = parse_uuid(mailbox_id)

                    mailbox_id = mailbox_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        phone_number_id = d.pop("phone_number_id", None)
        if phone_number_id is not None:
            if isinstance(phone_number_id, str):
                try:
                    phone_number_id_type_0 = parse_uuid(phone_number_id)

                    phone_number_id = phone_number_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        agent_identity_id = d.pop("agent_identity_id", None)
        if agent_identity_id is not None:
            if isinstance(agent_identity_id, str):
                try:
                    agent_identity_id_type_0 = parse_uuid(agent_identity_id)

                    agent_identity_id = agent_identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        url = d.pop("url")

        event_types = cast(list[str], d.pop("event_types"))

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        owner_identity_id = d.pop("owner_identity_id", None)
        if owner_identity_id is not None:
            if isinstance(owner_identity_id, str):
                try:
                    owner_identity_id_type_0 = parse_uuid(owner_identity_id)

                    owner_identity_id = owner_identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        context_config = d.pop("context_config", None)
        if context_config is not None:
            if isinstance(context_config, dict):
                try:
                    context_config_type_0 = WebhookContextConfig.from_dict(context_config)

                    context_config = context_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        has_auth_token = d.pop("has_auth_token", False)

        auth_token = d.pop("auth_token", None)

        webhook_subscription = cls(
            id,
            organization_id,
            mailbox_id,
            phone_number_id,
            agent_identity_id,
            url,
            event_types,
            status,
            created_at,
            updated_at,
            owner_identity_id,
            context_config,
            auth_token,
            has_auth_token,
        )

        webhook_subscription.additional_properties = d
        return webhook_subscription

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
from ..models.webhook_context_config import WebhookContextConfig  # noqa: E402
