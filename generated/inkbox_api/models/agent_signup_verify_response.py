from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentSignupVerifyResponse")


@_attrs_define
class AgentSignupVerifyResponse:
    claim_status: str
    organization_id: str
    """ May differ from the organization returned at signup. """
    message: str
    invitation: AgentSignupInvitationSummary | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claim_status = self.claim_status

        organization_id = self.organization_id

        message = self.message

        invitation: dict[str, Any] | None
        if isinstance(self.invitation, AgentSignupInvitationSummary):
            invitation = self.invitation.to_dict()
        else:
            invitation = self.invitation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claim_status": claim_status,
                "organization_id": organization_id,
                "message": message,
                "invitation": invitation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        claim_status = d.pop("claim_status")

        organization_id = d.pop("organization_id")

        message = d.pop("message")

        invitation = d.pop("invitation", None)
        if invitation is not None:
            if isinstance(invitation, dict):
                try:
                    invitation_type_0 = AgentSignupInvitationSummary.from_dict(invitation)

                    invitation = invitation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        agent_signup_verify_response = cls(
            claim_status,
            organization_id,
            message,
            invitation,
        )

        agent_signup_verify_response.additional_properties = d
        return agent_signup_verify_response

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
from ..models.agent_signup_invitation_summary import AgentSignupInvitationSummary  # noqa: E402
