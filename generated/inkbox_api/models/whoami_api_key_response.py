from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhoamiApiKeyResponse")


@_attrs_define
class WhoamiApiKeyResponse:
    """The caller authenticated with an API key."""

    auth_type: Literal["api_key"]
    auth_subtype: None | str
    """ Key scope: `api_key.admin_scoped`, `api_key.agent_scoped.claimed` or `api_key.agent_scoped.unclaimed` (the
    server may add more).
     """
    scope: None | str
    """ e.g. `organization:org_001`. """
    organization_id: None | str
    created_by: None | str
    creator_type: None | str
    key_id: None | str
    label: None | str
    description: None | str
    created_at: datetime.datetime | None
    last_used_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        auth_subtype: None | str
        auth_subtype = self.auth_subtype

        scope: None | str
        scope = self.scope

        organization_id: None | str
        organization_id = self.organization_id

        created_by: None | str
        created_by = self.created_by

        creator_type: None | str
        creator_type = self.creator_type

        key_id: None | str
        key_id = self.key_id

        label: None | str
        label = self.label

        description: None | str
        description = self.description

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "auth_subtype": auth_subtype,
                "scope": scope,
                "organization_id": organization_id,
                "created_by": created_by,
                "creator_type": creator_type,
                "key_id": key_id,
                "label": label,
                "description": description,
                "created_at": created_at,
                "last_used_at": last_used_at,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth_type = cast(Literal["api_key"], d.pop("auth_type"))
        if auth_type != "api_key":
            raise ValueError(f"auth_type must match const 'api_key', got '{auth_type}'")

        auth_subtype = d.pop("auth_subtype", None)

        scope = d.pop("scope", None)

        organization_id = d.pop("organization_id", None)

        created_by = d.pop("created_by", None)

        creator_type = d.pop("creator_type", None)

        key_id = d.pop("key_id", None)

        label = d.pop("label", None)

        description = d.pop("description", None)

        created_at = d.pop("created_at", None)
        if created_at is not None:
            if isinstance(created_at, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                    created_at = created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        last_used_at = d.pop("last_used_at", None)
        if last_used_at is not None:
            if isinstance(last_used_at, str):
                try:
                    last_used_at_type_0 = datetime.datetime.fromisoformat(last_used_at)

                    last_used_at = last_used_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        expires_at = d.pop("expires_at", None)
        if expires_at is not None:
            if isinstance(expires_at, str):
                try:
                    expires_at_type_0 = datetime.datetime.fromisoformat(expires_at)

                    expires_at = expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        whoami_api_key_response = cls(
            auth_type,
            auth_subtype,
            scope,
            organization_id,
            created_by,
            creator_type,
            key_id,
            label,
            description,
            created_at,
            last_used_at,
            expires_at,
        )

        whoami_api_key_response.additional_properties = d
        return whoami_api_key_response

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
