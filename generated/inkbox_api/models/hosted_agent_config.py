from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hosted_agent_authority_mode import HostedAgentAuthorityMode
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="HostedAgentConfig")


@_attrs_define
class HostedAgentConfig:
    """An identity's Voice AI settings."""

    agent_identity_id: UUID
    voice: None | str
    """ The chosen voice, or null for the default. """
    model: None | str
    """ Deprecated; always null. """
    effective_voice: str
    """ The voice calls use. """
    effective_model: str
    """ The model calls use. """
    instructions: None | str
    """ Steering prompt appended to Voice AI's system prompt. """
    authority_mode: HostedAgentAuthorityMode
    """ How broadly a hosted voice agent may act: only about the current caller, or across the identity's channels.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_identity_id = str(self.agent_identity_id)

        voice: None | str
        voice = self.voice

        model: None | str
        model = self.model

        effective_voice = self.effective_voice

        effective_model = self.effective_model

        instructions: None | str
        instructions = self.instructions

        authority_mode = self.authority_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_identity_id": agent_identity_id,
                "voice": voice,
                "model": model,
                "effective_voice": effective_voice,
                "effective_model": effective_model,
                "instructions": instructions,
                "authority_mode": authority_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_identity_id = parse_uuid(d.pop("agent_identity_id"))

        voice = d.pop("voice", None)

        model = d.pop("model", None)

        effective_voice = d.pop("effective_voice")

        effective_model = d.pop("effective_model")

        instructions = d.pop("instructions", None)

        authority_mode = parse_enum(HostedAgentAuthorityMode, d.pop("authority_mode"))

        hosted_agent_config = cls(
            agent_identity_id,
            voice,
            model,
            effective_voice,
            effective_model,
            instructions,
            authority_mode,
        )

        hosted_agent_config.additional_properties = d
        return hosted_agent_config

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
