from enum import StrEnum
from typing import Any

# The wire's value -> the member the guide names instead (`x-public-values` in the spec).
_WIRE_VALUES: dict[str, str] = {
    "delete_pending": "pending_removal",
}


class TunnelStatus(StrEnum):
    ACTIVE = "active"
    AWAITING_CERT = "awaiting_cert"
    DELETED = "deleted"
    PENDING_REMOVAL = "pending_removal"
    DELETE_PENDING = "pending_removal"  # the wire's name for it, kept as an alias

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TunnelStatus | None":
        if value in _WIRE_VALUES:
            return cls(_WIRE_VALUES[value])
        # The server adds values over time; a value this client does not know yet becomes a
        # pseudo-member (same string, not one of the declared members) instead of failing the
        # whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
