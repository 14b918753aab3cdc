from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hosted_agent_tool_invocation_status import HostedAgentToolInvocationStatus
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="HostedAgentToolInvocation")


@_attrs_define
class HostedAgentToolInvocation:
    """One tool Voice AI used during a call (arguments are never returned)."""

    id: UUID
    call_id: UUID
    tool_name: str
    status: HostedAgentToolInvocationStatus
    """ Execution state of a Voice AI tool invocation. """
    result: HostedAgentToolInvocationResultType0 | None
    """ Safe summary of the outcome (flat scalars). """
    started_at: datetime.datetime
    completed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        call_id = str(self.call_id)

        tool_name = self.tool_name

        status = self.status.value

        result: dict[str, Any] | None
        if isinstance(self.result, HostedAgentToolInvocationResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        started_at = self.started_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "tool_name": tool_name,
                "status": status,
                "result": result,
                "started_at": started_at,
                "completed_at": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        call_id = parse_uuid(d.pop("call_id"))

        tool_name = d.pop("tool_name")

        status = parse_enum(HostedAgentToolInvocationStatus, d.pop("status"))

        result = d.pop("result", None)
        if result is not None:
            if isinstance(result, dict):
                try:
                    result_type_0 = HostedAgentToolInvocationResultType0.from_dict(result)

                    result = result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        completed_at = d.pop("completed_at", None)
        if completed_at is not None:
            if isinstance(completed_at, str):
                try:
                    completed_at_type_0 = datetime.datetime.fromisoformat(completed_at)

                    completed_at = completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        hosted_agent_tool_invocation = cls(
            id,
            call_id,
            tool_name,
            status,
            result,
            started_at,
            completed_at,
        )

        hosted_agent_tool_invocation.additional_properties = d
        return hosted_agent_tool_invocation

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
from ..models.hosted_agent_tool_invocation_result_type_0 import HostedAgentToolInvocationResultType0  # noqa: E402
