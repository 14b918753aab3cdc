from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HostedAgentVoiceCatalog")


@_attrs_define
class HostedAgentVoiceCatalog:
    """Every Voice AI voice and the default one."""

    voices: list[HostedAgentVoiceOption]
    default_voice: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voices = []
        for voices_item_data in self.voices:
            voices_item = voices_item_data.to_dict()
            voices.append(voices_item)

        default_voice = self.default_voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voices": voices,
                "default_voice": default_voice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voices = []
        _voices = d.pop("voices")
        for voices_item_data in _voices:
            voices_item = HostedAgentVoiceOption.from_dict(voices_item_data)

            voices.append(voices_item)

        default_voice = d.pop("default_voice")

        hosted_agent_voice_catalog = cls(
            voices,
            default_voice,
        )

        hosted_agent_voice_catalog.additional_properties = d
        return hosted_agent_voice_catalog

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
from ..models.hosted_agent_voice_option import HostedAgentVoiceOption  # noqa: E402
