from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """One logged delivery attempt."""

    id: UUID
    organization_id: str
    webhook_subscription_id: None | UUID
    phone_number_id: None | UUID
    event_id: str
    event_type: str
    url: str
    request_payload: str
    """ The signed request body. """
    response_status: int | None
    response_body: None | str
    error_detail: None | str
    duration_ms: int | None
    is_replay: bool
    created_at: datetime.datetime
    replay_unavailable_reason: None | str
    replayable: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organization_id = self.organization_id

        webhook_subscription_id: None | str
        if isinstance(self.webhook_subscription_id, UUID):
            webhook_subscription_id = str(self.webhook_subscription_id)
        else:
            webhook_subscription_id = self.webhook_subscription_id

        phone_number_id: None | str
        if isinstance(self.phone_number_id, UUID):
            phone_number_id = str(self.phone_number_id)
        else:
            phone_number_id = self.phone_number_id

        event_id = self.event_id

        event_type = self.event_type

        url = self.url

        request_payload = self.request_payload

        response_status: int | None
        response_status = self.response_status

        response_body: None | str
        response_body = self.response_body

        error_detail: None | str
        error_detail = self.error_detail

        duration_ms: int | None
        duration_ms = self.duration_ms

        is_replay = self.is_replay

        created_at = self.created_at.isoformat()

        replayable = self.replayable

        replay_unavailable_reason: None | str
        replay_unavailable_reason = self.replay_unavailable_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "webhook_subscription_id": webhook_subscription_id,
                "phone_number_id": phone_number_id,
                "event_id": event_id,
                "event_type": event_type,
                "url": url,
                "request_payload": request_payload,
                "response_status": response_status,
                "response_body": response_body,
                "error_detail": error_detail,
                "duration_ms": duration_ms,
                "is_replay": is_replay,
                "created_at": created_at,
                "replayable": replayable,
                "replay_unavailable_reason": replay_unavailable_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        organization_id = d.pop("organization_id")

        webhook_subscription_id = d.pop("webhook_subscription_id", None)
        if webhook_subscription_id is not None:
            if isinstance(webhook_subscription_id, str):
                try:
                    webhook_subscription_id_type_0 = parse_uuid(webhook_subscription_id)

                    webhook_subscription_id = webhook_subscription_id_type_0
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

        event_id = d.pop("event_id")

        event_type = d.pop("event_type")

        url = d.pop("url")

        request_payload = d.pop("request_payload")

        response_status = d.pop("response_status", None)

        response_body = d.pop("response_body", None)

        error_detail = d.pop("error_detail", None)

        duration_ms = d.pop("duration_ms", None)

        is_replay = d.pop("is_replay")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        replayable = d.pop("replayable", False)

        replay_unavailable_reason = d.pop("replay_unavailable_reason", None)

        webhook_delivery = cls(
            id,
            organization_id,
            webhook_subscription_id,
            phone_number_id,
            event_id,
            event_type,
            url,
            request_payload,
            response_status,
            response_body,
            error_detail,
            duration_ms,
            is_replay,
            created_at,
            replay_unavailable_reason,
            replayable,
        )

        webhook_delivery.additional_properties = d
        return webhook_delivery

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
