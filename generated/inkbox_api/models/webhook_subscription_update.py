from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionUpdate")


@_attrs_define
class WebhookSubscriptionUpdate:
    """Body of `update_webhook_subscription` (merge patch; null clears `context_config` / `auth_token`)."""

    url: str | Unset = UNSET
    event_types: list[str] | Unset = UNSET
    context_config: None | Unset | WebhookContextConfig = UNSET
    auth_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = self.event_types

        context_config: dict[str, Any] | None | Unset
        if isinstance(self.context_config, Unset):
            context_config = UNSET
        elif isinstance(self.context_config, WebhookContextConfig):
            context_config = self.context_config.to_dict()
        else:
            context_config = self.context_config

        auth_token: None | str | Unset
        if isinstance(self.auth_token, Unset):
            auth_token = UNSET
        else:
            auth_token = self.auth_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if context_config is not UNSET:
            field_dict["context_config"] = context_config
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        event_types = cast(list[str], d.pop("event_types", UNSET))

        context_config = d.pop("context_config", UNSET)
        if context_config is not None and not isinstance(context_config, Unset):
            if isinstance(context_config, dict):
                try:
                    context_config_type_0 = WebhookContextConfig.from_dict(context_config)

                    context_config = context_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        auth_token = d.pop("auth_token", UNSET)

        webhook_subscription_update = cls(
            url,
            event_types,
            context_config,
            auth_token,
        )

        webhook_subscription_update.additional_properties = d
        return webhook_subscription_update

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
