from enum import StrEnum
from typing import Any


class SmsGatingErrorCode(StrEnum):
    RECIPIENT_NOT_OPTED_IN = "recipient_not_opted_in"
    RECIPIENT_OPTED_OUT = "recipient_opted_out"
    SENDER_SMS_PENDING = "sender_sms_pending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SmsGatingErrorCode | None":
        # The server adds values over time; a value this client does not know yet becomes a
        # pseudo-member (same string, not one of the declared members) instead of failing the
        # whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
