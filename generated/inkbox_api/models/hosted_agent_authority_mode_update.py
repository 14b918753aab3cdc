from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hosted_agent_authority_mode import HostedAgentAuthorityMode
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="HostedAgentAuthorityModeUpdate")


@_attrs_define
class HostedAgentAuthorityModeUpdate:
    """Body of `set_hosted_agent_authority_mode`."""

    agent_identity_id: UUID
    authority_mode: HostedAgentAuthorityMode
    """ How broadly a hosted voice agent may act: only about the current caller, or across the identity's channels.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_identity_id = str(self.agent_identity_id)

        authority_mode = self.authority_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_identity_id": agent_identity_id,
                "authority_mode": authority_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_identity_id = parse_uuid(d.pop("agent_identity_id"))

        authority_mode = parse_enum(HostedAgentAuthorityMode, d.pop("authority_mode"))

        hosted_agent_authority_mode_update = cls(
            agent_identity_id,
            authority_mode,
        )

        hosted_agent_authority_mode_update.additional_properties = d
        return hosted_agent_authority_mode_update

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
