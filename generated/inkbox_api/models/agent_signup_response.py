from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="AgentSignupResponse")


@_attrs_define
class AgentSignupResponse:
    email_address: str
    """ The new agent's mailbox address. """
    organization_id: str
    api_key: str = _attrs_field(repr=_masked)
    """ The agent-scoped API key. Shown once. """
    agent_handle: str
    claim_status: str
    """ Free string; documented values `agent_unclaimed`, `agent_claimed`. """
    human_email: str
    message: str
    invitation: AgentSignupInvitationSummary | None
    """ Present (0.5+) when the signup used an invitation token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        organization_id = self.organization_id

        api_key = self.api_key

        agent_handle = self.agent_handle

        claim_status = self.claim_status

        human_email = self.human_email

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
                "email_address": email_address,
                "organization_id": organization_id,
                "api_key": api_key,
                "agent_handle": agent_handle,
                "claim_status": claim_status,
                "human_email": human_email,
                "message": message,
                "invitation": invitation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address = d.pop("email_address")

        organization_id = d.pop("organization_id")

        api_key = d.pop("api_key")

        agent_handle = d.pop("agent_handle")

        claim_status = d.pop("claim_status")

        human_email = d.pop("human_email")

        message = d.pop("message")

        invitation = d.pop("invitation", None)
        if invitation is not None:
            if isinstance(invitation, dict):
                try:
                    invitation_type_0 = AgentSignupInvitationSummary.from_dict(invitation)

                    invitation = invitation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        agent_signup_response = cls(
            email_address,
            organization_id,
            api_key,
            agent_handle,
            claim_status,
            human_email,
            message,
            invitation,
        )

        agent_signup_response.additional_properties = d
        return agent_signup_response

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
