from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mail_import_format import MailImportFormat
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="MailImportCreate")


@_attrs_define
class MailImportCreate:
    """Body of `create_mail_import`."""

    source_format: MailImportFormat | Unset = UNSET
    """ How the uploaded archive is read; `auto` detects mbox, a single `.eml` or a zip of `.eml` files. """
    original_addresses: list[str] | None | Unset = UNSET
    """ The addresses the archive's owner sent from; their messages are filed as outbound. """
    mark_as_read: bool | Unset = UNSET
    """ File imported messages as read (default true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_format: str | Unset = UNSET
        if not isinstance(self.source_format, Unset):
            source_format = self.source_format.value

        original_addresses: list[str] | None | Unset
        if isinstance(self.original_addresses, Unset):
            original_addresses = UNSET
        elif isinstance(self.original_addresses, list):
            original_addresses = self.original_addresses

        else:
            original_addresses = self.original_addresses

        mark_as_read = self.mark_as_read

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_format is not UNSET:
            field_dict["source_format"] = source_format
        if original_addresses is not UNSET:
            field_dict["original_addresses"] = original_addresses
        if mark_as_read is not UNSET:
            field_dict["mark_as_read"] = mark_as_read

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _source_format = d.pop("source_format", UNSET)
        source_format: MailImportFormat | Unset
        if isinstance(_source_format, Unset):
            source_format = UNSET
        else:
            source_format = parse_enum(MailImportFormat, _source_format)

        original_addresses = d.pop("original_addresses", UNSET)
        if original_addresses is not None and not isinstance(original_addresses, Unset):
            if isinstance(original_addresses, list):
                try:
                    original_addresses_type_0 = cast(list[str], original_addresses)

                    original_addresses = original_addresses_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        mark_as_read = d.pop("mark_as_read", UNSET)

        mail_import_create = cls(
            source_format,
            original_addresses,
            mark_as_read,
        )

        mail_import_create.additional_properties = d
        return mail_import_create

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
