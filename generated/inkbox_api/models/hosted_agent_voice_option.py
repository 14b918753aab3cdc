from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HostedAgentVoiceOption")


@_attrs_define
class HostedAgentVoiceOption:
    """One Voice AI voice."""

    id: str
    """ What `set_hosted_agent_config` takes as `voice`. """
    name: str
    description: str
    available: bool
    """ Whether the organisation may select it. """
    preview_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        available = self.available

        preview_url: None | str
        preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "available": available,
                "preview_url": preview_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        available = d.pop("available")

        preview_url = d.pop("preview_url", None)

        hosted_agent_voice_option = cls(
            id,
            name,
            description,
            available,
            preview_url,
        )

        hosted_agent_voice_option.additional_properties = d
        return hosted_agent_voice_option

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
