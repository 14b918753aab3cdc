from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentSignupStatusResponse")


@_attrs_define
class AgentSignupStatusResponse:
    claim_status: str
    human_state: str
    """ Free string, e.g. `human_no_account`, `human_account_unverified`. """
    human_email: str
    restrictions: SignupRestrictions
    """ What the agent may do in its current claim status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claim_status = self.claim_status

        human_state = self.human_state

        human_email = self.human_email

        restrictions = self.restrictions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claim_status": claim_status,
                "human_state": human_state,
                "human_email": human_email,
                "restrictions": restrictions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        claim_status = d.pop("claim_status")

        human_state = d.pop("human_state")

        human_email = d.pop("human_email")

        restrictions = SignupRestrictions.from_dict(d.pop("restrictions"))

        agent_signup_status_response = cls(
            claim_status,
            human_state,
            human_email,
            restrictions,
        )

        agent_signup_status_response.additional_properties = d
        return agent_signup_status_response

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
from ..models.signup_restrictions import SignupRestrictions  # noqa: E402
