"""The Python SDK for Inkbox: email, phone/SMS, an encrypted vault and identities for AI agents.

```python
from inkbox import Inkbox

with Inkbox(api_key="ApiKey_...") as inkbox:
    identity = inkbox.create_identity("sales-agent")
```

Every public name is imported on first use (PEP 562), so `import inkbox` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._async.client import AsyncInkbox
    from ._errors import (
        AuthenticationError,
        BadRequestError,
        ConflictError,
        DuplicateContactRuleError,
        InkboxAPIError,
        InkboxConnectionError,
        InkboxError,
        InkboxTimeoutError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RecipientBlockedError,
        RecipientNotOptedInError,
        RecipientOptedOutError,
        RedundantContactAccessGrantError,
        SenderSmsPendingError,
        UnprocessableEntityError,
    )
    from ._sync.client import Inkbox
    from ._types import NOT_GIVEN, NotGiven

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "AsyncInkbox": "._async.client",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "ConflictError": "._errors",
    "DuplicateContactRuleError": "._errors",
    "Inkbox": "._sync.client",
    "InkboxAPIError": "._errors",
    "InkboxConnectionError": "._errors",
    "InkboxError": "._errors",
    "InkboxTimeoutError": "._errors",
    "InternalServerError": "._errors",
    "NOT_GIVEN": "._types",
    "NotFoundError": "._errors",
    "NotGiven": "._types",
    "PermissionDeniedError": "._errors",
    "RateLimitError": "._errors",
    "RecipientBlockedError": "._errors",
    "RecipientNotOptedInError": "._errors",
    "RecipientOptedOutError": "._errors",
    "RedundantContactAccessGrantError": "._errors",
    "SenderSmsPendingError": "._errors",
    "UnprocessableEntityError": "._errors",
}

__all__ = [
    "NOT_GIVEN",
    "AsyncInkbox",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DuplicateContactRuleError",
    "Inkbox",
    "InkboxAPIError",
    "InkboxConnectionError",
    "InkboxError",
    "InkboxTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RecipientBlockedError",
    "RecipientNotOptedInError",
    "RecipientOptedOutError",
    "RedundantContactAccessGrantError",
    "SenderSmsPendingError",
    "UnprocessableEntityError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'inkbox' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*_EXPORTS, "__version__"])
