from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_signup_invitation_status import AgentSignupInvitationStatus
from ..types import parse_enum

T = TypeVar("T", bound="AgentSignupInvitationSummary")


@_attrs_define
class AgentSignupInvitationSummary:
    """The agent-to-agent invitation accepted by this signup."""

    invitation_id: str
    status: AgentSignupInvitationStatus
    invitee_identity_id: str
    invitee_agent_handle: str
    peer_agent_handles: list[str]
    accepted_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invitation_id = self.invitation_id

        status = self.status.value

        invitee_identity_id = self.invitee_identity_id

        invitee_agent_handle = self.invitee_agent_handle

        peer_agent_handles = self.peer_agent_handles

        accepted_at: None | str
        if isinstance(self.accepted_at, datetime.datetime):
            accepted_at = self.accepted_at.isoformat()
        else:
            accepted_at = self.accepted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invitation_id": invitation_id,
                "status": status,
                "invitee_identity_id": invitee_identity_id,
                "invitee_agent_handle": invitee_agent_handle,
                "peer_agent_handles": peer_agent_handles,
                "accepted_at": accepted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invitation_id = d.pop("invitation_id")

        status = parse_enum(AgentSignupInvitationStatus, d.pop("status"))

        invitee_identity_id = d.pop("invitee_identity_id")

        invitee_agent_handle = d.pop("invitee_agent_handle")

        peer_agent_handles = cast(list[str], d.pop("peer_agent_handles"))

        accepted_at = d.pop("accepted_at", None)
        if accepted_at is not None:
            if isinstance(accepted_at, str):
                try:
                    accepted_at_type_0 = datetime.datetime.fromisoformat(accepted_at)

                    accepted_at = accepted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        agent_signup_invitation_summary = cls(
            invitation_id,
            status,
            invitee_identity_id,
            invitee_agent_handle,
            peer_agent_handles,
            accepted_at,
        )

        agent_signup_invitation_summary.additional_properties = d
        return agent_signup_invitation_summary

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
