from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hosted_agent_tool_invocation_status import HostedAgentToolInvocationStatus

if TYPE_CHECKING:
    from ..models.hosted_agent_tool_invocation_result_type_0 import (
        HostedAgentToolInvocationResultType0,
    )


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
        from ..models.hosted_agent_tool_invocation_result_type_0 import (
            HostedAgentToolInvocationResultType0,  # noqa: PLC0415
        )

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
        from ..models.hosted_agent_tool_invocation_result_type_0 import (
            HostedAgentToolInvocationResultType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        call_id = UUID(d.pop("call_id"))

        tool_name = d.pop("tool_name")

        status = HostedAgentToolInvocationStatus(d.pop("status"))

        def _parse_result(data: object) -> HostedAgentToolInvocationResultType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = HostedAgentToolInvocationResultType0.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HostedAgentToolInvocationResultType0 | None, data)

        result = _parse_result(d.pop("result", None))

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at", None))

        hosted_agent_tool_invocation = cls(
            id=id,
            call_id=call_id,
            tool_name=tool_name,
            status=status,
            result=result,
            started_at=started_at,
            completed_at=completed_at,
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
