"""The guide's phone and text objects where the generated models need a little more.

The generator names the wire field `type` as `type_` (to keep Python's builtin visible), and the
guide reads `text.type`; the guide also reads `mark_text_conversation_read(...)["updated_count"]`,
which a generated model's `[]` (extra fields only) does not serve. These subclasses add exactly
that and nothing else: they are the generated models, so `to_dict()`, equality and every other
field behave as generated.
"""

from __future__ import annotations

from typing import Any

import attrs

from inkbox_api.models import PhoneNumber as _PhoneNumber
from inkbox_api.models import PhoneNumberType
from inkbox_api.models import TextConversationUpdateResult as _TextConversationUpdateResult
from inkbox_api.models import TextMessage as _TextMessage

__all__ = ["PhoneNumber", "TextConversationUpdateResult", "TextMessage"]


class PhoneNumber(_PhoneNumber):
    """A phone number of the organization (the generated `PhoneNumber`, plus `.type`)."""

    __slots__ = ()

    @property
    def type(self) -> PhoneNumberType:
        """`"local"` or `"toll_free"` (the wire field `type`; also readable as `type_`)."""
        return self.type_


class TextMessage(_TextMessage):
    """An SMS or MMS message (the generated `TextMessage`, plus `.type`)."""

    __slots__ = ()

    @property
    def type(self) -> str:
        """`"sms"` or `"mms"` (the wire field `type`; also readable as `type_`)."""
        return self.type_


_RESULT_FIELDS = frozenset(
    field.name
    for field in attrs.fields(_TextConversationUpdateResult)
    if field.name != "additional_properties"
)


class TextConversationUpdateResult(_TextConversationUpdateResult):
    """How many messages of a conversation changed: `result.updated_count` or `result["updated_count"]`.

    The guide-era SDK returned a plain dict here, so the fields are also readable by key.
    """

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        if key in _RESULT_FIELDS:
            return getattr(self, key)
        return super().__getitem__(key)

    def __contains__(self, key: str) -> bool:
        return key in _RESULT_FIELDS or super().__contains__(key)

    def get(self, key: str, default: Any = None) -> Any:
        """The field or extra property `key`, or `default` when absent (like `dict.get`)."""
        try:
            return self[key]
        except KeyError:
            return default
