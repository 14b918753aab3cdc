from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="WebhookSubscriptionCreate")


@_attrs_define
class WebhookSubscriptionCreate:
    """Body of `create_webhook_subscription`."""

    url: str
    event_types: list[str]
    mailbox_id: UUID | Unset = UNSET
    phone_number_id: UUID | Unset = UNSET
    agent_identity_id: UUID | Unset = UNSET
    context_config: WebhookContextConfig | Unset = UNSET
    """ Conversation context sent with received mail/text events, keyed by class (`email`, `texts`, `calls`); each a
    `{"mode": "count", "count": 1..50}` or `{"mode": "window", "hours": 1..168}`, or null (unconfigured).
     """
    auth_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types = self.event_types

        mailbox_id: str | Unset = UNSET
        if not isinstance(self.mailbox_id, Unset):
            mailbox_id = str(self.mailbox_id)

        phone_number_id: str | Unset = UNSET
        if not isinstance(self.phone_number_id, Unset):
            phone_number_id = str(self.phone_number_id)

        agent_identity_id: str | Unset = UNSET
        if not isinstance(self.agent_identity_id, Unset):
            agent_identity_id = str(self.agent_identity_id)

        context_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context_config, Unset):
            context_config = self.context_config.to_dict()

        auth_token = self.auth_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "event_types": event_types,
            }
        )
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if agent_identity_id is not UNSET:
            field_dict["agent_identity_id"] = agent_identity_id
        if context_config is not UNSET:
            field_dict["context_config"] = context_config
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        event_types = cast(list[str], d.pop("event_types"))

        _mailbox_id = d.pop("mailbox_id", UNSET)
        mailbox_id: UUID | Unset
        if isinstance(_mailbox_id, Unset):
            mailbox_id = UNSET
        else:
            mailbox_id = parse_uuid(_mailbox_id)

        _phone_number_id = d.pop("phone_number_id", UNSET)
        phone_number_id: UUID | Unset
        if isinstance(_phone_number_id, Unset):
            phone_number_id = UNSET
        else:
            phone_number_id = parse_uuid(_phone_number_id)

        _agent_identity_id = d.pop("agent_identity_id", UNSET)
        agent_identity_id: UUID | Unset
        if isinstance(_agent_identity_id, Unset):
            agent_identity_id = UNSET
        else:
            agent_identity_id = parse_uuid(_agent_identity_id)

        _context_config = d.pop("context_config", UNSET)
        context_config: WebhookContextConfig | Unset
        if isinstance(_context_config, Unset):
            context_config = UNSET
        else:
            context_config = WebhookContextConfig.from_dict(_context_config)

        auth_token = d.pop("auth_token", UNSET)

        webhook_subscription_create = cls(
            url,
            event_types,
            mailbox_id,
            phone_number_id,
            agent_identity_id,
            context_config,
            auth_token,
        )

        webhook_subscription_create.additional_properties = d
        return webhook_subscription_create

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
