from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_status import ApiKeyStatus
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An API key's public record (never the secret)."""

    id: str
    """ `ApiKey_<uuid4>`. """
    organization_id: str
    created_by: str
    """ User id for humans, identity UUID for agents. """
    creator_type: str
    """ `human` or `agent`. """
    scoped_identity_id: None | UUID
    label: str
    description: None | str
    status: ApiKeyStatus
    last4: str
    display_prefix: str
    last_used_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    revoked_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        created_by = self.created_by

        creator_type = self.creator_type

        scoped_identity_id: None | str
        if isinstance(self.scoped_identity_id, UUID):
            scoped_identity_id = str(self.scoped_identity_id)
        else:
            scoped_identity_id = self.scoped_identity_id

        label = self.label

        description: None | str
        description = self.description

        status = self.status.value

        last4 = self.last4

        display_prefix = self.display_prefix

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

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "created_by": created_by,
                "creator_type": creator_type,
                "scoped_identity_id": scoped_identity_id,
                "label": label,
                "description": description,
                "status": status,
                "last4": last4,
                "display_prefix": display_prefix,
                "last_used_at": last_used_at,
                "expires_at": expires_at,
                "revoked_at": revoked_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        created_by = d.pop("created_by")

        creator_type = d.pop("creator_type")

        scoped_identity_id = d.pop("scoped_identity_id", None)
        if scoped_identity_id is not None:
            if isinstance(scoped_identity_id, str):
                try:
                    scoped_identity_id_type_0 = parse_uuid(scoped_identity_id)

                    scoped_identity_id = scoped_identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        label = d.pop("label")

        description = d.pop("description", None)

        status = parse_enum(ApiKeyStatus, d.pop("status"))

        last4 = d.pop("last4")

        display_prefix = d.pop("display_prefix")

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

        revoked_at = d.pop("revoked_at", None)
        if revoked_at is not None:
            if isinstance(revoked_at, str):
                try:
                    revoked_at_type_0 = datetime.datetime.fromisoformat(revoked_at)

                    revoked_at = revoked_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        api_key = cls(
            id,
            organization_id,
            created_by,
            creator_type,
            scoped_identity_id,
            label,
            description,
            status,
            last4,
            display_prefix,
            last_used_at,
            expires_at,
            revoked_at,
            created_at,
            updated_at,
        )

        api_key.additional_properties = d
        return api_key

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
