"""E.164 phone numbers: strict checks and lenient normalisation of what people type.

The wire only ever carries canonical E.164 (`+` then 8 to 15 digits, no leading zero); vCards and
humans write `(555) 123-4567`, `tel:+1-555-123-4567;ext=2` or `0044 20 7946 0958`, so the vCard
importer normalises before the contact validator sees the value.
"""

from __future__ import annotations

import re

__all__ = ["is_e164", "normalize"]

_E164 = re.compile(r"\+[1-9]\d{7,14}")
# Characters people use to make numbers readable; they carry no meaning.
_SEPARATORS = re.compile(r"[\s\-.()/\u00a0]")
# An extension ends the dialable part: `x12`, `ext. 12`, `;ext=12` (RFC 3966).
_EXTENSION = re.compile(r"(?:;ext=|\s*(?:ext\.?|x|#)\s*)\d+$", re.IGNORECASE)


def is_e164(value: str) -> bool:
    """Whether `value` is exactly a canonical E.164 number."""
    return _E164.fullmatch(value) is not None


def normalize(raw: str) -> str | None:
    """Turn a human or `tel:` URI phone number into E.164, or `None` when it cannot be one.

    Ten-digit numbers are read as North American (the emulator's numbers are all `+1`), an
    international `00` prefix becomes `+`, extensions and RFC 3966 parameters are dropped.
    """
    value = raw.strip()
    if value.lower().startswith("tel:"):
        value = value[4:]
    value = _EXTENSION.sub("", value)
    # RFC 3966 parameters (`;phone-context=…`) follow the number itself.
    value = value.split(";", 1)[0]
    value = _SEPARATORS.sub("", value)
    if value.startswith("00"):
        value = "+" + value[2:]
    if not value.startswith("+"):
        if not value.isdigit():
            return None
        if len(value) == 10 and value[0] in "23456789":
            value = "+1" + value
        elif len(value) == 11 and value[0] == "1" and value[1] in "23456789":
            value = "+" + value
        else:
            return None
    return value if is_e164(value) else None
