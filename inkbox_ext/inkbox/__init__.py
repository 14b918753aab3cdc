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

from ._version import __version__ as __version__

if TYPE_CHECKING:  # explicit re-exports, for type checkers and IDEs
    from ._async.client import AsyncInkbox as AsyncInkbox
    from ._errors import AuthenticationError as AuthenticationError
    from ._errors import BadRequestError as BadRequestError
    from ._errors import ConflictError as ConflictError
    from ._errors import DuplicateContactRuleError as DuplicateContactRuleError
    from ._errors import InkboxAPIError as InkboxAPIError
    from ._errors import InkboxConnectionError as InkboxConnectionError
    from ._errors import InkboxError as InkboxError
    from ._errors import InkboxTimeoutError as InkboxTimeoutError
    from ._errors import InternalServerError as InternalServerError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import PermissionDeniedError as PermissionDeniedError
    from ._errors import RateLimitError as RateLimitError
    from ._errors import RecipientBlockedError as RecipientBlockedError
    from ._errors import RecipientNotOptedInError as RecipientNotOptedInError
    from ._errors import RecipientOptedOutError as RecipientOptedOutError
    from ._errors import RedundantContactAccessGrantError as RedundantContactAccessGrantError
    from ._errors import SenderSmsPendingError as SenderSmsPendingError
    from ._errors import UnprocessableEntityError as UnprocessableEntityError
    from ._sync.client import Inkbox as Inkbox
    from ._types import NOT_GIVEN as NOT_GIVEN
    from ._types import NotGiven as NotGiven

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

__all__ = sorted([*_EXPORTS, "__version__"])  # noqa: PLE0605 - one list to keep, not two


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
