from enum import StrEnum
from typing import Any


class SendingDomainStatus(StrEnum):
    AWAITING_OWNERSHIP = "awaiting_ownership"
    DEGRADED = "degraded"
    DNS_INVALID = "dns_invalid"
    FAILED = "failed"
    NOT_STARTED = "not_started"
    PENDING = "pending"
    PENDING_DELETION = "pending_deletion"
    PENDING_DKIM_ROTATION = "pending_dkim_rotation"
    VERIFIED = "verified"
    VERIFYING = "verifying"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SendingDomainStatus | None":
        # The server adds values over time; a value this client does not know yet becomes a
        # pseudo-member (same string, not one of the declared members) instead of failing the
        # whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
