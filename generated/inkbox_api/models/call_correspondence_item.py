from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.correspondence_direction import CorrespondenceDirection
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="CallCorrespondenceItem")


@_attrs_define
class CallCorrespondenceItem:
    """A phone call."""

    channel: Literal["calls"]
    source_id: UUID
    direction: CorrespondenceDirection
    """ Seen from the identity. """
    occurred_at: datetime.datetime
    identity_id: UUID
    status: None | str
    detail_url: None | str
    remote_phone_number: str
    local_phone_number: None | str
    started_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    duration_seconds: int | None
    transcript: list[CorrespondenceTranscriptEntry] | None
    """ Null with `transcripts=none`. """
    transcript_abridged: bool
    transcript_unavailable: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        source_id = str(self.source_id)

        direction = self.direction.value

        occurred_at = self.occurred_at.isoformat()

        identity_id = str(self.identity_id)

        status: None | str
        status = self.status

        detail_url: None | str
        detail_url = self.detail_url

        remote_phone_number = self.remote_phone_number

        local_phone_number: None | str
        local_phone_number = self.local_phone_number

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        duration_seconds: int | None
        duration_seconds = self.duration_seconds

        transcript: list[dict[str, Any]] | None
        if isinstance(self.transcript, list):
            transcript = []
            for transcript_type_0_item_data in self.transcript:
                transcript_type_0_item = transcript_type_0_item_data.to_dict()
                transcript.append(transcript_type_0_item)

        else:
            transcript = self.transcript

        transcript_abridged = self.transcript_abridged

        transcript_unavailable = self.transcript_unavailable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "source_id": source_id,
                "direction": direction,
                "occurred_at": occurred_at,
                "identity_id": identity_id,
                "status": status,
                "detail_url": detail_url,
                "remote_phone_number": remote_phone_number,
                "local_phone_number": local_phone_number,
                "started_at": started_at,
                "ended_at": ended_at,
                "duration_seconds": duration_seconds,
                "transcript": transcript,
                "transcript_abridged": transcript_abridged,
                "transcript_unavailable": transcript_unavailable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = cast(Literal["calls"], d.pop("channel"))
        if channel != "calls":
            raise ValueError(f"channel must match const 'calls', got '{channel}'")

        source_id = parse_uuid(d.pop("source_id"))

        direction = parse_enum(CorrespondenceDirection, d.pop("direction"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        identity_id = parse_uuid(d.pop("identity_id"))

        status = d.pop("status", None)

        detail_url = d.pop("detail_url", None)

        remote_phone_number = d.pop("remote_phone_number")

        local_phone_number = d.pop("local_phone_number", None)

        started_at = d.pop("started_at", None)
        if started_at is not None:
            if isinstance(started_at, str):
                try:
                    started_at_type_0 = datetime.datetime.fromisoformat(started_at)

                    started_at = started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        ended_at = d.pop("ended_at", None)
        if ended_at is not None:
            if isinstance(ended_at, str):
                try:
                    ended_at_type_0 = datetime.datetime.fromisoformat(ended_at)

                    ended_at = ended_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        duration_seconds = d.pop("duration_seconds", None)

        transcript = d.pop("transcript", None)
        if transcript is not None:
            if isinstance(transcript, list):
                try:
                    transcript_type_0 = []
                    _transcript_type_0 = transcript
                    for transcript_type_0_item_data in _transcript_type_0:
                        transcript_type_0_item = CorrespondenceTranscriptEntry.from_dict(
                            transcript_type_0_item_data
                        )

                        transcript_type_0.append(transcript_type_0_item)

                    transcript = transcript_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        transcript_abridged = d.pop("transcript_abridged")

        transcript_unavailable = d.pop("transcript_unavailable")

        call_correspondence_item = cls(
            channel,
            source_id,
            direction,
            occurred_at,
            identity_id,
            status,
            detail_url,
            remote_phone_number,
            local_phone_number,
            started_at,
            ended_at,
            duration_seconds,
            transcript,
            transcript_abridged,
            transcript_unavailable,
        )

        call_correspondence_item.additional_properties = d
        return call_correspondence_item

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
from ..models.correspondence_transcript_entry import CorrespondenceTranscriptEntry  # noqa: E402
