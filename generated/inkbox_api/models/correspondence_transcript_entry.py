from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.correspondence_transcript_marker import CorrespondenceTranscriptMarker
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="CorrespondenceTranscriptEntry")


@_attrs_define
class CorrespondenceTranscriptEntry:
    """A transcript turn, or (with `marker`) the turns an abridged transcript leaves out."""

    id: None | UUID
    seq: int | None
    party: None | str
    text: None | str
    ts_ms: int | None
    marker: CorrespondenceTranscriptMarker | None
    omitted_turns: int | None
    omitted_ms: int | None
    phone_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        seq: int | None
        seq = self.seq

        party: None | str
        party = self.party

        text: None | str
        text = self.text

        ts_ms: int | None
        ts_ms = self.ts_ms

        marker: None | str
        if isinstance(self.marker, CorrespondenceTranscriptMarker):
            marker = self.marker.value
        else:
            marker = self.marker

        omitted_turns: int | None
        omitted_turns = self.omitted_turns

        omitted_ms: int | None
        omitted_ms = self.omitted_ms

        phone_number: None | str
        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "seq": seq,
                "party": party,
                "text": text,
                "ts_ms": ts_ms,
                "marker": marker,
                "omitted_turns": omitted_turns,
                "omitted_ms": omitted_ms,
                "phone_number": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)
        if id is not None:
            if isinstance(id, str):
                try:
                    id_type_0 = parse_uuid(id)

                    id = id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        seq = d.pop("seq", None)

        party = d.pop("party", None)

        text = d.pop("text", None)

        ts_ms = d.pop("ts_ms", None)

        marker = d.pop("marker", None)
        if marker is not None:
            if isinstance(marker, str):
                try:
                    marker_type_0 = parse_enum(CorrespondenceTranscriptMarker, marker)

                    marker = marker_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        omitted_turns = d.pop("omitted_turns", None)

        omitted_ms = d.pop("omitted_ms", None)

        phone_number = d.pop("phone_number", None)

        correspondence_transcript_entry = cls(
            id,
            seq,
            party,
            text,
            ts_ms,
            marker,
            omitted_turns,
            omitted_ms,
            phone_number,
        )

        correspondence_transcript_entry.additional_properties = d
        return correspondence_transcript_entry

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
