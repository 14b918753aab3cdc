from enum import StrEnum
from typing import Any


class ContactDecision(StrEnum):
    ALLOW = "allow"
    BLOCK = "block"
    INHERIT = "inherit"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ContactDecision | None":
        # The server adds values over time; a value this client does not know yet becomes a
        # pseudo-member (same string, not one of the declared members) instead of failing the
        # whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
