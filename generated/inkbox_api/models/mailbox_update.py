from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_mode import FilterMode
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="MailboxUpdate")


@_attrs_define
class MailboxUpdate:
    """Only the keys present are applied."""

    filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    display_name: None | str | Unset = UNSET
    """ Guide era; current servers answer 422 (set it on the identity). """
    webhook_url: None | str | Unset = UNSET
    """ Guide era; null unsubscribes. Current servers answer 422 (use webhook subscriptions). """
    signature_html: None | str | Unset = UNSET
    signature_text: None | str | Unset = UNSET
    signature_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_mode: str | Unset = UNSET
        if not isinstance(self.filter_mode, Unset):
            filter_mode = self.filter_mode.value

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        signature_html: None | str | Unset
        if isinstance(self.signature_html, Unset):
            signature_html = UNSET
        else:
            signature_html = self.signature_html

        signature_text: None | str | Unset
        if isinstance(self.signature_text, Unset):
            signature_text = UNSET
        else:
            signature_text = self.signature_text

        signature_enabled = self.signature_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_mode is not UNSET:
            field_dict["filter_mode"] = filter_mode
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if signature_html is not UNSET:
            field_dict["signature_html"] = signature_html
        if signature_text is not UNSET:
            field_dict["signature_text"] = signature_text
        if signature_enabled is not UNSET:
            field_dict["signature_enabled"] = signature_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _filter_mode = d.pop("filter_mode", UNSET)
        filter_mode: FilterMode | Unset
        if isinstance(_filter_mode, Unset):
            filter_mode = UNSET
        else:
            filter_mode = parse_enum(FilterMode, _filter_mode)

        display_name = d.pop("display_name", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        signature_html = d.pop("signature_html", UNSET)

        signature_text = d.pop("signature_text", UNSET)

        signature_enabled = d.pop("signature_enabled", UNSET)

        mailbox_update = cls(
            filter_mode,
            display_name,
            webhook_url,
            signature_html,
            signature_text,
            signature_enabled,
        )

        mailbox_update.additional_properties = d
        return mailbox_update

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
