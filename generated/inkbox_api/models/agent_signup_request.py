from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="AgentSignupRequest")


@_attrs_define
class AgentSignupRequest:
    human_email: str
    """ The human who will claim the agent; receives the verification code. """
    note_to_human: str
    """ Message included in the verification email. """
    display_name: str | Unset = UNSET
    """ Defaults to the handle. """
    agent_handle: str | Unset = UNSET
    """ Requested handle; a leading `@` is stripped. Generated when omitted. """
    email_local_part: str | Unset = UNSET
    """ Requested mailbox local part. """
    harness: str | Unset = UNSET
    """ Free-form name of the agent harness (trimmed and lowercased by the server). """
    invitation_token: str | Unset = _attrs_field(default=UNSET, repr=_masked)
    """ Raw token of an agent-to-agent invitation being accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        human_email = self.human_email

        note_to_human = self.note_to_human

        display_name = self.display_name

        agent_handle = self.agent_handle

        email_local_part = self.email_local_part

        harness = self.harness

        invitation_token = self.invitation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "human_email": human_email,
                "note_to_human": note_to_human,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if agent_handle is not UNSET:
            field_dict["agent_handle"] = agent_handle
        if email_local_part is not UNSET:
            field_dict["email_local_part"] = email_local_part
        if harness is not UNSET:
            field_dict["harness"] = harness
        if invitation_token is not UNSET:
            field_dict["invitation_token"] = invitation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        human_email = d.pop("human_email")

        note_to_human = d.pop("note_to_human")

        display_name = d.pop("display_name", UNSET)

        agent_handle = d.pop("agent_handle", UNSET)

        email_local_part = d.pop("email_local_part", UNSET)

        harness = d.pop("harness", UNSET)

        invitation_token = d.pop("invitation_token", UNSET)

        agent_signup_request = cls(
            human_email,
            note_to_human,
            display_name,
            agent_handle,
            email_local_part,
            harness,
            invitation_token,
        )

        agent_signup_request.additional_properties = d
        return agent_signup_request

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
