from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """The one error body of every Inkbox endpoint (FastAPI style)."""

    detail: ErrorEnvelopeDetailType1 | list[Any] | str
    """ A message, a structured object (see the *Detail schemas), or a list of validation errors. """
    agent_support: str | Unset = UNSET
    """ Guidance meant for an AI agent reading the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail: dict[str, Any] | list[Any] | str
        if isinstance(self.detail, ErrorEnvelopeDetailType1):
            detail = self.detail.to_dict()
        elif isinstance(self.detail, list):
            detail = self.detail

        else:
            detail = self.detail

        agent_support = self.agent_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )
        if agent_support is not UNSET:
            field_dict["agent_support"] = agent_support

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_detail(data: object) -> ErrorEnvelopeDetailType1 | list[Any] | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detail_type_1 = ErrorEnvelopeDetailType1.from_dict(data)

                return detail_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                detail_type_2 = cast(list[Any], data)

                return detail_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorEnvelopeDetailType1 | list[Any] | str, data)

        detail = _parse_detail(d.pop("detail"))

        agent_support = d.pop("agent_support", UNSET)

        error_envelope = cls(
            detail,
            agent_support,
        )

        error_envelope.additional_properties = d
        return error_envelope

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
from ..models.error_envelope_detail_type_1 import ErrorEnvelopeDetailType1  # noqa: E402
