from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.correspondence_direction import CorrespondenceDirection

if TYPE_CHECKING:
    from ..models.correspondence_transcript_entry import CorrespondenceTranscriptEntry


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
        from ..models.correspondence_transcript_entry import CorrespondenceTranscriptEntry  # noqa: PLC0415

        d = dict(src_dict)
        channel = cast(Literal["calls"], d.pop("channel"))
        if channel != "calls":
            raise ValueError(f"channel must match const 'calls', got '{channel}'")

        source_id = UUID(d.pop("source_id"))

        direction = CorrespondenceDirection(d.pop("direction"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        identity_id = UUID(d.pop("identity_id"))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status", None))

        def _parse_detail_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail_url = _parse_detail_url(d.pop("detail_url", None))

        remote_phone_number = d.pop("remote_phone_number")

        def _parse_local_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_phone_number = _parse_local_phone_number(d.pop("local_phone_number", None))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at", None))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at", None))

        def _parse_duration_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", None))

        def _parse_transcript(data: object) -> list[CorrespondenceTranscriptEntry] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transcript_type_0 = []
                _transcript_type_0 = data
                for transcript_type_0_item_data in _transcript_type_0:
                    transcript_type_0_item = CorrespondenceTranscriptEntry.from_dict(
                        transcript_type_0_item_data
                    )

                    transcript_type_0.append(transcript_type_0_item)

                return transcript_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CorrespondenceTranscriptEntry] | None, data)

        transcript = _parse_transcript(d.pop("transcript", None))

        transcript_abridged = d.pop("transcript_abridged")

        transcript_unavailable = d.pop("transcript_unavailable")

        call_correspondence_item = cls(
            channel=channel,
            source_id=source_id,
            direction=direction,
            occurred_at=occurred_at,
            identity_id=identity_id,
            status=status,
            detail_url=detail_url,
            remote_phone_number=remote_phone_number,
            local_phone_number=local_phone_number,
            started_at=started_at,
            ended_at=ended_at,
            duration_seconds=duration_seconds,
            transcript=transcript,
            transcript_abridged=transcript_abridged,
            transcript_unavailable=transcript_unavailable,
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
