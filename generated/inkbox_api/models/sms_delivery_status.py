from enum import StrEnum
from typing import Any


class SmsDeliveryStatus(StrEnum):
    BLOCKED_SPAM_FILTER = "blocked_spam_filter"
    DELIVERED = "delivered"
    DELIVERY_FAILED = "delivery_failed"
    DELIVERY_UNCONFIRMED = "delivery_unconfirmed"
    QUEUED = "queued"
    SENDING_FAILED = "sending_failed"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SmsDeliveryStatus | None":
        # The server adds values over time; a value this client does not know yet becomes a
        # pseudo-member (same string, not one of the declared members) instead of failing the
        # whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
