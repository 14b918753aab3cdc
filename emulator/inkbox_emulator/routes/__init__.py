"""The handlers of the spec's operations, one module per family.

A family module exports:

- `routes: list[Handler]` — functions named exactly after operationIds (`def get_identity(call:
  Call) -> ...`), so "which code answers operation X" is a grep;
- `hooks: list[Hook]` — test hooks served under `/_emulator/` (not part of the Inkbox API).

`MODULES` below is the one list of them, by name. `collect()` checks that every handler names
a real operation and that no operation has two. Operations without a handler answer 501.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from ..dispatch import Handler, Hook

__all__ = ["MODULES", "Hook", "collect"]

# The handler modules of this package, in the order their hooks are mounted (`_hooks` holds
# the generic ones: reset, state, keys, faults, clock, webhooks, inbound mail, domains).
MODULES = (
    "_hooks",
    "_tunnel_edge",
    "api_keys",
    "calls",
    "contact_batches",
    "contact_facts",
    "contact_policy",
    "contact_rules",
    "contacts",
    "domains",
    "drafts",
    "hosted_agent",
    "identities",
    "mail_imports",
    "message_sends",
    "mailboxes",
    "messages",
    "notes",
    "organization_domains",
    "phone_numbers",
    "signing_keys",
    "signup",
    "sms_opt_ins",
    "texts",
    "threads",
    "tunnels",
    "vault",
    "webhook_deliveries",
    "webhook_subscriptions",
    "whoami",
)


def collect(operation_ids: Mapping[str, object]) -> tuple[dict[str, Handler], list[Hook]]:
    handlers: dict[str, Handler] = {}
    hooks: list[Hook] = []
    for module_name in MODULES:
        module = importlib.import_module(f"{__name__}.{module_name}")
        hooks.extend(getattr(module, "hooks", ()))
        for fn in getattr(module, "routes", ()):
            name = fn.__name__
            if name not in operation_ids:
                raise LookupError(f"{module.__name__}.{name} is not an operationId of the spec")
            if name in handlers:
                raise LookupError(f"operation {name} has two handlers")
            handlers[name] = fn
    return handlers, hooks
