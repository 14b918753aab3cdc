from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="HostedAgentConfigUpdate")


@_attrs_define
class HostedAgentConfigUpdate:
    """Body of `set_hosted_agent_config` (a full replace)."""

    agent_identity_id: UUID | Unset = UNSET
    """ Identity to configure (admin keys must pass it). """
    voice: None | str | Unset = UNSET
    """ A voice id of the catalog, or null for the default. """
    model: None | str | Unset = UNSET
    """ Deprecated; accepted and ignored. """
    instructions: None | str | Unset = UNSET
    """ Steering prompt, or null for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_identity_id: str | Unset = UNSET
        if not isinstance(self.agent_identity_id, Unset):
            agent_identity_id = str(self.agent_identity_id)

        voice: None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        else:
            voice = self.voice

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_identity_id is not UNSET:
            field_dict["agent_identity_id"] = agent_identity_id
        if voice is not UNSET:
            field_dict["voice"] = voice
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _agent_identity_id = d.pop("agent_identity_id", UNSET)
        agent_identity_id: UUID | Unset
        if isinstance(_agent_identity_id, Unset):
            agent_identity_id = UNSET
        else:
            agent_identity_id = parse_uuid(_agent_identity_id)

        voice = d.pop("voice", UNSET)

        model = d.pop("model", UNSET)

        instructions = d.pop("instructions", UNSET)

        hosted_agent_config_update = cls(
            agent_identity_id,
            voice,
            model,
            instructions,
        )

        hosted_agent_config_update.additional_properties = d
        return hosted_agent_config_update

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
