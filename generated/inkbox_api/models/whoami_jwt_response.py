from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhoamiJwtResponse")


@_attrs_define
class WhoamiJwtResponse:
    """The caller authenticated with a (console) JWT."""

    auth_type: Literal["jwt"]
    auth_subtype: None | str
    user_id: None | str
    email: None | str
    name: None | str
    organization_id: None | str
    org_role: None | str
    org_slug: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        auth_subtype: None | str
        auth_subtype = self.auth_subtype

        user_id: None | str
        user_id = self.user_id

        email: None | str
        email = self.email

        name: None | str
        name = self.name

        organization_id: None | str
        organization_id = self.organization_id

        org_role: None | str
        org_role = self.org_role

        org_slug: None | str
        org_slug = self.org_slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "auth_subtype": auth_subtype,
                "user_id": user_id,
                "email": email,
                "name": name,
                "organization_id": organization_id,
                "org_role": org_role,
                "org_slug": org_slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth_type = cast(Literal["jwt"], d.pop("auth_type"))
        if auth_type != "jwt":
            raise ValueError(f"auth_type must match const 'jwt', got '{auth_type}'")

        auth_subtype = d.pop("auth_subtype", None)

        user_id = d.pop("user_id", None)

        email = d.pop("email", None)

        name = d.pop("name", None)

        organization_id = d.pop("organization_id", None)

        org_role = d.pop("org_role", None)

        org_slug = d.pop("org_slug", None)

        whoami_jwt_response = cls(
            auth_type,
            auth_subtype,
            user_id,
            email,
            name,
            organization_id,
            org_role,
            org_slug,
        )

        whoami_jwt_response.additional_properties = d
        return whoami_jwt_response

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
