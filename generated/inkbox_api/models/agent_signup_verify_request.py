from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="AgentSignupVerifyRequest")


@_attrs_define
class AgentSignupVerifyRequest:
    verification_code: str = _attrs_field(repr=_masked)
    """ The 6-digit code from the verification email. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_code = self.verification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verification_code": verification_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verification_code = d.pop("verification_code")

        agent_signup_verify_request = cls(
            verification_code,
        )

        agent_signup_verify_request.additional_properties = d
        return agent_signup_verify_request

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
