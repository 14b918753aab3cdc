from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftRecipients")


@_attrs_define
class DraftRecipients:
    """Recipient groups of a draft, each optional (a draft may be incomplete)."""

    to: list[str] | None | Unset = UNSET
    cc: list[str] | None | Unset = UNSET
    bcc: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to: list[str] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, list):
            to = self.to

        else:
            to = self.to

        cc: list[str] | None | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = self.cc

        else:
            cc = self.cc

        bcc: list[str] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = self.bcc

        else:
            bcc = self.bcc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", UNSET)
        if to is not None and not isinstance(to, Unset):
            if isinstance(to, list):
                try:
                    to_type_0 = cast(list[str], to)

                    to = to_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        cc = d.pop("cc", UNSET)
        if cc is not None and not isinstance(cc, Unset):
            if isinstance(cc, list):
                try:
                    cc_type_0 = cast(list[str], cc)

                    cc = cc_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        bcc = d.pop("bcc", UNSET)
        if bcc is not None and not isinstance(bcc, Unset):
            if isinstance(bcc, list):
                try:
                    bcc_type_0 = cast(list[str], bcc)

                    bcc = bcc_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        draft_recipients = cls(
            to,
            cc,
            bcc,
        )

        draft_recipients.additional_properties = d
        return draft_recipients

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
