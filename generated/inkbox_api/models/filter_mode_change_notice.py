from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_mode import FilterMode
from ..types import parse_enum

T = TypeVar("T", bound="FilterModeChangeNotice")


@_attrs_define
class FilterModeChangeNotice:
    """Returned on the PATCH that actually changed `filter_mode`: how many active rules are now redundant under the new
    mode. Rules are not touched by the flip.

    """

    new_filter_mode: FilterMode
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    redundant_rule_action: str
    """ The action whose rules are now redundant: `block` under whitelist, `allow` under blacklist (free string;
    compare with the rule-action enums).
     """
    redundant_rule_count: int
    """ Active rules with that action (paused and deleted rules are not counted); 0 is a clean flip. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_filter_mode = self.new_filter_mode.value

        redundant_rule_action = self.redundant_rule_action

        redundant_rule_count = self.redundant_rule_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_filter_mode": new_filter_mode,
                "redundant_rule_action": redundant_rule_action,
                "redundant_rule_count": redundant_rule_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_filter_mode = parse_enum(FilterMode, d.pop("new_filter_mode"))

        redundant_rule_action = d.pop("redundant_rule_action")

        redundant_rule_count = d.pop("redundant_rule_count")

        filter_mode_change_notice = cls(
            new_filter_mode,
            redundant_rule_action,
            redundant_rule_count,
        )

        filter_mode_change_notice.additional_properties = d
        return filter_mode_change_notice

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
