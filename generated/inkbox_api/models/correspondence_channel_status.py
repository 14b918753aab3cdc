from enum import StrEnum
from typing import Any


class CorrespondenceChannelStatus(StrEnum):
    AVAILABLE = "available"
    NO_IDENTIFIER = "no_identifier"
    NO_RESOURCE = "no_resource"
    UNAVAILABLE = "unavailable"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CorrespondenceChannelStatus | None":
        # The server adds values over time; a value this client does not know yet becomes a
        # pseudo-member (same string, not one of the declared members) instead of failing the
        # whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
