from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_folder import ThreadFolder
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="ThreadUpdate")


@_attrs_define
class ThreadUpdate:
    """Only the keys present are applied."""

    folder: ThreadFolder | Unset = UNSET
    """ Folder of a thread. `blocked` is server-assigned and cannot be set by clients. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder: str | Unset = UNSET
        if not isinstance(self.folder, Unset):
            folder = self.folder.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if folder is not UNSET:
            field_dict["folder"] = folder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _folder = d.pop("folder", UNSET)
        folder: ThreadFolder | Unset
        if isinstance(_folder, Unset):
            folder = UNSET
        else:
            folder = parse_enum(ThreadFolder, _folder)

        thread_update = cls(
            folder,
        )

        thread_update.additional_properties = d
        return thread_update

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
